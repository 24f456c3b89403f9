using Dapper;
using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.Evaluation.SetEvaluationAction;

internal sealed class Request
{
    /// <summary>The project's id.</summary>
    public string Id { get; set; } = "";

    /// <summary>The action's code in the project: lowercase letters and digits in words joined by hyphens, at most 40 characters (reseau-cyclable).</summary>
    public string Action { get; set; } = "";

    /// <summary>The code of the project's axis it belongs to (moving it there when it changes); required.</summary>
    public string? Axis { get; set; }

    /// <summary>Its title, in French ("Développer le réseau cyclable"); required.</summary>
    public string? Title { get; set; }

    /// <summary>Its weight in its axis' score, above 0 and at most 100 (default 1).</summary>
    public double? Weight { get; set; }

    internal sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Action).Must(c => ProjectWrites.IsCode(c))
                .WithMessage("action is lowercase letters and digits in words joined by hyphens, at most 40 characters (reseau-cyclable)");
            RuleFor(r => r.Axis).NotNull().WithMessage("axis is required: the code of the project's axis the action belongs to")
                .Must(c => c is null || ProjectWrites.IsCode(c)).WithMessage("axis is an axis code (transition-ecologique)");
            RuleFor(r => r.Title).NotNull().WithMessage("title is required")
                .Must(t => t is null || ProjectWrites.IsText(t, 300)).WithMessage("title has 1 to 300 characters, without control characters");
            RuleFor(r => r.Weight).Must(ProjectWrites.IsWeight).When(r => r.Weight is not null).WithMessage("weight is above 0 and at most 100");
        }
    }
}

internal sealed class Endpoint(NpgsqlDataSource dataSource, TerritoryHierarchy hierarchies, ICallerAccessor callers) : Endpoint<Request, EvaluationProject>
{
    public override void Configure()
    {
        Put("/api/v1/evaluation/projects/{id}/actions/{action}");
        Roles(RoleNames.Agency);
        Description(d => d.ProducesProblemDetails(400).ProducesProblemDetails(401).ProducesProblemDetails(403).ProducesProblemDetails(404)
            .ProducesProblemDetails(412).ProducesProblemDetails(428));
        Summary(s =>
        {
            s.Summary = "Add an action to an axis of a project, or change its title, axis or weight (agency; If-Match: the project's ETag; audited)";
            s.Description = "A new action goes last. The axis must be one of the project's (400 on the field otherwise). The answer is the " +
                            "project as GET gives it, with its new ETag in the header.";
            s.ExampleRequest = new Request
            {
                Id = "cabbalr-projet-de-territoire",
                Action = "mobilites-douces",
                Axis = "transition-ecologique",
                Title = "Développer les mobilités douces",
                Weight = 1,
            };
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        await using var write = await Write.BeginAsync(dataSource, HttpContext, ct);
        var (tree, refusal) = await ProjectWrites.LockAsync(write, r.Id);
        if (refusal is not null)
        {
            await Send.ResultAsync(refusal);
            return;
        }
        if (tree!.Axis(r.Axis!) is null)
            ThrowError(x => x.Axis!, $"project {r.Id} has no axis {Echo.Cut(r.Axis)}: create it first (PUT /api/v1/evaluation/projects/{r.Id}/axes/{{axis}})");
        var before = tree.Action(r.Action);
        await write.Connection.ExecuteAsync("""
            insert into evaluation.action (project_id, code, axis_code, title, weight, sort_order) values (@Id, @Action, @Axis, @Title, @Weight, @Order)
            on conflict (project_id, code) do update set axis_code = excluded.axis_code, title = excluded.title, weight = excluded.weight
            """, new
        {
            r.Id,
            r.Action,
            r.Axis,
            Title = r.Title!.Trim(),
            Weight = r.Weight ?? before?.Weight ?? 1,
            Order = ProjectWrites.NextOrder(tree.Actions, a => a.SortOrder),
        }, write.Transaction);
        var after = (await ProjectTree.LoadAsync(write.Connection, r.Id, write.Transaction))!;
        await ProjectWrites.CommitAsync(write, r.Id, new AuditEntry("evaluation_action", "evaluation.action", $"{r.Id}/{r.Action}",
            before is null ? null : tree.AuditedAction(before), after.AuditedAction(after.Action(r.Action)!)), ct);
        await Send.OkAsync(await ProjectWrites.AnswerAsync(dataSource, hierarchies, callers.Current, HttpContext, r.Id, ct), ct);
    }
}
