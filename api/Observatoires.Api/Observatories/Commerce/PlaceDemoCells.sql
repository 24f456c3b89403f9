-- The demo cells of the given communes, laid out from their centrality's centre by their offsets in metres (Lambert-93).
-- The centre is the real one when the commune's current contour (shrunk by 5 m) holds it, else a point inside that
-- contour; a cell that would fall outside its commune is brought to the nearest point inside it. Same contour, same
-- cells. Then each demo centrality of these communes is drawn around its cells of every survey: their convex hull
-- grown by 25 m, cut to its commune (2 m inside its border, so that it lies within it once back in WGS 84). Cells and centralities of the agency (no offsets, no anchor) never move.
with commune as materialized (
    select c.id, case when st_isempty(b.g) then st_transform(c.geom, 2154) else b.g end as g
    from platform.territory c
    cross join lateral (select st_buffer(st_transform(c.geom, 2154), -5) as g) b
    where c.id = any(@Communes) and c.geom is not null
),
centre as materialized (
    select z.id, c.g,
           case when st_intersects(c.g, st_transform(z.demo_anchor, 2154)) then st_transform(z.demo_anchor, 2154)
                else st_pointonsurface(c.g) end as centre
    from commerce.centrality z join commune c on c.id = z.commune_id
    where z.demo_anchor is not null
)
update commerce.cell x
set geom = st_transform(case when st_intersects(o.g, st_translate(o.centre, x.demo_dx, x.demo_dy))
                             then st_translate(o.centre, x.demo_dx, x.demo_dy)
                             else st_closestpoint(o.g, st_translate(o.centre, x.demo_dx, x.demo_dy)) end, 4326)
from centre o
where x.centrality_id = o.id and x.demo_dx is not null;

update commerce.centrality z
set geom = (select st_multi(st_transform(st_collectionextract(st_intersection(
                       st_buffer(st_convexhull(st_collect(st_transform(x.geom, 2154))), 25, 'quad_segs=4'),
                       st_buffer(st_transform(t.geom, 2154), -2)), 3), 4326))
            from commerce.cell x where x.centrality_id = z.id)
from platform.territory t
where t.id = z.commune_id and z.demo_anchor is not null and z.commune_id = any(@Communes)
  and exists (select from commerce.cell x where x.centrality_id = z.id);
