-- Each commune of the CALL with a contour: the area of its reservoirs of biodiversity (all networks, their union, so
-- that a place in two networks counts once), the length of its corridors (all networks), both cut to the commune, and
-- the commune's area. A commune without elements has 0, which is true: the networks cover the whole CALL.
with commune as materialized (
    select t.id, t.geom from platform.territory t
    join platform.territory_membership m on m.member_id = t.id and m.parent_id = 'epci:246200364'
    where t.level = 'commune' and t.geom is not null
)
select c.id as communeid,
       coalesce((select st_area(st_intersection(st_union(e.geom), c.geom)::geography) / 10000
                 from trames.element e where e.retired_at is null and e.kind = 'reservoir' and st_intersects(e.geom, c.geom)), 0) as reservoirsha,
       coalesce((select sum(st_length(st_intersection(e.geom, c.geom)::geography)) / 1000
                 from trames.element e where e.retired_at is null and e.kind = 'corridor' and st_intersects(e.geom, c.geom)), 0) as corridorskm,
       st_area(c.geom::geography) / 10000 as communeha
from commune c
order by c.id
