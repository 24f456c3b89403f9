-- Observatoire du foncier économique: business parks (ZAE) and their lots, edited day by day by the EPCIs.
create schema if not exists foncier_eco;

create table foncier_eco.zae (
    id         integer primary key,
    name       text not null check (length(name) between 1 and 200),
    commune_id text not null references platform.territory on delete cascade,
    type       text not null check (type in ('activites', 'industrielle', 'commerciale', 'logistique', 'mixte')),
    geom       geometry(MultiPolygon, 4326) not null check (st_isvalid(geom))
);

create index zae_geom_idx on foncier_eco.zae using gist (geom);

create sequence foncier_eco.lot_id_seq start with 100000;

-- One row per version of a lot: the current one has valid_to null. A change closes the current version and adds
-- the next, so "what was available on day D" is valid_from <= D < valid_to; a retired or split lot has no current row.
create table foncier_eco.lot_version (
    lot_id         integer not null,
    version        integer not null check (version >= 1),
    zae_id         integer not null references foncier_eco.zae on delete cascade,
    status         text not null check (status in
                       ('occupe', 'disponible_amenage', 'reserve_non_amenagee', 'friche', 'en_commercialisation')),
    occupant_name  text check (length(occupant_name) <= 200),
    occupant_siret text check (occupant_siret ~ '^[0-9]{14}$'),
    split_from     integer, -- the lot this one was cut from
    geom           geometry(MultiPolygon, 4326) not null check (st_isvalid(geom)),
    valid_from     timestamptz not null default now(),
    valid_to       timestamptz,
    changed_by     text not null,
    primary key (lot_id, version),
    check (valid_to is null or valid_to > valid_from)
);

create unique index lot_current_idx on foncier_eco.lot_version (lot_id) where valid_to is null;
create index lot_zae_idx on foncier_eco.lot_version (zae_id) where valid_to is null;
create index lot_geom_idx on foncier_eco.lot_version using gist (geom) where valid_to is null;
