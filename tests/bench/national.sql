-- National-scale benchmark dataset, generated in SQL into a migrated, empty database (tests/bench/national.sh):
--   13 régions, 40 départements of 875 communes, 1,250 EPCIs of 28 communes: 35,000 communes, flat memberships;
--   observatory 'bench', 100 yearly public indicators bench.i001..bench.i100 (sums, and every fifth a ratio with
--   numerator/denominator, scale 100; i001, i004, ... have a secrecy threshold of 5), one value per commune per
--   year 2005-2024: 70,000,000 current values. No contours (geometry null). Deterministic: same data every time.
-- This file prepares territories, catalogue and public.bench_value_year(y); national.sh then generates the 20 years
-- in parallel sessions (one year each: a new table filled in key order, its key built, attached as the partition)
-- and calls public.bench_finish().
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
create unlogged table public.bench_commune as -- read by the parallel sessions that generate the values
select c,
       'commune:' || lpad((c / 875 + 1)::text, 2, '0') || lpad((c % 875 + 1)::text, 3, '0') as id,
       'departement:' || lpad((c / 875 + 1)::text, 2, '0') as departement_id,
       'epci:2' || lpad((c / 28 + 1)::text, 8, '0') as epci_id,
       'region:' || lpad(((c / 875) * 13 / 40 + 1)::text, 2, '0') as region_id,
       -- a skewed, deterministic population: most communes small, a few large
       (60 + ((c::bigint * 2654435761) % 1000) ^ 4 / 1e8)::integer as population
from generate_series(0, 34999) c;
alter table public.bench_commune add primary key (c);

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
\echo '  catalogue: observatory bench, 100 indicators'
insert into platform.observatory (slug, name, description, sort_order)
values ('bench', 'Benchmark', 'Generated indicators for the national-scale benchmark (tests/bench).', 99);
insert into platform.theme (observatory_slug, code, name, sort_order) values ('bench', 'generated', 'Indicateurs générés', 1);

insert into platform.indicator (code, observatory_slug, theme_code, label, definition, unit, decimals, source, periodicity,
    licence, confidentiality, aggregation, ratio_scale, secrecy_threshold, sort_order)
select 'bench.i' || lpad(i::text, 3, '0'), 'bench', 'generated',
       'Indicateur généré ' || i, 'Valeurs générées pour les mesures de performance.',
       case when i % 5 = 0 then '%' else 'nombre' end,
       case when i % 5 = 0 then 1 else 0 end,
       'tests/bench/national.sql', 'year', 'Licence Ouverte 2.0', 'public',
       case when i % 5 = 0 then 'ratio' else 'sum' end,
       case when i % 5 = 0 then 100 else 1 end,
       case when i % 3 = 1 and i % 5 <> 0 then 5 end,
       i
from generate_series(1, 100) i;

-- ---------------------------------------------------------------- values
-- One year: a new table filled in key order (indicator, period, territory) with no index to maintain, then its key
-- built in one sorted pass and the table attached as the year's partition (the check constraint spares attach a scan;
-- the key matches the parent's, so attach adopts it instead of building another). The parent's insert trigger (the
-- reference check) does not run: the rows are generated from the territories and indicators above.
create function public.bench_value_year(y integer) returns text language plpgsql as $$
declare
  started timestamptz := clock_timestamp();
  loaded interval;
  t text := format('platform.%I', 'indicator_value_y' || y);
begin
  set local synchronous_commit = off;
  set local maintenance_work_mem = '512MB'; -- two years at a time on 2 cores
  set local work_mem = '256MB'; -- the key-order sort of a year in memory
  execute format('create table %s (like platform.indicator_value including defaults including constraints,
                    check (period >= %L and period < %L))', t, y::text, (y + 1)::text);
  execute format($i$
    insert into %s (indicator_code, territory_id, period, value, numerator, denominator, status)
    select 'bench.i' || lpad(i::text, 3, '0'), c.id, %L,
           case when i %% 5 = 0 then 100.0 * n.numerator / n.denominator else n.count end,
           case when i %% 5 = 0 then n.numerator end,
           case when i %% 5 = 0 then n.denominator end,
           'definitive'
    from generate_series(1, 100) i
    cross join public.bench_commune c
    cross join lateral (
      select (((c.c::bigint * 2654435761 + i * 40503 + %s * 9973) %% 1000) * c.population / 500)::double precision as count,
             (c.population / 2 + 1)::double precision as denominator,
             (((c.c::bigint * 40503 + i * 9973 + %s * 2654435761) %% 1000) * (c.population / 2 + 1) / 1000)::double precision as numerator
    ) n
    order by i, c.c$i$, t, y::text, y, y);
  -- Each (indicator, year) written once, as the API's writer records it (one version: one state for secrecy).
  insert into platform.indicator_value_version (indicator_code, period, valid_from, with_secret)
  select 'bench.i' || lpad(i::text, 3, '0'), y::text, now(), false from generate_series(1, 100) i;
  loaded := clock_timestamp() - started;
  execute format('alter table %s add constraint %I primary key (indicator_code, period, territory_id)
                    include (value, numerator, denominator, status)', t, 'indicator_value_y' || y || '_pkey');
  execute format('alter table platform.indicator_value attach partition %s for values from (%L) to (%L)', t, y::text, (y + 1)::text);
  return format('%s: 3,500,000 rows in %s, key and attach %s', y, date_trunc('second', loaded),
                date_trunc('second', clock_timestamp() - started - loaded));
end $$;

-- What the API's writer keeps for every import, then the data versions; the generation's helpers go.
create function public.bench_finish() returns void language plpgsql as $$
begin
  insert into platform.indicator_availability (indicator_code, period, level)
  select i.code, p.period, 'commune'
  from platform.indicator i cross join (select generate_series(2005, 2024)::text as period) p
  where i.observatory_slug = 'bench'
  on conflict do nothing;
  perform platform.bump_data_version('indicators');
  perform platform.bump_data_version('territories');
  drop table public.bench_commune;
  drop function public.bench_value_year(integer);
end $$;
