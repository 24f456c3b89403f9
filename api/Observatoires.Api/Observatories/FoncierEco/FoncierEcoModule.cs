using Dapper;
using Npgsql;
using Observatoires.Api.Platform;
using Observatoires.Api.Platform.Geo.Layers;
using Observatoires.Api.Platform.Indicators;
using Observatoires.Api.Platform.Indicators.Catalogue;
using Observatoires.Api.Platform.Indicators.Values;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.FoncierEco;

/// <summary>Observatoire du foncier économique: business parks and their lots, updated day by day by the EPCIs.</summary>
internal sealed class FoncierEcoModule : IObservatoryModule, ILayerModule, ICommuneContourFollower
{
    public const string Slug = "foncier-eco";

    public string Name => "Foncier économique";

    public string Description => Observatory.Description;

    public IReadOnlyList<Type> Endpoints =>
    [
        typeof(GetParks.Endpoint), typeof(GetParks.Request.Validator), typeof(GetLots.Endpoint), typeof(GetLots.Request.Validator),
        typeof(GetLot.Endpoint),
        typeof(UpdateLot.Endpoint), typeof(UpdateLot.Request.Validator),
        typeof(SplitLot.Endpoint), typeof(SplitLot.Request.Validator),
        typeof(CreateLot.Endpoint), typeof(CreateLot.Request.Validator),
        typeof(RetireLot.Endpoint),
    ];

    public void AddServices(IServiceCollection services) { }

    private const string Source = "Observatoire du foncier économique (EPCI, AULA ; données de démonstration)";

    private static IndicatorDefinition Area(string code, string label, string definition, bool? higherIsBetter) => new()
    {
        Code = $"foncier_eco.{code}",
        Theme = "surfaces",
        Label = label,
        Definition = definition,
        Unit = "ha",
        Decimals = 1,
        Source = Source,
        Aggregation = Aggregation.Sum,
        HigherIsBetter = higherIsBetter,
    };

    public ObservatoryDefinition Observatory { get; } = new(
        Slug,
        "Foncier économique",
        "Les zones d'activités et leurs lots : surfaces occupées, disponibles, réserves et friches, mises à jour par les EPCI.",
        4,
        [new("surfaces", "Surfaces"), new("occupation", "Occupation")],
        [
            Area("surface_totale_ha", "Surface des zones d'activités", "Surface des lots des zones d'activités économiques.", null),
            Area("surface_occupee_ha", "Surface occupée", "Surface des lots occupés par une entreprise.", null) with { HeadlineOrder = 2 },
            Area("surface_disponible_ha", "Foncier disponible aménagé", "Surface des lots aménagés libres : disponibles ou en commercialisation.", true) with { HeadlineOrder = 1 },
            Area("surface_reserve_ha", "Réserves foncières non aménagées", "Surface des lots en réserve, non encore aménagés.", null),
            Area("surface_friche_ha", "Friches en zone d'activités", "Surface des lots en friche dans les zones d'activités.", false),
            new()
            {
                Code = "foncier_eco.taux_occupation", Theme = "occupation", Label = "Taux d'occupation des zones d'activités",
                Definition = "Surface occupée rapportée à la surface des lots (Σ occupée / Σ totale).", Unit = "%", Decimals = 1,
                Source = Source, Aggregation = Aggregation.Ratio, RatioScale = 100, HigherIsBetter = true,
            },
            new()
            {
                Code = "foncier_eco.nombre_etablissements", Theme = "occupation", Label = "Établissements en zone d'activités",
                Definition = "Nombre de lots occupés par une entreprise.", Unit = "établissements", Source = Source,
                Aggregation = Aggregation.Sum, HigherIsBetter = true,
            },
        ])
    {
        // What the catalogue and /catalog add to its datasets: EU data themes, and words technicians search with.
        DataThemes = [EuDataTheme.Econ, EuDataTheme.Regi],
        Keywords = ["foncier économique", "zones d'activité", "disponibilités foncières"],
    };

    public IEnumerable<ValueRow> DemoValues(DemoTerritory territory) => [];

    public IReadOnlyList<LayerDefinition> Layers => [FoncierEcoLayers.Parks, FoncierEcoLayers.Lots, FoncierEcoLayers.Occupants];

    public string DataDomain => FoncierEcoLayers.DataDomain;

    public async Task<int> SeedDemoDataAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DemoTerritory territory)
    {
        var added = await DemoParks.SeedAsync(connection, transaction, territory);
        if (added > 0)
            await FoncierIndicators.RecomputeAsync(connection, transaction, [.. territory.Communes.Select(c => c.Id)]);
        return added;
    }

    /// <summary>The demo parks and their lots move inside their communes' new contours; lot areas, hence the indicators, change.</summary>
    public async Task<int> FollowCommuneContoursAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyCollection<string> communes)
    {
        var (parks, lots) = await DemoParks.PlaceAsync(connection, transaction, communes);
        if (parks > 0)
            await FoncierIndicators.RecomputeAsync(connection, transaction, communes);
        return parks + lots;
    }
}
