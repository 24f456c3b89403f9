using Observatoires.Api.Platform.Geo.Layers;
using Observatoires.Api.Platform.Indicators.Catalogue;

namespace Observatoires.Tests.Infrastructure.TestObservatory;

/// <summary>The test observatory's layers: public points, the same points with a partner-only figure, and polygons.</summary>
internal static class TestLayers
{
    /// <summary>The establishments, public: dense enough for the tiles' clusters and budget, with a date to filter on.</summary>
    public static LayerDefinition Points { get; } = new()
    {
        Id = "test-points",
        Title = "Établissements de test",
        Description = "Établissements employeurs fictifs, un point chacun (couche publique des tests).",
        GeometryType = "Point",
        Source = "select id, siret, name, naf_section, sector, size_band, commune_id as commune, created_on, geom from test.etablissement",
        Properties =
        [
            new("siret", PropertyType.String, "Numéro SIRET fictif (14 chiffres)."),
            new("name", PropertyType.String, "Dénomination."),
            new("naf_section", PropertyType.String, "Section d'activité (A à U)."),
            new("sector", PropertyType.String, "Libellé de la section d'activité."),
            new("size_band", PropertyType.String, "Tranche d'effectif (1-2 … 250+)."),
            new("commune", PropertyType.String, "Commune (commune:code INSEE)."),
            new("created_on", PropertyType.Date, "Date de création."),
        ],
        TemporalProperty = "created_on",
        DefaultSort = ["commune", "name"],
        DataDomains = [TestObservatoryModule.Domain],
    };

    /// <summary>The same establishments with their exact headcount: partners see those of their territory, the agency all.</summary>
    public static LayerDefinition Headcounts { get; } = new()
    {
        Id = "test-effectifs",
        Title = "Effectifs des établissements de test",
        Description = "Effectif exact de chaque établissement fictif (réservé aux partenaires sur leur territoire et à l'agence).",
        GeometryType = "Point",
        Source = "select id, siret, name, naf_section, headcount, commune_id as commune, geom from test.etablissement",
        Properties =
        [
            new("siret", PropertyType.String, "Numéro SIRET fictif (14 chiffres)."),
            new("name", PropertyType.String, "Dénomination."),
            new("naf_section", PropertyType.String, "Section d'activité (A à U)."),
            new("headcount", PropertyType.Integer, "Effectif exact."),
            new("commune", PropertyType.String, "Commune (commune:code INSEE)."),
        ],
        DefaultSort = ["commune", "name"],
        Confidentiality = Confidentiality.Partner,
        ScopeProperty = "commune",
        DataDomains = [TestObservatoryModule.Domain],
    };

    /// <summary>Small polygons, one in most communes, with a text, a number and a date.</summary>
    public static LayerDefinition Zones { get; } = new()
    {
        Id = "test-zones",
        Title = "Zones de test",
        Description = "Zones fictives, une dans la plupart des communes.",
        GeometryType = "MultiPolygon",
        Source = """
            select z.id, z.name, z.commune_id as commune, z.status,
                   round((st_area(z.geom::geography) / 10000)::numeric, 2)::double precision as area_ha, z.identified_on, z.geom
            from test.zone z
            """,
        Properties =
        [
            new("name", PropertyType.String, "Nom de la zone."),
            new("commune", PropertyType.String, "Commune (commune:code INSEE)."),
            new("status", PropertyType.String, "Statut : reperee, verifiee, en_projet."),
            new("area_ha", PropertyType.Number, "Surface en hectares (calculée sur le contour)."),
            new("identified_on", PropertyType.Date, "Date de repérage."),
        ],
        TemporalProperty = "identified_on",
        DefaultSort = ["commune", "name"],
        DataDomains = [TestObservatoryModule.Domain],
    };
}
