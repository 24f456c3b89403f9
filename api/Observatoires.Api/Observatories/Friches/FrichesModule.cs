using Dapper;
using Npgsql;
using Observatoires.Api.Platform;
using Observatoires.Api.Platform.Geo.Layers;
using Observatoires.Api.Platform.Indicators;
using Observatoires.Api.Platform.Indicators.Catalogue;
using Observatoires.Api.Platform.Indicators.Values;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.Friches;

/// <summary>Observatoire des friches: brownfield sites, their mutability score and vocations, their follow-up with the EPCIs.</summary>
internal sealed class FrichesModule : IObservatoryModule, ILayerModule, ICommuneContourFollower
{
    public const string Slug = "friches";

    public string Name => "Friches";

    public string Description => Observatory.Description;

    public IReadOnlyList<Type> Endpoints =>
    [
        typeof(GetSites.Endpoint), typeof(GetSites.Request.Validator),
        typeof(GetSite.Endpoint),
        typeof(ChangeStatus.Endpoint), typeof(ChangeStatus.Request.Validator),
        typeof(ScoreWhatIf.Endpoint), typeof(ScoreWhatIf.Request.Validator),
    ];

    public void AddServices(IServiceCollection services) { }

    private const string Source = "Observatoire des friches de l'AULA (repérage, vérification de terrain ; données de démonstration)";

    public ObservatoryDefinition Observatory { get; } = new(
        Slug,
        "Friches",
        "Les friches repérées, vérifiées et caractérisées, leur potentiel de reconquête (score de mutabilité, vocations) " +
        "et leur suivi avec les EPCI.",
        3,
        [new("stock", "Friches recensées"), new("reconversion", "Reconversion")],
        [
            new()
            {
                Code = "friches.nombre", Theme = "stock", Label = "Friches recensées",
                Definition = "Sites en friche recensés au 31 décembre : repérés, ni reconvertis ni abandonnés.",
                Unit = "sites", Source = Source, Aggregation = Aggregation.Sum, HigherIsBetter = false, HeadlineOrder = 1,
            },
            new()
            {
                Code = "friches.surface_ha", Theme = "stock", Label = "Surface en friche",
                Definition = "Surface des sites en friche recensés au 31 décembre, calculée sur leur contour.",
                Unit = "ha", Decimals = 1, Source = Source, Aggregation = Aggregation.Sum, HigherIsBetter = false,
            },
            new()
            {
                Code = "friches.surface_reconvertie_ha", Theme = "reconversion", Label = "Surface de friches reconverties",
                Definition = "Surface des sites passés au statut « reconvertie » dans l'année.",
                Unit = "ha", Decimals = 1, Source = Source, Aggregation = Aggregation.Sum, HigherIsBetter = true,
            },
        ])
    {
        // What the catalogue and /catalog add to its datasets: EU data themes, and words technicians search with.
        DataThemes = [EuDataTheme.Envi, EuDataTheme.Regi],
        Keywords = ["friches", "reconversion", "sobriété foncière", "recyclage foncier"],
    };

    // The values are derived from the sites (SeedDemoDataAsync), not generated.
    public IEnumerable<ValueRow> DemoValues(DemoTerritory territory) => [];

    public IReadOnlyList<LayerDefinition> Layers => [FrichesLayer.Definition];

    public string DataDomain => FrichesLayer.DataDomain;

    public async Task<int> SeedDemoDataAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DemoTerritory territory)
    {
        var added = await DemoSites.SeedAsync(connection, transaction, territory);
        if (added > 0)
            await FricheIndicators.RecomputeAsync(connection, transaction);
        return added;
    }

    /// <summary>The demo sites move inside their communes' new contours; their areas, hence the indicators, change.</summary>
    public async Task<int> FollowCommuneContoursAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyCollection<string> communes)
    {
        var placed = await DemoSites.PlaceAsync(connection, transaction, communes);
        if (placed > 0)
            await FricheIndicators.RecomputeAsync(connection, transaction);
        return placed;
    }
}
