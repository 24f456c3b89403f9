-- Demo sensitive buildings placed among their commune's inhabited demo cells: the cell at @Rank (0–1) of the commune's
-- cells in id order, offset by (@Dx, @Dy) metres from its centre (ETRS89-LAEA), so that they stand where people live;
-- at the cell's centre (inside the commune by construction) when the offset would take it out of the commune.
with building as (
    select * from unnest(@Ids, @Names, @Types, @Communes, @Addresses, @Ranks, @Dx, @Dy)
        as b (id, name, building_type, commune_id, address, rank, dx, dy)
),
cell as (
    select c.commune_id, st_transform(c.geom, 3035) as g,
           row_number() over (partition by c.commune_id order by c.id) - 1 as n, count(*) over (partition by c.commune_id) as cells
    from environnement.population_cell c
    where c.commune_id in (select commune_id from building)
)
insert into environnement.building (id, name, building_type, commune_id, address, demo, geom)
select b.id, b.name, b.building_type, b.commune_id, b.address, true,
       case when st_intersects(t.geom, p.moved) then p.moved else st_transform(st_centroid(c.g), 4326) end
from building b
join cell c on c.commune_id = b.commune_id and c.n = least(c.cells - 1, floor(b.rank * c.cells))
join platform.territory t on t.id = b.commune_id
cross join lateral (select st_transform(st_translate(st_centroid(c.g), b.dx, b.dy), 4326) as moved) p
