-- Revisions move to their own table. indicator_value keeps the current version of each value under one index;
-- indicator_value_history keeps every replaced version with the moment it was replaced. Writing a million new values
-- then updates one index instead of two, and a revision adds one history row instead of rewriting the current row
-- and adding another under both indexes. Reading the current values (almost every request) is unchanged;
-- ?asOf= reads both tables.
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
);

insert into platform.indicator_value_history
select indicator_code, territory_id, period, value, numerator, denominator, status, source_vintage, valid_from, valid_to
from platform.indicator_value
where valid_to is not null;

delete from platform.indicator_value where valid_to is not null;

drop index platform.indicator_value_current_idx;
alter table platform.indicator_value
    drop constraint indicator_value_version_key,
    drop column valid_to,
    add constraint indicator_value_key primary key (indicator_code, period, territory_id)
        include (value, numerator, denominator, status);

-- History is written once and never changed; it goes with its indicator or territory (every history row has a
-- current row with the same key, so the checks on indicator_value's keys cover it).
create function platform.refuse_history_change() returns trigger language plpgsql as $$
begin
    raise integrity_constraint_violation using message = 'a replaced value is kept as it was: the history cannot change';
end $$;

create trigger indicator_value_history_fixed before update on platform.indicator_value_history
    for each statement execute function platform.refuse_history_change();

create or replace function platform.delete_values_of_deleted() returns trigger language plpgsql as $$
begin
    execute format('delete from platform.indicator_value where %I in (select %I from deleted_rows)', tg_argv[0], tg_argv[1]);
    execute format('delete from platform.indicator_value_history where %I in (select %I from deleted_rows)', tg_argv[0], tg_argv[1]);
    return null;
end $$;
