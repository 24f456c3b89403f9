using Observatoires.Api.Platform.Geo.Layers;

namespace Observatoires.Api.Observatories.FoncierAgricole;

/// <summary>The short-supply-chain outlets as points: an OGC collection, vector tiles and CSV for QGIS, GDAL and the map.</summary>
internal static class FoncierAgricoleLayers
{
    public const string DataDomain = "foncier-agricole";

    /// <summary>(code, label) rows of the types, for the layer's SQL: constants of the code, quoted.</summary>
    private static string TypeLabels =>
        "(values " + string.Join(", ", Vocabulary.Types.Select(t => $"('{t.Code}', '{t.Label.Replace("'", "''", StringComparison.Ordinal)}')")) + ")";

    public static LayerDefinition Outlets { get; } = new()
    {
        Id = "foncier-agricole-circuits-courts",
        Title = "Points de vente en circuits courts",
        Description = "Les points de vente en circuits courts de la CABBALR suivis par le Projet Alimentaire Territorial : vente à la ferme, " +
                      "marchés, AMAP, drives fermiers, magasins de producteurs. Données de démonstration tant que l'inventaire réel n'est " +
                      "pas chargé.",
        GeometryType = "Point",
        Source = $"""
            select o.id, o.name, o.type, l.label as type_label, o.address, o.commune_id as commune, o.source, o.geom
            from foncier_agricole.outlet o
            join {TypeLabels} as l (code, label) on l.code = o.type
            """,
        Properties =
        [
            new("name", PropertyType.String, "Nom du point de vente."),
            new("type", PropertyType.String, "Type (code) : vente_ferme, marche, amap, drive_fermier, magasin_producteurs."),
            new("type_label", PropertyType.String, "Type en clair."),
            new("address", PropertyType.String, "Adresse, si l'inventaire la donne."),
            new("commune", PropertyType.String, "Commune (commune:code INSEE)."),
            new("source", PropertyType.String, "Source de l'inventaire."),
        ],
        DefaultSort = ["commune", "name"],
        DataDomains = [DataDomain],
    };
}
