using FastEndpoints;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Geo.Layers;

namespace Observatoires.Api.Platform.Geo.Ogc.GetCollections;

internal sealed record Response(IReadOnlyList<Link> Links, IReadOnlyList<CollectionDescription> Collections);

internal sealed class Endpoint(NpgsqlDataSource dataSource, LayerRegistry layers, ICallerAccessor callers) : EndpointWithoutRequest<Response>
{
    public override void Configure()
    {
        Get(Ogc.Root + "/collections");
        AllowAnonymous();
        Summary(s =>
        {
            s.Summary = "The layers the caller may see, with their extent, CRS and links to items, queryables and tiles";
            s.Description = "Every layer you may see (confidential layers are listed for partners and the agency only), with its title, description, spatial and temporal extent, CRS and links.";
        });
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        var caller = callers.Current;
        var visible = layers.All.Where(l => caller.CanSee(l.Confidentiality)).ToList();
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var collections = new List<CollectionDescription>();
        foreach (var layer in visible)
            collections.Add(await CollectionDescription.DescribeAsync(connection, HttpContext.Request, layer, caller));
        await Send.OkAsync(new Response([new(Ogc.Url(HttpContext.Request, "/collections"), "self", Ogc.Json, "Les collections")],
            collections), ct);
    }
}
