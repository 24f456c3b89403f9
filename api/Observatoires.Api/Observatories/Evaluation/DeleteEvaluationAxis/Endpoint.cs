using Dapper;
using FastEndpoints;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.Evaluation.DeleteEvaluationAxis;

internal sealed class Request
{
    /// <summary>The project's id.</summary>
    public string Id { get; set; } = "";

    /// <summary>The axis' code in the project.</summary>
    public string Axis { get; set; } = "";
}

internal sealed class Endpoint(NpgsqlDataSource dataSource, TerritoryHierarchy hierarchies, ICallerAccessor callers) : Endpoint<Request, EvaluationProject>
{
    public override void Configure()
    {
        Delete("/api/v1/evaluation/projects/{id}/axes/{axis}");
        Roles(RoleNames.Agency);
        Description(d => d.ProducesProblemDetails(401).ProducesProblemDetails(403).ProducesProblemDetails(404)
            .ProducesProblemDetails(412).ProducesProblemDetails(428));
        Summary(s =>
        {
            s.Summary = "Remove an axis with its actions and their indicators (agency; If-Match: the project's ETag; audited)";
            s.Description = "The audit log keeps the axis and everything it held. The answer is the project as GET gives it, with its new " +
                            "ETag in the header.";
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        await using var write = await Write.BeginAsync(dataSource, HttpContext, ct);
        var (tree, refusal) = await ProjectWrites.LockAsync(write, r.Id);
        if (refusal is null && tree!.Axis(r.Axis) is null)
            refusal = Problems.NotFound($"Project {r.Id} has no axis {Echo.Cut(r.Axis)}");
        if (refusal is not null)
        {
            await Send.ResultAsync(refusal);
            return;
        }
        await write.Connection.ExecuteAsync("delete from evaluation.axis where project_id = @Id and code = @Axis", new { r.Id, r.Axis }, write.Transaction);
        await ProjectWrites.CommitAsync(write, r.Id,
            new AuditEntry("evaluation_axis_delete", "evaluation.axis", $"{r.Id}/{r.Axis}", tree!.AuditedAxis(tree.Axis(r.Axis)!), null), ct);
        await Send.OkAsync(await ProjectWrites.AnswerAsync(dataSource, hierarchies, callers.Current, HttpContext, r.Id, ct), ct);
    }
}
