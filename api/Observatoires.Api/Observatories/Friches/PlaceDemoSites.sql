-- The demo sites of the given communes, placed from each commune's current contour: a point drawn inside the commune
-- shrunk by 5 m (seeded by the site's id), grown to the site's area in Lambert-93 and clipped to that shrunk commune,
-- so that every site lies inside its commune, whatever the contour. Same contour, same site.
with commune as materialized (
    select c.id, case when st_isempty(b.g) then st_transform(c.geom, 2154) else b.g end as g
    from platform.territory c
    cross join lateral (select st_buffer(st_transform(c.geom, 2154), -5) as g) b
    where c.id = any(@Communes) and c.geom is not null
)
update friches.site s
set geom = st_multi(st_collectionextract(st_makevalid(st_transform(st_intersection(
        st_buffer(st_geometryn(st_generatepoints(c.g, 1, s.id), 1), sqrt(s.demo_area_m2 / pi()), 'quad_segs=3'),
        c.g), 4326)), 3))
from commune c
where s.commune_id = c.id and s.demo_area_m2 is not null
