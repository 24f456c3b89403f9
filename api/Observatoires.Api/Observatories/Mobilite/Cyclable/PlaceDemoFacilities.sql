-- Draws the demo segments of these communes from their current contour: from a point near the centre (within 60 %
-- of the radius of a disc of the commune's area; the seed makes it deterministic), a line of two legs along the
-- segment's azimuth with a slight bend, clipped to the contour (its longest part, about 5 m inside the border).
-- Imported segments never move.
with drawn as (
    select f.id,
           (select d.geom
            from st_dump(st_intersection(
                     st_makeline(array[s.p,
                                       st_project(s.p::geography, f.demo_length_m / 2, f.demo_azimuth)::geometry,
                                       st_project(st_project(s.p::geography, f.demo_length_m / 2, f.demo_azimuth),
                                                  f.demo_length_m / 2, f.demo_azimuth + 0.35)::geometry]),
                     k.inner)) d
            where st_geometrytype(d.geom) = 'ST_LineString'
            order by st_length(d.geom) desc
            limit 1) as geom
    from mobilite.cycle_facility f
    join platform.territory c on c.id = 'commune:' || f.code_com_d
    -- Clipped a few metres inside the contour: a line cut exactly on the border may end a rounding error outside it.
    cross join lateral (select st_buffer(c.geom, -0.00005) as inner) i
    cross join lateral (
        select i.inner, st_collectionextract(st_intersection(c.geom,
                   st_buffer(st_pointonsurface(c.geom)::geography, sqrt(st_area(c.geom::geography) / pi()) * 0.6)::geometry), 3) as core
    ) k
    cross join lateral (
        select (st_dump(st_generatepoints(case when st_isempty(k.core) then c.geom else k.core end, 1, f.demo_seed))).geom as p
    ) s
    where f.demo and 'commune:' || f.code_com_d = any (@Communes)
)
update mobilite.cycle_facility f
set geom = st_setsrid(d.geom, 4326)
from drawn d
where d.id = f.id and d.geom is not null
