-- The network as one GeoJSON FeatureCollection in exactly the national schema's format: each segment's geometry as
-- stored, its properties in the schema's order under the schema's names, those without a value left out (the schema
-- types them, so a null would not validate). Only the segments with a side in the given communes, if any.
select json_build_object('type', 'FeatureCollection', 'features', coalesce(json_agg(x.feature order by x.id_local, x.id), '[]'::json))::text
from (
    select f.id, f.id_local, json_build_object(
               'type', 'Feature',
               'geometry', st_asgeojson(f.geom)::json,
               'properties', json_strip_nulls(json_build_object(
                   'id_local', f.id_local, 'reseau_loc', f.reseau_loc, 'nom_loc', to_json(f.nom_loc), 'id_osm', f.id_osm,
                   'num_iti', f.num_iti,
                   'code_com_d', f.code_com_d, 'ame_d', f.ame_d, 'regime_d', f.regime_d, 'sens_d', f.sens_d, 'largeur_d', f.largeur_d,
                   'local_d', f.local_d, 'statut_d', f.statut_d, 'revet_d', f.revet_d,
                   'code_com_g', f.code_com_g, 'ame_g', f.ame_g, 'regime_g', f.regime_g, 'sens_g', f.sens_g, 'largeur_g', f.largeur_g,
                   'local_g', f.local_g, 'statut_g', f.statut_g, 'revet_g', f.revet_g,
                   'access_ame', f.access_ame, 'date_maj', to_char(f.date_maj, 'YYYY-MM-DD'), 'trafic_vit', f.trafic_vit,
                   'lumiere', f.lumiere, 'd_service', f.d_service, 'comm', f.comm, 'source', f.source, 'project_c', f.project_c,
                   'ref_geo', f.ref_geo))) as feature
    from mobilite.cycle_facility f
    where @Communes::text[] is null
       or 'commune:' || f.code_com_d = any (@Communes) or 'commune:' || f.code_com_g = any (@Communes)
) x
