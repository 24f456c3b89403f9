using Observatoires.Api.Platform.Geo.Layers;

namespace Observatoires.Api.Observatories.Mobilite.Cyclable;

/// <summary>
/// The cycling network as lines: the OGC collection (QGIS, GDAL, the web map's tiles) with the schema's properties and,
/// for maps and filters, the segment's main facility (right side, else left), its family, status and length.
/// </summary>
internal static class CyclableLayer
{
    public static LayerDefinition Definition { get; } = new()
    {
        Id = "mobilite-amenagements-cyclables",
        Title = "Aménagements cyclables",
        Description = "Le réseau cyclable au schéma national des aménagements cyclables (0.3.x) : un tronçon par ligne, ses deux côtés " +
                      "(_d droit, _g gauche) avec leur commune, aménagement, régime, sens, largeur, position, statut et revêtement " +
                      "(données de démonstration tant que le réseau réel n'est pas importé). Le fichier au format exact du schéma : " +
                      "GET /api/v1/mobilite/cycle-facilities.",
        GeometryType = "MultiLineString",
        Source = """
            select f.id, f.id_local, f.reseau_loc, array_to_string(f.nom_loc, ' ; ') as nom_loc, f.id_osm, f.num_iti,
                   f.code_com_d, f.ame_d, f.regime_d, f.sens_d, f.largeur_d, f.local_d, f.statut_d, f.revet_d,
                   f.code_com_g, f.ame_g, f.regime_g, f.sens_g, f.largeur_g, f.local_g, f.statut_g, f.revet_g,
                   f.access_ame, f.date_maj, f.trafic_vit, f.lumiere, f.d_service, f.comm, f.source, f.project_c, f.ref_geo,
                   m.ame as amenagement, case
                       when m.ame = 'PISTE CYCLABLE' then 'piste'
                       when m.ame = 'BANDE CYCLABLE' then 'bande'
                       when m.ame = 'VOIE VERTE' then 'voie_verte'
                       when m.ame like 'DOUBLE SENS CYCLABLE%' then 'double_sens'
                       when m.ame in ('VELO RUE', 'COULOIR BUS+VELO', 'AMENAGEMENT MIXTE PIETON VELO HORS VOIE VERTE',
                                      'CHAUSSEE A VOIE CENTRALE BANALISEE', 'ACCOTEMENT REVETU HORS CVCB') then 'partage'
                       when m.ame = 'AUCUN' then 'aucun'
                       else 'autre' end as famille,
                   coalesce(m.statut, 'NON RENSEIGNE') as statut,
                   'commune:' || f.code_com_d as commune,
                   round(st_length(f.geom::geography)::numeric, 1)::double precision as longueur_m,
                   st_multi(f.geom) as geom
            from mobilite.cycle_facility f
            cross join lateral (select case when f.ame_d <> 'AUCUN' then f.ame_d else f.ame_g end as ame,
                                       case when f.ame_d <> 'AUCUN' then f.statut_d else f.statut_g end as statut) m
            """,
        Properties =
        [
            new("id_local", PropertyType.String, "Identifiant unique pérenne défini par la collectivité."),
            new("reseau_loc", PropertyType.String, "Réseau structurant local : REV, Structurant, Autre."),
            new("nom_loc", PropertyType.String, "Noms des itinéraires locaux, séparés par « ; »."),
            new("id_osm", PropertyType.String, "Identifiant de l'aménagement sur OpenStreetMap."),
            new("num_iti", PropertyType.String, "Numéros des itinéraires (EuroVelo, schémas), séparés par « : »."),
            new("code_com_d", PropertyType.String, "Code INSEE de la commune du côté droit."),
            new("ame_d", PropertyType.String, "Aménagement du côté droit (valeurs du schéma national)."),
            new("regime_d", PropertyType.String, "Régime du côté droit."),
            new("sens_d", PropertyType.String, "Sens de circulation des cyclistes du côté droit."),
            new("largeur_d", PropertyType.Number, "Largeur utile du côté droit, en mètres."),
            new("local_d", PropertyType.String, "Emplacement du côté droit : TROTTOIR, INTERMEDIAIRE, CHAUSSEE."),
            new("statut_d", PropertyType.String, "Statut du côté droit : EN SERVICE, EN TRAVAUX, PROVISOIRE."),
            new("revet_d", PropertyType.String, "Revêtement du côté droit."),
            new("code_com_g", PropertyType.String, "Code INSEE de la commune du côté gauche."),
            new("ame_g", PropertyType.String, "Aménagement du côté gauche (valeurs du schéma national)."),
            new("regime_g", PropertyType.String, "Régime du côté gauche."),
            new("sens_g", PropertyType.String, "Sens de circulation des cyclistes du côté gauche."),
            new("largeur_g", PropertyType.Number, "Largeur utile du côté gauche, en mètres."),
            new("local_g", PropertyType.String, "Emplacement du côté gauche."),
            new("statut_g", PropertyType.String, "Statut du côté gauche."),
            new("revet_g", PropertyType.String, "Revêtement du côté gauche."),
            new("access_ame", PropertyType.String, "Accessibilité : ROLLER, VELO DE ROUTE, VTC, VTT."),
            new("date_maj", PropertyType.Date, "Date de dernière mise à jour du tronçon."),
            new("trafic_vit", PropertyType.Integer, "Vitesse maximale du trafic adjacent, en km/h."),
            new("lumiere", PropertyType.Boolean, "Aménagement éclairé."),
            new("d_service", PropertyType.Number, "Année de mise en service."),
            new("comm", PropertyType.String, "Remarques."),
            new("source", PropertyType.String, "Entité ayant fourni les données."),
            new("project_c", PropertyType.String, "Projection de la donnée source."),
            new("ref_geo", PropertyType.String, "Référentiel géographique utilisé."),
            new("amenagement", PropertyType.String, "Aménagement principal du tronçon : celui du côté droit, sinon du côté gauche."),
            new("famille", PropertyType.String, "Famille de l'aménagement principal : piste, bande, voie_verte, double_sens, partage, autre, aucun."),
            new("statut", PropertyType.String, "Statut de l'aménagement principal (NON RENSEIGNE s'il manque)."),
            new("commune", PropertyType.String, "Commune du côté droit (commune:code INSEE)."),
            new("longueur_m", PropertyType.Number, "Longueur du tronçon, en mètres (sur l'ellipsoïde)."),
        ],
        TemporalProperty = "date_maj",
        DefaultSort = ["id_local"],
        // Its dataset in the catalogue: the same source as its indicators.
        Origin = CyclableIndicators.Source,
        OriginUrl = CyclableIndicators.SourceUrl,
        Keywords = ["vélo", "pistes cyclables", "schéma national des aménagements cyclables"],
        DataDomains = [MobiliteModule.DataDomain],
    };
}
