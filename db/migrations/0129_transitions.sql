-- Transitions territoriales: the Donut's configurable set of dimensions (a social floor or an ecological ceiling on a
-- catalogue indicator, with its source) as one versioned object the agency edits (PUT
-- /api/v1/transitions/donut-dimensions, If-Match on the set's version). The Donut itself and the risk matrix are
-- computed when read from the catalogue's values, never stored.
create schema if not exists transitions;

-- One row: the set's version, which If-Match names, and who changed it last.
create table transitions.donut_set (
    id         boolean primary key default true check (id),
    version    integer not null default 1,
    updated_at timestamptz not null default now(),
    updated_by text not null
);

create table transitions.donut_dimension (
    code       text primary key check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(code) <= 40),
    sort_order integer not null,
    label      text not null check (length(label) between 1 and 200),
    -- social: a floor (the social foundation, inner ring); ecological: a ceiling (outer ring).
    ring       text not null check (ring in ('social', 'ecological')),
    indicator  text not null check (length(indicator) <= 100),
    -- up: higher is better, the bound is a minimum; down: lower is better, the bound is a maximum.
    direction  text not null check (direction in ('up', 'down')),
    bound      double precision not null check (bound > 0),
    source     text not null check (length(source) between 1 and 500)
);

-- The first set (a proposal for the agency's exploration of Kate Raworth's Donut, 2024 report): the bounds are
-- reference values with their source, to be discussed and changed by the agency.
insert into transitions.donut_set (updated_by) values ('migration');
insert into transitions.donut_dimension (code, sort_order, label, ring, indicator, direction, bound, source) values
    ('pauvrete', 1, 'Pauvreté monétaire', 'social', 'transitions.taux_pauvrete', 'down', 14.5,
     'Taux de pauvreté de la France métropolitaine en 2021 (INSEE, Filosofi) : 14,5 %'),
    ('logement-social', 2, 'Accès au logement social', 'social', 'habitat.part_logements_sociaux', 'up', 20,
     'Loi SRU (article 55) : 20 % de logements sociaux parmi les résidences principales'),
    ('logement-decent', 3, 'Logement décent (passoires thermiques)', 'social', 'habitat.part_passoires', 'down', 15,
     'Seuil proposé par l''agence, de l''ordre de la part nationale des résidences principales classées F ou G (ONRE)'),
    ('climat', 4, 'Changement climatique (émissions par habitant)', 'ecological', 'transitions.emissions_ges_par_habitant', 'down', 2,
     'Stratégie nationale bas-carbone : environ 2 t CO2e par habitant, ordre de grandeur compatible avec la neutralité carbone'),
    ('eau', 5, 'Prélèvements d''eau potable', 'ecological', 'transitions.consommation_eau_par_habitant', 'down', 54,
     'Consommation domestique moyenne en France, environ 148 litres par jour et par habitant (SISPEA), soit 54 m³ par an'),
    ('sols', 6, 'Artificialisation des sols', 'ecological', 'transitions.part_sols_artificialises', 'down', 9.5,
     'Part des sols artificialisés en France métropolitaine, environ 9,5 % (Teruti, ministère de l''Agriculture)');
