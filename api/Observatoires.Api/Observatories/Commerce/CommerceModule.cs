using Npgsql;
using Observatoires.Api.Platform;
using Observatoires.Api.Platform.Geo.Layers;
using Observatoires.Api.Platform.Indicators;
using Observatoires.Api.Platform.Indicators.Catalogue;
using Observatoires.Api.Platform.Indicators.Values;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.Commerce;

/// <summary>
/// Observatoire du commerce: the field surveys of the shopping streets (cells, their activity and status, dated vintages
/// compared cell by cell), the centralities and the programmes they belong to (ACV, PVD, villages d'avenir), and the
/// indicators derived from the cells (vacancy, outlets per 1,000 inhabitants, share of food).
/// </summary>
internal sealed class CommerceModule : IObservatoryModule, ILayerModule, ICommuneContourFollower
{
    public const string Slug = "commerce";

    public string Name => "Commerce";

    public string Description => Observatory.Description;

    public IReadOnlyList<Type> Endpoints =>
    [
        typeof(GetSurveys.Endpoint),
        typeof(GetCentralities.Endpoint), typeof(GetCentralities.Request.Validator),
        typeof(GetCentrality.Endpoint),
        typeof(GetProgrammes.Endpoint),
        typeof(CompareSurveys.Endpoint), typeof(CompareSurveys.Request.Validator),
        typeof(ImportSurvey.Endpoint), typeof(ImportSurvey.Request.Validator),
    ];

    public void AddServices(IServiceCollection services) { }

    public ObservatoryDefinition Observatory { get; } = new(
        Slug,
        "Observatoire du commerce",
        "L'offre commerciale des centralités du périmètre de l'AULA relevée sur le terrain : cellules actives, vacantes ou en travaux, " +
        "activités, évolution d'un relevé à l'autre, et les centralités des programmes Action Cœur de Ville, Petites Villes de Demain et " +
        "Villages d'avenir.",
        9,
        [new("vacance", "Vacance commerciale"), new("offre", "Offre commerciale"), new("activites", "Activités")],
        CommerceIndicators.Definitions)
    {
        // What the catalogue and /catalog add to its datasets: EU data themes, and words technicians search with.
        DataThemes = [EuDataTheme.Econ],
        Keywords = ["commerce", "vacance commerciale", "centralités", "cellules commerciales"],
    };

    // The values are derived from the cells (SeedDemoDataAsync, imports), not generated.
    public IEnumerable<ValueRow> DemoValues(DemoTerritory territory) => [];

    public IReadOnlyList<LayerDefinition> Layers => [CommerceLayers.Cells, CommerceLayers.Centralities];

    public string DataDomain => CommerceLayers.DataDomain;

    public async Task<int> SeedDemoDataAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DemoTerritory territory)
    {
        var added = await DemoSurveys.SeedAsync(connection, transaction, territory);
        if (added > 0)
            await CommerceIndicators.RecomputeAsync(connection, transaction);
        return added;
    }

    /// <summary>The demo cells and centralities move inside their communes' new contours; their communes, hence the indicators, do not change.</summary>
    public Task<int> FollowCommuneContoursAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyCollection<string> communes) =>
        DemoSurveys.PlaceAsync(connection, transaction, communes);
}
