-- Observatoire de la politique de la ville: the NPNRU renewal programmes, each evaluated against its T0 baseline on the
-- indicators the platform stores at QPV, commune and EPCI level. A programme's QPVs are territories (level qpv).
create schema if not exists politique_ville;

create table politique_ville.npnru_programme (
    id         text primary key check (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(id) <= 60),
    name       text not null check (length(name) between 1 and 200),
    -- The EPCI that runs it: the programme's territory for scoped keys.
    epci_id    text not null references platform.territory,
    t0_year    integer not null check (t0_year between 2000 and 2100),
    demo       boolean not null default false,
    version    integer not null default 1 check (version >= 1),
    updated_at timestamptz not null default now(),
    updated_by text not null
);

create table politique_ville.npnru_programme_qpv (
    programme_id text not null references politique_ville.npnru_programme on delete cascade,
    qpv_id       text not null references platform.territory on delete cascade,
    primary key (programme_id, qpv_id)
);
