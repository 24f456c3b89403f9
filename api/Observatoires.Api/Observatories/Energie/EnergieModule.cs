using Npgsql;
using Observatoires.Api.Observatories.Energie.Sites;
using Observatoires.Api.Platform;
using Observatoires.Api.Platform.Geo.Layers;
using Observatoires.Api.Platform.Indicators;
using Observatoires.Api.Platform.Indicators.Catalogue;
using Observatoires.Api.Platform.Indicators.Values;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.Energie;

/// <summary>
/// Observatoire de l'énergie: the energy accounts of the communes (consumption by sector and energy, production by
/// source, emissions), the decarbonised balance, the production sites, and the Toile énergétique® of the industrial
/// energy system.
/// </summary>
internal sealed class EnergieModule : IObservatoryModule, ILayerModule, ICommuneContourFollower
{
    public const string Slug = "energie";
    public const string DataDomain = "energie";

    public string Name => "Énergie";

    public string Description => Observatory.Description;

    public IReadOnlyList<Type> Endpoints =>
    [
        typeof(Sites.GetProductionSites.Endpoint), typeof(Sites.GetProductionSites.Request.Validator),
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

    public IReadOnlyList<LayerDefinition> Layers => [SitesLayers.Public, SitesLayers.Partners];

    string? IObservatoryModule.DataDomain => DataDomain;

    string ICommuneContourFollower.DataDomain => DataDomain;

    public async Task<int> SeedDemoDataAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DemoTerritory territory)
    {
        var added = 0;
        added += await DemoSites.SeedAsync(connection, transaction, territory);
        return added;
    }

    /// <summary>The demo objects placed inside their communes move inside the new contours.</summary>
    public async Task<int> FollowCommuneContoursAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyCollection<string> communes)
    {
        var placed = 0;
        placed += await DemoSites.PlaceAsync(connection, transaction, communes);
        return placed;
    }
}
