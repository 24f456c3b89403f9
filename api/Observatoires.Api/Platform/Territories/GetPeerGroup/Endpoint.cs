using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Http;

namespace Observatoires.Api.Platform.Territories.GetPeerGroup;

internal sealed class Request
{
    /// <summary>The group's territory id, e.g. groupement:pairs-cabbalr.</summary>
    public string Id { get; set; } = "";

    internal sealed class Validator : Validator<Request>
    {
        public Validator() =>
            RuleFor(r => r.Id).Must(id => TerritoryId.Problem(id) is null).WithMessage(r => TerritoryId.Problem(r.Id));
    }
}

internal sealed class Endpoint(NpgsqlDataSource dataSource) : Endpoint<Request, PeerGroup>
{
    public override void Configure()
    {
        Get("/api/v1/peer-groups/{id}");
        AllowAnonymous();
        Description(d => d.ProducesProblemDetails(400).ProducesProblemDetails(404));
        Summary(s =>
        {
            s.Summary = "One peer group, with its ETag: send it back as If-Match to change its members";
            s.Description = "Its subject, its member EPCIs by name and its version; the ETag header is the version, which " +
                            "`PUT /api/v1/peer-groups/{id}` requires as If-Match.";
            s.ExampleRequest = new Request { Id = "groupement:pairs-cabbalr" };
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        if (await PeerGroup.FindAsync(connection, r.Id) is not { } group)
        {
            await Send.ResultAsync(Problems.NotFound($"There is no peer group '{r.Id}'"));
            return;
        }
        HttpContext.Response.Headers.ETag = group.ETag;
        await Send.OkAsync(group, ct);
    }
}
