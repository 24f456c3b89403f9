-- Back to WGS 84: shared vertices are transformed alike, so shared borders stay identical.
update platform.territory t
set geom_medium = st_multi(st_transform(st_setsrid(st_geomfromwkb(v.medium), @Srid), 4326)),
    geom_low    = st_multi(st_transform(st_setsrid(st_geomfromwkb(v.low), @Srid), 4326))
from unnest(@Ids, @Medium, @Low) as v(id, medium, low)
where t.id = v.id;

-- A commune that lost its contour has no variants either.
update platform.territory
set geom_medium = null, geom_low = null
where level = 'commune' and geom is null and (geom_medium is not null or geom_low is not null);
