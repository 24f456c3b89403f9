-- The demo care points of the given communes, placed from each commune's current contour: one seeded draw of as many
-- random points as the commune has demo points (seed: from the commune's code), given to them in the order of their
-- ids. Same contour, same points.
with demo as materialized (
    select p.id, p.commune_id, row_number() over (partition by p.commune_id order by p.id) as n
    from sante.care_point p
    where p.demo and p.commune_id = any(@Communes)
),
draw as (
    select commune_id, count(*)::int as total, 1 + ('x' || substr(md5(commune_id), 1, 7))::bit(28)::int as seed
    from demo group by commune_id
),
point as (
    select d.commune_id, p.path[1] as n, p.geom
    from draw d
    join platform.territory c on c.id = d.commune_id and c.geom is not null
    cross join lateral st_dump(st_generatepoints(c.geom, d.total, d.seed)) p
)
update sante.care_point x set geom = p.geom
from demo d join point p on p.commune_id = d.commune_id and p.n = d.n
where x.id = d.id
