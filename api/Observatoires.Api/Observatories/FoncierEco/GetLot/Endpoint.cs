using FastEndpoints;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Indicators.Catalogue;

namespace Observatoires.Api.Observatories.FoncierEco.GetLot;

internal sealed class Request
{
    /// <summary>Lot id.</summary>
    public int Id { get; set; }
}

internal sealed class Endpoint(NpgsqlDataSource dataSource, ICallerAccessor callers) : Endpoint<Request, Lot>
{
    public override void Configure()
    {
        Get("/api/v1/foncier-eco/lots/{id}");
        AllowAnonymous();
        Description(d => d.ProducesProblemDetails(400).ProducesProblemDetails(404));
        Summary(s =>
        {
            s.Summary = "One lot, with its ETag: send it back as If-Match to change the lot";
            s.Description = "The lot's current version (geometry, area, status, occupant where you may see it); the ETag header is its version, required as If-Match by the writes.";
            s.ExampleRequest = new Request { Id = 101 };
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        if (await Lot.FindAsync(connection, r.Id) is not { } lot)
        {
            await Send.ResultAsync(Problems.NotFound($"There is no current lot {r.Id}"));
            return;
        }
        HttpContext.Response.Headers.ETag = lot.ETag;
        DataVersionETag.NoCacheByKey(HttpContext); // the occupant is partner data
        await Send.OkAsync(callers.Current.CanSeeFiguresOf(Confidentiality.Partner, lot.CommuneId, []) ? lot
            : lot with { OccupantName = null, OccupantSiret = null, ChangedBy = null }, ct); // who wrote is partner data too
    }
}
