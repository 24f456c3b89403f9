using Dapper;
using FastEndpoints;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Data;

namespace Observatoires.Api.Observatories.FoncierEco.RetireLot;

internal sealed class Request
{
    /// <summary>Lot id.</summary>
    public int Id { get; set; }
}

internal sealed class Endpoint(NpgsqlDataSource dataSource) : Endpoint<Request>
{
    public override void Configure()
    {
        Delete("/api/v1/foncier-eco/lots/{id}");
        Roles(RoleNames.ObjectEditors);
        Description(d => d.Produces(204).ProducesProblemDetails(400).ProducesProblemDetails(401).ProducesProblemDetails(403)
            .ProducesProblemDetails(404).ProducesProblemDetails(412).ProducesProblemDetails(428));
        Summary(s =>
        {
            s.Summary = "Retire a lot (If-Match required; audited): it leaves the park from now on, its history stays (asOf)";
            s.Description = "If-Match: the ETag read (428 without it or with *, 412 with the current version when it changed).";
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        await using var write = await Write.BeginAsync(dataSource, HttpContext, ct);
        var (lot, refusal) = await LotWrites.LockAsync(write, r.Id);
        if (refusal is not null)
        {
            await Send.ResultAsync(refusal);
            return;
        }
        await write.Connection.ExecuteAsync("update foncier_eco.lot_version set valid_to = now() where lot_id = @Id and valid_to is null",
            new { r.Id }, write.Transaction);
        await LotWrites.CommitAsync(write, "lot_retire", r.Id, new { lot!.Status, lot.Version, lot.AreaHa }, null, lot.CommuneId, ct);
        await Send.NoContentAsync(ct);
    }
}
