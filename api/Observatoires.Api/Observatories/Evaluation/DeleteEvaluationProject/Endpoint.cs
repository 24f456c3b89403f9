using Dapper;
using FastEndpoints;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Data;

namespace Observatoires.Api.Observatories.Evaluation.DeleteEvaluationProject;

internal sealed class Request
{
    /// <summary>The project's id (cabbalr-projet-de-territoire).</summary>
    public string Id { get; set; } = "";
}

internal sealed class Endpoint(NpgsqlDataSource dataSource) : Endpoint<Request>
{
    public override void Configure()
    {
        Delete("/api/v1/evaluation/projects/{id}");
        Roles(RoleNames.Agency);
        Description(d => d.Produces(204).ProducesProblemDetails(401).ProducesProblemDetails(403).ProducesProblemDetails(404)
            .ProducesProblemDetails(412).ProducesProblemDetails(428));
        Summary(s =>
        {
            s.Summary = "Remove a territorial project with everything in it (agency; If-Match required; audited)";
            s.Description = "If-Match: the project's ETag as GET /api/v1/evaluation/projects/{id} gave it (428 without it or with *, 412 " +
                            "with the current version when it changed since). The audit log keeps the whole project as it was.";
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
        await write.Connection.ExecuteAsync("delete from evaluation.project where id = @Id", new { r.Id }, write.Transaction);
        await write.CommitAsync(new AuditEntry("evaluation_project_delete", "evaluation.project", r.Id, tree, null),
            [EvaluationModule.DataDomain], ct);
        await Send.NoContentAsync(ct);
    }
}
