using Npgsql;
using Observatoires.Api.Observatories.Mobilite.Cyclable;
using Observatoires.Api.Platform;
using Observatoires.Api.Platform.Geo.Layers;
using Observatoires.Api.Platform.Indicators;
using Observatoires.Api.Platform.Indicators.Catalogue;
using Observatoires.Api.Platform.Indicators.Values;

namespace Observatoires.Api.Observatories.Mobilite;

/// <summary>
/// Observatoire de la mobilité and the follow-up of the mobility plan (PDU): road accidents, above all those
/// involving a pedestrian or a cyclist, and the cycling network to the national data schema.
/// </summary>
internal sealed class MobiliteModule : IObservatoryModule, ILayerModule
{
    public const string Slug = "mobilite";
    public const string DataDomain = "mobilite";

    public string Name => "Mobilité";

    public string Description => Observatory.Description;

    public IReadOnlyList<Type> Endpoints =>
    [
        typeof(Cyclable.GetCycleFacilities.Endpoint), typeof(Cyclable.GetCycleFacilities.Request.Validator),
        typeof(Cyclable.ImportCycleFacilities.Endpoint), typeof(Cyclable.ImportCycleFacilities.Request.Validator),
        typeof(Cyclable.GetCycleNetwork.Endpoint), typeof(Cyclable.GetCycleNetwork.Request.Validator),
        typeof(Cyclable.SetPriorityRoute.Endpoint), typeof(Cyclable.SetPriorityRoute.Request.Validator),
    ];

    public void AddServices(IServiceCollection services) { }

    public ObservatoryDefinition Observatory { get; } = new(
        Slug,
        "Mobilité",
        "Le suivi du plan de mobilité : les accidents de la route, en particulier ceux qui impliquent un piéton ou un cycliste, " +
        "et le réseau cyclable au standard national.",
        7,
        [new("accidents", "Accidentalité"), new("cyclable", "Réseau cyclable")],
        [
            .. CyclableIndicators.Definitions,
        ]);

    public IEnumerable<ValueRow> DemoValues(DemoTerritory territory) => [];

    public IReadOnlyList<LayerDefinition> Layers =>
    [
        CyclableLayer.Definition,
    ];

    string? IObservatoryModule.DataDomain => DataDomain;

    public async Task<int> SeedDemoDataAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DemoTerritory territory)
    {
        var added = 0;
        added += await DemoNetwork.SeedAsync(connection, transaction, territory);
        return added;
    }
}
