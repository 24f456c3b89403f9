using FastEndpoints;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.Energie.Toile.GetToileNeighbourhood;

internal sealed class Request
{
    /// <summary>The node's id (as in the Toile's nodes).</summary>
    public int Id { get; set; }
}

/// <param name="Node">The node, as the caller may see it.</param>
/// <param name="Edges">Every flow leaving or reaching it that the caller sees (not a substation's supply of a site anonymised for it).</param>
/// <param name="Neighbours">The nodes at the other end of those flows.</param>
internal sealed record Response(ToileNode Node, IReadOnlyList<ToileEdge> Edges, IReadOnlyList<ToileNode> Neighbours);

internal sealed class Endpoint(NpgsqlDataSource dataSource, ICallerAccessor callers) : Endpoint<Request, Response>
{
    public override void Configure()
    {
        Get("/api/v1/energie/toile/nodes/{id}/neighbourhood");
        Options(o => o.WithMetadata(new ReadsData(EnergieModule.DataDomain, TerritoryGeometry.DataDomain)));
        AllowAnonymous();
        Description(d => d.ProducesProblemDetails(400).ProducesProblemDetails(404));
        Summary(s =>
        {
            s.Summary = "A node of the Toile with its flows and its neighbours";
            s.Description = "The node, every flow that leaves or reaches it, and the nodes at their other end, with the same " +
                            "anonymisation as the whole Toile: an industrial site outside the caller's territory by its sector, size " +
                            "class and EPCI, a flow touching one by its volume class, and no flow between a source substation and such a " +
                            "site.";
            s.ExampleRequest = new Request { Id = 101 };
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var view = new ToileView(await ToileGraph.LoadAsync(connection), callers.Current);
        if (view.Node(r.Id) is not { } node)
        {
            await Send.ResultAsync(Problems.NotFound($"The Toile has no node {r.Id}"));
            return;
        }
        var edges = view.Edges.Where(e => e.From == r.Id || e.To == r.Id).ToList();
        var neighbours = edges.Select(e => e.From == r.Id ? e.To : e.From).Distinct().Order().Select(id => view.Node(id)!).ToList();
        await Send.OkAsync(new Response(node, edges, neighbours), ct);
    }
}
