using Observatoires.Api.Platform.Geo.Layers;
using Observatoires.Api.Platform.Indicators.Catalogue;

namespace Observatoires.Api.Observatories.Energie.Sites;

/// <summary>
/// The production sites as OGC collections (items, CSV, tiles, queryables). Confidentiality is a property of each
/// site, and a layer's confidentiality is the platform's unit: so two layers, the public one without the confidential
/// sites (its SQL never selects them, hence no path of the public layer can show or count them), and the partners'
/// one with every site, scoped by commune (a partner limited to an EPCI sees the sites of its communes there).
/// </summary>
internal static class SitesLayers
{
    private const string Columns = """
        select s.id, s.kind, s.name, s.operator, s.commune_id as commune, s.commissioned_year, s.capacity_mw, s.production_gwh,
               s.status, s.delivery_points, s.s3renr_capacity_mw, s.note, s.source, s.geom
        """;

    private static readonly LayerProperty[] Properties =
    [
        new("kind", PropertyType.String, "Filière : eolien, pv_sol, methanisation, hydraulique, valorisation_dechets, reseau_chaleur, gaz_de_mine, poste_source."),
        new("name", PropertyType.String, "Nom du site."),
        new("operator", PropertyType.String, "Exploitant, quand il est connu."),
        new("commune", PropertyType.String, "Commune d'implantation (commune:code INSEE)."),
        new("commissioned_year", PropertyType.Integer, "Année de mise en service (de création pour un réseau de chaleur)."),
        new("capacity_mw", PropertyType.Number, "Puissance installée : MW (MWc pour le photovoltaïque, MW thermiques pour un réseau de chaleur)."),
        new("production_gwh", PropertyType.Number, "Production annuelle en GWh (chaleur livrée pour un réseau de chaleur)."),
        new("status", PropertyType.String, "Statut : en_service, projet, modernisation."),
        new("delivery_points", PropertyType.Integer, "Réseau de chaleur : nombre de points de livraison."),
        new("s3renr_capacity_mw", PropertyType.Number, "Poste source : capacité réservée aux énergies renouvelables par le S3RENR, en MW."),
        new("note", PropertyType.String, "Ce qu'il faut savoir du site (ancienne décharge, modernisation...)."),
        new("source", PropertyType.String, "D'où vient chaque donnée (rapport d'activité de l'AULA ou démonstration)."),
    ];

    public static LayerDefinition Public { get; } = new()
    {
        Id = "energie-sites",
        Title = "Sites de production d'énergie",
        Description = "Parcs éoliens, centrales photovoltaïques au sol, unités de méthanisation, centrales hydroélectriques, " +
                      "valorisation énergétique des déchets, réseaux de chaleur, gaz de mine et postes sources (capacité S3RENR), " +
                      "d'après le rapport d'activité 2024 de l'AULA ; positions et volumes en partie de démonstration (propriété source). " +
                      "Sans les projets confidentiels.",
        GeometryType = "Point",
        Source = Columns + " from energie.site s where not s.confidential",
        Properties = Properties,
        DefaultSort = ["kind", "commune", "name"],
        DataDomains = [EnergieModule.DataDomain],
    };

    public static LayerDefinition Partners { get; } = new()
    {
        Id = "energie-sites-partenaires",
        Title = "Sites de production d'énergie (partenaires)",
        Description = "Tous les sites de production, y compris les projets confidentiels (confidential = true), réservés aux " +
                      "partenaires du groupe de travail énergie sur leur territoire et à l'agence.",
        GeometryType = "Point",
        Source = Columns + ", s.confidential from energie.site s",
        Properties = [.. Properties, new("confidential", PropertyType.Boolean, "Projet confidentiel (réservé aux partenaires).")],
        DefaultSort = ["kind", "commune", "name"],
        Confidentiality = Confidentiality.Partner,
        ScopeProperty = "commune",
        DataDomains = [EnergieModule.DataDomain],
    };
}
