using Npgsql;
using Observatoires.Api.Platform.Indicators;
using Observatoires.Api.Platform.Indicators.Catalogue;
using Observatoires.Api.Platform.Indicators.Values;

namespace Observatoires.Api.Observatories.Evaluation;

/// <summary>
/// Évaluation des projets de territoire: a project (projet de territoire, Projet Alimentaire Territorial, PVD/ACV
/// follow-up) as axes → actions → indicators, each indicator measured by a catalogue indicator or a series the
/// agency enters, with its T0, target and horizon; its progress, status and the weighted scores of actions, axes
/// and project. It has no indicator of its own: its figures are the catalogue's.
/// </summary>
internal sealed class EvaluationModule : IObservatoryModule
{
    public const string Slug = "evaluation";
    public const string DataDomain = "evaluation";

    public string Name => "Évaluation";

    public string Description => Observatory.Description;

    public IReadOnlyList<Type> Endpoints =>
    [
        typeof(GetEvaluationProjects.Endpoint),
        typeof(GetEvaluationProject.Endpoint), typeof(GetEvaluationProject.Request.Validator),
        typeof(SetEvaluationProject.Endpoint), typeof(SetEvaluationProject.Request.Validator),
        typeof(DeleteEvaluationProject.Endpoint),
        typeof(SetEvaluationAxis.Endpoint), typeof(SetEvaluationAxis.Request.Validator),
        typeof(DeleteEvaluationAxis.Endpoint),
        typeof(SetEvaluationAction.Endpoint), typeof(SetEvaluationAction.Request.Validator),
        typeof(DeleteEvaluationAction.Endpoint),
        typeof(SetEvaluationIndicator.Endpoint), typeof(SetEvaluationIndicator.Request.Validator),
        typeof(DeleteEvaluationIndicator.Endpoint),
        typeof(SetEvaluationWeights.Endpoint), typeof(SetEvaluationWeights.Request.Validator),
        typeof(SetEvaluationValues.Endpoint), typeof(SetEvaluationValues.Request.Validator),
    ];

    public void AddServices(IServiceCollection services) { }

    public ObservatoryDefinition Observatory { get; } = new(
        Slug,
        "Évaluation des projets de territoire",
        "Le suivi et l'évaluation des projets de territoire, du Projet Alimentaire Territorial et des programmes Petites Villes " +
        "de Demain et Action Cœur de Ville : pour chaque action, ses indicateurs, leur T0, leur cible, leur progression et un score.",
        20,
        [],
        [])
    {
        // What the catalogue and /catalog add to its datasets: EU data themes, and words technicians search with.
        DataThemes = [EuDataTheme.Gove, EuDataTheme.Regi],
        Keywords = ["évaluation", "projet de territoire", "politiques publiques"],
    };

    // Its figures are the catalogue's indicators and the series the agency enters: no value of its own.
    public IEnumerable<ValueRow> DemoValues(DemoTerritory territory) => [];

    string? IObservatoryModule.DataDomain => DataDomain;

    public Task<int> SeedDemoDataAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DemoTerritory territory) =>
        DemoProjects.SeedAsync(connection, transaction);
}
