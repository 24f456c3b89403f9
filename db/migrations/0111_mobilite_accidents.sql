-- Mobilité, accidents: the national road-accident files (BAAC, ONISR) as published yearly in four tables
-- (caractéristiques, lieux, véhicules, usagers), kept for the agency's communes, with the BAAC code lists and their
-- French labels. Accidents are keyed by their national number (Num_Acc); a year re-imported replaces that year.

-- The BAAC code lists: (list, code) → label, as the ONISR's description of the files gives them.
create table mobilite.baac_code (
    list  text not null,
    code  smallint not null,
    label text not null,
    primary key (list, code)
);

insert into mobilite.baac_code (list, code, label) values
    ('lum', 1, 'Plein jour'), ('lum', 2, 'Crépuscule ou aube'), ('lum', 3, 'Nuit sans éclairage public'),
    ('lum', 4, 'Nuit avec éclairage public non allumé'), ('lum', 5, 'Nuit avec éclairage public allumé'),
    ('int', 1, 'Hors intersection'), ('int', 2, 'Intersection en X'), ('int', 3, 'Intersection en T'),
    ('int', 4, 'Intersection en Y'), ('int', 5, 'Intersection à plus de 4 branches'), ('int', 6, 'Giratoire'),
    ('int', 7, 'Place'), ('int', 8, 'Passage à niveau'), ('int', 9, 'Autre intersection'),
    ('atm', 1, 'Normale'), ('atm', 2, 'Pluie légère'), ('atm', 3, 'Pluie forte'), ('atm', 4, 'Neige, grêle'),
    ('atm', 5, 'Brouillard, fumée'), ('atm', 6, 'Vent fort, tempête'), ('atm', 7, 'Temps éblouissant'),
    ('atm', 8, 'Temps couvert'), ('atm', 9, 'Autre'),
    ('col', 1, 'Deux véhicules, frontale'), ('col', 2, 'Deux véhicules, par l''arrière'), ('col', 3, 'Deux véhicules, par le côté'),
    ('col', 4, 'Trois véhicules et plus, en chaîne'), ('col', 5, 'Trois véhicules et plus, collisions multiples'),
    ('col', 6, 'Autre collision'), ('col', 7, 'Sans collision'),
    ('catr', 1, 'Autoroute'), ('catr', 2, 'Route nationale'), ('catr', 3, 'Route départementale'), ('catr', 4, 'Voie communale'),
    ('catr', 5, 'Hors réseau public'), ('catr', 6, 'Parc de stationnement ouvert à la circulation publique'),
    ('catr', 7, 'Route de métropole urbaine'), ('catr', 9, 'Autre'),
    ('catu', 1, 'Conducteur'), ('catu', 2, 'Passager'), ('catu', 3, 'Piéton'),
    ('grav', 1, 'Indemne'), ('grav', 2, 'Tué'), ('grav', 3, 'Blessé hospitalisé'), ('grav', 4, 'Blessé léger');

