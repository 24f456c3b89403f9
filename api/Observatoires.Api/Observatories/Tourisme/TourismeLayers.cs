using Observatoires.Api.Platform.Geo.Layers;

namespace Observatoires.Api.Observatories.Tourisme;

/// <summary>The establishments of the latest inventory as points: an OGC collection, vector tiles and CSV for QGIS, GDAL and the map.</summary>
internal static class TourismeLayers
{
    public const string DataDomain = "tourisme";

    /// <summary>(code, label) rows of the types, for the layer's SQL: constants of the code, quoted.</summary>
    private static string TypeLabels =>
        "(values " + string.Join(", ", Vocabulary.Types.Select(t => $"('{t.Code}', '{t.Label.Replace("'", "''", StringComparison.Ordinal)}')")) + ")";

    public static LayerDefinition Accommodations { get; } = new()
    {
        Id = "tourisme-hebergements",
        Title = "Hébergements touristiques",
        Description = "Les hébergements marchands du dernier inventaire (hôtels et campings avec leurs étoiles, gîtes et meublés, chambres " +
                      "d'hôtes, hébergements collectifs, résidences de tourisme) de la CC des 7 Vallées et de la CABBALR, avec leur capacité " +
                      "(chambres, emplacements, lits) et leurs lits touristiques (chambre = 2 lits, emplacement = 3 lits). Données de " +
                      "démonstration tant que l'inventaire réel n'est pas chargé.",
        GeometryType = "Point",
        Source = $"""
            select a.id, a.name, a.type, l.label as type_label, a.stars::integer as stars, a.rooms, a.pitches, a.beds, a.tourist_beds,
                   a.address, a.commune_id as commune, a.classified, a.inventory_id as inventory, i.as_of, a.geom
            from tourisme.accommodation a
            join tourisme.inventory i on i.id = a.inventory_id
            join {TypeLabels} as l (code, label) on l.code = a.type
            where a.inventory_id = (select v.id from tourisme.inventory v order by v.as_of desc, v.id desc limit 1)
            """,
        Properties =
        [
            new("name", PropertyType.String, "Nom de l'établissement."),
            new("type", PropertyType.String, "Type (code) : hotel, camping, gite, chambre_hotes, collectif, residence."),
            new("type_label", PropertyType.String, "Type en clair."),
            new("stars", PropertyType.Integer, "Classement en étoiles (1 à 5) des hôtels, campings, résidences et hébergements collectifs classés ; vide sinon."),
            new("rooms", PropertyType.Integer, "Chambres (hôtels, chambres d'hôtes)."),
            new("pitches", PropertyType.Integer, "Emplacements (campings)."),
            new("beds", PropertyType.Integer, "Lits, ou personnes accueillies (gîtes, hébergements collectifs, résidences)."),
            new("tourist_beds", PropertyType.Integer, "Lits touristiques : chambre = 2 lits, emplacement = 3 lits, sinon les lits."),
            new("address", PropertyType.String, "Adresse, si l'inventaire la donne."),
            new("commune", PropertyType.String, "Commune (commune:code INSEE)."),
            new("classified", PropertyType.Boolean, "Classé par Atout France (issu du fichier des hébergements classés)."),
            new("inventory", PropertyType.Integer, "Inventaire (identifiant, voir GET /api/v1/tourisme/inventories)."),
            new("as_of", PropertyType.Date, "Date de l'inventaire."),
        ],
        TemporalProperty = "as_of",
        DefaultSort = ["commune", "name"],
        DataDomains = [DataDomain],
    };
}
