-- National-scale benchmark dataset, generated in SQL into a migrated, empty database (tests/bench/national.sh):
--   13 régions, 40 départements of 875 communes, 1,250 EPCIs of 28 communes: 35,000 communes, flat memberships;
--   observatory 'bench', 30 yearly public indicators bench.i01..bench.i30 (sums, and every fifth a ratio with
--   numerator/denominator, scale 100; i01, i04, ... have a secrecy threshold of 5), one value per commune per
--   year 2010-2024: 15,750,000 current values. No contours (geometry null). Deterministic: same data every time.
-- The value indexes and keys are dropped during the load and rebuilt from their own definitions afterwards.
\set ON_ERROR_STOP on
set client_min_messages = notice;
set synchronous_commit = off;
set maintenance_work_mem = '1GB';
set work_mem = '256MB';

do $$
begin
  if exists (select 1 from platform.territory) or exists (select 1 from platform.indicator_value) then
    raise exception 'national.sql loads into an empty, migrated database; % already holds territories or values', current_database();
  end if;
end $$;

-- ---------------------------------------------------------------- territories
\echo '  territories and memberships'
create temporary table bench_commune as
select c,
       'commune:' || lpad((c / 875 + 1)::text, 2, '0') || lpad((c % 875 + 1)::text, 3, '0') as id,
       'departement:' || lpad((c / 875 + 1)::text, 2, '0') as departement_id,
       'epci:2' || lpad((c / 28 + 1)::text, 8, '0') as epci_id,
       'region:' || lpad(((c / 875) * 13 / 40 + 1)::text, 2, '0') as region_id,
       -- a skewed, deterministic population: most communes small, a few large
       (60 + ((c::bigint * 2654435761) % 1000) ^ 4 / 1e8)::integer as population
from generate_series(0, 34999) c;

insert into platform.territory (id, level, code, name, population, source_vintage)
select 'region:' || lpad(r::text, 2, '0'), 'region', lpad(r::text, 2, '0'), 'Région ' || r, null, 'bench'
from generate_series(1, 13) r;

insert into platform.territory (id, level, code, name, population, source_vintage)
select departement_id, 'departement', split_part(departement_id, ':', 2), 'Département ' || split_part(departement_id, ':', 2),
       sum(population), 'bench'
from bench_commune group by departement_id;

insert into platform.territory (id, level, code, name, population, source_vintage)
select epci_id, 'epci', split_part(epci_id, ':', 2), 'EPCI ' || split_part(epci_id, ':', 2), sum(population), 'bench'
from bench_commune group by epci_id;

insert into platform.territory (id, level, code, name, population, source_vintage)
select id, 'commune', split_part(id, ':', 2), 'Commune ' || split_part(id, ':', 2), population, 'bench'
from bench_commune;

update platform.territory r set population = s.population
from (select region_id, sum(population) as population from bench_commune group by region_id) s
where r.id = s.region_id;

-- An EPCI lies in the département of most of its communes (28 communes, 875 per département: a few straddle).
create temporary table bench_epci as
select epci_id, mode() within group (order by departement_id) as departement_id,
       mode() within group (order by region_id) as region_id
from bench_commune group by epci_id;

insert into platform.territory_membership (member_id, parent_id)
select id, epci_id from bench_commune
union all select id, departement_id from bench_commune
union all select id, region_id from bench_commune
union all select epci_id, departement_id from bench_epci
union all select epci_id, region_id from bench_epci
union all select distinct departement_id, region_id from bench_commune;

-- ---------------------------------------------------------------- catalogue
\echo '  catalogue: observatory bench, 30 indicators'
insert into platform.observatory (slug, name, description, sort_order)
values ('bench', 'Benchmark', 'Generated indicators for the national-scale benchmark (tests/bench).', 99);
insert into platform.theme (observatory_slug, code, name, sort_order) values ('bench', 'generated', 'Indicateurs générés', 1);