-- The vehicle categories (catv) and the travel mode each counts in: velo (bicycle and e-bike, the law's cyclists),
-- edp (e-scooters and other personal transporters), deux_roues_motorise, voiture, utilitaire, poids_lourd, bus_car, autre.
create table mobilite.vehicle_category (
    code  smallint primary key,
    label text not null,
    mode  text not null check (mode in ('velo', 'edp', 'deux_roues_motorise', 'voiture', 'utilitaire', 'poids_lourd', 'bus_car', 'autre'))
);

insert into mobilite.vehicle_category (code, label, mode) values
    (0, 'Indéterminable', 'autre'), (1, 'Bicyclette', 'velo'), (2, 'Cyclomoteur < 50 cm3', 'deux_roues_motorise'),
    (3, 'Voiturette', 'voiture'), (4, 'Scooter immatriculé (ancien code)', 'deux_roues_motorise'),
    (5, 'Motocyclette (ancien code)', 'deux_roues_motorise'), (6, 'Side-car (ancien code)', 'deux_roues_motorise'),
    (7, 'Véhicule léger', 'voiture'), (8, 'Véhicule léger + caravane (ancien code)', 'voiture'),
    (9, 'Véhicule léger + remorque (ancien code)', 'voiture'), (10, 'Véhicule utilitaire (1,5 à 3,5 t)', 'utilitaire'),
    (11, 'Véhicule utilitaire + caravane (ancien code)', 'utilitaire'), (12, 'Véhicule utilitaire + remorque (ancien code)', 'utilitaire'),
    (13, 'Poids lourd (3,5 à 7,5 t)', 'poids_lourd'), (14, 'Poids lourd (plus de 7,5 t)', 'poids_lourd'),
    (15, 'Poids lourd + remorque', 'poids_lourd'), (16, 'Tracteur routier seul', 'poids_lourd'),
    (17, 'Tracteur routier + semi-remorque', 'poids_lourd'), (18, 'Transport en commun (ancien code)', 'bus_car'),
    (19, 'Tramway (ancien code)', 'autre'), (20, 'Engin spécial', 'autre'), (21, 'Tracteur agricole', 'autre'),
    (30, 'Scooter < 50 cm3', 'deux_roues_motorise'), (31, 'Motocyclette 50 à 125 cm3', 'deux_roues_motorise'),
    (32, 'Scooter 50 à 125 cm3', 'deux_roues_motorise'), (33, 'Motocyclette > 125 cm3', 'deux_roues_motorise'),
    (34, 'Scooter > 125 cm3', 'deux_roues_motorise'), (35, 'Quad léger ≤ 50 cm3', 'deux_roues_motorise'),
    (36, 'Quad lourd > 50 cm3', 'deux_roues_motorise'), (37, 'Autobus', 'bus_car'), (38, 'Autocar', 'bus_car'),
    (39, 'Train', 'autre'), (40, 'Tramway', 'autre'), (41, '3 roues motorisé ≤ 50 cm3', 'deux_roues_motorise'),
    (42, '3 roues motorisé 50 à 125 cm3', 'deux_roues_motorise'), (43, '3 roues motorisé > 125 cm3', 'deux_roues_motorise'),
    (50, 'EDP à moteur', 'edp'), (60, 'EDP sans moteur', 'edp'), (80, 'Vélo à assistance électrique', 'velo'),
    (99, 'Autre véhicule', 'autre');

-- One accident (caractéristiques + lieux): when, where, in what context. Codes are BAAC's (labels in baac_code);
-- null where the file says -1 (not given).
create table mobilite.accident (
    num_acc       text primary key check (num_acc ~ '^[0-9]{1,15}$'),
    year          smallint not null,
    occurred_at   timestamp not null, -- local time, as the file gives it
    commune_id    text not null references platform.territory on delete cascade,
    geom          geometry(Point, 4326) not null,
    -- 'baac': the file's coordinates; 'commune': none given, placed at the commune's centre.
    located_by    text not null default 'baac' check (located_by in ('baac', 'commune')),
    agglomeration boolean not null,
    intersection  smallint,
    lighting      smallint,
    weather       smallint,
    collision     smallint,
    road_category smallint,
    address       text,
    -- Demo accidents (seeded): moved inside their commune after a contour import; real ones never move.
    demo          boolean not null default false
);

create index accident_geom_idx on mobilite.accident using gist (geom);
create index accident_year_idx on mobilite.accident (year);
create index accident_commune_idx on mobilite.accident (commune_id);

-- The vehicles involved (véhicules): id_vehicule is the file's key, num_veh its letter in the accident (A01, B01...).
create table mobilite.vehicle (
    num_acc    text not null references mobilite.accident on delete cascade,
    vehicle_id text not null,
    num_veh    text not null,
    category   smallint not null references mobilite.vehicle_category,
    primary key (num_acc, vehicle_id)
);

-- The people involved (usagers), each attached to a vehicle (a pedestrian to the vehicle that hit them).
create table mobilite.road_user (
    num_acc    text not null,
    position   smallint not null, -- its order among the accident's users in the file
    vehicle_id text not null,
    category   smallint check (category in (1, 2, 3)),  -- null: not given (-1)
    severity   smallint check (severity in (1, 2, 3, 4)),
    sex        smallint check (sex in (1, 2)),
    birth_year smallint,
    primary key (num_acc, position),
    foreign key (num_acc, vehicle_id) references mobilite.vehicle on delete cascade
);

-- Each accident summed up, the one definition every read shares: its victims by severity, its severity (the worst
-- of its users': tue, hospitalise, blesse_leger, indemne), the KSI (killed + seriously injured, i.e. hospitalised),
-- the modes involved (the vehicles' modes, and pieton when a user is a pedestrian), and the law's rule (Code des
-- transports, art. L1214-2): at least one pedestrian or one cyclist (a user of a bicycle or an e-bike).
create view mobilite.accident_summary as
select a.num_acc,
       coalesce(u.killed, 0) as killed,
       coalesce(u.hospitalised, 0) as hospitalised,
       coalesce(u.lightly_injured, 0) as lightly_injured,
       coalesce(u.killed, 0) + coalesce(u.hospitalised, 0) as ksi,
       case when u.killed > 0 then 'tue' when u.hospitalised > 0 then 'hospitalise'
            when u.lightly_injured > 0 then 'blesse_leger' else 'indemne' end as severity,
       coalesce(u.pedestrian, false) as pedestrian,
       coalesce(v.cyclist, false) as cyclist,
       coalesce(u.pedestrian, false) or coalesce(v.cyclist, false) as pieton_ou_cycliste,
       array(select m from unnest(coalesce(v.modes, '{}') || case when u.pedestrian then array['pieton'] else '{}'::text[] end) m
             order by array_position(array['pieton', 'velo', 'edp', 'deux_roues_motorise', 'voiture', 'utilitaire',
                                           'poids_lourd', 'bus_car', 'autre'], m)) as modes
from mobilite.accident a
left join lateral (
    select count(*) filter (where r.severity = 2) as killed,
           count(*) filter (where r.severity = 3) as hospitalised,
           count(*) filter (where r.severity = 4) as lightly_injured,
           bool_or(r.category = 3) as pedestrian
    from mobilite.road_user r where r.num_acc = a.num_acc
) u on true
left join lateral (
    select array_agg(distinct c.mode) as modes, bool_or(c.mode = 'velo') as cyclist
    from mobilite.vehicle v join mobilite.vehicle_category c on c.code = v.category
    where v.num_acc = a.num_acc
) v on true;

-- The hour bands the filters and the layer use: night, morning rush, day, evening rush, evening.
create function mobilite.hour_band(at timestamp) returns text language sql immutable parallel safe as $$
    select case when extract(hour from at) < 7 then '00-06' when extract(hour from at) < 10 then '07-09'
                when extract(hour from at) < 16 then '10-15' when extract(hour from at) < 20 then '16-19' else '20-23' end
$$;

-- A user's age band in the accident's year, from the birth year (ONISR's bands); null when the birth year is not given.
create function mobilite.age_band(birth_year smallint, year smallint) returns text language sql immutable parallel safe as $$
    select case when birth_year is null then null
                when year - birth_year < 15 then '0-14' when year - birth_year < 18 then '15-17'
                when year - birth_year < 25 then '18-24' when year - birth_year < 45 then '25-44'
                when year - birth_year < 65 then '45-64' when year - birth_year < 75 then '65-74' else '75+' end
$$;
