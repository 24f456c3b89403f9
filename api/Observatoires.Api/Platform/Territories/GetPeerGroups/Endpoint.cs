using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Http;

namespace Observatoires.Api.Platform.Territories.GetPeerGroups;

internal sealed class Request
{
    /// <summary>Only the groups of this territory (its similar territories), e.g. epci:200072460.</summary>
    public string? Subject { get; set; }

    internal sealed class Validator : Validator<Request>
    {
        public Validator() =>
            RuleFor(r => r.Subject).Must(s => TerritoryId.Problem(s) is null).When(r => r.Subject is not null)
                .WithMessage(r => TerritoryId.Problem(r.Subject));
    }
}

internal sealed record Response(IReadOnlyList<PeerGroup> Items);

internal sealed class Endpoint(NpgsqlDataSource dataSource) : Endpoint<Request, Response>
{
    public override void Configure()
    {
        Get("/api/v1/peer-groups");
        AllowAnonymous();
        Description(d => d.ProducesProblemDetails(400));
        Summary(s =>
        {
            s.Summary = "Peer groups: the similar territories a territory is compared with";
            s.Description = "Each group with its subject and its member EPCIs by name (reference EPCIs of the Hauts-de-France, " +
                            "outside the agency's perimeter, or the perimeter's). Use its id as a reference of " +
                            "`GET /api/v1/indicators/{code}/compare`: its figure is recomputed from its members'.";
            s.ExampleRequest = new Request { Subject = "epci:200072460" };
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        if (await DataVersionETag.NotModifiedAsync(HttpContext, TerritoryGeometry.DataDomain) is { } notModified)
        {
            await Send.ResultAsync(notModified);
            return;
        }
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await Send.OkAsync(new Response(await PeerGroup.ListAsync(connection, r.Subject)), ct);
    }
}
