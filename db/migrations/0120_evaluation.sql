-- The evaluation of territorial projects (projet de territoire, Projet Alimentaire Territorial, PVD/ACV follow-ups):
-- a project on one territory is axes → actions → indicators. Each indicator is measured either by a catalogue
-- indicator (its values read through the platform's engine for the project's territory) or by a yearly series the
-- agency enters (evaluation.indicator_value), with its T0, target, horizon, direction and weight. Scores and
-- statuses are computed when read, never stored. Data the agency edits (PUT/DELETE /api/v1/evaluation/projects/…);
-- every change bumps the project's version, which If-Match names.
create schema if not exists evaluation;

create table evaluation.project (
    id           text primary key check (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(id) <= 60),
    title        text not null check (length(title) between 1 and 300),
    territory_id text not null references platform.territory (id) on delete cascade,
    start_year   integer not null check (start_year between 1990 and 2100),
    end_year     integer not null check (end_year between 1990 and 2100),
    description  text check (length(description) <= 2000),
    demo         boolean not null default false,
    version      integer not null default 1,
    updated_at   timestamptz not null default now(),
    updated_by   text not null,
    check (end_year >= start_year)
);

create table evaluation.axis (
    project_id text not null references evaluation.project (id) on delete cascade,
    code       text not null check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(code) <= 40),
    title      text not null check (length(title) between 1 and 300),
    weight     double precision not null default 1 check (weight > 0 and weight <= 100),
    sort_order integer not null,
    primary key (project_id, code)
);

create table evaluation.action (
    project_id text not null,
    code       text not null check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(code) <= 40),
    axis_code  text not null,
    title      text not null check (length(title) between 1 and 300),
    weight     double precision not null default 1 check (weight > 0 and weight <= 100),
    sort_order integer not null,
    primary key (project_id, code),
    foreign key (project_id, axis_code) references evaluation.axis (project_id, code) on delete cascade
);

create table evaluation.indicator (
    project_id      text not null,
    code            text not null check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(code) <= 40),
    action_code     text not null,
    label           text not null check (length(label) between 1 and 300),
    -- The catalogue indicator that measures it (no foreign key: the catalogue is synchronised from code and may drop
    -- one; the indicator then has no data rather than blocking the synchronisation); null: a series the agency enters.
    catalogue_code  text,
    -- For an entered series: its unit, decimals and who may see its figures (partners: within their scope).
    unit            text check (length(unit) <= 40),
    decimals        smallint check (decimals between 0 and 3),
    confidentiality text not null default 'public' check (confidentiality in ('public', 'partner', 'agency')),
    t0_year         integer not null check (t0_year between 1990 and 2100),
    -- The value at T0 when the agency gives it; null: read from the series at T0.
    t0_value        double precision check (t0_value is null or t0_value <> 'NaN'),
    target_value    double precision not null check (target_value <> 'NaN'),
    horizon_year    integer not null check (horizon_year between 1990 and 2100),
    direction       text not null check (direction in ('up', 'down')),
    weight          double precision not null default 1 check (weight > 0 and weight <= 100),
    sort_order      integer not null,
    primary key (project_id, code),
    foreign key (project_id, action_code) references evaluation.action (project_id, code) on delete cascade,
    check ((catalogue_code is null) = (unit is not null)),
    check (horizon_year > t0_year)
);

create table evaluation.indicator_value (
    project_id     text not null,
    indicator_code text not null,
    year           integer not null check (year between 1990 and 2100),
    value          double precision not null check (value <> 'NaN'),
    primary key (project_id, indicator_code, year),
    foreign key (project_id, indicator_code) references evaluation.indicator (project_id, code) on delete cascade
);
