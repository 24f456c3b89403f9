-- Bytes per stored value and WAL per written value, for docs/scaling.md. Run by hand with psql on a scratch database
-- migrated with db/migrations/00*.sql only (never the run database: it adds a 'probe' observatory and 5,000 communes):
--   psql -X -v ON_ERROR_STOP=1 -d <scratch> -f tests/bench/value-storage.sql
-- It writes as ValueWriter does (Platform/Indicators/Values/ValueWriter.cs): a new year copied into its own table in key
-- order then attached, and a revision merged through a temporary table, the old version to the history, delete by
-- address, insert in key order. It needs a superuser (checkpoint). Sizes are exact; WAL depends on checkpoints
-- (full-page images), so the revision is measured right after a checkpoint and again within the same checkpoint.
\set communes 5000
\set indicators 10
\timing off
set work_mem = '256MB';
set maintenance_work_mem = '1GB';

insert into platform.observatory (slug, name, description, sort_order) values ('probe', 'Probe', 'storage probe', 999);
insert into platform.theme (observatory_slug, code, name, sort_order) values ('probe', 'all', 'All', 1);
-- Every fifth indicator a ratio (numerator and denominator stored), as in tests/bench/national.sql.
insert into platform.indicator (code, observatory_slug, theme_code, label, definition, unit, decimals, source, periodicity,
                                licence, confidentiality, aggregation, ratio_scale, sort_order)
select format('probe.i%s', lpad(i::text, 2, '0')), 'probe', 'all', 'i' || i, 'probe', 'n', 0, 'probe', 'year', 'Licence Ouverte',
       'public', case when i % 5 = 0 then 'ratio' else 'sum' end, case when i % 5 = 0 then 100 else 1 end, i
from generate_series(1, :indicators) i;
-- National ids have the same length: commune:62427.
insert into platform.territory (id, level, code, name, source_vintage)
select 'commune:' || c, 'commune', c::text, 'Commune ' || c, 'probe' from generate_series(10001, 10000 + :communes) c;

-- The values of a year, in key order, with a source vintage as real files carry ("INSEE RP 2021").
create function pg_temp.year_rows(y integer, bump double precision) returns table (
    indicator_code text, territory_id text, period text, value double precision, numerator double precision,
    denominator double precision, status text, source_vintage text) language sql as $$
    select format('probe.i%s', lpad(i::text, 2, '0')), 'commune:' || c, y::text,
           case when i % 5 = 0 then 100.0 * (c % 97 + bump) / (c % 89 + 100) else (c * i) % 10007 + bump end,
           case when i % 5 = 0 then c % 97 + bump end, case when i % 5 = 0 then (c % 89 + 100)::double precision end,
           'definitive', 'INSEE RP ' || (y - 2)
    from generate_series(1, current_setting('probe.indicators')::integer) i,
         generate_series(10001, 10000 + current_setting('probe.communes')::integer) c
    order by 1, 3, 2
$$;
select set_config('probe.indicators', :'indicators', false) as probe_i, set_config('probe.communes', :'communes', false) as probe_c \gset

