-- Each demo QPV is a disc of its plausible size (about 8,000 inhabitants per km²) around a point of its communes' current
-- contour, cut by them: a point drawn inside its commune 300 m from its edge (seeded by its code, so the same each
-- time), or, for a QPV over two communes, the point of the first closest to the second, so that it straddles their border.
-- The same polygon serves every resolution: simplified at 100 m or 500 m, a quarter would vanish.
with qpv as (
    select t.id, coalesce(t.population, 2000) as population,
           array_agg(c.geom order by c.id) as geoms,
           st_union(c.geom) as communes
    from platform.territory t
    join platform.territory_membership m on m.member_id = t.id
    join platform.territory c on c.id = m.parent_id and c.level = 'commune'
    where t.level = 'qpv' and (t.geometry_source is null or t.geometry_source = 'synthetic') and c.geom is not null
    group by t.id, t.population
), centre as (
    select id, population, communes,
           case when cardinality(geoms) > 1 then st_closestpoint(geoms[1], st_pointonsurface(geoms[2]))
                else st_geometryn(st_generatepoints(case when st_isempty(inner_part) then geoms[1] else inner_part end,
                                                    1, abs(hashtext(id)) % 100000 + 1), 1)
           end as point
    from qpv, lateral (select st_buffer(geoms[1]::geography, -300)::geometry as inner_part) i
), drawn as (
    select id, st_multi(st_collectionextract(st_intersection(communes,
               st_buffer(point::geography, sqrt(population / 8000.0 / pi()) * 1000)::geometry), 3)) as geom
    from centre
)
update platform.territory t
set geom = d.geom, geom_medium = d.geom, geom_low = d.geom, geometry_source = 'synthetic', geometry_updated_at = now()
from drawn d
where t.id = d.id and not st_isempty(d.geom) and st_asbinary(t.geom) is distinct from st_asbinary(d.geom);
