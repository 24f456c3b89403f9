-- The same segments as the GeoJSON export, one CSV row each: the schema's properties (nom_loc's names joined by
-- " ; "), the length in metres and the geometry as WKT in WGS 84 (QGIS and pandas read it).
select f.id_local, f.reseau_loc, array_to_string(f.nom_loc, ' ; ') as nom_loc, f.id_osm, f.num_iti,
       f.code_com_d, f.ame_d, f.regime_d, f.sens_d, f.largeur_d, f.local_d, f.statut_d, f.revet_d,
       f.code_com_g, f.ame_g, f.regime_g, f.sens_g, f.largeur_g, f.local_g, f.statut_g, f.revet_g,
       f.access_ame, f.date_maj, f.trafic_vit, f.lumiere::text as lumiere, f.d_service, f.comm, f.source, f.project_c,
       f.ref_geo, round(st_length(f.geom::geography)::numeric, 1)::double precision as longueur_m, st_astext(f.geom) as geometrie_wkt
from mobilite.cycle_facility f
where @Communes::text[] is null
   or 'commune:' || f.code_com_d = any (@Communes) or 'commune:' || f.code_com_g = any (@Communes)
order by f.id_local, f.id
