-- The quantified objectives of the mobility plan (PDU) for its mid-term evaluation: each objective names the territory
-- it applies to, the catalogue indicator that measures it, its baseline (T0 year; the value is read from the indicator
-- when not given), its target (a value, or a relative change from the baseline) at a horizon year, and the direction
-- the indicator must move in. Data the agency edits (PUT/DELETE /api/v1/mobilite/pdu/objectives/{code}); where each
-- one stands is computed from the indicator's values when read, never stored.
create table mobilite.pdu_objective (
    code            text primary key check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(code) <= 40),
    label           text not null check (length(label) between 1 and 300),
    territory_id    text not null references platform.territory (id) on delete cascade,
    -- No foreign key to platform.indicator: the catalogue is synchronised from code and may drop an indicator; the
    -- objective then says "pas de donnée" rather than blocking the synchronisation.
    indicator_code  text not null,
    baseline_year   integer not null check (baseline_year between 1990 and 2100),
    baseline_value  double precision check (baseline_value is null or baseline_value <> 'NaN'),
    target_value    double precision check (target_value is null or target_value <> 'NaN'),
    -- A relative change from the baseline: -0.5 for "halve it".
    target_change   double precision check (target_change is null or target_change > -1),
    horizon_year    integer not null check (horizon_year between 1990 and 2100),
    direction       text not null check (direction in ('up', 'down')),
    sort_order      integer not null default 0,
    demo            boolean not null default false,
    version         integer not null default 1,
    updated_at      timestamptz not null default now(),
    updated_by      text not null,
    check ((target_value is null) <> (target_change is null)),
    check (horizon_year > baseline_year)
);
