using Dapper;
using Npgsql;
using Observatoires.Api.Platform;
using Observatoires.Api.Platform.Geo.Layers;
using Observatoires.Api.Platform.Indicators;
using Observatoires.Api.Platform.Indicators.Catalogue;
using Observatoires.Api.Platform.Indicators.Values;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.FoncierAgricole;

/// <summary>
/// Observatoire du foncier agricole (CABBALR, with its Projet Alimentaire Territorial): twenty indicators of agricultural
/// land and activity per commune over the censuses and the yearly sources (SAU, farms and their size, age of the farm
/// heads, land changing hands, organic farming, short supply chains), with the census's secrecy, and the
/// short-supply-chain outlets as a layer.
/// </summary>
internal sealed class FoncierAgricoleModule : IObservatoryModule, ILayerModule, ICommuneContourFollower
{
    public const string Slug = "foncier-agricole";

    public const string Cabbalr = "epci:200072460";

    public string Name => "FoncierAgricole";

    public string Description => Observatory.Description;

    public IReadOnlyList<Type> Endpoints =>
    [
        typeof(ImportOutlets.Endpoint), typeof(ImportOutlets.Request.Validator),
    ];

    public void AddServices(IServiceCollection services) { }

    public ObservatoryDefinition Observatory { get; } = new(
        Slug,
        "Observatoire du foncier agricole",
        "Le foncier et l'activité agricoles de la CABBALR, au service de son Projet Alimentaire Territorial : surface agricole utilisée, " +
        "exploitations et leur taille, âge des exploitants et transmission, ventes de terres agricoles, agriculture biologique, circuits " +
        "courts et leurs points de vente, d'un recensement agricole à l'autre.",
        16,
        FoncierAgricoleIndicators.Themes,
        FoncierAgricoleIndicators.Definitions)
    {
        // What the catalogue and /catalog add to its datasets: EU data themes, and words technicians search with.
        DataThemes = [EuDataTheme.Agri],
        Keywords = ["agriculture", "foncier agricole", "exploitations agricoles", "circuits courts"],
    };

    // The values need the communes' areas (their contours): SeedDemoDataAsync writes them.
    public IEnumerable<ValueRow> DemoValues(DemoTerritory territory) => [];

    public IReadOnlyList<LayerDefinition> Layers => [FoncierAgricoleLayers.Outlets];

    public string DataDomain => FoncierAgricoleLayers.DataDomain;

    public async Task<int> SeedDemoDataAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DemoTerritory territory)
    {
        var communes = await DemoIndicators.CommunesAsync(connection, transaction);
        var added = 0;
        if (!await connection.ExecuteScalarAsync<bool>("select exists (select from platform.indicator_value where indicator_code = @Sau)",
                new { FoncierAgricoleIndicators.Sau }, transaction))
            added += (int)(await ValueWriter.WriteAsync(connection, transaction, DemoIndicators.Generate(communes))).Inserted;
        return added + await DemoOutlets.SeedAsync(connection, transaction, communes);
    }

    /// <summary>The demo outlets move inside their communes' new contours.</summary>
    public Task<int> FollowCommuneContoursAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyCollection<string> communes) =>
        DemoOutlets.PlaceAsync(connection, transaction, communes);
}
