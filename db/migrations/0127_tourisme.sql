-- Observatoire du tourisme (CC des 7 Vallées, CABBALR): the accommodation supply as dated inventories of points with
-- their capacity, and the monthly occupancy of the EPCIs where the agency has it.
create schema if not exists tourisme;

-- One inventory of the accommodation supply at a date: a dated vintage; a new one never replaces an older one.
create table tourisme.inventory (
    id          integer generated always as identity primary key,
    label       text not null check (length(label) between 1 and 200),
    as_of       date not null,
    source      text not null check (length(source) between 1 and 300),
    source_file text,
    imported_at timestamptz not null default now(),
    demo        boolean not null default false
);

-- An establishment as one inventory saw it. Capacity: rooms (hotels, chambres d'hôtes), pitches (campsites), beds
-- (persons: gîtes, collective accommodation, tourist residences); tourist_beds is the INSEE-style equivalence.
create table tourisme.accommodation (
    inventory_id integer not null references tourisme.inventory (id) on delete cascade,
    id           text not null check (id ~ '^[A-Za-z0-9][A-Za-z0-9_.-]{0,59}$'),
    name         text not null check (length(name) between 1 and 200),
    type         text not null check (type in ('hotel', 'camping', 'gite', 'chambre_hotes', 'collectif', 'residence')),
    stars        smallint check (stars between 1 and 5),
    rooms        integer check (rooms >= 0),
    pitches      integer check (pitches >= 0),
    beds         integer check (beds >= 0),
    tourist_beds integer not null check (tourist_beds >= 0),
    address      text,
    commune_id   text not null references platform.territory (id) on delete cascade,
    -- Whether Atout France's classification file brought it (an import replaces these and carries the others over).
    classified   boolean not null default false,
    geom         geometry(Point, 4326) not null,
    -- Demo establishments: the seed of the random point drawn inside their commune's current contour (same contour, same point).
    demo_seed    integer,
    primary key (inventory_id, id),
    check (stars is null or type in ('hotel', 'camping', 'residence', 'collectif'))
);

create index accommodation_geom on tourisme.accommodation using gist (geom);
create index accommodation_commune on tourisme.accommodation (commune_id, inventory_id);

-- Monthly occupancy of an EPCI's accommodation (the agency's survey with the tourist offices, or INSEE's frequentation
-- survey): nights sold and nights offered, so that any period's rate is Σ sold ÷ Σ offered.
create table tourisme.occupancy (
    epci_id        text not null references platform.territory (id) on delete cascade,
    month          text not null check (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
    nights_sold    integer not null check (nights_sold >= 0),
    nights_offered integer not null check (nights_offered > 0 and nights_sold <= nights_offered),
    source         text not null,
    demo           boolean not null default false,
    primary key (epci_id, month)
);
