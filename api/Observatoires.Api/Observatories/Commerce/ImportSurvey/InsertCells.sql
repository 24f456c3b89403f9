-- The cells of a new survey: each in the centrality whose polygon holds it (the smallest, where two overlap); a vacant
-- cell or one under works without a last known activity in the file gets the one the previous surveys knew.
insert into commerce.cell (survey_id, cell_id, name, address, commune_id, centrality_id, activity, previous_activity, status,
                           surveyed_on, surveyor, geom)
select @Survey, c.cell, c.name, c.address, c.commune,
       (select z.id from commerce.centrality z where st_intersects(z.geom, c.geom) order by st_area(z.geom), z.id limit 1),
       c.activity,
       case when c.status <> 'active' then coalesce(c.previous, (
           select coalesce(x.activity, x.previous_activity) from commerce.cell x join commerce.survey s on s.id = x.survey_id
           where x.cell_id = c.cell and x.survey_id <> @Survey and s.surveyed_to <= @SurveyedTo
           order by s.surveyed_to desc, s.id desc limit 1)) end,
       c.status, c.surveyed_on, c.surveyor, c.geom
from (select u.*, st_setsrid(st_makepoint(u.lon, u.lat), 4326) as geom
      from unnest(@Cell, @Name, @Address, @Commune, @Lon, @Lat, @Activity, @Previous, @Status, @SurveyedOn, @Surveyor)
           as u (cell, name, address, commune, lon, lat, activity, previous, status, surveyed_on, surveyor)) c
