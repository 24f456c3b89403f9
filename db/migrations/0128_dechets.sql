-- Observatoire des déchets (CC du Ternois): the tonnages collected and recovered per stream and year, at the level the
-- source gives them (the EPCI, which runs the collection: SINOE's "collectivité à compétence collecte"), and the
-- targets of the plans as data with their source and horizon.
create schema if not exists dechets;

-- One stream of one EPCI in one year. Recovered: the tonnes sent to material or organic recovery (recycling,
-- composting), so that any recovery rate is Σ recovered ÷ Σ collected.
create table dechets.tonnage (
    epci_id         text not null references platform.territory (id) on delete cascade,
    year            integer not null check (year between 2000 and 2100),
    stream          text not null check (stream in ('omr', 'collecte_selective', 'verre', 'dechets_verts', 'encombrants',
                                                    'gravats', 'autres_decheterie')),
    tonnes_collected numeric(12, 1) not null check (tonnes_collected >= 0),
    tonnes_recovered numeric(12, 1) not null check (tonnes_recovered >= 0 and tonnes_recovered <= tonnes_collected),
    source          text not null check (length(source) between 1 and 300),
    demo            boolean not null default false,
    primary key (epci_id, year, stream)
);

-- A target a plan or a law sets for one of the observatory's indicators. 'relative': a change in % of the value of
-- base_year (−15 % of household waste per inhabitant 2010→2030); 'absolute': the value itself (65 % recovered in 2025).
create table dechets.target (
    indicator   text not null check (indicator ~ '^dechets\.[a-z0-9_]+$'),
    horizon     integer not null check (horizon between 2000 and 2100),
    kind        text not null check (kind in ('relative', 'absolute')),
    value       double precision not null,
    base_year   integer check ((kind = 'relative') = (base_year is not null)),
    bound       text not null check (bound in ('at_most', 'at_least')),
    label       text not null,
    document    text not null,
    source_url  text not null,
    primary key (indicator, horizon)
);

-- The regional plan (PRPGD Hauts-de-France, 2019) takes up the national targets; its own regional figures could not
-- be checked against the plan's text here, so the national ones are stored, with the law that sets them.
insert into dechets.target (indicator, horizon, kind, value, base_year, bound, label, document, source_url) values
    ('dechets.dma_kg_hab', 2030, 'relative', -15, 2010, 'at_most',
     'Réduire de 15 % les déchets ménagers et assimilés par habitant entre 2010 et 2030',
     'Loi AGEC (2020), art. L541-1 du code de l''environnement, repris par le PRPGD Hauts-de-France',
     'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000041553759'),
    ('dechets.taux_valorisation_matiere', 2020, 'absolute', 55, null, 'at_least',
     'Orienter 55 % des déchets non dangereux non inertes vers la valorisation matière ou organique en 2020',
     'Loi de transition énergétique pour la croissance verte (LTECV, 2015), art. L541-1 du code de l''environnement, repris par le PRPGD Hauts-de-France',
     'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000041553759'),
    ('dechets.taux_valorisation_matiere', 2025, 'absolute', 65, null, 'at_least',
     'Orienter 65 % des déchets non dangereux non inertes vers la valorisation matière ou organique en 2025',
     'Loi de transition énergétique pour la croissance verte (LTECV, 2015), art. L541-1 du code de l''environnement, repris par le PRPGD Hauts-de-France',
     'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000041553759');
