-- The observatory's indicators per territory with accounts (the communes, and the reference territories from their
-- own rows) and year, from energie.account and energie.installation. A territory with lines of a kind gets a value
-- for every year of that kind (0 where it has none that year). The decarbonised balance of a year is that year's
-- renewable and recovered production over the consumption of the same year, or of the latest year before it when
-- the consumption is not published yet (as the report divides the 2023 production by the 2022 consumption); it is
-- stored with its numerator and denominator, so that every aggregate is a ratio of sums.
with lines as (
    select * from energie.account where @Territories::text[] is null or territory_id = any(@Territories)
),
kind_years as (select distinct kind, year from energie.account),
territory_kinds as (select distinct territory_id, kind from lines),
cells as (
    select tk.territory_id, tk.kind, ky.year from territory_kinds tk join kind_years ky on ky.kind = tk.kind
),
sums as (
    select c.territory_id, c.kind, c.year,
           coalesce(sum(l.value), 0) as total,
           coalesce(sum(l.value) filter (where l.sector = 'residentiel'), 0) as residentiel,
           coalesce(sum(l.value) filter (where l.sector = 'tertiaire'), 0) as tertiaire,
           coalesce(sum(l.value) filter (where l.sector = 'industrie'), 0) as industrie,
           coalesce(sum(l.value) filter (where l.sector = 'transport'), 0) as transport,
           coalesce(sum(l.value) filter (where l.sector = 'agriculture'), 0) as agriculture,
           coalesce(sum(l.value) filter (where l.kind = 'consumption' and l.carrier = 'gaz'), 0) as gaz,
           coalesce(sum(l.value) filter (where l.kind = 'consumption' and l.carrier = 'electricite'), 0) as electricite,
           coalesce(sum(l.value) filter (where l.kind = 'production' and l.carrier <> 'thermique_non_renouvelable'), 0) as decarbonised,
           coalesce(sum(l.value) filter (where l.carrier = 'eolien'), 0) as eolien,
           coalesce(sum(l.value) filter (where l.carrier = 'pv_toiture'), 0) as pv_toiture
    from cells c left join lines l on l.territory_id = c.territory_id and l.kind = c.kind and l.year = c.year
    group by c.territory_id, c.kind, c.year
),
consumption as (select territory_id, year, total from sums where kind = 'consumption' and total > 0),
balance as (
    select p.territory_id, p.year, p.decarbonised as numerator,
           (select c.total from consumption c where c.territory_id = p.territory_id and c.year <= p.year order by c.year desc limit 1) as denominator
    from sums p where p.kind = 'production'
),
figures (indicator, territory_id, year, value) as (
    select 'energie.consommation', territory_id, year, total from sums where kind = 'consumption'
    union all select 'energie.consommation_residentiel', territory_id, year, residentiel from sums where kind = 'consumption'
    union all select 'energie.consommation_tertiaire', territory_id, year, tertiaire from sums where kind = 'consumption'
    union all select 'energie.consommation_industrie', territory_id, year, industrie from sums where kind = 'consumption'
    union all select 'energie.consommation_transport', territory_id, year, transport from sums where kind = 'consumption'
    union all select 'energie.consommation_agriculture', territory_id, year, agriculture from sums where kind = 'consumption'
    union all select 'energie.consommation_gaz', territory_id, year, gaz from sums where kind = 'consumption'
    union all select 'energie.consommation_electricite', territory_id, year, electricite from sums where kind = 'consumption'
    union all select 'energie.production', territory_id, year, decarbonised from sums where kind = 'production'
    union all select 'energie.production_eolien', territory_id, year, eolien from sums where kind = 'production'
    union all select 'energie.production_pv_toiture', territory_id, year, pv_toiture from sums where kind = 'production'
    union all select 'energie.emissions', territory_id, year, total from sums where kind = 'emissions'
)
select indicator, territory_id as territory, year::text as period, round(value::numeric, 3)::double precision as value,
       null::double precision as numerator, null::double precision as denominator
from figures
union all
select 'energie.installations_pv_toiture', territory_id, year::text, installations::double precision, null, null
from energie.installation
where carrier = 'pv_toiture' and (@Territories::text[] is null or territory_id = any(@Territories))
union all
select 'energie.bilan_decarbone', territory_id, year::text,
       round((100 * numerator / denominator)::numeric, 3)::double precision,
       round(numerator::numeric, 3)::double precision, round(denominator::numeric, 3)::double precision
from balance where denominator > 0
