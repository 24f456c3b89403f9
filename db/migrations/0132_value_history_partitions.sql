-- indicator_value_history partitioned by year, like indicator_value (0011): a year whose stored values are restated
-- at once (a provisional year made definitive) moves its million previous versions into a new table of the history,
-- filled without an index and attached once its key is built in one sorted pass (ValueWriter), instead of a million
-- index insertions. ?asOf= reads one or a few periods, which pruning maps to their years' partitions. Rows of a
-- year without its own partition land in the default partition.
alter table platform.indicator_value_history rename to indicator_value_history_unpartitioned;
alter index platform.indicator_value_history_key rename to indicator_value_history_unpartitioned_key;
drop trigger indicator_value_history_fixed on platform.indicator_value_history_unpartitioned;

create table platform.indicator_value_history (
    indicator_code text not null,
    territory_id   text not null,
    period         text not null,
    value          double precision,
    numerator      double precision,
    denominator    double precision,
    status         text not null,
    source_vintage text,
    valid_from     timestamptz not null,
    valid_to       timestamptz not null,
    constraint indicator_value_history_key primary key (indicator_code, period, territory_id, valid_from),
    constraint indicator_value_history_validity check (valid_to > valid_from)
) partition by range (period);

create table platform.indicator_value_history_other partition of platform.indicator_value_history default;

do $$
declare y integer;
begin
    for y in select distinct left(period, 4)::integer from platform.indicator_value_history_unpartitioned where period ~ '^[0-9]{4}' loop
        execute format('create table platform.%I partition of platform.indicator_value_history for values from (%L) to (%L)',
                       'indicator_value_history_y' || y, y::text, (y + 1)::text);
    end loop;
end $$;

insert into platform.indicator_value_history select * from platform.indicator_value_history_unpartitioned;
drop table platform.indicator_value_history_unpartitioned;

-- Row level, so that every partition has it (a statement trigger on the parent would not see an update made to a
-- partition directly).
create trigger indicator_value_history_fixed before update on platform.indicator_value_history
    for each row execute function platform.refuse_history_change();
