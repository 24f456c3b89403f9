-- Demo gridded population of the given communes, on INSEE's 200 m grid (ETRS89-LAEA, EPSG:3035): the cells whose centre
-- lies in the commune's current contour, nearest to a point inside it first, one inhabited cell per ~120 inhabitants;
-- each cell's share falls with its distance to that point, with a deterministic jitter, and the shares are whole
-- numbers that add up exactly to the commune's real population (largest remainders).
with commune as materialized (
    select t.id, t.population, st_transform(t.geom, 3035) as g, st_transform(st_pointonsurface(t.geom), 3035) as centre
    from platform.territory t
    where t.id = any(@Communes) and t.geom is not null and t.population > 0
),
grid as (
    select c.id as commune_id, c.population, s.geom as g, st_distance(st_centroid(s.geom), c.centre) as distance
    from commune c
    cross join lateral st_squaregrid(200, c.g) s
    where st_intersects(c.g, st_centroid(s.geom))
),
ranked as (
    select g.*, row_number() over (partition by g.commune_id order by g.distance, st_xmin(g.g), st_ymin(g.g)) as rank,
           count(*) over (partition by g.commune_id) as available
    from grid g
),
chosen as (
    select r.*, (1.0 / (1 + r.rank / 40.0)) * (0.6 + (abs(hashtext(r.commune_id || ':' || r.rank)) % 1000) / 1000.0) as weight
    from ranked r
    where r.rank <= greatest(1, least(r.available, round(r.population / 120.0)))
),
shared as (
    select c.*, c.population * c.weight / sum(c.weight) over (partition by c.commune_id) as exact from chosen c
),
floored as (
    select s.*, floor(s.exact) as base,
           row_number() over (partition by s.commune_id order by s.exact - floor(s.exact) desc, s.rank) as remainder_rank,
           s.population - sum(floor(s.exact)) over (partition by s.commune_id) as missing
    from shared s
)
insert into environnement.population_cell (id, commune_id, population, vintage, demo, geom)
select format('CRS3035RES200mN%sE%s', round(st_ymin(f.g))::bigint, round(st_xmin(f.g))::bigint), f.commune_id,
       f.base + case when f.remainder_rank <= f.missing then 1 else 0 end, 'Démonstration', true, st_transform(f.g, 4326)
from floored f
on conflict (id) do nothing
