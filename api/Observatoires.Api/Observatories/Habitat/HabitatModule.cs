using Npgsql;
using Observatoires.Api.Observatories.Habitat.Plh;
using Observatoires.Api.Observatories.Habitat.Prix;
using Observatoires.Api.Platform.Indicators;
using Observatoires.Api.Platform.Indicators.Catalogue;
using Observatoires.Api.Platform.Indicators.Values;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.Habitat;

/// <summary>
/// Observatoire de l'habitat: the housing stock, vacancy, social housing, construction, energy-inefficient dwellings and
/// households as indicators; property prices computed from the DVF sales over any zone, under statistical secrecy; the
/// follow-up of the PLH objectives.
/// </summary>
internal sealed class HabitatModule : IObservatoryModule, ICommuneContourFollower
{
    public const string Slug = "habitat";
    public const string DataDomain = "habitat";

    public string Name => "Observatoire de l'habitat";

    public string Description => Observatory.Description;

    public IReadOnlyList<Type> Endpoints =>
    [
        typeof(Prix.GetPrices.Endpoint), typeof(Prix.GetPrices.Request.Validator),
        typeof(Prix.GetPriceDistribution.Endpoint), typeof(Prix.GetPriceDistribution.Request.Validator),
        typeof(Prix.ImportDvfSales.Endpoint), typeof(Prix.ImportDvfSales.Request.Validator),
        typeof(Plh.GetPlh.Endpoint), typeof(Plh.GetPlh.Request.Validator),
        typeof(Plh.SetPlhObjective.Endpoint), typeof(Plh.SetPlhObjective.Request.Validator),
    ];

    public void AddServices(IServiceCollection services) { }

    public ObservatoryDefinition Observatory { get; } = new(
        Slug,
        "Observatoire de l'habitat",
        "Parc de logements, vacance, logement social, construction neuve, passoires thermiques et desserrement des ménages ; " +
        "prix immobiliers calculés des ventes DVF sur tout territoire, sous secret statistique ; suivi des objectifs du PLH.",
        10,
        HabitatIndicators.Themes,
        HabitatIndicators.All)
    {
        // What the catalogue and /catalog add to its datasets: EU data themes, and words technicians search with.
        DataThemes = [EuDataTheme.Soci, EuDataTheme.Regi],
        Keywords = ["logement", "habitat", "prix immobiliers", "DVF", "logement social", "PLH"],
    };

    public IEnumerable<ValueRow> DemoValues(DemoTerritory territory) => DemoIndicators.Generate(territory);

    string? IObservatoryModule.DataDomain => DataDomain;

    string ICommuneContourFollower.DataDomain => DataDomain;

    public async Task<int> SeedDemoDataAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DemoTerritory territory) =>
        await DemoSales.SeedAsync(connection, transaction, territory) + await DemoPlh.SeedAsync(connection, transaction);

    /// <summary>The demo sales move inside their communes' new contours (their statistics do not change: they stay in their commune).</summary>
    public Task<int> FollowCommuneContoursAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyCollection<string> communes) =>
        DemoSales.PlaceAsync(connection, transaction, communes);
}
