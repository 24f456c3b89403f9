-- Demo zones of one image (@ImageDate) for the given communes, drawn in Lambert-93 around a point inside each commune's
-- current contour and cut to it, each zone marked with the commune it was drawn for. Sized on the commune's area, so
-- that the hot spots cover a plausible share of a town (6 to 12 % of its area before the cut, the denser the more):
-- in a town (2,500 inhabitants or more) a strong hot spot on its dense centre (a disc of 2 to 4 % of the area), a wider
-- hot spot around it, shifted (1.7 times its radius), and a cool island (a park, a wood) further out; in a village, a
-- cool island one time in three. The cool islands never overlap a hot spot.
with commune as materialized (
    select t.id, t.population, g.g, st_transform(st_pointonsurface(t.geom), 2154) as centre,
           sqrt((0.02 + 0.02 * least(1, t.population / (st_area(g.g) / 1e6) / 3000)) * st_area(g.g) / pi()) as r,
           radians(abs(hashtext(t.id)) % 360) as bearing
    from platform.territory t
    cross join lateral (select st_transform(t.geom, 2154) as g) g
    where t.id = any(@Communes) and t.geom is not null and t.population > 0
),
drawn as (
    select c.id, 'chaleur_forte' as zone_class, st_buffer(c.centre, c.r, 'quad_segs=8') as z, c.g
    from commune c where c.population >= 2500
    union all
    select c.id, 'chaleur', st_difference(st_buffer(st_translate(c.centre, 0.4 * c.r * cos(c.bearing), 0.4 * c.r * sin(c.bearing)), 1.7 * c.r, 'quad_segs=8'),
                                          st_buffer(c.centre, c.r, 'quad_segs=8')), c.g
    from commune c where c.population >= 2500
    union all
    select c.id, case when c.population >= 2500 then 'fraicheur' else 'fraicheur_forte' end,
           st_difference(st_buffer(st_translate(c.centre, -2.9 * c.r * cos(c.bearing), -2.9 * c.r * sin(c.bearing)), 0.8 * c.r, 'quad_segs=8'),
                         case when c.population >= 2500
                              then st_buffer(st_translate(c.centre, 0.4 * c.r * cos(c.bearing), 0.4 * c.r * sin(c.bearing)), 1.7 * c.r, 'quad_segs=8')
                              else st_setsrid('POLYGON EMPTY'::geometry, 2154) end), c.g
    from commune c where c.population >= 2500 or abs(hashtext(c.id || ':bois')) % 3 = 0
),
cut as (
    select d.id, d.zone_class, st_multi(st_collectionextract(st_makevalid(st_intersection(d.z, st_buffer(d.g, -2))), 3)) as z
    from drawn d
)
insert into environnement.zone (zone_class, image_date, label, source_file, demo, demo_commune_id, geom)
select c.zone_class, @ImageDate, 'Démonstration : ' || t.name, 'démonstration', true, c.id, st_multi(st_transform(c.z, 4326))
from cut c join platform.territory t on t.id = c.id
where not st_isempty(c.z) and st_area(c.z) > 100 and st_isvalid(st_transform(c.z, 4326))
