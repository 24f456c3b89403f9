-- The Baromètre économique: its quarterly figures are platform indicators (barometre.*); this schema holds what is not
-- an indicator value: the failures by sector, size and procedure behind the semestrial barometer, the companies under a
-- collective procedure at the end of each semester, and the agency's written briefs with their history.
create schema if not exists barometre;

-- Business failures (collective procedures opened by a court) per commune and quarter, by the agency's sector grouping
-- (NAF sections), the company's size (employees) and the procedure. barometre.defaillances is their sum per commune
-- and quarter; the semestrial barometer sums two quarters.
create table barometre.defaillance (
    commune_id  text not null references platform.territory (id) on delete cascade,
    quarter     text not null check (quarter ~ '^[0-9]{4}-Q[1-4]$'),
    sector      text not null check (sector in ('industrie', 'construction', 'commerce', 'services_entreprises',
                                                 'sante_enseignement', 'autres_services')),
    size_class  text not null check (size_class in ('0', '1-2', '3-5', '6-9', '10-19', '20+')),
    procedure   text not null check (procedure in ('liquidation', 'redressement', 'sauvegarde')),
    failures    integer not null check (failures > 0),
    demo        boolean not null default true,
    primary key (commune_id, quarter, sector, size_class, procedure)
);

-- Companies in difficulty: those under a safeguard or receivership procedure (observation period or plan not yet
-- adopted) at the end of the semester, per commune. A stock, not a flow: not the sum of the openings.
create table barometre.procedure_en_cours (
    commune_id  text not null references platform.territory (id) on delete cascade,
    semester    text not null check (semester ~ '^[0-9]{4}-S[12]$'),
    procedure   text not null check (procedure in ('redressement', 'sauvegarde')),
    companies   integer not null check (companies >= 0),
    demo        boolean not null default true,
    primary key (commune_id, semester, procedure)
);

-- The brief the agency writes for a quarter and a territory: every version is kept (the history route reads them);
-- the current one is the highest. Written only through PUT /api/v1/barometre/{territory}/{quarter}/brief.
create table barometre.brief_version (
    territory_id    text not null references platform.territory (id) on delete cascade,
    quarter         text not null check (quarter ~ '^[0-9]{4}-Q[1-4]$'),
    version         integer not null check (version >= 1),
    text            text not null check (length(text) between 1 and 4000),
    updated_at      timestamptz not null default now(),
    -- The key that wrote it (null: the command line), and the audit log's name of the caller.
    updated_by_key  integer,
    updated_by      text not null,
    primary key (territory_id, quarter, version)
);
