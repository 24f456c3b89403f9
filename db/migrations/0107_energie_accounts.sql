-- Observatoire de l'énergie, the accounts (helper of issue 18's first slice): where a line of the accounts comes
-- from, the rooftop PV installations (a count, not GWh), and the targets of the decarbonised balance that the
-- territories' PCAET and the regional SRADDET set.

-- Where the line comes from: the demo seed, or the file an import read. Null for rows written by other means.
alter table energie.account add column origin text;

-- Installations per territory, year and production source (the rooftop PV installations injecting on the grid).
create table energie.installation (
    territory_id  text not null references platform.territory on delete cascade,
    year          integer not null check (year between 1990 and 2100),
    carrier       text not null,
    installations integer not null check (installations >= 0),
    origin        text,
    primary key (territory_id, year, carrier)
);

-- The decarbonised balance a territory aims at (renewable and recovered production ÷ consumption, 0–1) by a year.
create table energie.balance_target (
    territory_id text not null references platform.territory on delete cascade,
    year         integer not null check (year between 2000 and 2100),
    share        double precision not null check (share >= 0 and share <= 10),
    -- The document that sets it: "PCAET de la CABBALR 2020–2026", "SRADDET Hauts-de-France".
    document     text not null,
    -- A demo target (the seed's), until the agency sets the territory's real ones.
    demo         boolean not null default false,
    primary key (territory_id, year)
);
