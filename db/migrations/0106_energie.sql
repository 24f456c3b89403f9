-- Observatoire de l'énergie: the energy accounts. One row per territory, year and line of the accounts: what a
-- sector consumed of an energy carrier, what a source produced, what a sector emitted. The agency's communes carry
-- the detail; the reference territories (département, région) carry their own totals, since the agency's communes
-- are only part of them.
create schema if not exists energie;

create table energie.account (
    territory_id text not null references platform.territory on delete cascade,
    year         integer not null check (year between 1990 and 2100),
    kind         text not null check (kind in ('consumption', 'production', 'emissions')),
    -- consumption and emissions: residentiel, tertiaire, industrie, transport, agriculture; production: '-'
    sector       text not null,
    -- consumption: electricite, gaz, chaleur, petrole, bois, autres; production: the source (eolien, pv_toiture,
    -- pv_sol, biogaz, hydraulique, valorisation_dechets, gaz_de_mine, thermique_non_renouvelable...); emissions: '-'
    carrier      text not null,
    -- GWh for consumption and production, kt CO2e for emissions
    value        double precision not null check (value >= 0),
    primary key (territory_id, year, kind, sector, carrier)
);

create index account_year_kind_idx on energie.account (year, kind);
