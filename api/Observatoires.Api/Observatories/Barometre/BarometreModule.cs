using Npgsql;
using Observatoires.Api.Platform.Indicators;
using Observatoires.Api.Platform.Indicators.Catalogue;
using Observatoires.Api.Platform.Indicators.Values;

namespace Observatoires.Api.Observatories.Barometre;

/// <summary>
/// The Baromètre économique: four quarterly indicators (private employment, job seekers, business failures and the
/// Nota-PME financial scoring) per EPCI, the Pôle Métropolitain de l'Artois and the PETR Ternois 7 Vallées, with their
/// changes, revisions, the agency's brief and key figures; and the semestrial failures barometer of the AULA.
/// </summary>
internal sealed class BarometreModule : IObservatoryModule
{
    public const string Slug = "barometre";
    public const string DataDomain = "barometre";

    public string Name => "Baromètre économique";

    public string Description => Observatory.Description;

    public IReadOnlyList<Type> Endpoints =>
    [
        typeof(GetBarometer.Endpoint), typeof(GetBarometer.Request.Validator),
        typeof(GetBrief.Endpoint), typeof(GetBrief.Request.Validator),
        typeof(GetBriefHistory.Endpoint), typeof(GetBriefHistory.Request.Validator),
        typeof(SetBrief.Endpoint), typeof(SetBrief.Request.Validator),
        typeof(GetFailuresBarometer.Endpoint), typeof(GetFailuresBarometer.Request.Validator),
        typeof(GetPublicationPdf.Endpoint), typeof(GetPublicationPdf.Request.Validator),
    ];

    public void AddServices(IServiceCollection services) { }

    public ObservatoryDefinition Observatory { get; } = new(
        Slug,
        "Baromètre économique",
        "Chaque trimestre, l'emploi salarié privé, les demandeurs d'emploi, les défaillances d'entreprises et le scoring " +
        "financier Nota-PME des PME du Pôle Métropolitain de l'Artois, du PETR Ternois 7 Vallées et de leurs EPCI ; chaque " +
        "semestre, les défaillances par secteur et par taille d'entreprise.",
        8,
        [
            new("emploi", "Emploi salarié privé"), new("demande", "Demande d'emploi"),
            new("defaillances", "Défaillances d'entreprises"), new("nota_pme", "Scoring financier Nota-PME"),
        ],
        BarometreIndicators.All)
    {
        // What the catalogue and /catalog add to its datasets: EU data themes, and words technicians search with.
        DataThemes = [EuDataTheme.Econ],
        Keywords = ["conjoncture", "baromètre économique", "défaillances d'entreprises", "emploi salarié"],
    };

    // The values derive from figures other indicators already hold (the yearly jobs and failures, category A) and from
    // the module's failures table: they are written by SeedDemoDataAsync, once those are stored.
    public IEnumerable<ValueRow> DemoValues(DemoTerritory territory) => [];

    string? IObservatoryModule.DataDomain => DataDomain;

    public Task<int> SeedDemoDataAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DemoTerritory territory) =>
        DemoBarometre.SeedAsync(connection, transaction, territory);
}
