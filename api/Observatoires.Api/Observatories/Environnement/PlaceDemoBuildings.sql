-- The demo sensitive buildings of the given communes placed again among their commune's current cells after a contour
-- import: the cell at a rank drawn from the building's id (0–1 of the commune's cells in id order), offset by up to 80 m
-- from its centre (ETRS89-LAEA), also drawn from the id, so that the same contours give the same places; at the cell's
-- centre when the offset would take it out of the commune, at a point inside the commune when that is out too or the
-- commune has no cell.
with cell as (
    select c.commune_id, st_transform(c.geom, 3035) as g,
           row_number() over (partition by c.commune_id order by c.id) - 1 as n, count(*) over (partition by c.commune_id) as cells
    from environnement.population_cell c
    where c.commune_id = any(@Communes)
),
drawn as (
    select b.id, b.commune_id, (abs(hashtext(b.id || ':rang')) % 100000) / 100000.0 as rank,
           (abs(hashtext(b.id || ':x')) % 16001 - 8000) / 100.0 as dx, (abs(hashtext(b.id || ':y')) % 16001 - 8000) / 100.0 as dy
    from environnement.building b
    where b.demo and b.commune_id = any(@Communes)
),
placed as (
    select d.id,
           case when st_within(p.moved, t.geom) then p.moved
                when st_within(p.centre, t.geom) then p.centre
                else st_pointonsurface(t.geom) end as geom
    from drawn d
    join platform.territory t on t.id = d.commune_id
    left join cell c on c.commune_id = d.commune_id and c.n = least(c.cells - 1, floor(d.rank * c.cells))
    cross join lateral (select st_transform(st_translate(st_centroid(c.g), d.dx, d.dy), 4326) as moved,
                               st_transform(st_centroid(c.g), 4326) as centre) p
)
update environnement.building b set geom = p.geom
from placed p
where b.id = p.id
