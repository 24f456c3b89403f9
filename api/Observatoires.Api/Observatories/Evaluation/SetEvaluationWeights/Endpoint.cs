using Dapper;
using FastEndpoints;
using FluentValidation;
using FluentValidation.Results;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.Evaluation.SetEvaluationWeights;

internal sealed class Request
{
    /// <summary>The project's id.</summary>
    public string Id { get; set; } = "";

    /// <summary>New weights of axes in the project's score, by axis code ({"transition-ecologique": 2}).</summary>
    public Dictionary<string, double>? Axes { get; set; }

    /// <summary>New weights of actions in their axis' score, by action code.</summary>
    public Dictionary<string, double>? Actions { get; set; }

    /// <summary>New weights of indicators in their action's score, by indicator code.</summary>
    public Dictionary<string, double>? Indicators { get; set; }

    internal sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r).Must(r => (r.Axes?.Count ?? 0) + (r.Actions?.Count ?? 0) + (r.Indicators?.Count ?? 0) > 0)
                .WithName("axes").WithMessage("give at least one weight, in axes, actions or indicators");
            RuleFor(r => r.Axes).Must(Valid!).When(r => r.Axes is not null).WithMessage("every weight is above 0 and at most 100, at most 200 of them");
            RuleFor(r => r.Actions).Must(Valid!).When(r => r.Actions is not null).WithMessage("every weight is above 0 and at most 100, at most 200 of them");
            RuleFor(r => r.Indicators).Must(Valid!).When(r => r.Indicators is not null).WithMessage("every weight is above 0 and at most 100, at most 200 of them");
        }

        private static bool Valid(Dictionary<string, double> weights) => weights.Count <= 200 && weights.Values.All(w => ProjectWrites.IsWeight(w));
    }
}

internal sealed class Endpoint(NpgsqlDataSource dataSource, TerritoryHierarchy hierarchies, ICallerAccessor callers) : Endpoint<Request, EvaluationProject>
{
    public override void Configure()
    {
        Put("/api/v1/evaluation/projects/{id}/weights");
        Roles(RoleNames.Agency);
        Description(d => d.ProducesProblemDetails(400).ProducesProblemDetails(401).ProducesProblemDetails(403).ProducesProblemDetails(404)
            .ProducesProblemDetails(412).ProducesProblemDetails(428));
        Summary(s =>
        {
            s.Summary = "Change weights of a project's axes, actions and indicators at once (agency; If-Match: the project's ETag; audited)";
            s.Description = "Each map gives new weights by code (above 0, at most 100); those not named keep theirs. A code the project does " +
                            "not have is refused (400 on axes, actions or indicators) and nothing is written. The answer is the project " +
                            "as GET gives it, its scores recomputed with the new weights.";
            s.ExampleRequest = new Request
            {
                Id = "cabbalr-projet-de-territoire",
                Axes = new() { ["transition-ecologique"] = 2 },
                Indicators = new() { ["consommation-energie"] = 3 },
            };
        });
    }

    private const string UpdateAxes = """
        update evaluation.axis x set weight = w.weight from unnest(@Codes, @Weights) as w (code, weight) where x.project_id = @Id and x.code = w.code
        """;

    private const string UpdateActions = """
        update evaluation.action x set weight = w.weight from unnest(@Codes, @Weights) as w (code, weight) where x.project_id = @Id and x.code = w.code
        """;

    private const string UpdateIndicators = """
        update evaluation.indicator x set weight = w.weight from unnest(@Codes, @Weights) as w (code, weight) where x.project_id = @Id and x.code = w.code
        """;

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        await using var write = await Write.BeginAsync(dataSource, HttpContext, ct);
        var (tree, refusal) = await ProjectWrites.LockAsync(write, r.Id);
        if (refusal is not null)
        {
            await Send.ResultAsync(refusal);
            return;
        }
        var (axes, actions, indicators) = (r.Axes ?? [], r.Actions ?? [], r.Indicators ?? []);
        foreach (var (field, thing, codes, known) in new[]
                 {
                     ("axes", "axis", axes.Keys, tree!.Axes.Select(a => a.Code)), ("actions", "action", actions.Keys, tree.Actions.Select(a => a.Code)),
                     ("indicators", "indicator", indicators.Keys, tree.Indicators.Select(i => i.Code)),
                 })
        {
            if (codes.Except(known).FirstOrDefault() is { } unknown)
                AddError(new ValidationFailure(field, $"project {r.Id} has no {thing} {Echo.Cut(unknown)}"));
        }
        ThrowIfAnyErrors();
        foreach (var (sql, weights) in new[] { (UpdateAxes, axes), (UpdateActions, actions), (UpdateIndicators, indicators) })
        {
            if (weights.Count > 0)
                await write.Connection.ExecuteAsync(sql, new { r.Id, Codes = weights.Keys.ToArray(), Weights = weights.Values.ToArray() }, write.Transaction);
        }
        var before = new
        {
            axes = tree.Axes.ToDictionary(a => a.Code, a => a.Weight),
            actions = tree.Actions.ToDictionary(a => a.Code, a => a.Weight),
            indicators = tree.Indicators.ToDictionary(i => i.Code, i => i.Weight),
            projectVersion = tree.Project.Version
        };
        await ProjectWrites.CommitAsync(write, r.Id, new AuditEntry("evaluation_weights", "evaluation.project", r.Id, before,
            new { axes, actions, indicators }), ct);
        await Send.OkAsync(await ProjectWrites.AnswerAsync(dataSource, hierarchies, callers.Current, HttpContext, r.Id, ct), ct);
    }
}
