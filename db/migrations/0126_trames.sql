-- Observatoire des trames écologiques de la CALL: the green, blue, night and agricultural networks (reservoirs of
-- biodiversity as polygons, corridors as lines), each element's history, and the partners' change requests that the
-- agency reviews before they reach the layers.
create schema if not exists trames;

-- One element of a network as it stands. A removed element keeps its row (retired_at) so that its history stays whole.
create table trames.element (
    id          integer generated always as identity primary key,
    network     text not null check (network in ('verte', 'bleue', 'noire', 'agricole')),
    kind        text not null check (kind in ('reservoir', 'corridor')),
    name        text not null check (length(name) between 1 and 200),
    status      text not null check (status in ('existant', 'a_preserver', 'a_restaurer', 'a_creer')),
    source      text not null check (length(source) between 1 and 300),
    -- The commune that holds the element's point on surface: the territory partners' scopes are checked against.
    commune_id  text not null references platform.territory (id) on delete cascade,
    geom        geometry(Geometry, 4326) not null
                check (geometrytype(geom) in ('MULTIPOLYGON', 'MULTILINESTRING')),
    version     integer not null default 1,
    updated_at  timestamptz not null default now(),
    updated_by  text not null,
    retired_at  timestamptz,
    -- Demo elements: their shape in metres around their commune's point on surface (Lambert-93 offsets), so that they
    -- follow contour imports. Null for the agency's and the partners' elements, which never move.
    demo_shape  geometry,
    check ((kind = 'reservoir') = (geometrytype(geom) = 'MULTIPOLYGON'))
);

create index element_geom on trames.element using gist (geom);
create index element_network on trames.element (network) where retired_at is null;

-- A partner's proposal: add, modify (geometry and/or attributes) or remove an element, with a comment; pending until
-- the agency accepts or rejects it (with a reason). Version: the request's, for If-Match on the review.
create table trames.change_request (
    id             integer generated always as identity primary key,
    action         text not null check (action in ('add', 'modify', 'remove')),
    element_id     integer references trames.element (id),
    -- The element's version the partner proposed a change to: a change to an element modified since is not applied blindly.
    base_version   integer,
    network        text not null check (network in ('verte', 'bleue', 'noire', 'agricole')),
    kind           text check (kind in ('reservoir', 'corridor')),
    name           text check (length(name) between 1 and 200),
    status         text check (status in ('existant', 'a_preserver', 'a_restaurer', 'a_creer')),
    source         text check (length(source) between 1 and 300),
    geom           geometry(Geometry, 4326) check (geom is null or geometrytype(geom) in ('MULTIPOLYGON', 'MULTILINESTRING')),
    commune_id     text not null references platform.territory (id) on delete cascade,
    comment        text not null check (length(comment) between 1 and 2000),
    proposed_by_key integer,
    proposed_by    text not null,
    proposed_at    timestamptz not null default now(),
    state          text not null default 'pending' check (state in ('pending', 'accepted', 'rejected')),
    reason         text check (length(reason) <= 2000),
    reviewed_by    text,
    reviewed_at    timestamptz,
    version        integer not null default 1,
    check (action = 'add' or element_id is not null),
    check (state <> 'rejected' or reason is not null)
);

create index change_request_state on trames.change_request (state, proposed_at);
create index change_request_key on trames.change_request (proposed_by_key);

-- Every change an element went through: what it was before (null for its creation), what it became (null for its
-- removal), who, when, and through which request (null for an import).
create table trames.element_history (
    id          integer generated always as identity primary key,
    element_id  integer not null references trames.element (id),
    version     integer not null,
    change      text not null check (change in ('create', 'modify', 'remove', 'import')),
    before      jsonb,
    after       jsonb,
    geom_before geometry(Geometry, 4326),
    geom_after  geometry(Geometry, 4326),
    request_id  integer references trames.change_request (id),
    changed_by  text not null,
    changed_at  timestamptz not null default now()
);

create index element_history_element on trames.element_history (element_id, id);
