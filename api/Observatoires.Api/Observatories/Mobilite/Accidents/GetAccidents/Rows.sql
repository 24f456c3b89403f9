-- The filtered accidents as CSV rows, oldest first: the columns of the GeoJSON's properties, with the coordinates.
select a.num_acc as NumAcc, a.occurred_at::date as Date, to_char(a.occurred_at, 'HH24:MI') as Time, a.year::integer as Year,
       extract(month from a.occurred_at)::integer as Month, mobilite.hour_band(a.occurred_at) as HourBand,
       a.commune_id as Commune, c.name as CommuneName, a.agglomeration as Agglomeration,
       (select label from mobilite.baac_code where list = 'int' and code = a.intersection) as Intersection,
       (select label from mobilite.baac_code where list = 'lum' and code = a.lighting) as Lighting,
       (select label from mobilite.baac_code where list = 'atm' and code = a.weather) as Weather,
       s.severity as Severity, s.killed::integer as Killed, s.hospitalised::integer as Hospitalised,
       s.lightly_injured::integer as LightlyInjured, s.ksi::integer as Ksi, array_to_string(s.modes, ' ') as Modes,
       s.pieton_ou_cycliste as PietonOuCycliste,
       round(st_x(a.geom)::numeric, 6)::double precision as Longitude, round(st_y(a.geom)::numeric, 6)::double precision as Latitude
{filter}
order by a.occurred_at, a.num_acc
