-- Observatoire du commerce: the field surveys of the shopping streets (each survey a dated vintage of cells), the
-- centralities (centre-ville, centre-bourg, retail parks) as polygons, and the programmes they belong to.
create schema if not exists commerce;

-- Action Cœur de Ville, Petites Villes de Demain, villages d'avenir: rows, so that a new programme is data.
create table commerce.programme (
    code  text primary key check (code ~ '^[a-z][a-z_]*$'),
    label text not null
);

insert into commerce.programme (code, label) values
    ('acv', 'Action Cœur de Ville'),
    ('pvd', 'Petites Villes de Demain'),
    ('villages_avenir', 'Villages d''avenir');

create table commerce.centrality (
    id         text primary key check (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name       text not null,
    kind       text not null check (kind in ('centre_ville', 'centre_bourg', 'pole_peripherique', 'quartier')),
    commune_id text not null references platform.territory (id) on delete cascade,
    geom       geometry(MultiPolygon, 4326),
    -- Demo centralities: the point their cells are laid out from (the real centre, brought inside the commune's contour);
    -- their polygon is drawn around their cells. Null for a centrality drawn by the agency.
    demo_anchor geometry(Point, 4326)
);

create index centrality_geom on commerce.centrality using gist (geom);

create table commerce.centrality_programme (
    centrality_id text not null references commerce.centrality (id) on delete cascade,
    programme     text not null references commerce.programme (code),
    primary key (centrality_id, programme)
);

-- One field survey: a dated vintage. A new survey never replaces an older one.
create table commerce.survey (
    id            integer generated always as identity primary key,
    label         text not null check (length(label) between 1 and 200),
    surveyed_from date not null,
    surveyed_to   date not null check (surveyed_to >= surveyed_from),
    imported_at   timestamptz not null default now(),
    source_file   text,
    demo          boolean not null default false
);

-- A cell (a shop front) as one survey saw it, matched across surveys by its stable cell id.
create table commerce.cell (
    survey_id         integer not null references commerce.survey (id) on delete cascade,
    cell_id           text not null check (cell_id ~ '^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$'),
    name              text,
    address           text not null,
    commune_id        text not null references platform.territory (id) on delete cascade,
    centrality_id     text references commerce.centrality (id) on delete set null,
    activity          text check (activity in ('alimentaire', 'equipement_personne', 'equipement_maison', 'culture_loisirs',
                                               'hygiene_sante_beaute', 'chr', 'services', 'automobile', 'autre')),
    previous_activity text check (previous_activity in ('alimentaire', 'equipement_personne', 'equipement_maison', 'culture_loisirs',
                                                        'hygiene_sante_beaute', 'chr', 'services', 'automobile', 'autre')),
    status            text not null check (status in ('active', 'vacant', 'travaux')),
    surveyed_on       date not null,
    -- Who surveyed it: agency-only information, in no public layer or route.
    surveyor          text,
    geom              geometry(Point, 4326) not null,
    -- Demo cells: their offset in metres (Lambert-93) from their centrality's anchor, so that they follow a contour import.
    demo_dx           double precision,
    demo_dy           double precision,
    primary key (survey_id, cell_id),
    -- An active cell has an activity; a vacant one or one under works has none (its last known one in previous_activity).
    check ((status = 'active') = (activity is not null))
);

create index cell_geom on commerce.cell using gist (geom);
create index cell_centrality on commerce.cell (centrality_id, survey_id);
create index cell_commune on commerce.cell (commune_id, survey_id);
