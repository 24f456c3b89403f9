-- The territory referential: communes, EPCIs, groupements, départements, régions, and who is in what.
create table platform.territory_level (
    level text primary key,
    label text not null,
    rank  smallint not null unique -- 1 = finest
);

insert into platform.territory_level (level, label, rank) values
    ('commune', 'Commune', 1),
    ('epci', 'EPCI', 2),
    ('groupement', 'Groupement', 3),
    ('departement', 'Département', 4),
    ('region', 'Région', 5);

create table platform.territory (
    id                  text primary key,
    level               text not null references platform.territory_level,
    code                text not null,
    name                text not null,
    population          integer check (population >= 0),
    source_vintage      text not null,
    -- 'synthetic' (generated demo contours) or 'imported' (real contours loaded from a file);
    -- aggregates take 'imported' only when all their communes are.
    geometry_source     text check (geometry_source in ('synthetic', 'imported')),
    geometry_updated_at timestamptz,
    geom                geometry(MultiPolygon, 4326),
    -- Lighter variants for small scales (~50 m and ~250 m tolerance).
    geom_medium         geometry(MultiPolygon, 4326),
    geom_low            geometry(MultiPolygon, 4326),
    updated_at          timestamptz not null default now(),
    constraint territory_id_is_level_code check (id = level || ':' || code),
    constraint territory_level_code_unique unique (level, code),
    constraint territory_geometry_has_source check ((geom is null) = (geometry_source is null))
);

create index territory_geom_idx on platform.territory using gist (geom);
create index territory_level_search_idx on platform.territory (level, platform.search_key(name));

-- Many-to-many: a commune is in an EPCI, in one or more groupements, a département, a région;
-- an EPCI is in groupements... Memberships are stored flat (commune -> région too) so that
-- "communes within X" is one join whatever the level of X.
create table platform.territory_membership (
    member_id text not null references platform.territory on delete cascade,
    parent_id text not null references platform.territory on delete cascade,
    primary key (member_id, parent_id),
    constraint territory_membership_not_self check (member_id <> parent_id)
);

create index territory_membership_parent_idx on platform.territory_membership (parent_id);
