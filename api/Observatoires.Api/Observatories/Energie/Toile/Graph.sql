-- The Toile as stored: every node with its commune, the area an anonymised consumer is shown in (its EPCI, or its
-- département for a commune in no EPCI: never finer than an EPCI) and that area's representative point, whether it
-- lies in the perimeter its share is computed on; the consumers' carriers; every edge.
with area as materialized (
    select distinct on (m.member_id) m.member_id as commune_id, t.id, t.name, t.level, st_pointonsurface(t.geom) as point
    from platform.territory_membership m
    join platform.territory t on t.id = m.parent_id and t.level in ('epci', 'departement') and t.geom is not null
    where m.member_id in (select commune_id from energie.toile_node)
    order by m.member_id, t.level = 'epci' desc, t.id
)
select n.id, n.kind, n.name, n.commune_id as communeid, c.name as communename, e.id as areaid, e.name as areaname, e.level as arealevel,
       n.sector, n.emissions_kt as emissionskt, n.production_gwh as productiongwh, n.capacity_mw as capacitymw,
       n.created_year as createdyear, n.delivery_points as deliverypoints, n.waste_heat_gwh as wasteheatgwh,
       n.heat_demand_gwh as heatdemandgwh, st_x(n.geom) as longitude, st_y(n.geom) as latitude,
       st_x(e.point) as arealongitude, st_y(e.point) as arealatitude,
       exists (select from platform.territory_membership p where p.member_id = n.commune_id and p.parent_id = @Perimeter) as inperimeter
from energie.toile_node n
join platform.territory c on c.id = n.commune_id
left join area e on e.commune_id = n.commune_id
order by n.id;

select node_id as nodeid, carrier, gwh from energie.toile_consumption order by node_id, carrier;

select id, from_node as fromnode, to_node as tonode, carrier, gwh, status, kind from energie.toile_edge order by id;
