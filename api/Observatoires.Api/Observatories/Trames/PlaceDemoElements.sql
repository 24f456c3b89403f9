-- The demo elements of the given communes, laid out from the commune's point on surface by their shape in metres
-- (Lambert-93), cut to the commune's contour shrunk by 5 m (so that they lie within it once back in WGS 84). A shape
-- the cut leaves empty (a small or oddly drawn commune) becomes a small one at the point on surface. Same contour, same
-- elements. Elements of the agency or of accepted requests (no demo shape) never move.
with commune as materialized (
    select c.id, case when st_isempty(b.g) then st_transform(c.geom, 2154) else b.g end as g
    from platform.territory c
    cross join lateral (select st_buffer(st_transform(c.geom, 2154), -5) as g) b
    where c.id = any(@Communes) and c.geom is not null
),
placed as (
    select e.id, e.kind, c.g, o.o,
           st_collectionextract(st_intersection(st_translate(st_setsrid(e.demo_shape, 2154), st_x(o.o), st_y(o.o)), c.g),
                                case e.kind when 'reservoir' then 3 else 2 end) as cut
    from trames.element e
    join commune c on c.id = e.commune_id
    cross join lateral (select st_pointonsurface(c.g) as o) o
    where e.demo_shape is not null
)
update trames.element e
set geom = st_transform(st_multi(case
               when not st_isempty(p.cut) then p.cut
               when p.kind = 'reservoir' then st_intersection(st_buffer(p.o, 40, 'quad_segs=4'), p.g)
               else st_collectionextract(st_intersection(st_makeline(st_translate(p.o, -60, 0), st_translate(p.o, 60, 0)), p.g), 2) end), 4326)
from placed p
where e.id = p.id;
