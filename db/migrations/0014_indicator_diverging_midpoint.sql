-- The value a map's colours diverge around, where it means something (0 for a change rate or a gap to a reference).
-- Without it a map is sequential: counts, sums, shares and means have no midpoint (Choropleth/Palette.cs).
alter table platform.indicator add column diverging_midpoint double precision
    check (diverging_midpoint is null or diverging_midpoint not in ('NaN', 'Infinity', '-Infinity'));
