-- The zone's sales by year and type, and over the whole period by type (year null): count, median and quartiles of
-- € per m², each computed from the sales themselves. Secrecy is applied by the caller (PriceStatistics.Publish).
select year::int as year, property_type as type, count(*)::int as count,
       percentile_cont(0.5) within group (order by price_per_m2) as median,
       percentile_cont(0.25) within group (order by price_per_m2) as q1,
       percentile_cont(0.75) within group (order by price_per_m2) as q3
from habitat.sale
where commune_id = any(@Communes) and year between @From and @To and property_type = any(@Types)
group by grouping sets ((year, property_type), (property_type))
