using Npgsql;
using Observatoires.Api.Platform.Indicators;
using Observatoires.Api.Platform.Indicators.Catalogue;
using Observatoires.Api.Platform.Indicators.Values;

namespace Observatoires.Api.Observatories.PolitiqueVille;

/// <summary>
/// Observatoire de la politique de la ville: the gaps between each QPV, its commune and its EPCI on education, housing,
/// employment, income, demography and health, year after year; the NPNRU renewal programmes evaluated against their T0.
/// The QPVs themselves are the platform's (territory level qpv).
/// </summary>
internal sealed class PolitiqueVilleModule : IObservatoryModule
{
    public const string Slug = "politique-ville";
    public const string DataDomain = "politique-ville";

    public string Name => "Observatoire de la politique de la ville";

    public string Description => Observatory.Description;

    public IReadOnlyList<Type> Endpoints =>
    [
        typeof(GetQpvGaps.Endpoint), typeof(GetQpvGaps.Request.Validator),
        typeof(GetNpnruProgrammes.Endpoint),
        typeof(GetNpnruProgramme.Endpoint), typeof(GetNpnruProgramme.Request.Validator),
        typeof(SetNpnruProgramme.Endpoint), typeof(SetNpnruProgramme.Request.Validator),
    ];

    public void AddServices(IServiceCollection services) { }

    public ObservatoryDefinition Observatory { get; } = new(
        Slug,
        "Observatoire de la politique de la ville",
        "Les écarts entre chaque quartier prioritaire (QPV), sa commune et son EPCI en éducation, habitat, emploi, revenu, " +
        "démographie et santé, suivis chaque année ; l'évaluation des programmes de renouvellement urbain (NPNRU) depuis leur T0.",
        13,
        PolitiqueVilleIndicators.Themes,
        PolitiqueVilleIndicators.All)
    {
        // What the catalogue and /catalog add to its datasets: EU data themes, and words technicians search with.
        DataThemes = [EuDataTheme.Soci, EuDataTheme.Regi],
        Keywords = ["politique de la ville", "QPV", "quartiers prioritaires", "NPNRU", "renouvellement urbain"],
    };

    // Written in SeedDemoDataAsync: the QPVs' values need the QPVs, which the platform's seed adds with the territories.
    public IEnumerable<ValueRow> DemoValues(DemoTerritory territory) => [];

    string? IObservatoryModule.DataDomain => DataDomain;

    public async Task<int> SeedDemoDataAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DemoTerritory territory) =>
        await DemoFigures.SeedAsync(connection, transaction, territory) + await DemoProgrammes.SeedAsync(connection, transaction);
}
