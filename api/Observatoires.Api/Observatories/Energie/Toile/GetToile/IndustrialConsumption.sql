-- The perimeter's industrial consumption in the accounts' latest year for it: the sum over its communes (the
-- reference territories' own rows are not the perimeter's).
with account as (
    select a.year, a.value
    from energie.account a
    join platform.territory t on t.id = a.territory_id and t.level = 'commune'
    join platform.territory_membership m on m.member_id = a.territory_id and m.parent_id = @Perimeter
    where a.kind = 'consumption' and a.sector = 'industrie'
)
select year, sum(value) as gwh from account where year = (select max(year) from account) group by year
