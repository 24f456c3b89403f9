select json_build_object(
    'type', 'Feature',
    'id', t.id,
    'geometry', st_asgeojson(case @Resolution when 'low' then t.geom_low when 'medium' then t.geom_medium else t.geom end,
                             @Decimals)::json,
    'bbox', case when t.geom is null then null
                 else json_build_array(st_xmin(t.geom), st_ymin(t.geom), st_xmax(t.geom), st_ymax(t.geom)) end,
    'properties', json_build_object(
        'id', t.id, 'level', t.level, 'code', t.code, 'name', t.name, 'population', t.population,
        'geometrySource', t.geometry_source, 'areaKm2', round((st_area(t.geom::geography) / 1e6)::numeric, 2))
)::text
from platform.territory t
where t.id = @Id
