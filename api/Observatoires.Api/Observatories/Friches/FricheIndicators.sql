-- The observatory's indicators, per commune and year, from the sites and their status history: the brownfields
-- in stock at the end of the year (identified, neither recycled nor abandoned), their area, and the area recycled
-- during the year. Every commune of the referential gets a value (0 where there is none).
with years as (select generate_series(@FirstYear, @LastYear) as year),
communes as (
    select id from platform.territory where level = 'commune' and (@Commune::text is null or id = @Commune)
),
status_at as (
    -- Each site's status at the end of each year since its identification.
    select s.id, s.commune_id, st_area(s.geom::geography) / 10000 as area_ha, y.year,
           (select c.to_status from friches.status_change c
            where c.site_id = s.id and c.changed_on <= make_date(y.year, 12, 31) order by c.changed_on desc, c.id desc limit 1) as status,
           exists (select from friches.status_change c where c.site_id = s.id and c.to_status = 'reconvertie'
                   and extract(year from c.changed_on) = y.year) as recycled_that_year
    from friches.site s join years y on y.year >= extract(year from s.identified_on)
    where @Commune::text is null or s.commune_id = @Commune
),
figures as (
    select c.id as commune_id, y.year,
           count(a.id) filter (where a.status not in ('reconvertie', 'abandonnee')) as stock,
           coalesce(sum(a.area_ha) filter (where a.status not in ('reconvertie', 'abandonnee')), 0) as stock_ha,
           coalesce(sum(a.area_ha) filter (where a.recycled_that_year), 0) as recycled_ha
    from communes c cross join years y
    left join status_at a on a.commune_id = c.id and a.year = y.year
    group by c.id, y.year
)
select 'friches.nombre' as indicator, commune_id, year::text as period, stock::double precision as value from figures
union all
select 'friches.surface_ha', commune_id, year::text, round(stock_ha::numeric, 2)::double precision from figures
union all
select 'friches.surface_reconvertie_ha', commune_id, year::text, round(recycled_ha::numeric, 2)::double precision from figures
