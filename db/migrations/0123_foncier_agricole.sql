-- Observatoire du foncier agricole (CABBALR, with its Projet Alimentaire Territorial): the indicators live in the
-- platform's values; this schema holds the short-supply-chain outlets (farm shops, markets, AMAP, drive fermier) as points.
create schema if not exists foncier_agricole;

create table foncier_agricole.outlet (
    id          text primary key check (id ~ '^[A-Za-z0-9][A-Za-z0-9_.-]{0,59}$'),
    name        text not null check (length(name) between 1 and 200),
    type        text not null check (type in ('vente_ferme', 'marche', 'amap', 'drive_fermier', 'magasin_producteurs')),
    address     text check (length(address) <= 300),
    commune_id  text not null references platform.territory (id) on delete cascade,
    geom        geometry(Point, 4326) not null,
    source      text not null check (length(source) between 1 and 300),
    imported_at timestamptz not null default now(),
    -- Demo outlets: the seed of the random point drawn inside their commune's current contour (same contour, same point).
    demo_seed   integer
);

create index outlet_geom on foncier_agricole.outlet using gist (geom);
create index outlet_commune on foncier_agricole.outlet (commune_id);
