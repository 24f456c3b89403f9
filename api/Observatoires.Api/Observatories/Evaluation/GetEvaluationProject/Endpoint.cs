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

    /// <summary>json (the tree with every score, status and series), csv (one row per indicator with its axis and action), csvw (the CSV's metadata, W3C CSVW) or xlsx (the table and its metadata as a workbook); without it, the Accept header chooses.</summary>
    [QueryParam] public string? Format { get; set; }

    internal sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Format).Must(f => f is null or OutputFormat.Json || OutputFormat.IsTable(f)).WithMessage("format is json, csv, csvw or xlsx");
        }
    }
}

internal sealed class Endpoint(NpgsqlDataSource dataSource, TerritoryHierarchy hierarchies, ICallerAccessor callers) : Endpoint<Request, EvaluationProject>
{
    private const string Score = "Moyenne pondérée des progressions de ses parties qui en ont une (0 à 1).";

    /// <summary>The table's columns, declared once for the CSV, its CSVW metadata and the workbook.</summary>
    private static readonly ExportColumn[] Columns =
    [
        new("projet", "Projet", ColumnType.Text),
        new("territoire", "Code du territoire", ColumnType.Text),
        new("axe_code", "Code de l'axe", ColumnType.Text),
        new("axe", "Axe", ColumnType.Text),
        new("axe_score", "Score de l'axe", ColumnType.Number, Score, null, 2),
        new("action_code", "Code de l'action", ColumnType.Text),
        new("action", "Action", ColumnType.Text),
        new("action_score", "Score de l'action", ColumnType.Number, Score, null, 2),
        new("indicateur_code", "Code de l'indicateur", ColumnType.Text),
        new("indicateur", "Indicateur", ColumnType.Text),
        new("source", "Source", ColumnType.Text, "Le code de l'indicateur du catalogue qui le mesure, ou « saisie » pour une série saisie par l'agence."),
        new("unite", "Unité", ColumnType.Text),
        new("sens", "Sens", ColumnType.Text, "hausse ou baisse : le sens dans lequel il progresse."),
        new("poids", "Poids", ColumnType.Number, "Son poids dans le score de l'action."),
        new("t0_annee", "Année T0", ColumnType.Integer),
        new("t0_valeur", "Valeur T0", ColumnType.Number, "Dans l'unité de l'indicateur."),
        new("cible_annee", "Année cible", ColumnType.Integer),
        new("cible_valeur", "Valeur cible", ColumnType.Number, "Dans l'unité de l'indicateur."),
        new("derniere_annee", "Dernière année", ColumnType.Integer),
        new("derniere_valeur", "Dernière valeur", ColumnType.Number, "Vide si l'appelant ne peut la voir (réservée) ou sous le secret statistique."),
        new("progression", "Progression", ColumnType.Number, "(dernière − T0) ÷ (cible − T0), bornée à [0, 1].", null, 2),
        new("progression_brute", "Progression brute", ColumnType.Number, "La même, non bornée.", null, 2),
        new("objectif_depasse", "Objectif dépassé", ColumnType.Text, "oui ou non."),
        new("recul", "Recul", ColumnType.Text, "oui ou non : la dernière valeur s'est éloignée de la cible."),
        new("statut", "Statut", ColumnType.Text),
    ];

    public override void Configure()
    {
        Get("/api/v1/evaluation/projects/{id}");
        Options(o => o.WithMetadata(new ReadsData(EvaluationModule.DataDomain, ValueWriter.DataDomain, TerritoryGeometry.DataDomain)));
        AllowAnonymous();
        Description(d => d.Produces<EvaluationProject>(200, "application/json", CsvWriter.ContentType, OutputFormat.CsvwContentType,
                OutputFormat.XlsxContentType)
            .ProducesProblemDetails(400).ProducesProblemDetails(404));
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
                            "with a score (the others are counted, not averaged). format=csv: one row per indicator; format=csvw its metadata " +
                            "(linked from the CSV); format=xlsx the same table as a workbook.";
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
        if (OutputFormat.Resolve(r.Format, HttpContext.Request) is var format && OutputFormat.IsTable(format))
        {
            var source = new ExportSource(project.Id, project.Title, project.Description ?? project.Title, "selon l'indicateur",
                "Agence d'urbanisme de l'Artois (AULA), évaluation des projets de territoire ; indicateurs du catalogue de l'observatoire " +
                "ou séries saisies par l'agence" + (project.Demo ? " (projet de démonstration)" : ""), null, $"{project.StartYear}-{project.EndYear}",
                "Licence Ouverte / Open Licence 2.0 (Etalab) pour les données publiques ; chaque indicateur du catalogue sous la sienne",
                "Les valeurs que l'appelant ne peut voir (données partenaires hors de son territoire, séries réservées) ont le statut " +
                "« réservé » et aucune valeur ; le secret statistique des indicateurs du catalogue s'applique.");
            var table = new ExportTable(project.Title, $"evaluation_{project.Id}", project.Title, Columns, [source],
                [new("Projet", $"{project.Title} ({project.Id})"), new("Territoire", $"{project.Territory.Name} ({project.Territory.Id})")]);
            await table.SendAsync(HttpContext, format, () => Rows(project), ct);
            return;
        }
        await Send.OkAsync(project, ct);
    }

    /// <summary>One row per indicator, with its axis and action, as the caller sees them.</summary>
    private static IEnumerable<object?[]> Rows(EvaluationProject project)
    {
        foreach (var axis in project.Axes)
        {
            foreach (var action in axis.Actions)
            {
                foreach (var i in action.Indicators)
                {
                    yield return [project.Id, project.Territory.Id, axis.Code, axis.Title, axis.Score, action.Code, action.Title, action.Score,
                        i.Code, i.Label, i.Catalogue?.Code ?? (i.Source == StoredIndicator.Entered ? "saisie" : ""), i.Unit,
                        i.Direction == StoredIndicator.Up ? "hausse" : "baisse", i.Weight, i.T0.Year, i.T0.Value, i.Target.Year, i.Target.Value,
                        i.Latest?.Year, i.Latest?.Value, i.Progress, i.RawProgress, i.BeyondTarget ? "oui" : "non", i.Setback ? "oui" : "non",
                        i.StatusLabel];
                }
            }
        }
    }
}
