-- Statistical secrecy counted in units of another indicator: a sum of headcounts is secret where fewer than
-- the threshold of employers make it up (the count of employers is the units indicator).
alter table platform.indicator add column secrecy_units text references platform.indicator (code) deferrable initially deferred;
