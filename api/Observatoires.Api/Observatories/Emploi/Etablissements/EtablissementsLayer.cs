using Observatoires.Api.Platform.Geo.Layers;

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
        DataDomain = DataDomain,
    };
}
