-- Observatoire de l'emploi: employer establishments as points (a layer; SIRENE-like open data, public).
create schema if not exists emploi;

create table emploi.etablissement (
    id          integer primary key,
    siret       text not null unique check (siret ~ '^[0-9]{14}$'),
    name        text not null,
    naf_section text not null check (naf_section ~ '^[A-U]$'),
    sector      text not null,
    size_band   text not null,
    -- Exact headcount: business-level data, partner only (the size band is public).
    headcount   integer not null check (headcount > 0),
    commune_id  text not null references platform.territory on delete cascade,
    created_on  date not null,
    geom        geometry(Point, 4326) not null
);

create index etablissement_geom_idx on emploi.etablissement using gist (geom);
create index etablissement_commune_idx on emploi.etablissement (commune_id);
