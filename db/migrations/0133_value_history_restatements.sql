-- A year's history is itself partitioned, by the moment its versions were replaced (valid_to), so that a year restated
-- whole keeps its previous versions where they already are: ValueWriter detaches the year's old table from
-- indicator_value, gives it valid_to and attaches it to the year's history as the partition of that one moment,
-- instead of copying a million rows into the history (0132). Versions replaced a few at a time go into the year's
-- default partition (<year>_rows). The key holds valid_to, as a partitioned table's key must hold its partition
-- columns; (key, valid_from) stays unique, since a key's versions are replaced one at a time.
create temporary table history_rows on commit drop as select * from platform.indicator_value_history;
drop table platform.indicator_value_history; -- with its partitions and trigger

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
    constraint indicator_value_history_key primary key (indicator_code, period, territory_id, valid_from, valid_to),
    constraint indicator_value_history_validity check (valid_to > valid_from)
) partition by range (period);

create table platform.indicator_value_history_other partition of platform.indicator_value_history default;

do $$
declare y integer;
begin
    for y in select distinct left(period, 4)::integer from history_rows where period ~ '^[0-9]{4}' loop
        execute format('create table platform.%I partition of platform.indicator_value_history for values from (%L) to (%L) partition by range (valid_to)',
                       'indicator_value_history_y' || y, y::text, (y + 1)::text);
        execute format('create table platform.%I partition of platform.%I default',
                       'indicator_value_history_y' || y || '_rows', 'indicator_value_history_y' || y);
    end loop;
end $$;

insert into platform.indicator_value_history select * from history_rows;

create trigger indicator_value_history_fixed before update on platform.indicator_value_history
    for each row execute function platform.refuse_history_change();
