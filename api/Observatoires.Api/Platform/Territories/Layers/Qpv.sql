-- The QPVs as layer features: their commune(s) and EPCI from their memberships (the same polygon at every resolution).
select t.id, t.code, t.name, t.population,
       (select string_agg(m.parent_id, ',' order by m.parent_id) from platform.territory_membership m
        where m.member_id = t.id and m.parent_id like 'commune:%') as communes,
       (select m.parent_id from platform.territory_membership m
        where m.member_id = t.id and m.parent_id like 'epci:%' order by m.parent_id limit 1) as epci,
       t.geom, t.geom_medium, t.geom_low
from platform.territory t
where t.level = 'qpv' and t.geom is not null
