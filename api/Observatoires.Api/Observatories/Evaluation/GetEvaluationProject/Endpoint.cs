using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Export;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Indicators.Values;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.Evaluation.GetEvaluationProject;

internal sealed class Request
{
    /// <summary>The project's id (cabbalr-projet-de-territoire).</summary>
    public string Id { get; set; } = "";

    /// <summary>json (the tree with every score, status and series) or csv (one row per indicator with its axis and action).</summary>
    [QueryParam] public string? Format { get; set; }

    internal sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Format).Must(f => f is null or "json" or "csv").WithMessage("format is json or csv");
        }
    }
}

internal sealed class Endpoint(NpgsqlDataSource dataSource, TerritoryHierarchy hierarchies, ICallerAccessor callers) : Endpoint<Request, EvaluationProject>
{
    public override void Configure()
    {
        Get("/api/v1/evaluation/projects/{id}");
        Options(o => o.WithMetadata(new ReadsData(EvaluationModule.DataDomain, ValueWriter.DataDomain, TerritoryGeometry.DataDomain)));
        AllowAnonymous();
        Description(d => d.Produces<EvaluationProject>(200, "application/json", CsvWriter.ContentType).ProducesProblemDetails(400).ProducesProblemDetails(404));
        Summary(s =>
        {
            s.Summary = "A territorial project's evaluation: its axes, actions and indicators with every score, status and series";
            s.Description = "Each indicator is measured by a catalogue indicator (its yearly values for the project's territory, aggregated " +
                            "by the platform's engine, with the caller's rights and statistical secrecy) or by a series the agency enters. " +
                            "Its progress is (latest − T0) ÷ (target − T0), the share of the way from T0 to the target done, bounded to " +
                            "[0, 1]: beyondTarget (objectif dépassé) when the latest value went past the target, setback (recul) when it " +
                            "moved the wrong way; rawProgress is the unbounded share. For \"lower is better\" (direction down) the target " +
                            "lies below T0 and the same formula holds. T0 is read from the series when not given. The status compares the " +
                            "share done with the share of the years from T0 to the horizon gone by at the latest value: achieved at or " +
                            "beyond the target; otherwise behind at or after the horizon or after a setback; otherwise on_track within 10 " +
                            "points of that path, ahead or behind beyond; no_data without T0 or a value after T0; restricted when the " +
                            "caller may not see its figures (none is then shown). An action's score is the weighted mean of its " +
                            "indicators' progress, an axis' of its actions' scores, the project's of its axes' scores, each over the parts " +
                            "with a score (the others are counted, not averaged). format=csv: one row per indicator.";
            s.ExampleRequest = new Request { Id = "cabbalr-projet-de-territoire" };
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var tree = await ProjectTree.LoadAsync(connection, r.Id);
        var project = tree is null ? null : await ProjectScores.ComputeAsync(connection, await hierarchies.GetAsync(ct), callers.Current, tree);
        if (project is null)
        {
            await Send.ResultAsync(Problems.NotFound($"There is no evaluation project {Echo.Cut(r.Id)}"));
            return;
        }
        if (r.Format == "csv")
        {
            await SendCsvAsync(project);
            return;
        }
        await Send.OkAsync(project, ct);
    }

    private async Task SendCsvAsync(EvaluationProject project)
    {
        HttpContext.StartRaw(CsvWriter.ContentType);
        HttpContext.Response.Headers.ContentDisposition = $"inline; filename=\"evaluation_{project.Id}.csv\"";
        await using var csv = new CsvWriter(HttpContext.Response.Body);
        await csv.WriteRowAsync("projet", "territoire", "axe_code", "axe", "axe_score", "action_code", "action", "action_score", "indicateur_code",
            "indicateur", "source", "unite", "sens", "poids", "t0_annee", "t0_valeur", "cible_annee", "cible_valeur", "derniere_annee",
            "derniere_valeur", "progression", "progression_brute", "objectif_depasse", "recul", "statut");
        foreach (var axis in project.Axes)
        {
            foreach (var action in axis.Actions)
            {
                foreach (var i in action.Indicators)
                {
                    await csv.WriteRowAsync(project.Id, project.Territory.Id, axis.Code, axis.Title, axis.Score, action.Code, action.Title, action.Score,
                        i.Code, i.Label, i.Catalogue?.Code ?? (i.Source == StoredIndicator.Entered ? "saisie" : ""), i.Unit,
                        i.Direction == StoredIndicator.Up ? "hausse" : "baisse", i.Weight, i.T0.Year, i.T0.Value, i.Target.Year, i.Target.Value,
                        i.Latest?.Year, i.Latest?.Value, i.Progress, i.RawProgress, i.BeyondTarget ? "oui" : "non", i.Setback ? "oui" : "non",
                        i.StatusLabel);
                }
            }
        }
    }
}
