-- Observatoire de l'environnement: urban overheating. The zones (hot spots and cool islands) derived from a
-- surface-temperature image, the population where it lives (INSEE's 200 m gridded population, Filosofi carroyé), and
-- the sensitive public buildings; the crossing of the three is computed by PostGIS (Surchauffe.sql) after each import.
-- The other indicators (water, carbon, rainwater) are platform values.
create schema if not exists environnement;

-- A zone of an image: its class says whether it is a hot spot or a cool island.
create table environnement.zone (
    id          bigint generated always as identity primary key,
    zone_class  text not null check (zone_class in ('chaleur_forte', 'chaleur', 'fraicheur', 'fraicheur_forte')),
    kind        text not null generated always as (case when zone_class like 'chaleur%' then 'ilot_chaleur' else 'ilot_fraicheur' end) stored,
    image_date  date not null,
    label       text,
    source_file text not null,
    demo        boolean not null default false,
    geom        geometry(MultiPolygon, 4326) not null check (st_isvalid(geom))
);
create index zone_geom on environnement.zone using gist (geom);
create index zone_l93 on environnement.zone using gist (st_transform(geom, 2154));

-- A 200 m cell of gridded population (Filosofi carroyé: Idcar_200m, Ind), given to the commune that holds its centre.
create table environnement.population_cell (
    id          text primary key check (id ~ '^CRS3035RES200mN[0-9]+E[0-9]+$'),
    commune_id  text not null references platform.territory (id) on delete cascade,
    population  double precision not null check (population >= 0),
    vintage     text not null,
    demo        boolean not null default false,
    geom        geometry(Polygon, 4326) not null
);
create index population_cell_commune on environnement.population_cell (commune_id);
create index population_cell_l93 on environnement.population_cell using gist (st_transform(geom, 2154));

create table environnement.building (
    id          text primary key check (id ~ '^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$'),
    name        text not null,
    building_type text not null check (building_type in ('ecole', 'creche', 'ehpad', 'sante')),
    commune_id  text not null references platform.territory (id) on delete cascade,
    address     text,
    demo        boolean not null default false,
    geom        geometry(Point, 4326) not null
);
create index building_commune on environnement.building (commune_id);
create index building_l93 on environnement.building using gist (st_transform(geom, 2154));
