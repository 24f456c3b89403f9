-- The demo nodes of the Toile, each placed at a point drawn inside its commune's current contour shrunk by 5 m
-- (seeded by 3000 + the node's id, in Lambert-93), so that every node lies inside its commune. Same contour, same place.
insert into energie.toile_node (id, kind, name, commune_id, sector, emissions_kt, production_gwh, capacity_mw, created_year,
                                delivery_points, waste_heat_gwh, heat_demand_gwh, demo, geom)
select n.id, n.kind, n.name, n.commune, n.sector, n.emissions, n.production, n.capacity, n.year, n.points, n.waste_heat,
       n.heat_demand, true,
       st_transform(st_geometryn(st_generatepoints(
           case when st_isempty(b.g) then st_transform(c.geom, 2154) else b.g end, 1, 3000 + n.id), 1), 4326)
from unnest(@Ids, @Kinds, @Names, @Communes, @Sectors, @Emissions, @Productions, @Capacities, @Years, @Points, @WasteHeat,
            @HeatDemand) as n(id, kind, name, commune, sector, emissions, production, capacity, year, points, waste_heat, heat_demand)
join platform.territory c on c.id = n.commune and c.geom is not null
cross join lateral (select st_buffer(st_transform(c.geom, 2154), -5) as g) b
on conflict (id) do nothing
