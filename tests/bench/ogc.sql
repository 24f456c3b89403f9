-- OGC benchmark dataset (tests/bench/ogc.sh): replaces the demo establishments of a migrated, seeded database with
-- :points generated points (psql variable, 50,000 by default in ogc.sh), spread over the communes in proportion to
-- their population (a town of 30,000 gets 100 times the points of a village of 300), placed at random inside each
-- commune with ST_GeneratePoints and a fixed seed per commune. Deterministic: the same data on every run.
-- Every column stays valid for the table's checks: unique 14-digit SIRETs (SIREN range 9xx, not attributed), NAF
-- sections and size bands drawn with the weights of the demo data, a headcount inside the band, creation dates
-- 1960-2024.
\set ON_ERROR_STOP on
set client_min_messages = warning;

begin;

delete from emploi.etablissement;

-- Points per commune: the rounded running total, so that the counts add up to :points exactly.
create temporary table bench_points on commit drop as
with communes as (
    select id, geom, population::bigint as population,
           sum(population::bigint) over (order by id) as upto,
           sum(population::bigint) over () as total,
           row_number() over (order by id) as seed
    from platform.territory
    where level = 'commune' and geom is not null and population > 0
), counts as (
    select id, geom, seed,
           (round(:points::numeric * upto / total) - round(:points::numeric * (upto - population) / total))::integer as n
    from communes
)
select row_number() over (order by c.id, d.path[1])::integer as id, c.id as commune_id, d.geom
from counts c
cross join lateral st_dump(st_generatepoints(c.geom, c.n, (c.seed * 7919)::integer)) d
where c.n > 0;

-- Deterministic attributes from the id (PostgreSQL's integer hash, a different input per attribute).
with sections(section, label, upto) as (values
    ('A', 'Agriculture, sylviculture et pêche', 5), ('C', 'Industrie manufacturière', 13), ('F', 'Construction', 27),
    ('G', 'Commerce ; réparation d''automobiles', 49), ('H', 'Transports et entreposage', 54),
    ('I', 'Hébergement et restauration', 64), ('J', 'Information et communication', 66),
    ('K', 'Activités financières et d''assurance', 69), ('L', 'Activités immobilières', 72),
    ('M', 'Activités spécialisées, scientifiques et techniques', 80),
    ('N', 'Activités de services administratifs et de soutien', 85), ('Q', 'Santé humaine et action sociale', 94),
    ('S', 'Autres activités de services', 100)
), bands(band, upto, low, high) as (values
    ('1-2', 380, 1, 2), ('3-5', 630, 3, 5), ('6-9', 770, 6, 9), ('10-19', 880, 10, 19), ('20-49', 950, 20, 49),
    ('50-99', 980, 50, 99), ('100-249', 995, 100, 249), ('250+', 1000, 250, 999)
)
insert into emploi.etablissement (id, siret, name, naf_section, sector, size_band, headcount, commune_id, created_on, geom)
select p.id,
       '9' || lpad(p.id::text, 8, '0') || lpad((p.id::bigint * 48271 % 100000)::text, 5, '0'),
       'Établissement ' || p.id,
       s.section, s.label, b.band,
       -- a headcount inside the band
       b.low + ((hashint4(p.id + 3000017)::bigint & 2147483647) % (b.high - b.low + 1))::integer,
       p.commune_id,
       -- most employers are recent: creations spread over 1960-2024, denser towards today
       date '2024-12-31' - (23000 * power((hashint4(p.id + 2000003)::bigint & 2147483647) % 100000 / 100000.0, 2.2))::integer,
       p.geom
from bench_points p
cross join lateral (select section, label from sections where upto > (hashint4(p.id)::bigint & 2147483647) % 100 order by upto limit 1) s
cross join lateral (select band, low, high from bands where upto > (hashint4(p.id + 1000003)::bigint & 2147483647) % 1000 order by upto limit 1) b;

do $$ begin perform platform.bump_data_version('emploi'); end $$;

commit;
