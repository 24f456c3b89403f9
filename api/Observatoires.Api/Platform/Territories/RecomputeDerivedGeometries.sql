-- Every aggregate (EPCI, groupement, département, région) is the union of its member communes, so
-- that imported commune contours propagate upwards and the levels always agree.
update platform.territory t
set geom = agg.geom,
    geometry_source = agg.geometry_source,
    geometry_updated_at = now()
from (
    select m.parent_id,
           st_multi(st_collectionextract(st_union(c.geom order by c.id), 3)) as geom,
           case when bool_and(c.geometry_source = 'imported') then 'imported' else 'synthetic' end as geometry_source
    from platform.territory_membership m
    join platform.territory c on c.id = m.member_id and c.level = 'commune'
    where c.geom is not null
    group by m.parent_id
) agg
where t.id = agg.parent_id;

-- Small-scale variants (tolerances in degrees: ~50 m and ~250 m at this latitude).
update platform.territory
set geom_medium = st_multi(st_collectionextract(st_makevalid(st_simplifypreservetopology(geom, 0.0005)), 3)),
    geom_low    = st_multi(st_collectionextract(st_makevalid(st_simplifypreservetopology(geom, 0.0025)), 3))
where geom is not null;
