-- Hot spots: the filtered accidents clustered by DBSCAN in Lambert-93 (metres): a cluster is at least @MinAccidents
-- accidents each within @RadiusM of another of the cluster. Ranked by the severity index (KSI: killed + hospitalised),
-- then by the number of accidents; each with its centroid, its spread, its counts, its communes and accident numbers.
with kept as materialized (
    select a.num_acc, a.commune_id, c.name as commune_name, a.year, s.killed, s.hospitalised, s.lightly_injured,
           s.ksi, s.pieton_ou_cycliste, st_transform(a.geom, 2154) as projected
    {filter}
),
clustered as (
    select k.*, st_clusterdbscan(k.projected, eps := @RadiusM, minpoints := @MinAccidents) over () as cluster
    from kept k
),
centred as (
    select c.*, st_centroid(st_collect(c.projected) over (partition by c.cluster)) as centre
    from clustered c
    where c.cluster is not null
),
spots as (
    select cluster, count(*)::integer as accidents, sum(killed)::integer as killed, sum(hospitalised)::integer as hospitalised,
           sum(lightly_injured)::integer as lightly_injured, sum(ksi)::integer as ksi,
           (count(*) filter (where pieton_ou_cycliste))::integer as pieton_ou_cycliste,
           st_transform((array_agg(centre))[1], 4326) as centroid,
           round(max(st_distance(projected, centre))::numeric)::integer as spread,
           min(year)::integer as first_year, max(year)::integer as last_year,
           json_agg(distinct jsonb_build_object('id', commune_id, 'name', commune_name))::text as communes,
           array_agg(num_acc order by num_acc) as numbers
    from centred
    group by cluster
)
select (row_number() over (order by ksi desc, accidents desc, killed desc, cluster))::integer as Rank,
       accidents as Accidents, killed as Killed, hospitalised as Hospitalised, lightly_injured as LightlyInjured, ksi as Ksi,
       pieton_ou_cycliste as PietonOuCycliste,
       round(st_x(centroid)::numeric, 6)::double precision as Longitude, round(st_y(centroid)::numeric, 6)::double precision as Latitude,
       spread as SpreadM, first_year as FirstYear, last_year as LastYear, communes as Communes, array_to_string(numbers, ',') as NumAcc
from spots
order by ksi desc, accidents desc, killed desc, cluster
limit @Limit
