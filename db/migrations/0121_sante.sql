-- Observatoire de la santé: the care-supply points (health centres, maisons de santé pluriprofessionnelles,
-- pharmacies, GP practices, hospitals, emergency services) behind the sante-offre-soins layer. The health indicators
-- (ageing, mortality, densities of professionals, access to emergency care, C2S, youth, mental health) are the
-- platform's values.
create schema if not exists sante;

-- One point of care supply. id: the FINESS number of the establishment (9 characters) for imported points, a
-- "demo-" id for the generated ones. category: the observatory's class; finess_category: the FINESS category code
-- when the point comes from FINESS (124 centre de santé, 603 maison de santé, 620 pharmacie d'officine...).
create table sante.care_point (
    id               text primary key check (id ~ '^([0-9][0-9AB][0-9]{7}|demo-[a-z0-9-]+)$'),
    name             text not null check (length(name) between 1 and 300),
    category         text not null check (category in ('centre_sante', 'msp', 'pharmacie', 'cabinet_generaliste', 'hopital', 'urgences')),
    finess_category  text check (finess_category ~ '^[0-9]{3,4}$'),
    commune_id       text not null references platform.territory (id) on delete cascade,
    address          text check (length(address) <= 300),
    geom             geometry(Point, 4326),
    demo             boolean not null default false
);

create index care_point_commune on sante.care_point (commune_id, category);
create index care_point_geom on sante.care_point using gist (geom);
