-- Observatoire des friches: brownfield sites, their characterisation sheet, status follow-up and the weights
-- of the mutability score.
create schema if not exists friches;

create table friches.site (
    id                   integer primary key,
    name                 text not null check (length(name) between 1 and 200),
    commune_id           text not null references platform.territory on delete cascade,
    former_activity      text not null,
    ownership            text not null check (ownership in ('public', 'private', 'mixed', 'unknown')),
    pollution            text not null check (pollution in ('known', 'suspected', 'none', 'unknown')),
    building_surface_m2  integer check (building_surface_m2 >= 0),
    building_state       text not null check (building_state in ('none', 'good', 'degraded', 'ruined', 'unknown')),
    planning_zone        text not null check (planning_zone in ('U', 'AU', 'A', 'N')),
    distance_road_m      integer check (distance_road_m >= 0),
    distance_station_m   integer check (distance_station_m >= 0),
    distance_waterway_m  integer check (distance_waterway_m >= 0),
    flood_risk           boolean not null,
    protected_area       boolean not null,
    status               text not null check (status in
                             ('identifiee', 'verifiee_terrain', 'caracterisee', 'en_projet', 'reconvertie', 'abandonnee')),
    identified_on        date not null,
    field_checked_on     date,
    status_changed_on    date not null,
    geom                 geometry(MultiPolygon, 4326) not null check (st_isvalid(geom))
);

create index site_geom_idx on friches.site using gist (geom);
create index site_commune_idx on friches.site (commune_id);

-- Every status a site went through, with who moved it: the follow-up with the EPCIs, and the recycled areas by year.
create table friches.status_change (
    id          bigint generated always as identity primary key,
    site_id     integer not null references friches.site on delete cascade,
    from_status text,
    to_status   text not null,
    changed_on  date not null,
    actor       text not null
);

create index status_change_site_idx on friches.status_change (site_id, id);

-- Weights of the mutability criteria: the agency's default (epci_id null) and its overrides for an EPCI.
create table friches.scoring_weight (
    criterion text not null,
    epci_id   text references platform.territory on delete cascade,
    weight    double precision not null check (weight >= 0 and weight <= 100)
);

create unique index scoring_weight_key on friches.scoring_weight (criterion, coalesce(epci_id, ''));

insert into friches.scoring_weight (criterion, weight) values
    ('pollution', 3), ('ownership', 2), ('buildings', 1), ('planning_zone', 3),
    ('road_access', 2), ('station_access', 1), ('constraints', 2), ('area', 1);
