using Observatoires.Api.Platform.Indicators;
using Observatoires.Api.Platform.Indicators.Catalogue;
using Observatoires.Api.Platform.Indicators.Values;

namespace Observatoires.Api.Observatories.Transitions;

/// <summary>
/// Transitions territoriales: the Donut (each dimension a catalogue indicator with a social floor or an ecological
/// ceiling, and how far a territory is beyond it) and the risk matrix (risks × territories, exposure × vulnerability).
/// Both read catalogue indicators through the platform's value engine; the module declares the indicators the
/// catalogue lacks (per-inhabitant figures, exposures), with demo values.
/// </summary>
internal sealed class TransitionsModule : IObservatoryModule
{
    public const string Slug = "transitions";
    public const string DataDomain = "transitions";

    public string Name => "Transitions territoriales";

    public string Description => Observatory.Description;

    public IReadOnlyList<Type> Endpoints =>
    [
        typeof(GetDonut.Endpoint), typeof(GetDonut.Request.Validator),
        typeof(GetDonutDimensions.Endpoint),
        typeof(SetDonutDimensions.Endpoint), typeof(SetDonutDimensions.Request.Validator),
        typeof(GetRiskMatrix.Endpoint), typeof(GetRiskMatrix.Request.Validator),
    ];

    public void AddServices(IServiceCollection services) { }

    public ObservatoryDefinition Observatory { get; } = new(
        Slug,
        "Observatoire des transitions territoriales",
        "Le Donut du territoire (plancher social et plafond écologique, d'après Kate Raworth) et la matrice des risques " +
        "(inondation, affaissement minier, risque industriel, chaleur, sécheresse, argiles) : exposition × vulnérabilité.",
        19,
        TransitionsIndicators.Themes,
        TransitionsIndicators.Definitions)
    {
        // What the catalogue and /catalog add to its datasets: EU data themes, and words technicians search with.
        DataThemes = [EuDataTheme.Envi, EuDataTheme.Ener],
        Keywords = ["transition écologique", "donut", "risques", "projections 2050"],
    };

    public IEnumerable<ValueRow> DemoValues(DemoTerritory territory) => TransitionsIndicators.DemoValues(territory);

    string? IObservatoryModule.DataDomain => DataDomain;
}
