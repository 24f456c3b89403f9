using Observatoires.Api.Platform.Geo.Layers;

namespace Observatoires.Api.Observatories.Trames;

/// <summary>
/// Each network of the CALL as two OGC collections, its reservoirs of biodiversity (polygons) and its corridors (lines):
/// the elements as they stand, accepted changes included, removed ones left out. Who proposed a change is not a column
/// of these sources: it is in the element's history, for the agency.
/// </summary>
internal static class TramesLayers
{
    public const string DataDomain = "trames";

    /// <summary>The collection id of a network's elements of one kind: trames-verte-reservoirs, trames-bleue-corridors...</summary>
    public static string IdOf(string network, string kind) => $"trames-{network}-{kind}s";

    private static readonly IReadOnlyList<LayerProperty> Properties =
    [
        new("network", PropertyType.String, "Trame : verte, bleue, noire, agricole."),
        new("kind", PropertyType.String, "Type d'élément : reservoir (réservoir de biodiversité) ou corridor (corridor écologique)."),
        new("name", PropertyType.String, "Nom de l'élément."),
        new("status", PropertyType.String, "Statut : existant, a_preserver, a_restaurer, a_creer."),
        new("status_label", PropertyType.String, "Statut en clair."),
        new("source", PropertyType.String, "Source de la géométrie et des attributs."),
        new("commune", PropertyType.String, "Commune où se trouve l'élément (commune:code INSEE), celle dont relève une demande de modification."),
        new("version", PropertyType.Integer, "Version de l'élément (1 à sa création, +1 à chaque modification acceptée)."),
        new("updated_at", PropertyType.DateTime, "Date de la dernière modification."),
    ];

    private static LayerDefinition Layer(Term network, Term kind) => new()
    {
        Id = IdOf(network.Code, kind.Code),
        Title = $"{network.Label} : {(kind.Code == "reservoir" ? "réservoirs de biodiversité" : "corridors écologiques")}",
        Description = $"{network.Label} de la Communauté d'agglomération de Lens-Liévin : ses " +
                      (kind.Code == "reservoir" ? "réservoirs de biodiversité (polygones)" : "corridors écologiques (lignes)") +
                      ", avec leur nom, leur statut et leur source. Tenue à jour par les demandes de modification des partenaires " +
                      "acceptées par l'agence. Géométries de démonstration tant que la trame réelle n'est pas importée.",
        GeometryType = kind.Code == "reservoir" ? "MultiPolygon" : "MultiLineString",
        Source = $"""
            select e.id, e.network, e.kind, e.name, e.status, st.label as status_label, e.source, e.commune_id as commune, e.version,
                   e.updated_at, e.geom
            from trames.element e
            join (values {string.Join(", ", Vocabulary.Statuses.Select(s => $"('{s.Code}', '{s.Label.Replace("'", "''", StringComparison.Ordinal)}')"))}) as st (code, label)
              on st.code = e.status
            where e.retired_at is null and e.network = '{network.Code}' and e.kind = '{kind.Code}'
            """,
        Properties = Properties,
        TemporalProperty = "updated_at",
        DefaultSort = ["name"],
        DataDomains = [DataDomain],
    };

    public static IReadOnlyList<LayerDefinition> All { get; } =
        [.. Vocabulary.Networks.SelectMany(n => Vocabulary.Kinds.Select(k => Layer(n, k)))];
}
