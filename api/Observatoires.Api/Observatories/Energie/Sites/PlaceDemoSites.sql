-- The demo sites of the given communes, placed from each commune's current contour: a point drawn inside the commune
-- shrunk by 5 m (seeded by the site's placement seed, from its id), so that every site lies inside its commune,
-- whatever the contour. Same contour, same point. Sites with a real position (no seed) never move.
with commune as materialized (
    select c.id, case when st_isempty(b.g) then st_transform(c.geom, 2154) else b.g end as g
    from platform.territory c
    cross join lateral (select st_buffer(st_transform(c.geom, 2154), -5) as g) b
    where c.id = any(@Communes) and c.geom is not null
)
update energie.site s
set geom = st_transform(st_geometryn(st_generatepoints(c.g, 1, s.demo_seed), 1), 4326)
from commune c
where s.commune_id = c.id and s.demo_seed is not null
