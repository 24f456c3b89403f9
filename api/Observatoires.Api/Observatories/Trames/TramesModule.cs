using Npgsql;
using Observatoires.Api.Platform;
using Observatoires.Api.Platform.Geo.Layers;
using Observatoires.Api.Platform.Indicators;
using Observatoires.Api.Platform.Indicators.Catalogue;
using Observatoires.Api.Platform.Indicators.Values;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.Trames;

/// <summary>
/// Observatoire des trames écologiques de la CALL: the green, blue, night and agricultural networks (reservoirs of
/// biodiversity, corridors) as layers, kept alive by the partners' change requests that the agency reviews, each
/// accepted change integrated with the element's history.
/// </summary>
internal sealed class TramesModule : IObservatoryModule, ILayerModule, ICommuneContourFollower
{
    public const string Slug = "trames";

    public string Name => "Trames";

    public string Description => Observatory.Description;

    public IReadOnlyList<Type> Endpoints =>
    [
        typeof(ProposeChange.Endpoint), typeof(ProposeChange.Request.Validator),
        typeof(GetChangeRequests.Endpoint), typeof(GetChangeRequests.Request.Validator),
        typeof(GetChangeRequest.Endpoint),
        typeof(ReviewChangeRequest.Endpoint), typeof(ReviewChangeRequest.Request.Validator),
        typeof(GetElementHistory.Endpoint),
        typeof(ImportNetwork.Endpoint), typeof(ImportNetwork.Request.Validator),
    ];

    public void AddServices(IServiceCollection services) { }

    public ObservatoryDefinition Observatory { get; } = new(
        Slug,
        "Observatoire des trames écologiques",
        "Les trames verte, bleue, noire et agricole de la Communauté d'agglomération de Lens-Liévin : réservoirs de biodiversité et " +
        "corridors écologiques, tenus à jour avec les partenaires, qui proposent des modifications que l'agence examine.",
        15,
        [new("trames", "Trames écologiques")],
        TramesIndicators.Definitions)
    {
        // What the catalogue and /catalog add to its datasets: EU data themes, and words technicians search with.
        DataThemes = [EuDataTheme.Envi],
        Keywords = ["biodiversité", "trame verte et bleue", "trame noire", "continuités écologiques"],
    };

    // The values are derived from the elements (seed, accepted requests, imports), not generated.
    public IEnumerable<ValueRow> DemoValues(DemoTerritory territory) => [];

    public IReadOnlyList<LayerDefinition> Layers => TramesLayers.All;

    public string DataDomain => TramesLayers.DataDomain;

    public async Task<int> SeedDemoDataAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DemoTerritory territory)
    {
        var added = await DemoElements.SeedAsync(connection, transaction, territory);
        if (added > 0)
            await TramesIndicators.RecomputeAsync(connection, transaction);
        return added;
    }

    /// <summary>The demo elements move inside their communes' new contours, and the surfaces and lengths with them.</summary>
    public async Task<int> FollowCommuneContoursAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyCollection<string> communes)
    {
        var moved = await DemoElements.PlaceAsync(connection, transaction, communes);
        if (moved > 0)
            await TramesIndicators.RecomputeAsync(connection, transaction);
        return moved;
    }
}
