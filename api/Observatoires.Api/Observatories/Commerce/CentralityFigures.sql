-- Each centrality's cells per survey that holds some, oldest survey first (the last is its latest).
select x.centrality_id as centrality, x.survey_id as survey, count(*) as cells,
       count(*) filter (where x.status = 'active') as active,
       count(*) filter (where x.status = 'vacant') as vacant,
       count(*) filter (where x.status = 'travaux') as works,
       count(*) filter (where x.activity = 'alimentaire') as food
from commerce.cell x join commerce.survey s on s.id = x.survey_id
where x.centrality_id is not null
group by x.centrality_id, x.survey_id, s.surveyed_to
order by x.centrality_id, s.surveyed_to, x.survey_id
