-- Demo sales of the given communes that lie outside their commune's current contour (after a contour import) are
-- brought inside: to 30 % of the way from the commune's centre, else to the centre itself. Imported sales never move:
-- their point is DVF's.
with commune as materialized (
    select id, geom, st_pointonsurface(geom) as centre
    from platform.territory where id = any(@Communes) and geom is not null
)
update habitat.sale s
set geom = case when st_intersects(c.geom, st_lineinterpolatepoint(st_makeline(c.centre, s.geom), 0.3))
                then st_lineinterpolatepoint(st_makeline(c.centre, s.geom), 0.3) else c.centre end
from commune c
where s.commune_id = c.id and s.demo and s.geom is not null and not st_intersects(c.geom, s.geom)
