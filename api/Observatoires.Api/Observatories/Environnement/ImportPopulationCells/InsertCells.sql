-- The cells of the file, each a 200 m square from its lower-left corner in ETRS89-LAEA (EPSG:3035), given to the
-- perimeter's commune that holds its centre; a cell whose centre lies in none is left out.
with cell as (
    select c.id, c.population, st_makeenvelope(c.east, c.north, c.east + 200, c.north + 200, 3035) as g
    from unnest(@Ids, @North, @East, @Population) as c (id, north, east, population)
)
insert into environnement.population_cell (id, commune_id, population, vintage, geom)
select c.id, t.id, c.population, @Vintage, st_transform(c.g, 4326)
from cell c
cross join lateral (select t.id from platform.territory t
                    where t.id = any(@Perimeter) and st_intersects(t.geom, st_transform(st_centroid(c.g), 4326))
                    order by t.id limit 1) t
