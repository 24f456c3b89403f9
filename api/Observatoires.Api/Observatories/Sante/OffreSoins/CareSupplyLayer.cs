using Observatoires.Api.Platform.Geo.Layers;

namespace Observatoires.Api.Observatories.Sante.OffreSoins;

/// <summary>The care-supply points as an OGC collection (items, CSV, vector tiles), filterable by category.</summary>
internal static class CareSupplyLayer
{
    public const string DataDomain = "sante";

    public static LayerDefinition Definition { get; } = new()
    {
        Id = "sante-offre-soins",
        Title = "Offre de soins",
        Description = "Les lieux de l'offre de soins de premier recours et d'urgence : centres de santé, maisons de santé " +
                      "pluriprofessionnelles, pharmacies, cabinets de médecine générale, établissements hospitaliers et services " +
                      "d'urgences (numéro FINESS pour les établissements importés du répertoire FINESS). Points de démonstration, " +
                      "placés dans leur commune, tant que le répertoire n'est pas importé.",
        GeometryType = "Point",
        Source = $"""
            select p.id, p.name, p.category, l.label as category_label, p.finess_category, p.commune_id as commune, p.address, p.demo, p.geom
            from sante.care_point p
            join {CareCategories.LabelsSql} as l (code, label) on l.code = p.category
            where p.geom is not null
            """,
        Properties =
        [
            new("name", PropertyType.String, "Nom (raison sociale de l'établissement)."),
            new("category", PropertyType.String, "Catégorie (code) : centre_sante, msp, pharmacie, cabinet_generaliste, hopital, urgences."),
            new("category_label", PropertyType.String, "Catégorie en clair."),
            new("finess_category", PropertyType.String, "Catégorie d'établissement FINESS (124, 603, 620...), pour un établissement importé du répertoire."),
            new("commune", PropertyType.String, "Commune (commune:code INSEE)."),
            new("address", PropertyType.String, "Adresse."),
            new("demo", PropertyType.Boolean, "Point de démonstration (true) ou importé d'une source réelle (false)."),
        ],
        DefaultSort = ["commune", "category", "name"],
        DataDomains = [DataDomain],
    };
}
