-- The accident indicators per commune and year, from the tables: counts, rates per 10,000 inhabitants (numerator and
-- denominator kept, so that the platform recomputes them for any territory) and 3- and 5-year moving totals (the year
-- and the two or four before; from the first year that has them all). Every commune of the referential gets a value
-- for every year from @FirstYear (or the first year imported) to @LastYear (or the last year imported) (0 where there is none). The population is the
-- commune's legal population in the referential, for every year.
with bounds as (
    select least(@FirstYear, coalesce(min(year), @FirstYear))::integer as first_year,
           greatest(@LastYear, coalesce(max(year), @LastYear))::integer as last_year
    from mobilite.accident
),
years as (select generate_series(first_year, last_year) as year from bounds),
communes as (select id, coalesce(population, 0) as population from platform.territory where level = 'commune'),
-- Per accident, its pedestrians (catu 3) and cyclists (driver or passenger of a bicycle or e-bike) killed or hospitalised.
vulnerable_ksi as (
    select r.num_acc, count(*) as ksi
    from mobilite.road_user r
    join mobilite.vehicle v on v.num_acc = r.num_acc and v.vehicle_id = r.vehicle_id
    join mobilite.vehicle_category c on c.code = v.category
    where r.severity in (2, 3) and (r.category = 3 or (r.category in (1, 2) and c.mode = 'velo'))
    group by r.num_acc
),
yearly as (
    select c.id as commune_id, c.population, y.year,
           count(s.num_acc) as accidents, coalesce(sum(s.killed), 0) as killed, coalesce(sum(s.hospitalised), 0) as hospitalised,
           coalesce(sum(s.lightly_injured), 0) as lightly_injured, coalesce(sum(s.ksi), 0) as ksi,
           count(s.num_acc) filter (where s.pedestrian) as pedestrian, count(s.num_acc) filter (where s.cyclist) as cyclist,
           count(s.num_acc) filter (where s.pieton_ou_cycliste) as pieton_ou_cycliste,
           coalesce(sum(k.ksi), 0) as ksi_pieton_cycliste
    from communes c cross join years y
    left join mobilite.accident a on a.commune_id = c.id and a.year = y.year
    left join mobilite.accident_summary s on s.num_acc = a.num_acc
    left join vulnerable_ksi k on k.num_acc = a.num_acc
    group by c.id, c.population, y.year
),
moving as (
    select y.*,
           sum(accidents) over w3 as accidents_3, sum(accidents) over w5 as accidents_5,
           sum(pieton_ou_cycliste) over w3 as pieton_ou_cycliste_3, sum(pieton_ou_cycliste) over w5 as pieton_ou_cycliste_5,
           sum(ksi) over w3 as ksi_3, sum(ksi) over w5 as ksi_5, sum(ksi_pieton_cycliste) over w5 as ksi_pieton_cycliste_5
    from yearly y
    window w3 as (partition by commune_id order by year rows between 2 preceding and current row),
           w5 as (partition by commune_id order by year rows between 4 preceding and current row)
)
select v.indicator as Indicator, m.commune_id as Commune, m.year::text as Period, v.value::double precision as Value,
       v.numerator::double precision as Numerator, v.denominator::double precision as Denominator
from moving m
cross join bounds b
cross join lateral (values
    ('mobilite.accidents', m.accidents, null::numeric, null::numeric),
    ('mobilite.tues', m.killed, null, null),
    ('mobilite.blesses_hospitalises', m.hospitalised, null, null),
    ('mobilite.blesses_legers', m.lightly_injured, null, null),
    ('mobilite.tues_blesses_graves', m.ksi, null, null),
    ('mobilite.accidents_pieton', m.pedestrian, null, null),
    ('mobilite.accidents_cycliste', m.cyclist, null, null),
    ('mobilite.accidents_pieton_cycliste', m.pieton_ou_cycliste, null, null),
    ('mobilite.tues_blesses_graves_pieton_cycliste', m.ksi_pieton_cycliste, null, null),
    ('mobilite.taux_accidents', case when m.population > 0 then round(10000.0 * m.accidents / m.population, 4) end, m.accidents, m.population),
    ('mobilite.taux_tues_blesses_graves', case when m.population > 0 then round(10000.0 * m.ksi / m.population, 4) end, m.ksi, m.population),
    ('mobilite.taux_accidents_pieton_cycliste', case when m.population > 0 then round(10000.0 * m.pieton_ou_cycliste / m.population, 4) end,
        m.pieton_ou_cycliste, m.population),
    ('mobilite.accidents_3ans', case when m.year >= b.first_year + 2 then m.accidents_3 end, null, null),
    ('mobilite.accidents_5ans', case when m.year >= b.first_year + 4 then m.accidents_5 end, null, null),
    ('mobilite.accidents_pieton_cycliste_3ans', case when m.year >= b.first_year + 2 then m.pieton_ou_cycliste_3 end, null, null),
    ('mobilite.accidents_pieton_cycliste_5ans', case when m.year >= b.first_year + 4 then m.pieton_ou_cycliste_5 end, null, null),
    ('mobilite.tues_blesses_graves_3ans', case when m.year >= b.first_year + 2 then m.ksi_3 end, null, null),
    ('mobilite.tues_blesses_graves_5ans', case when m.year >= b.first_year + 4 then m.ksi_5 end, null, null),
    ('mobilite.tues_blesses_graves_pieton_cycliste_5ans', case when m.year >= b.first_year + 4 then m.ksi_pieton_cycliste_5 end, null, null)
) as v(indicator, value, numerator, denominator)
where v.value is not null
