-- Per indicator: its first and last periods and its levels (from the availability the value writer keeps), and the
-- latest version and source vintages of its latest period's values (one index range of that period's partition).
select a.indicator_code as "Code", a.first_period as "FirstPeriod", a.last_period as "LastPeriod", a.levels as "LevelList",
       latest.modified as "Modified", latest.vintages as "Vintages"
from (
    select indicator_code, min(period) as first_period, max(period) as last_period, string_agg(distinct level, ',') as levels
    from platform.indicator_availability
    where indicator_code = any(@codes)
    group by indicator_code
) a
cross join lateral (
    select max(v.valid_from) as modified, string_agg(distinct v.source_vintage, ', ') as vintages
    from platform.indicator_value v
    where v.indicator_code = a.indicator_code and v.period = a.last_period
) latest
