using Observatoires.Api.Platform.Indicators;
using Observatoires.Api.Platform.Indicators.Catalogue;
using Observatoires.Api.Platform.Indicators.Values;

namespace Observatoires.Api.Observatories.Social;

/// <summary>
/// Observatoire social: the income distribution (deciles, median, interdecile ratio: stored per level, never
/// aggregated), poverty, minimum-income beneficiaries, single-parent families and people living alone, under the
/// secrecy of the tax-income source; the Filosofi importer.
/// </summary>
internal sealed class SocialModule : IObservatoryModule
{
    public const string Slug = "social";

    public string Name => "Observatoire social";

    public string Description => Observatory.Description;

    public IReadOnlyList<Type> Endpoints =>
    [
        typeof(GetDeciles.Endpoint), typeof(GetDeciles.Request.Validator),
        typeof(ImportFilosofi.Endpoint), typeof(ImportFilosofi.Request.Validator),
    ];

    public void AddServices(IServiceCollection services) { }

    public ObservatoryDefinition Observatory { get; } = new(
        Slug,
        "Observatoire social",
        "Distribution des revenus (déciles, médiane, rapport interdécile, publiés par niveau et jamais moyennés), taux de pauvreté, " +
        "allocataires du RSA, familles monoparentales et personnes seules, sous le secret statistique de la source fiscale.",
        12,
        SocialIndicators.Themes,
        SocialIndicators.All)
    {
        // What the catalogue and /catalog add to its datasets: EU data themes, and words technicians search with.
        DataThemes = [EuDataTheme.Soci],
        Keywords = ["social", "pauvreté", "revenus", "Filosofi", "RSA"],
    };

    public IEnumerable<ValueRow> DemoValues(DemoTerritory territory) => DemoIndicators.Generate(territory);
}
