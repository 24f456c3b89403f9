-- The commune contours to simplify, in a projected CRS so that tolerances are metres; communes without one are skipped.
-- Ordered so that the simplification is deterministic.
select id, st_asbinary(st_transform(geom, @Srid)) as wkb
from platform.territory
where level = 'commune' and geom is not null
order by id;
