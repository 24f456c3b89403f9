using Npgsql;
using Observatoires.Api.Platform;
using Observatoires.Api.Platform.Geo.Layers;
using Observatoires.Api.Platform.Indicators;
using Observatoires.Api.Platform.Indicators.Catalogue;
using Observatoires.Api.Platform.Indicators.Values;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.Tourisme;

/// <summary>
/// Observatoire du tourisme (CC des 7 Vallées, CABBALR): the accommodation supply as dated inventories of points with
/// their capacity and tourist beds, the indicators derived from them per commune (capacity by type, beds per 1,000
/// inhabitants as Σ ÷ Σ), and the monthly occupancy of the EPCIs (nights sold ÷ nights offered).
/// </summary>
internal sealed class TourismeModule : IObservatoryModule, ILayerModule, ICommuneContourFollower
{
    public const string Slug = "tourisme";

    public const string Cc7v = "epci:200044030", Cabbalr = "epci:200072460";

    public string Name => "Tourisme";

    public string Description => Observatory.Description;

    public IReadOnlyList<Type> Endpoints =>
    [
        typeof(GetInventories.Endpoint),
        typeof(GetCapacity.Endpoint), typeof(GetCapacity.Request.Validator),
        typeof(GetOccupancy.Endpoint), typeof(GetOccupancy.Request.Validator),
        typeof(ImportInventory.Endpoint), typeof(ImportInventory.Request.Validator),
    ];

    public void AddServices(IServiceCollection services) { }

    public ObservatoryDefinition Observatory { get; } = new(
        Slug,
        "Observatoire du tourisme",
        "L'offre d'hébergement touristique de la CC des 7 Vallées et de la CABBALR : hôtels et campings classés, gîtes, chambres d'hôtes, " +
        "hébergements collectifs et résidences, leur capacité en lits touristiques rapportée à la population, et la fréquentation " +
        "saisonnière (taux d'occupation mensuel).",
        17,
        [new("capacite", "Capacité d'accueil"), new("types", "Types d'hébergement"), new("frequentation", "Fréquentation")],
        TourismeIndicators.Definitions)
    {
        // What the catalogue and /catalog add to its datasets: EU data themes, and words technicians search with.
        DataThemes = [EuDataTheme.Econ],
        Keywords = ["tourisme", "hébergements touristiques", "fréquentation"],
    };

    // The values are derived from the inventories and the occupancy (SeedDemoDataAsync, imports), not generated.
    public IEnumerable<ValueRow> DemoValues(DemoTerritory territory) => [];

    public IReadOnlyList<LayerDefinition> Layers => [TourismeLayers.Accommodations];

    public string DataDomain => TourismeLayers.DataDomain;

    public async Task<int> SeedDemoDataAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DemoTerritory territory)
    {
        var added = await DemoAccommodation.SeedAsync(connection, transaction, territory);
        if (added > 0)
            await TourismeIndicators.RecomputeAsync(connection, transaction);
        return added;
    }

    /// <summary>The demo establishments move inside their communes' new contours; their communes, hence the indicators, do not change.</summary>
    public Task<int> FollowCommuneContoursAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyCollection<string> communes) =>
        DemoAccommodation.PlaceAsync(connection, transaction, communes);
}
