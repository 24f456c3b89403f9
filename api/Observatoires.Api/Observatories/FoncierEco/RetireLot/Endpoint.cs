using Dapper;
using FastEndpoints;
using Npgsql;
using Observatoires.Api.Platform.Access;

namespace Observatoires.Api.Observatories.FoncierEco.RetireLot;

internal sealed class Request
{
    /// <summary>Lot id.</summary>
    public int Id { get; set; }
}

internal sealed class Endpoint(NpgsqlDataSource dataSource, ICallerAccessor callers) : Endpoint<Request>
{
    public override void Configure()
    {
        Delete("/api/v1/foncier-eco/lots/{id}");
        Roles(RoleNames.ObjectEditors);
        Description(d => d.Produces(204).ProducesProblemDetails(401).ProducesProblemDetails(403).ProducesProblemDetails(404)
            .ProducesProblemDetails(412).ProducesProblemDetails(428));
        Summary(s =>
        {
            s.Summary = "Retire a lot (If-Match required; audited): it leaves the park from now on, its history stays (asOf)";
            s.Description = "If-Match: the ETag read (428 without it or with *, 412 with the current version when it changed).";
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        var caller = callers.Current;
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var lot = await Lot.FindAsync(connection, r.Id, transaction);
        if (LotWrites.Refusal(HttpContext, caller, lot, r.Id) is { } refusal)
        {
            await Send.ResultAsync(refusal);
            return;
        }
        await connection.ExecuteAsync("update foncier_eco.lot_version set valid_to = now() where lot_id = @Id and valid_to is null", new { r.Id }, transaction);
        await LotWrites.FinishAsync(connection, transaction, caller, "lot_retire", r.Id, new { lot!.Status, lot.Version, lot.AreaHa }, null, lot.CommuneId);
        await transaction.CommitAsync(ct);
        await Send.NoContentAsync(ct);
    }
}
