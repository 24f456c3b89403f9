-- The population in hot spots and in cool islands per commune and image year (the year of the zones' image). A cell's
-- population counts in proportion to the share of its area inside the union of the year's hot-spot polygons (likewise
-- cool islands), areas in Lambert-93 (EPSG:2154): population × area(cell ∩ ∪ zones) ÷ area(cell). A cell belongs to the
-- commune holding its centre. Every commune with cells has a row for every year that has zones: an image covers the
-- perimeter, so no zone there is zero. @Communes and @Year narrow it (null: every commune, every year).
with image as (
    select distinct extract(year from z.image_date)::int as year
    from environnement.zone z
    where @Year::int is null or extract(year from z.image_date) = @Year
),
cell as (
    select c.commune_id, c.population, c.geom, st_transform(c.geom, 2154) as g
    from environnement.population_cell c
    where @Communes::text[] is null or c.commune_id = any(@Communes)
)
select c.commune_id as communeid, i.year, sum(c.population) as population,
       sum(c.population * coalesce(h.area, 0) / st_area(c.g)) as hotpopulation,
       sum(c.population * coalesce(k.area, 0) / st_area(c.g)) as coolpopulation
from image i cross join cell c
left join lateral (
    select st_area(st_intersection(c.g, st_union(st_transform(z.geom, 2154)))) as area
    from environnement.zone z
    where z.kind = 'ilot_chaleur' and extract(year from z.image_date) = i.year and st_intersects(z.geom, c.geom)) h on true
left join lateral (
    select st_area(st_intersection(c.g, st_union(st_transform(z.geom, 2154)))) as area
    from environnement.zone z
    where z.kind = 'ilot_fraicheur' and extract(year from z.image_date) = i.year and st_intersects(z.geom, c.geom)) k on true
group by c.commune_id, i.year
order by 1, 2
