-- The demo parks of the given communes and their lots, placed from each commune's current contour: a park is a disc
-- of its area around a point drawn inside the commune shrunk by 5 m (seeded by 1000 + its id), in Lambert-93, clipped
-- to that shrunk commune; its lots are a Voronoi partition of the park around seeded points (2000 + its id), so they
-- cover it exactly, numbered from west to east (lot id = park id × 100 + n). Same contour, same parks and lots.
-- Only parks still marked demo move (an editor's write on any of its lots unmarks the park).
with commune as materialized (
    select c.id, case when st_isempty(b.g) then st_transform(c.geom, 2154) else b.g end as g
    from platform.territory c
    cross join lateral (select st_buffer(st_transform(c.geom, 2154), -5) as g) b
    where c.id = any(@Communes) and c.geom is not null
),
park as (
    update foncier_eco.zae z
    set geom = st_multi(st_collectionextract(st_makevalid(st_transform(st_intersection(
            st_buffer(st_geometryn(st_generatepoints(c.g, 1, 1000 + z.id), 1), sqrt(z.demo_area_ha * 10000 / pi()), 'quad_segs=4'),
            c.g), 4326)), 3))
    from commune c
    where z.commune_id = c.id and z.demo_area_ha is not null
    returning z.id, z.geom
),
cell as (
    select p.id as zae_id, c.n, c.geom
    from park p
    cross join lateral (select count(distinct l.lot_id)::int as lots from foncier_eco.lot_version l where l.zae_id = p.id) k
    cross join lateral (
        select row_number() over (order by st_x(st_centroid(d.geom)), st_y(st_centroid(d.geom)))::int as n,
               st_multi(st_collectionextract(st_intersection(d.geom, p.geom), 3)) as geom
        from st_dump(st_voronoipolygons(st_generatepoints(p.geom, k.lots, 2000 + p.id), 0, p.geom)) d
        where st_intersects(d.geom, p.geom)
    ) c
    where k.lots > 0
),
lot as (
    update foncier_eco.lot_version l set geom = c.geom
    from cell c
    where l.zae_id = c.zae_id and l.lot_id = c.zae_id * 100 + c.n and not st_isempty(c.geom)
    returning l.lot_id
)
select (select count(*) from park)::int as parks, (select count(*) from lot)::int as lots
