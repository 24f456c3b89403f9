-- Reference territories: EPCIs outside the agency's perimeter (those of the Hauts-de-France), loaded from the COG so
-- that the perimeter's territories can be compared with similar ones. They have no communes in the referential: their
-- values are stored at their own level. Level listings (territories, values, maps) show the perimeter unless asked.
alter table platform.territory
    add column in_perimeter boolean not null default true;

-- Peer groups: a groupement of reference territories that a territory (its subject) is compared with, edited by the
-- agency (PUT /api/v1/peer-groups/{id}); its members are its memberships. Its figures are recomputed from its
-- members' (a ratio as Σ numerators ÷ Σ denominators), never averaged. version is what If-Match names.
create table platform.peer_group (
    territory_id text primary key references platform.territory on delete cascade,
    subject_id   text not null references platform.territory on delete cascade,
    version      integer not null default 1 check (version >= 1),
    updated_at   timestamptz not null default now(),
    updated_by   text not null,
    constraint peer_group_not_its_own_subject check (territory_id <> subject_id)
);

create index peer_group_subject_idx on platform.peer_group (subject_id);

-- A fixed class scheme an indicator may declare beside quantiles and natural breaks (the activity report's classes of
-- the job-concentration index): its name and its bounds, first lower bound to last upper bound, strictly increasing.
alter table platform.indicator
    add column fixed_classes_name text,
    add column fixed_breaks double precision[],
    add constraint indicator_fixed_classes_named check ((fixed_classes_name is null) = (fixed_breaks is null)),
    add constraint indicator_fixed_breaks_bounds check (fixed_breaks is null or cardinality(fixed_breaks) between 3 and 10);
