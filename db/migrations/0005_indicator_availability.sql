-- Which periods and levels each indicator has values for. Kept by every write (ValueWriter), so that listing
-- an indicator's periods does not scan its values (15 million rows at national scale).
create table platform.indicator_availability (
    indicator_code text not null references platform.indicator on delete cascade,
    period         text not null,
    level          text not null references platform.territory_level,
    primary key (indicator_code, period, level)
);

insert into platform.indicator_availability (indicator_code, period, level)
select distinct v.indicator_code, v.period, t.level
from platform.indicator_value v
join platform.territory t on t.id = v.territory_id
where v.valid_to is null;
