using Observatoires.Api.Platform.Geo.Layers;

namespace Observatoires.Api.Observatories.Friches;

/// <summary>The brownfields as polygons: the layer of the observatory in OGC API Features and on the map.</summary>
internal static class FrichesLayer
{
    public const string DataDomain = "friches";

    public static LayerDefinition Definition { get; } = new()
    {
        Id = "friches-sites",
        Title = "Friches",
        Description = "Sites en friche repérés, vérifiés sur le terrain et caractérisés par l'agence, avec leur statut de suivi " +
                      "(données de démonstration).",
        GeometryType = "MultiPolygon",
        Source = """
            select s.id, s.name, s.commune_id as commune, s.former_activity, s.status, s.planning_zone, s.pollution,
                   round((st_area(s.geom::geography) / 10000)::numeric, 2)::double precision as area_ha,
                   s.identified_on, s.status_changed_on, s.geom
            from friches.site s
            """,
        Properties =
        [
            new("name", PropertyType.String, "Nom du site."),
            new("commune", PropertyType.String, "Commune (commune:code INSEE)."),
            new("former_activity", PropertyType.String, "Activité passée."),
            new("status", PropertyType.String, "Statut : identifiee, verifiee_terrain, caracterisee, en_projet, reconvertie, abandonnee."),
            new("planning_zone", PropertyType.String, "Zonage du document d'urbanisme (U, AU, A, N)."),
            new("pollution", PropertyType.String, "Pollution des sols : known, suspected, none, unknown."),
            new("area_ha", PropertyType.Number, "Surface en hectares (calculée sur le contour)."),
            new("identified_on", PropertyType.Date, "Date de repérage."),
            new("status_changed_on", PropertyType.Date, "Date du dernier changement de statut."),
        ],
        TemporalProperty = "identified_on",
        DefaultSort = ["commune", "name"],
        DataDomains = [DataDomain],
    };
}
