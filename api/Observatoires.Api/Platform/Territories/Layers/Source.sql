-- The territories of one level as layer features ({level} is a fixed word of TerritoryLayers, never user text).
select t.id, t.code, t.name, t.population,
       (select m.parent_id from platform.territory_membership m
        where m.member_id = t.id and m.parent_id like 'epci:%' limit 1) as epci,
       t.geom, t.geom_medium, t.geom_low
from platform.territory t
where t.level = '{level}' and t.geom is not null
