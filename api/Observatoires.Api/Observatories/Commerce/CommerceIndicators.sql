-- Each surveyed commune's cells per survey year: a year's figure of a commune comes from the newest survey of that year
-- that holds cells of the commune (a second survey of a year replaces the first where it goes). A commune no survey
-- of the year went to has no figure: it was not surveyed, which is not zero. Population: the referential's.
with cell_year as (
    select x.commune_id, x.status, x.activity, extract(year from s.surveyed_to)::int as year,
           rank() over (partition by x.commune_id, extract(year from s.surveyed_to) order by s.surveyed_to desc, s.id desc) as newest
    from commerce.cell x join commerce.survey s on s.id = x.survey_id
)
select y.commune_id as communeid, y.year::text as period, t.population,
       count(*) as cells,
       count(*) filter (where y.status = 'active') as active,
       count(*) filter (where y.status = 'vacant') as vacant,
       array_agg(y.activity) filter (where y.status = 'active') as activities
from cell_year y join platform.territory t on t.id = y.commune_id
where y.newest = 1
group by y.commune_id, y.year, t.population
order by 1, 2
