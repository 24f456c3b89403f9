-- The cycling network to the national data schema (schéma de données des aménagements cyclables, 0.3.x): one row per
-- segment, one column per property of the schema under the schema's own name, so that the export gives back exactly
-- what was imported. The right side (_d) and the left side (_g) each have their commune, facility and status.
create table mobilite.cycle_facility (
    id          integer generated always as identity primary key,
    id_local    text not null unique,
    reseau_loc  text,
    nom_loc     text[],
    id_osm      text,
    num_iti     text,
    code_com_d  text not null,
    ame_d       text not null,
    regime_d    text,
    sens_d      text,
    largeur_d   double precision,
    local_d     text,
    statut_d    text,
    revet_d     text,
    code_com_g  text not null,
    ame_g       text not null,
    regime_g    text,
    sens_g      text,
    largeur_g   double precision,
    local_g     text,
    statut_g    text,
    revet_g     text,
    access_ame  text,
    date_maj    date,
    trafic_vit  integer,
    lumiere     boolean,
    d_service   double precision,
    comm        text,
    source      text,
    project_c   text,
    ref_geo     text,
    geom        geometry(Geometry, 4326) not null
                check (st_geometrytype(geom) in ('ST_LineString', 'ST_MultiLineString')),
    -- Demo segments are drawn from their commune's contour (demo_* say how) and drawn again after a contour import;
    -- an imported segment is never moved.
    demo        boolean not null default false,
    demo_seed   integer,
    demo_azimuth double precision,
    demo_length_m double precision,
    imported_from text
);
create index cycle_facility_geom on mobilite.cycle_facility using gist (geom);
create index cycle_facility_code_com_d on mobilite.cycle_facility (code_com_d);
create index cycle_facility_code_com_g on mobilite.cycle_facility (code_com_g);

-- The priority route of each commune in the cycling scheme (one per commune, chosen by the agency per "bassin de
-- vie"): the name its segments carry in nom_loc and the length planned. Data the agency edits
-- (PUT /api/v1/mobilite/priority-routes/{commune}); its share built is derived from the segments in service.
create table mobilite.priority_route (
    commune_id  text primary key references platform.territory (id) on delete cascade,
    name        text not null check (length(name) between 1 and 200),
    planned_km  double precision not null check (planned_km > 0 and planned_km <= 1000),
    updated_at  timestamptz not null default now(),
    updated_by  text not null
);
