-- The Toile as stored: every node with its commune, its EPCI and the EPCI's representative point (where the public
-- sees an anonymised consumer), whether it lies in the perimeter its share is computed on; the consumers' carriers;
-- every edge.
with epci as materialized (
    select m.member_id as commune_id, t.id, t.name, st_pointonsurface(t.geom) as point
    from platform.territory_membership m
    join platform.territory t on t.id = m.parent_id and t.level = 'epci'
    where m.member_id in (select commune_id from energie.toile_node)
)
select n.id, n.kind, n.name, n.commune_id as communeid, c.name as communename, e.id as epciid, e.name as epciname,
       n.sector, n.emissions_kt as emissionskt, n.production_gwh as productiongwh, n.capacity_mw as capacitymw,
       n.created_year as createdyear, n.delivery_points as deliverypoints, n.waste_heat_gwh as wasteheatgwh,
       n.heat_demand_gwh as heatdemandgwh, st_x(n.geom) as longitude, st_y(n.geom) as latitude,
       st_x(e.point) as epcilongitude, st_y(e.point) as epcilatitude,
       exists (select from platform.territory_membership p where p.member_id = n.commune_id and p.parent_id = @Perimeter) as inperimeter
from energie.toile_node n
join platform.territory c on c.id = n.commune_id
left join epci e on e.commune_id = n.commune_id
order by n.id;

select node_id as nodeid, carrier, gwh from energie.toile_consumption order by node_id, carrier;

select id, from_node as fromnode, to_node as tonode, carrier, gwh, status, kind from energie.toile_edge order by id;
