using Dapper;
using FastEndpoints;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.Evaluation.DeleteEvaluationAction;

internal sealed class Request
{
    /// <summary>The project's id.</summary>
    public string Id { get; set; } = "";

    /// <summary>The action's code in the project.</summary>
    public string Action { get; set; } = "";
}

internal sealed class Endpoint(NpgsqlDataSource dataSource, TerritoryHierarchy hierarchies, ICallerAccessor callers) : Endpoint<Request, EvaluationProject>
{
    public override void Configure()
    {
        Delete("/api/v1/evaluation/projects/{id}/actions/{action}");
        Roles(RoleNames.Agency);
        Description(d => d.ProducesProblemDetails(401).ProducesProblemDetails(403).ProducesProblemDetails(404)
            .ProducesProblemDetails(412).ProducesProblemDetails(428));
        Summary(s =>
        {
            s.Summary = "Remove an action with its indicators (agency; If-Match: the project's ETag; audited)";
            s.Description = "The audit log keeps the action and its indicators with their values. The answer is the project as GET gives it, with its new " +
                            "ETag in the header.";
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        await using var write = await Write.BeginAsync(dataSource, HttpContext, ct);
        var (tree, refusal) = await ProjectWrites.LockAsync(write, r.Id);
        if (refusal is null && tree!.Action(r.Action) is null)
            refusal = Problems.NotFound($"Project {r.Id} has no action {Echo.Cut(r.Action)}");
        if (refusal is not null)
        {
            await Send.ResultAsync(refusal);
            return;
        }
        await write.Connection.ExecuteAsync("delete from evaluation.action where project_id = @Id and code = @Action", new { r.Id, r.Action }, write.Transaction);
        await ProjectWrites.CommitAsync(write, r.Id,
            new AuditEntry("evaluation_action_delete", "evaluation.action", $"{r.Id}/{r.Action}", tree!.AuditedAction(tree.Action(r.Action)!), null), ct);
        await Send.OkAsync(await ProjectWrites.AnswerAsync(dataSource, hierarchies, callers.Current, HttpContext, r.Id, ct), ct);
    }
}
