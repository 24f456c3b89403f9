using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Geo.Layers;

namespace Observatoires.Api.Platform.Territories.Layers;

/// <summary>The territories as OGC API - Features collections: communes, EPCIs, groupements and QPVs.</summary>
internal static class TerritoryLayers
{
    public static IReadOnlyList<LayerDefinition> All { get; } =
    [
        Level("communes", "commune", "Communes",
            "Les communes du territoire de l'agence et de son périmètre d'étude, avec leur EPCI et leur population.",
            withEpci: true),
        Level("epci", "epci", "EPCI",
            "Établissements publics de coopération intercommunale (communautés d'agglomération et de communes), " +
            "unions de leurs communes.", withEpci: false),
        Level("groupements", "groupement", "Groupements",
            "Groupements d'EPCI suivis par l'agence (AULA, pôle métropolitain, PETR...), unions de leurs communes.",
            withEpci: false),
        new()
        {
            Id = "qpv",
            Title = "Quartiers prioritaires (QPV)",
            Description = "Les quartiers prioritaires de la politique de la ville (géographie 2024), avec leur(s) commune(s) et " +
                          "leur EPCI ; contours de démonstration dessinés dans leurs communes tant que le fichier de l'ANCT " +
                          "n'est pas importé.",
            GeometryType = "MultiPolygon",
            Source = SqlResource.Get("Platform/Territories/Layers/Qpv.sql"),
            Properties =
            [
                new("code", PropertyType.String, "Code du quartier (géographie prioritaire 2024, ex. QN06201M)."),
                new("name", PropertyType.String, "Nom du quartier."),
                new("population", PropertyType.Integer, "Population du quartier."),
                new("communes", PropertyType.String, "Identifiants des communes où il se trouve (commune:code INSEE, séparés par des virgules)."),
                new("epci", PropertyType.String, "Identifiant de l'EPCI d'appartenance (epci:SIREN)."),
            ],
            DefaultSort = ["code"],
            DataDomains = [TerritoryGeometry.DataDomain],
            Generalised = true,
        },
    ];

    private static LayerDefinition Level(string id, string level, string title, string description, bool withEpci) => new()
    {
        Id = id,
        Title = title,
        Description = description,
        GeometryType = "MultiPolygon",
        Source = SqlResource.Get("Platform/Territories/Layers/Source.sql").Replace("{level}", level, StringComparison.Ordinal),
        Properties =
        [
            new("code", PropertyType.String, "Code officiel (INSEE pour les communes, SIREN pour les EPCI)."),
            new("name", PropertyType.String, "Nom."),
            new("population", PropertyType.Integer, "Population municipale."),
            .. withEpci ? new[] { new LayerProperty("epci", PropertyType.String, "Identifiant de l'EPCI d'appartenance (epci:SIREN).") } : [],
        ],
        DefaultSort = ["code"],
        DataDomains = [TerritoryGeometry.DataDomain],
        Generalised = true,
    };
}
