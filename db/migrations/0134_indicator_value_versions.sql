-- The moments at which each (indicator, period) was written: one row per write that inserted or revised some of its
-- values (valid_from of what it wrote, valid_to of what it replaced), and whether a value it wrote is stored secret.
-- Each is a state the period's data has had, and statistical secrecy masks in every answer what any of them masked
-- (ValueEngine): a period written once is known to have one state by this small index alone, without reading the
-- values' valid_from (which their key index does not hold). Kept by every write (ValueWriter), as
-- indicator_availability is; no territory column: a reference table on a database distributed by territory.
create table platform.indicator_value_version (
    indicator_code text not null references platform.indicator on delete cascade,
    period         text not null,
    valid_from     timestamptz not null,
    with_secret    boolean not null,
    primary key (indicator_code, period, valid_from)
);

insert into platform.indicator_value_version (indicator_code, period, valid_from, with_secret)
select indicator_code, period, moment, coalesce(bool_or(status = 'secret'), false)
from (
    select indicator_code, period, valid_from as moment, status from platform.indicator_value
    union all
    select indicator_code, period, valid_from, status from platform.indicator_value_history
    union all
    select indicator_code, period, valid_to, null from platform.indicator_value_history
) written
group by indicator_code, period, moment;
