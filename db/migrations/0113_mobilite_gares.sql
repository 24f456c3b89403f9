-- The stations of the CALL's station master plan (schéma directeur des gares) and of the area's main lines: one row
-- per station, and its figures per period (a survey or a year). Counts are stored, never rates: an occupancy rate is
-- occupied ÷ places, so that a commune's or an EPCI's rate is Σ occupied ÷ Σ places.
create table mobilite.station (
    -- A stable id in URLs (lowercase words joined by hyphens, e.g. bethune); uic is the SNCF's code when known.
    id          text primary key check (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(id) <= 60),
    uic         text unique check (uic ~ '^[0-9]{8}$'),
    name        text not null check (length(name) between 1 and 200),
    commune_id  text not null references platform.territory (id) on delete cascade,
    -- The lines that serve it, as the TER timetables name them (Lille – Béthune – Hazebrouck...).
    lines       text[] not null default '{}',
    -- False for a station without passenger trains today (Bruay-la-Buissière): it stays on the map, without figures.
    passenger_service boolean not null default true,
    geom        geometry(Point, 4326) not null,
    -- Demo stations are placed at an approximate location and brought inside their commune after a contour import.
    demo        boolean not null default false
);
create index station_commune on mobilite.station (commune_id);
create index station_geom on mobilite.station using gist (geom);

-- A station's figures for a period (a year, 2019...): every figure may be missing (not surveyed that period).
create table mobilite.station_figure (
    station_id          text not null references mobilite.station (id) on delete cascade,
    period              text not null check (period ~ '^[0-9]{4}$'),
    -- Passengers: the year's footfall (SNCF, "fréquentation en gares": travellers boarding and alighting).
    passengers          bigint check (passengers >= 0),
    -- Trains stopping on an ordinary weekday (both directions).
    trains_per_weekday  integer check (trains_per_weekday >= 0),
    -- Car park: its places and the cars parked at the survey (a weekday, mid-morning); more cars than places (parked
    -- outside the bays) is a rate over 100 %, which the master plan wants to see.
    parking_places      integer check (parking_places >= 0),
    parking_occupied    integer check (parking_occupied >= 0),
    -- Bike parking: racks and secure shelters, places and places occupied at the same survey.
    bike_places         integer check (bike_places >= 0),
    bike_occupied       integer check (bike_occupied >= 0),
    primary key (station_id, period),
    check (parking_occupied is null or parking_places is not null),
    check (bike_occupied is null or bike_places is not null)
);
