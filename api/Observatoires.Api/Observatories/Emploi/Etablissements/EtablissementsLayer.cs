using Observatoires.Api.Platform.Geo.Layers;
using Observatoires.Api.Platform.Indicators.Catalogue;

namespace Observatoires.Api.Observatories.Emploi.Etablissements;

/// <summary>Employer establishments as points: the dense layer of the observatory (vector tiles on the map).</summary>
internal static class EtablissementsLayer
{
    public const string DataDomain = "emploi";

    public static LayerDefinition Definition { get; } = new()
    {
        Id = "emploi-etablissements",
        Title = "Établissements employeurs",
        Description = "Établissements du secteur privé employant au moins un salarié, localisés à l'adresse " +
                      "(données de démonstration, sur le modèle du répertoire SIRENE).",
        GeometryType = "Point",
        Source = "select id, siret, name, naf_section, sector, size_band, commune_id as commune, created_on, geom from emploi.etablissement",
        Properties =
        [
            new("siret", PropertyType.String, "Numéro SIRET (14 chiffres)."),
            new("name", PropertyType.String, "Dénomination ou enseigne."),
            new("naf_section", PropertyType.String, "Section de la nomenclature d'activités française (A à U)."),
            new("sector", PropertyType.String, "Libellé de la section d'activité."),
            new("size_band", PropertyType.String, "Tranche d'effectif salarié (1-2, 3-5, 6-9, 10-19, 20-49, 50-99, 100-249, 250+)."),
            new("commune", PropertyType.String, "Commune d'implantation (commune:code INSEE)."),
            new("created_on", PropertyType.Date, "Date de création de l'établissement."),
        ],
        TemporalProperty = "created_on",
        DefaultSort = ["commune", "name"],
        DataDomains = [DataDomain],
    };

    /// <summary>
    /// The same establishments with their exact headcount: business-level figures, for partners (an EPCI's
    /// economic service sees those of its own communes) and the agency.
    /// </summary>
    public static LayerDefinition Headcounts { get; } = new()
    {
        Id = "emploi-effectifs",
        Title = "Effectifs des établissements employeurs",
        Description = "Effectif salarié exact de chaque établissement (donnée d'entreprise, réservée aux partenaires " +
                      "sur leur territoire et à l'agence ; données de démonstration).",
        GeometryType = "Point",
        Source = "select id, siret, name, naf_section, headcount, commune_id as commune, geom from emploi.etablissement",
        Properties =
        [
            new("siret", PropertyType.String, "Numéro SIRET (14 chiffres)."),
            new("name", PropertyType.String, "Dénomination ou enseigne."),
            new("naf_section", PropertyType.String, "Section de la nomenclature d'activités française (A à U)."),
            new("headcount", PropertyType.Integer, "Effectif salarié au 31 décembre."),
            new("commune", PropertyType.String, "Commune d'implantation (commune:code INSEE)."),
        ],
        DefaultSort = ["commune", "name"],
        Confidentiality = Confidentiality.Partner,
        ScopeProperty = "commune",
        DataDomains = [DataDomain],
    };
}
