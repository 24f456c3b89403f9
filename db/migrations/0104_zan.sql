-- Compteur ZAN: yearly consumption of natural, agricultural and forest land per commune and destination, as in
-- the national land-take files, and the settings of the net-zero trajectory.
create schema if not exists zan;

create table zan.consumption (
    commune_id  text not null references platform.territory on delete cascade,
    year        integer not null check (year between 2009 and 2100),
    destination text not null check (destination in ('habitat', 'activite', 'mixte', 'route', 'ferre', 'inconnu')),
    hectares    double precision not null check (hectares >= 0),
    primary key (commune_id, year, destination)
);

-- The reduction of the 2021–2030 envelope against 2011–2020 for a territory (regional territorialisation);
-- 50 % where none is set.
create table zan.reduction (
    territory_id text primary key references platform.territory on delete cascade,
    reduction    double precision not null check (reduction >= 0 and reduction <= 1)
);

-- The path 2031–2050 as the yearly allowance in share of the 2021–2030 yearly envelope; empty: linear to zero in 2050.
create table zan.trajectory (
    year  integer primary key check (year between 2031 and 2050),
    share double precision not null check (share >= 0 and share <= 1)
);
