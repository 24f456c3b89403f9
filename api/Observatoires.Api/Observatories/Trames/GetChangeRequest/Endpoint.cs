using FastEndpoints;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Http;

namespace Observatoires.Api.Observatories.Trames.GetChangeRequest;

internal sealed class Request
{
    /// <summary>Change request id.</summary>
    public int Id { get; set; }
}

internal sealed class Endpoint(NpgsqlDataSource dataSource, ICallerAccessor callers) : Endpoint<Request, ChangeRequest>
{
    public override void Configure()
    {
        Get("/api/v1/trames/change-requests/{id}");
        Roles(RoleNames.ObjectEditors);
        Description(d => d.ProducesProblemDetails(400).ProducesProblemDetails(401).ProducesProblemDetails(403).ProducesProblemDetails(404));
        Summary(s =>
        {
            s.Summary = "One change request, with its ETag: send it back as If-Match to review it";
            s.Description = "A partner reads its own requests only: another partner's is a 404, as if it did not exist.";
            s.ExampleRequest = new Request { Id = 1 };
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        if (await ChangeRequest.FindAsync(connection, callers.Current, r.Id) is not { } request)
        {
            await Send.ResultAsync(Problems.NotFound($"There is no change request {r.Id}"));
            return;
        }
        HttpContext.Response.Headers.ETag = request.ETag;
        DataVersionETag.NoCacheByKey(HttpContext);
        await Send.OkAsync(request, ct);
    }
}
