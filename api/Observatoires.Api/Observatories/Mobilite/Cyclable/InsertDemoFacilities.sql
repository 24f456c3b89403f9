-- The demo segments, both sides in their commune, first as a short line at the commune's centre (the placement
-- draws them afterwards). nom_loc comes as one text per segment, its names separated by U+001F.
insert into mobilite.cycle_facility (
    id_local, reseau_loc, nom_loc, code_com_d, ame_d, regime_d, sens_d, largeur_d, local_d, statut_d, revet_d,
    code_com_g, ame_g, regime_g, sens_g, largeur_g, local_g, statut_g, revet_g, access_ame, date_maj, trafic_vit, lumiere,
    d_service, source, ref_geo, project_c, geom, demo, demo_seed, demo_azimuth, demo_length_m)
select s.id_local, s.reseau_loc, string_to_array(s.nom_loc, chr(31)), s.code, s.ame_d, s.regime_d, s.sens_d, s.largeur_d, s.local_d,
       s.statut_d, s.revet_d, s.code, s.ame_g, s.regime_g, s.sens_g, s.largeur_g, s.local_g, s.statut_g, s.revet_g, s.access_ame,
       s.date_maj::date, s.trafic_vit, s.lumiere, s.d_service, @Source, 'BD TOPO', 'Lambert-93',
       st_makeline(st_pointonsurface(c.geom), st_translate(st_pointonsurface(c.geom), 0.0001, 0)), true, s.seed, s.azimuth, s.length_m
from unnest(@IdLocal, @ReseauLoc, @NomLoc, @Code, @AmeD, @RegimeD, @SensD, @LargeurD, @LocalD, @StatutD, @RevetD, @AmeG, @RegimeG,
            @SensG, @LargeurG, @LocalG, @StatutG, @RevetG, @AccessAme, @DateMaj, @TraficVit, @Lumiere, @DService, @Seed, @Azimuth,
            @LengthM)
     as s (id_local, reseau_loc, nom_loc, code, ame_d, regime_d, sens_d, largeur_d, local_d, statut_d, revet_d, ame_g, regime_g,
           sens_g, largeur_g, local_g, statut_g, revet_g, access_ame, date_maj, trafic_vit, lumiere, d_service, seed, azimuth, length_m)
join platform.territory c on c.id = 'commune:' || s.code
