using Dapper;
using FastEndpoints;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Data;

namespace Observatoires.Api.Observatories.Mobilite.Pdu.DeletePduObjective;

internal sealed class Request
{
    /// <summary>The objective's code (securite-pietons-cyclistes).</summary>
    public string Code { get; set; } = "";
}

internal sealed class Endpoint(NpgsqlDataSource dataSource) : Endpoint<Request>
{
    public override void Configure()
    {
        Delete("/api/v1/mobilite/pdu/objectives/{code}");
        Roles(RoleNames.Agency);
        Description(d => d.Produces(204).ProducesProblemDetails(401).ProducesProblemDetails(403).ProducesProblemDetails(404)
            .ProducesProblemDetails(412).ProducesProblemDetails(428));
        Summary(s =>
        {
            s.Summary = "Remove an objective of the mobility plan (agency; If-Match required; audited)";
            s.Description = "If-Match: the objective's ETag as GET /api/v1/mobilite/pdu gave it (428 without it or with *, 412 with the " +
                            "current version when it changed since). The audit log keeps what it was.";
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        await using var write = await Write.BeginAsync(dataSource, HttpContext, ct);
        var before = await PduObjective.LockAsync(write.Connection, write.Transaction, r.Code);
        var target = before is null ? null : new WriteTarget($"PDU objective {r.Code}", before.TerritoryId,
            new CurrentVersion(before.ETag, before, $"version {before.Version} (\"{before.Label}\", by {before.UpdatedBy})"));
        if (write.Refusal(target, $"There is no PDU objective {Platform.Http.Echo.Cut(r.Code)}") is { } refusal)
        {
            await Send.ResultAsync(refusal);
            return;
        }
        await write.Connection.ExecuteAsync("delete from mobilite.pdu_objective where code = @Code", new { r.Code }, write.Transaction);
        await write.CommitAsync(new AuditEntry("mobilite_pdu_objective_delete", "mobilite.pdu_objective", r.Code, before!.Audited, null),
            [MobiliteModule.DataDomain], ct);
        await Send.NoContentAsync(ct);
    }
}
