-- Contours of the mapped territories as GeoJSON geometry text, at the requested generalisation.
select t.id,
       st_asgeojson(case @Resolution when 'low' then t.geom_low when 'full' then t.geom else t.geom_medium end, @Decimals) as geometry
from platform.territory t
where t.id = any(@Ids)