-- New years: the table, COPY in key order (here insert … select), attach (the key index built in one sorted pass).
\set rows_per_year (:communes * :indicators)
create temporary table probe_measure (what text, bytes numeric, rows numeric);
checkpoint;
select pg_current_wal_insert_lsn() as before_lsn \gset
do $$
declare y integer;
begin
    for y in 2020..2023 loop
        execute format('create table platform.indicator_value_y%s (like platform.indicator_value including defaults including constraints,
                        check (period >= %L and period < %L))', y, y::text, (y + 1)::text);
        execute format('insert into platform.indicator_value_y%s (indicator_code, territory_id, period, value, numerator, denominator, status, source_vintage)
                        select * from pg_temp.year_rows(%s, 0)', y, y);
        execute format('alter table platform.indicator_value attach partition platform.indicator_value_y%s for values from (%L) to (%L)',
                       y, y::text, (y + 1)::text);
    end loop;
end $$;
insert into probe_measure select 'WAL, new years (copy + attach)', pg_current_wal_insert_lsn() - :'before_lsn'::pg_lsn, 4 * :rows_per_year;
vacuum analyze platform.indicator_value;

insert into probe_measure
select 'current values: table', sum(pg_table_size(c.oid)), 4 * :rows_per_year
from pg_inherits i join pg_class c on c.oid = i.inhrelid where i.inhparent = 'platform.indicator_value'::regclass
union all
select 'current values: key index (with its INCLUDE columns)', sum(pg_indexes_size(c.oid)), 4 * :rows_per_year
from pg_inherits i join pg_class c on c.oid = i.inhrelid where i.inhparent = 'platform.indicator_value'::regclass;

-- A revision of every value of 2023, merged as ValueWriter.MergeAsync does.
create temporary table revision_wal (attempt integer, bytes numeric);
create function pg_temp.revise(bump double precision) returns void language plpgsql as $$
begin
    drop table if exists value_staging, value_changes;
    create temporary table value_staging as select * from pg_temp.year_rows(2023, bump);
    create temporary table value_changes as
    select s.*, v.tableoid as table_id, v.ctid as row_id, v.value as old_value, v.numerator as old_numerator,
           v.denominator as old_denominator, v.status as old_status, v.source_vintage as old_source_vintage,
           v.valid_from as old_valid_from
    from value_staging s
    left join platform.indicator_value v
      on v.period = '2023' and v.indicator_code = s.indicator_code and v.period = s.period and v.territory_id = s.territory_id
    where v.ctid is null
       or (v.value, v.numerator, v.denominator, v.status, v.source_vintage)
          is distinct from (s.value, s.numerator, s.denominator, s.status, s.source_vintage);
    insert into platform.indicator_value_history
        (indicator_code, territory_id, period, value, numerator, denominator, status, source_vintage, valid_from, valid_to)
    select indicator_code, territory_id, period, old_value, old_numerator, old_denominator, old_status, old_source_vintage,
           old_valid_from, clock_timestamp()
    from value_changes where row_id is not null order by indicator_code, period, territory_id;
    delete from platform.indicator_value v using value_changes c
    where v.period = '2023' and v.tableoid = c.table_id and v.ctid = c.row_id;
    insert into platform.indicator_value
        (indicator_code, territory_id, period, value, numerator, denominator, status, source_vintage, valid_from)
    select indicator_code, territory_id, period, value, numerator, denominator, status, source_vintage, clock_timestamp()
    from value_changes order by indicator_code, period, territory_id;
end $$;

checkpoint;
select pg_current_wal_insert_lsn() as before_lsn \gset
select pg_temp.revise(1);
insert into probe_measure select 'WAL per revised value, first revision after a checkpoint', pg_current_wal_insert_lsn() - :'before_lsn'::pg_lsn, :rows_per_year;
select pg_current_wal_insert_lsn() as before_lsn \gset
select pg_temp.revise(2);
insert into probe_measure select 'WAL per revised value, again before the next checkpoint', pg_current_wal_insert_lsn() - :'before_lsn'::pg_lsn, :rows_per_year;
vacuum analyze platform.indicator_value, platform.indicator_value_history;

insert into probe_measure
select 'history: table', pg_table_size('platform.indicator_value_history'), count(*) from platform.indicator_value_history
union all
select 'history: key index', pg_indexes_size('platform.indicator_value_history'), count(*) from platform.indicator_value_history
union all
select 'current values after two revisions of 2023: table + index', sum(pg_total_relation_size(c.oid)), 4 * :rows_per_year
from pg_inherits i join pg_class c on c.oid = i.inhrelid where i.inhparent = 'platform.indicator_value'::regclass;

select what, rows, pg_size_pretty(bytes) as total, round(bytes / rows) as bytes_per_value from probe_measure;
