using Dapper;
using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.Evaluation.SetEvaluationAxis;

internal sealed class Request
{
    /// <summary>The project's id.</summary>
    public string Id { get; set; } = "";

    /// <summary>The axis' code in the project: lowercase letters and digits in words joined by hyphens, at most 40 characters (transition-ecologique).</summary>
    public string Axis { get; set; } = "";

    /// <summary>Its title, in French ("Transition écologique"); required.</summary>
    public string? Title { get; set; }

    /// <summary>Its weight in the project's score, above 0 and at most 100 (default 1).</summary>
    public double? Weight { get; set; }

    internal sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Axis).Must(c => ProjectWrites.IsCode(c))
                .WithMessage("axis is lowercase letters and digits in words joined by hyphens, at most 40 characters (transition-ecologique)");
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
        Put("/api/v1/evaluation/projects/{id}/axes/{axis}");
        Roles(RoleNames.Agency);
        Description(d => d.ProducesProblemDetails(400).ProducesProblemDetails(401).ProducesProblemDetails(403).ProducesProblemDetails(404)
            .ProducesProblemDetails(412).ProducesProblemDetails(428));
        Summary(s =>
        {
            s.Summary = "Add an axis to a project, or change its title or weight (agency; If-Match: the project's ETag; audited)";
            s.Description = "A new axis goes last. If-Match names the project's version (GET /api/v1/evaluation/projects/{id}): every " +
                            "change to a project does. The answer is the project as GET gives it, with its new ETag in the header.";
            s.ExampleRequest = new Request { Id = "cabbalr-projet-de-territoire", Axis = "transition-ecologique", Title = "Transition écologique", Weight = 1 };
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
        var before = tree!.Axis(r.Axis);
        await write.Connection.ExecuteAsync("""
            insert into evaluation.axis (project_id, code, title, weight, sort_order) values (@Id, @Axis, @Title, @Weight, @Order)
            on conflict (project_id, code) do update set title = excluded.title, weight = excluded.weight
            """, new { r.Id, r.Axis, Title = r.Title!.Trim(), Weight = r.Weight ?? before?.Weight ?? 1, Order = ProjectWrites.NextOrder(tree.Axes, a => a.SortOrder) },
            write.Transaction);
        var after = (await ProjectTree.LoadAsync(write.Connection, r.Id, write.Transaction))!;
        await ProjectWrites.CommitAsync(write, r.Id, new AuditEntry("evaluation_axis", "evaluation.axis", $"{r.Id}/{r.Axis}",
            before is null ? null : tree.AuditedAxis(before), after.AuditedAxis(after.Axis(r.Axis)!)), ct);
        await Send.OkAsync(await ProjectWrites.AnswerAsync(dataSource, hierarchies, callers.Current, HttpContext, r.Id, ct), ct);
    }
}