insert into platform.indicator (code, observatory_slug, theme_code, label, definition, unit, decimals, source, periodicity,
    licence, confidentiality, aggregation, ratio_scale, secrecy_threshold, sort_order)
select 'bench.i' || lpad(i::text, 2, '0'), 'bench', 'generated',
       'Indicateur généré ' || i, 'Valeurs générées pour les mesures de performance.',
       case when i % 5 = 0 then '%' else 'nombre' end,
       case when i % 5 = 0 then 1 else 0 end,
       'tests/bench/national.sql', 'year', 'Licence Ouverte 2.0', 'public',
       case when i % 5 = 0 then 'ratio' else 'sum' end,
       case when i % 5 = 0 then 100 else 1 end,
       case when i % 3 = 1 and i % 5 <> 0 then 5 end,
       i
from generate_series(1, 30) i;

-- ---------------------------------------------------------------- values
-- Without its keys and indexes the table loads several times faster; they are rebuilt after.
create temporary table bench_ddl (ord serial, drop_ddl text, create_ddl text);
insert into bench_ddl (drop_ddl, create_ddl)
select format('alter table platform.indicator_value drop constraint %I', conname),
       format('alter table platform.indicator_value add constraint %I %s', conname, pg_get_constraintdef(oid))
from pg_constraint
where conrelid = 'platform.indicator_value'::regclass and contype in ('p', 'u', 'f')
order by contype = 'f', conname;
insert into bench_ddl (drop_ddl, create_ddl)
select format('drop index %s', i.indexrelid::regclass), pg_get_indexdef(i.indexrelid)
from pg_index i
where i.indrelid = 'platform.indicator_value'::regclass
  and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid and c.conrelid = i.indrelid);

do $$
declare d record;
begin
  for d in select drop_ddl from bench_ddl order by ord loop
    execute d.drop_ddl;
  end loop;
end $$;

\echo '  values: 30 indicators x 35,000 communes x 15 years (2010-2024), one year at a time'
do $$
declare
  y integer;
  started timestamptz := clock_timestamp();
begin
  -- Year by year, as yearly imports would arrive.
  for y in 2010 .. 2024 loop
    perform platform.add_value_year(y);
    insert into platform.indicator_value (indicator_code, territory_id, period, value, numerator, denominator, status)
    select 'bench.i' || lpad(i::text, 2, '0'), c.id, y::text,
           case when i % 5 = 0 then 100.0 * n.numerator / n.denominator else n.count end,
           case when i % 5 = 0 then n.numerator end,
           case when i % 5 = 0 then n.denominator end,
           'definitive'
    from generate_series(1, 30) i
    cross join bench_commune c
    cross join lateral (
      select (((c.c::bigint * 2654435761 + i * 40503 + y * 9973) % 1000) * c.population / 500)::double precision as count,
             (c.population / 2 + 1)::double precision as denominator,
             (((c.c::bigint * 40503 + i * 9973 + y * 2654435761) % 1000) * (c.population / 2 + 1) / 1000)::double precision as numerator
    ) n
    order by i, c.c;
    raise notice '% done: % rows in %', y, (y - 2009) * 30 * 35000, date_trunc('second', clock_timestamp() - started);
  end loop;
end $$;

\echo '  rebuilding the keys and indexes of the values'
do $$
declare
  d record;
  started timestamptz;
begin
  for d in select create_ddl from bench_ddl order by create_ddl like '%FOREIGN KEY%', ord loop
    started := clock_timestamp();
    execute d.create_ddl;
    raise notice '% (%)', left(d.create_ddl, 110), date_trunc('second', clock_timestamp() - started);
  end loop;
end $$;

-- What the API's writer keeps for every import: which periods and levels each indicator has.
insert into platform.indicator_availability (indicator_code, period, level)
select i.code, p.period, 'commune'
from platform.indicator i cross join (select generate_series(2010, 2024)::text as period) p
where i.observatory_slug = 'bench'
on conflict do nothing;

do $$
begin
  perform platform.bump_data_version('indicators');
  perform platform.bump_data_version('territories');
end $$;
