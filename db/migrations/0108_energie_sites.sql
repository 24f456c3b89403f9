-- Observatoire de l'énergie: the production sites, as points. Wind farms, ground PV plants, methanisation units,
-- hydro plants, waste-to-energy plants, heat networks (with their delivery points), mine gas, and the source
-- substations (postes sources) with the capacity the S3RENR reserves there for renewables. A confidential site
-- (a methanisation "projet confidentiel") exists for partners of the energy working group and the agency only: the
-- public never sees it, on any path, nor in any public figure. (The schema energie is created by 0106_energie.sql.)

create table energie.site (
    -- a readable slug (methanisation-lillers-agrimethalys); never a sequence, whose gaps would count hidden sites
    id                 text primary key check (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(id) <= 80),
    kind               text not null check (kind in ('eolien', 'pv_sol', 'methanisation', 'hydraulique',
                           'valorisation_dechets', 'reseau_chaleur', 'gaz_de_mine', 'poste_source')),
    name               text not null check (length(name) between 1 and 200),
    operator           text check (length(operator) between 1 and 200),
    commune_id         text not null references platform.territory on delete cascade,
    commissioned_year  integer check (commissioned_year between 1900 and 2100),
    -- MW (MWc for photovoltaics, MW thermal for heat networks); none for a source substation
    capacity_mw        double precision check (capacity_mw >= 0),
    production_gwh     double precision check (production_gwh >= 0),
    status             text not null check (status in ('en_service', 'projet', 'modernisation')),
    delivery_points    integer check (delivery_points >= 0),
    s3renr_capacity_mw double precision check (s3renr_capacity_mw >= 0),
    -- what a user should know about it (on a former landfill, being modernised...)
    note               text check (length(note) between 1 and 500),
    confidential       boolean not null default false,
    -- where each field comes from (the activity report, or demo values)
    source             text not null,
    -- demo sites are placed inside their commune's contour from this seed (and follow a contour import); null for a
    -- site whose position is real, which never moves
    demo_seed          integer,
    geom               geometry(Point, 4326) not null,
    check (delivery_points is null or kind = 'reseau_chaleur'),
    check (s3renr_capacity_mw is null or kind = 'poste_source')
);

create index site_commune_idx on energie.site (commune_id);
create index site_kind_idx on energie.site (kind);
create index site_geom_idx on energie.site using gist (geom);
