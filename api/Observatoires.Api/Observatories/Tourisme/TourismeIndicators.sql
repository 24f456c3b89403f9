-- Each commune of the observatory's EPCIs per inventory year (the newest inventory of the year): its establishments,
-- rooms, pitches, beds and tourist beds by type, and its population (the referential's). A commune without any
-- establishment gets zeros: it has no tourist bed, and its inhabitants count in its EPCI's beds per 1,000 inhabitants.
with inventory_year as (
    select i.id, extract(year from i.as_of)::int as year,
           rank() over (partition by extract(year from i.as_of) order by i.as_of desc, i.id desc) as newest
    from tourisme.inventory i
),
commune as (
    select t.id, t.population from platform.territory t
    join platform.territory_membership m on m.member_id = t.id
    where t.level = 'commune' and m.parent_id = any(@Epcis)
)
select c.id as communeid, y.year::text as period, c.population, ty.type,
       count(a.id) as establishments, coalesce(sum(a.rooms), 0) as rooms, coalesce(sum(a.pitches), 0) as pitches,
       coalesce(sum(a.tourist_beds), 0) as touristbeds
from inventory_year y
cross join commune c
cross join unnest(@Types) as ty (type)
left join tourisme.accommodation a on a.inventory_id = y.id and a.commune_id = c.id and a.type = ty.type
where y.newest = 1
group by c.id, y.year, c.population, ty.type
order by 1, 2, 4
