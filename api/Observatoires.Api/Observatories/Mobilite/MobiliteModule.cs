using Npgsql;
using Observatoires.Api.Observatories.Mobilite.Accidents;
using Observatoires.Api.Observatories.Mobilite.Cyclable;
using Observatoires.Api.Observatories.Mobilite.Gares;
using Observatoires.Api.Platform;
using Observatoires.Api.Platform.Geo.Layers;
using Observatoires.Api.Platform.Indicators;
using Observatoires.Api.Platform.Indicators.Catalogue;
using Observatoires.Api.Platform.Indicators.Values;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.Mobilite;

/// <summary>
/// Observatoire de la mobilité and the follow-up of the mobility plan (PDU): road accidents, above all those
/// involving a pedestrian or a cyclist, the cycling network to the national data schema, and the stations.
/// </summary>
internal sealed class MobiliteModule : IObservatoryModule, ILayerModule, ICommuneContourFollower
{
    public const string Slug = "mobilite";
    public const string DataDomain = "mobilite";

    public string Name => "Mobilité";

    public string Description => Observatory.Description;

    public IReadOnlyList<Type> Endpoints =>
    [
        typeof(Accidents.GetAccidents.Endpoint), typeof(Accidents.GetAccidents.Request.Validator),
        typeof(Accidents.GetHotSpots.Endpoint), typeof(Accidents.GetHotSpots.Request.Validator),
        typeof(Accidents.ImportAccidents.Endpoint), typeof(Accidents.ImportAccidents.Request.Validator),
        typeof(Cyclable.GetCycleFacilities.Endpoint), typeof(Cyclable.GetCycleFacilities.Request.Validator),
        typeof(Cyclable.ImportCycleFacilities.Endpoint), typeof(Cyclable.ImportCycleFacilities.Request.Validator),
        typeof(Cyclable.GetCycleNetwork.Endpoint), typeof(Cyclable.GetCycleNetwork.Request.Validator),
        typeof(Cyclable.SetPriorityRoute.Endpoint), typeof(Cyclable.SetPriorityRoute.Request.Validator),
        typeof(Gares.GetStations.Endpoint), typeof(Gares.GetStations.Request.Validator),
        typeof(Gares.ImportStationFigures.Endpoint), typeof(Gares.ImportStationFigures.Request.Validator),
        typeof(Pdu.GetPdu.Endpoint),
        typeof(Pdu.SetPduObjective.Endpoint), typeof(Pdu.SetPduObjective.Request.Validator),
        typeof(Pdu.DeletePduObjective.Endpoint),
    ];

    public void AddServices(IServiceCollection services) { }

    public ObservatoryDefinition Observatory { get; } = new(
        Slug,
        "Mobilité",
        "Le suivi du plan de mobilité : les accidents de la route, en particulier ceux qui impliquent un piéton ou un cycliste, " +
        "et le réseau cyclable au standard national.",
        7,
        [new("accidents", "Accidentalité"), new("cyclable", "Réseau cyclable"), new("gares", "Gares")],
        [
            .. AccidentIndicators.Definitions,
            .. CyclableIndicators.Definitions,
            .. StationIndicators.Definitions,
        ])
    {
        // What the catalogue and /catalog add to its datasets: EU data themes, and words technicians search with.
        DataThemes = [EuDataTheme.Tran],
        Keywords = ["mobilité", "transports", "accidents de la route", "aménagements cyclables", "gares"],
    };

    // The values are derived from the module's tables (SeedDemoDataAsync, imports), not generated.
    public IEnumerable<ValueRow> DemoValues(DemoTerritory territory) => [];

    public IReadOnlyList<LayerDefinition> Layers =>
    [
        AccidentsLayer.Definition,
        CyclableLayer.Definition,
        StationsLayer.Definition,
    ];

    string? IObservatoryModule.DataDomain => DataDomain;

    string ICommuneContourFollower.DataDomain => DataDomain;

    /// <summary>The demo accidents, cycling network and stations (each with its indicators), then the PDU's demo objectives.</summary>
    public async Task<int> SeedDemoDataAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DemoTerritory territory)
    {
        var added = await SeedAccidentsAsync(connection, transaction, territory);
        added += await DemoNetwork.SeedAsync(connection, transaction, territory);
        added += await DemoStations.SeedAsync(connection, transaction, territory);
        added += await Pdu.DemoObjectives.SeedAsync(connection, transaction);
        return added;
    }

    private static async Task<int> SeedAccidentsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DemoTerritory territory)
    {
        var added = await DemoAccidents.SeedAsync(connection, transaction, territory);
        if (added > 0 || await AccidentIndicators.AnyWithoutValuesAsync(connection, transaction))
            await AccidentIndicators.RecomputeAsync(connection, transaction);
        return added;
    }

    /// <summary>
    /// The demo accidents, cycle facilities and stations move inside their communes' new contours: the accidents' and
    /// stations' communes, hence their indicators, do not change; the facilities' lengths do, so the cycling indicators
    /// are recomputed.
    /// </summary>
    public async Task<int> FollowCommuneContoursAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyCollection<string> communes)
    {
        var moved = await DemoAccidents.PlaceAsync(connection, transaction, communes);
        var drawn = await DemoNetwork.PlaceAsync(connection, transaction, communes);
        moved += await DemoStations.PlaceAsync(connection, transaction, communes);
        if (drawn > 0)
            await CyclableIndicators.RecomputeAsync(connection, transaction);
        return moved + drawn;
    }
}
