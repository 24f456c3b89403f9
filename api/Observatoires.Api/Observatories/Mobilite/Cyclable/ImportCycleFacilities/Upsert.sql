-- The segments of a checked file, inserted or, for an id_local already stored, replaced (an imported segment is no
-- longer a demo one). Values are read from the file's JSON as the schema types them; a third coordinate is dropped.
insert into mobilite.cycle_facility (
    id_local, reseau_loc, nom_loc, id_osm, num_iti,
    code_com_d, ame_d, regime_d, sens_d, largeur_d, local_d, statut_d, revet_d,
    code_com_g, ame_g, regime_g, sens_g, largeur_g, local_g, statut_g, revet_g,
    access_ame, date_maj, trafic_vit, lumiere, d_service, comm, source, project_c, ref_geo, geom, demo, imported_from)
select p ->> 'id_local', p ->> 'reseau_loc',
       case when jsonb_typeof(p -> 'nom_loc') = 'array' then array(select jsonb_array_elements_text(p -> 'nom_loc')) end,
       p ->> 'id_osm', p ->> 'num_iti',
       p ->> 'code_com_d', p ->> 'ame_d', p ->> 'regime_d', p ->> 'sens_d', (p ->> 'largeur_d')::double precision, p ->> 'local_d',
       p ->> 'statut_d', p ->> 'revet_d',
       p ->> 'code_com_g', p ->> 'ame_g', p ->> 'regime_g', p ->> 'sens_g', (p ->> 'largeur_g')::double precision, p ->> 'local_g',
       p ->> 'statut_g', p ->> 'revet_g',
       p ->> 'access_ame', (p ->> 'date_maj')::date, (p ->> 'trafic_vit')::numeric::integer, (p ->> 'lumiere')::boolean,
       (p ->> 'd_service')::double precision, p ->> 'comm', p ->> 'source', p ->> 'project_c', p ->> 'ref_geo',
       st_force2d(st_setsrid(st_geomfromgeojson(e.feature -> 'geometry'), 4326)), false, @ImportedFrom
from jsonb_array_elements(@Features::jsonb) as e (feature)
cross join lateral (select e.feature -> 'properties' as p) x
on conflict (id_local) do update set
    reseau_loc = excluded.reseau_loc, nom_loc = excluded.nom_loc, id_osm = excluded.id_osm, num_iti = excluded.num_iti,
    code_com_d = excluded.code_com_d, ame_d = excluded.ame_d, regime_d = excluded.regime_d, sens_d = excluded.sens_d,
    largeur_d = excluded.largeur_d, local_d = excluded.local_d, statut_d = excluded.statut_d, revet_d = excluded.revet_d,
    code_com_g = excluded.code_com_g, ame_g = excluded.ame_g, regime_g = excluded.regime_g, sens_g = excluded.sens_g,
    largeur_g = excluded.largeur_g, local_g = excluded.local_g, statut_g = excluded.statut_g, revet_g = excluded.revet_g,
    access_ame = excluded.access_ame, date_maj = excluded.date_maj, trafic_vit = excluded.trafic_vit, lumiere = excluded.lumiere,
    d_service = excluded.d_service, comm = excluded.comm, source = excluded.source, project_c = excluded.project_c,
    ref_geo = excluded.ref_geo, geom = excluded.geom, demo = false, demo_seed = null, demo_azimuth = null, demo_length_m = null,
    imported_from = excluded.imported_from
returning xmax = 0
