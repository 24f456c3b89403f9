-- Habitat: the property sales of DVF (demandes de valeurs foncières) kept for the agency's communes, from which the
-- price statistics of any zone are computed when read (never stored: a zone's median is its own sales' median), and
-- the objectives of the Programmes Locaux de l'Habitat (PLH) that the agency follows. The housing indicators (stock,
-- vacancy, social housing, construction, DPE, households) are the platform's values.
create schema if not exists habitat;

-- One sale of one dwelling: a DVF mutation of nature "Vente" with exactly one house or flat (its outbuildings
-- aside), so that its price is that dwelling's. Individual sales are personal data under DVF's terms of reuse: no
-- route serves them; only statistics over at least 11 sales are published (README).
create table habitat.sale (
    mutation_id    text primary key check (length(mutation_id) between 1 and 40),
    sold_on        date not null check (sold_on >= date '2014-01-01' and sold_on < date '2101-01-01'),
    year           smallint generated always as (extract(year from sold_on)::smallint) stored,
    commune_id     text not null references platform.territory (id) on delete cascade,
    property_type  text not null check (property_type in ('maison', 'appartement')),
    built_surface  double precision not null check (built_surface >= 9 and built_surface <= 1000),
    rooms          smallint check (rooms between 0 and 50),
    price          double precision not null check (price > 0 and price <= 1e9),
    -- € per m² of built surface: what the statistics are about.
    price_per_m2   double precision generated always as (price / built_surface) stored,
    geom           geometry(Point, 4326),
    demo           boolean not null default false
);

create index sale_zone on habitat.sale (commune_id, year, property_type) include (price_per_m2);

-- The objectives of a PLH for the EPCI (or commune) it applies to. kind trajectory: from the baseline at T0 to the
-- target at the horizon, on a straight path (a stock, a share); kind yearly: a quantity to reach every year from T0
-- to the horizon (dwellings to build), the sum since T0 compared with the target times the years elapsed. Where each
-- stands is computed from the indicator's values when read, never stored.
create table habitat.plh_objective (
    code            text primary key check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(code) <= 40),
    label           text not null check (length(label) between 1 and 300),
    territory_id    text not null references platform.territory (id) on delete cascade,
    -- No foreign key to platform.indicator: the catalogue is synchronised from code and may drop an indicator.
    indicator_code  text not null,
    kind            text not null check (kind in ('trajectory', 'yearly')),
    baseline_year   integer not null check (baseline_year between 1990 and 2100),
    baseline_value  double precision check (baseline_value is null or baseline_value <> 'NaN'),
    target_value    double precision not null check (target_value <> 'NaN'),
    horizon_year    integer not null check (horizon_year between 1990 and 2100),
    direction       text not null check (direction in ('up', 'down')),
    sort_order      integer not null default 0,
    demo            boolean not null default false,
    version         integer not null default 1,
    updated_at      timestamptz not null default now(),
    updated_by      text not null,
    check (horizon_year > baseline_year),
    check (kind = 'trajectory' or (baseline_value is null and direction = 'up'))
);
