-- GeoJSON features built by PostGIS, one per row, streamed as they come.
select json_build_object(
    'type', 'Feature',
    'id', t.id,
    'geometry', st_asgeojson(case @Resolution when 'low' then t.geom_low when 'medium' then t.geom_medium else t.geom end,
                             @Decimals)::json,
    'properties', json_build_object(
        'id', t.id, 'level', t.level, 'code', t.code, 'name', t.name, 'population', t.population,
        'epci', (select m.parent_id from platform.territory_membership m
                 where m.member_id = t.id and m.parent_id like 'epci:%' limit 1))
)::text
{filter}
order by l.rank desc, platform.search_key(t.name), t.code
limit @Limit offset @Offset
