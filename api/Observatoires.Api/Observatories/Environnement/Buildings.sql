-- The sensitive buildings and, for each image year, the hottest and the coolest zone class that holds them (a point on
-- a zone's edge is in it), null when none does. @Communes and @Year narrow it (null: every commune, every year).
with image as (
    select distinct extract(year from z.image_date)::int as year
    from environnement.zone z
    where @Year::int is null or extract(year from z.image_date) = @Year
)
select i.year, b.id, b.name, b.building_type as type, b.commune_id as communeid, t.name as communename, b.address,
       st_x(b.geom) as lon, st_y(b.geom) as lat,
       (select z.zone_class from environnement.zone z
        where z.kind = 'ilot_chaleur' and extract(year from z.image_date) = i.year and st_intersects(z.geom, b.geom)
        order by z.zone_class = 'chaleur_forte' desc limit 1) as hotclass,
       (select z.zone_class from environnement.zone z
        where z.kind = 'ilot_fraicheur' and extract(year from z.image_date) = i.year and st_intersects(z.geom, b.geom)
        order by z.zone_class = 'fraicheur_forte' desc limit 1) as coolclass
from image i cross join environnement.building b
join platform.territory t on t.id = b.commune_id
where @Communes::text[] is null or b.commune_id = any(@Communes)
order by i.year, t.name, b.building_type, b.name, b.id
