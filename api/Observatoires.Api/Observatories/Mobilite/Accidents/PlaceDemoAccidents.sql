-- Demo accidents of the given communes that lie outside their commune's current contour (a contour import, or a point
-- drawn past the border) are brought inside: to 30 % of the way from the commune's centre, else to the centre
-- itself. Real accidents never move: their point is the BAAC's.
with commune as materialized (
    select id, geom, st_pointonsurface(geom) as centre
    from platform.territory where id = any(@Communes) and geom is not null
)
update mobilite.accident a
set geom = case when st_intersects(c.geom, st_lineinterpolatepoint(st_makeline(c.centre, a.geom), 0.3))
                then st_lineinterpolatepoint(st_makeline(c.centre, a.geom), 0.3) else c.centre end
from commune c
where a.commune_id = c.id and a.demo and not st_intersects(c.geom, a.geom)
