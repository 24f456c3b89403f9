using Npgsql;
using Observatoires.Api.Platform;
using Observatoires.Api.Platform.Geo.Layers;
using Observatoires.Api.Platform.Indicators;
using Observatoires.Api.Platform.Indicators.Catalogue;
using Observatoires.Api.Platform.Indicators.Values;

namespace Observatoires.Api.Observatories.Energie;

/// <summary>
/// Observatoire de l'énergie: the energy accounts of the communes (consumption by sector and energy, production by
/// source, emissions), the decarbonised balance, the production sites, and the Toile énergétique® of the industrial
/// energy system.
/// </summary>
internal sealed class EnergieModule : IObservatoryModule, ILayerModule
{
    public const string Slug = "energie";
    public const string DataDomain = "energie";

    public string Name => "Énergie";

    public string Description => Observatory.Description;

    public IReadOnlyList<Type> Endpoints =>
    [
        typeof(Toile.GetToile.Endpoint),
        typeof(Toile.GetToileEdges.Endpoint), typeof(Toile.GetToileEdges.Request.Validator),
        typeof(Toile.GetToileNeighbourhood.Endpoint),
        typeof(Toile.GetToileSynergies.Endpoint), typeof(Toile.GetToileSynergies.Request.Validator),
    ];

    public void AddServices(IServiceCollection services) { }

    public ObservatoryDefinition Observatory { get; } = new(
        Slug,
        "Énergie",
        "Les consommations d'énergie par secteur et par énergie, la production renouvelable et de récupération par filière, " +
        "le bilan décarboné, les sites de production et la Toile énergétique® des sites industriels.",
        6,
        [new("consommation", "Consommation"), new("production", "Production"), new("emissions", "Émissions")],
        []);

    public IEnumerable<ValueRow> DemoValues(DemoTerritory territory) => [];

    public IReadOnlyList<LayerDefinition> Layers => [];

    string? IObservatoryModule.DataDomain => DataDomain;

    public async Task<int> SeedDemoDataAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DemoTerritory territory) =>
        await Toile.DemoToile.SeedAsync(connection, transaction, territory);
}
