-- Jobs in tension: France Travail's "Besoins en Main-d'Œuvre" survey (BMO), recruitment projects per occupation,
-- EPCI and year, with those the employers judge difficult. (Business demography needs no table: its figures are
-- platform indicators.)
create table emploi.recruitment_need (
    epci_id    text not null references platform.territory on delete cascade,
    year       integer not null check (year between 2000 and 2100),
    -- The occupation's code (BMO's FAP family when imported; a short slug in the demo) and its label.
    occupation text not null check (occupation ~ '^[A-Za-z0-9_]{1,40}$'),
    label      text not null,
    sector     text not null check (sector in ('industrie', 'construction', 'sante_social', 'logistique', 'commerce_hotellerie', 'services')),
    projects   integer not null check (projects >= 0),
    difficult  integer not null check (difficult between 0 and projects),
    seasonal   integer not null check (seasonal between 0 and projects),
    demo       boolean not null default false,
    primary key (epci_id, year, occupation)
);
