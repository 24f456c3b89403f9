-- The demo establishments of the given communes, placed from each commune's current contour: one seeded draw of as
-- many random points as the commune has demo establishments (seed: the smallest of their ids), given to them in
-- the order of their ids. Same contour, same establishments, same points.
with demo as materialized (
    select e.id, e.commune_id, row_number() over (partition by e.commune_id order by e.id) as n
    from emploi.etablissement e
    where e.demo and e.commune_id = any(@Communes)
),
draw as (
    select commune_id, count(*)::int as total, min(id) as seed from demo group by commune_id
),
point as (
    select d.commune_id, p.path[1] as n, p.geom
    from draw d
    join platform.territory c on c.id = d.commune_id and c.geom is not null
    cross join lateral st_dump(st_generatepoints(c.geom, d.total, d.seed)) p
)
update emploi.etablissement e set geom = p.geom
from demo d join point p on p.commune_id = d.commune_id and p.n = d.n
where e.id = d.id
