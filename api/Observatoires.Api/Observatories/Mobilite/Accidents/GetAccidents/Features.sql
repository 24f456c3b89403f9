-- The filtered accidents as GeoJSON features written by PostGIS (one text per row), oldest first.
select json_build_object(
    'type', 'Feature',
    'id', a.num_acc,
    'geometry', st_asgeojson(a.geom, 6)::json,
    'properties', json_build_object(
        'numAcc', a.num_acc, 'date', a.occurred_at::date, 'time', to_char(a.occurred_at, 'HH24:MI'), 'year', a.year,
        'month', extract(month from a.occurred_at)::integer, 'hourBand', mobilite.hour_band(a.occurred_at),
        'commune', a.commune_id, 'communeName', c.name, 'agglomeration', a.agglomeration,
        'intersection', (select label from mobilite.baac_code where list = 'int' and code = a.intersection),
        'lighting', (select label from mobilite.baac_code where list = 'lum' and code = a.lighting),
        'weather', (select label from mobilite.baac_code where list = 'atm' and code = a.weather),
        'severity', s.severity, 'killed', s.killed, 'hospitalised', s.hospitalised, 'lightlyInjured', s.lightly_injured,
        'ksi', s.ksi, 'modes', s.modes, 'pietonOuCycliste', s.pieton_ou_cycliste,
        'users', (select coalesce(json_agg(json_build_object(
                      'category', case r.category when 1 then 'conducteur' when 2 then 'passager' when 3 then 'pieton' end,
                      'mode', case when r.category = 3 then 'pieton' else vc.mode end,
                      'severity', case r.severity when 1 then 'indemne' when 2 then 'tue' when 3 then 'hospitalise' when 4 then 'blesse_leger' end,
                      'ageBand', mobilite.age_band(r.birth_year, a.year)) order by r.position), '[]')
                  from mobilite.road_user r
                  join mobilite.vehicle v on v.num_acc = r.num_acc and v.vehicle_id = r.vehicle_id
                  join mobilite.vehicle_category vc on vc.code = v.category
                  where r.num_acc = a.num_acc)))::text
{filter}
order by a.occurred_at, a.num_acc
