using Npgsql;
using Observatoires.Api.Observatories.Sante.OffreSoins;
using Observatoires.Api.Platform;
using Observatoires.Api.Platform.Geo.Layers;
using Observatoires.Api.Platform.Indicators;
using Observatoires.Api.Platform.Indicators.Catalogue;
using Observatoires.Api.Platform.Indicators.Values;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.Sante;

/// <summary>
/// Observatoire de la santé (CABBALR and CALL, their Contrats Locaux de Santé): the health key figures by CLS theme, per
/// commune, EPCI (each CLS covers its whole EPCI) and any zone, beside the département and the région; the care-supply
/// points as a layer, and their import from the FINESS register.
/// </summary>
internal sealed class SanteModule : IObservatoryModule, ILayerModule, ICommuneContourFollower
{
    public const string Slug = "sante";

    public string Name => "Observatoire de la santé";

    public string Description => Observatory.Description;

    public IReadOnlyList<Type> Endpoints =>
    [
        typeof(GetKeyFigures.Endpoint), typeof(GetKeyFigures.Request.Validator),
        typeof(ImportFiness.Endpoint), typeof(ImportFiness.Request.Validator),
    ];

    public void AddServices(IServiceCollection services) { }

    public ObservatoryDefinition Observatory { get; } = new(
        Slug,
        "Observatoire de la santé",
        "Les chiffres clés des Contrats Locaux de Santé de la CABBALR et de la CALL : données générales (vieillissement, mortalité), " +
        "attractivité et offre de soins (densités de professionnels, médecins de 60 ans ou plus, accès aux urgences), santé des " +
        "personnes démunies, des enfants et des jeunes, santé mentale ; comparés au département et à la région ; l'offre de soins " +
        "sur la carte.",
        11,
        SanteIndicators.Themes,
        SanteIndicators.All)
    {
        // What the catalogue and /catalog add to its datasets: EU data themes, and words technicians search with.
        DataThemes = [EuDataTheme.Heal],
        Keywords = ["santé", "offre de soins", "contrat local de santé", "mortalité"],
    };

    public IEnumerable<ValueRow> DemoValues(DemoTerritory territory) => DemoIndicators.Generate(territory);

    public IReadOnlyList<LayerDefinition> Layers => [CareSupplyLayer.Definition];

    public string DataDomain => CareSupplyLayer.DataDomain;

    public Task<int> SeedDemoDataAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DemoTerritory territory) =>
        DemoCarePoints.SeedAsync(connection, transaction, territory);

    /// <summary>The demo care points move inside their communes' new contours (imported ones never move).</summary>
    public Task<int> FollowCommuneContoursAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyCollection<string> communes) =>
        DemoCarePoints.PlaceAsync(connection, transaction, communes);
}
