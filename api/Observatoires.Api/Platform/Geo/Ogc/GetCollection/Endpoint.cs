using FastEndpoints;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Geo.Layers;
using Observatoires.Api.Platform.Http;

namespace Observatoires.Api.Platform.Geo.Ogc.GetCollection;

internal sealed class Request
{
    /// <summary>Collection id, e.g. communes.</summary>
    public string CollectionId { get; set; } = "";
}

internal sealed class Endpoint(NpgsqlDataSource dataSource, LayerRegistry layers, ICallerAccessor callers)
    : Endpoint<Request, CollectionDescription>
{
    public override void Configure()
    {
        Get(Ogc.Root + "/collections/{collectionId}");
        AllowAnonymous();
        Description(d => d.ProducesProblemDetails(404));
        Summary(s =>
        {
            s.Summary = "One layer: extent, CRS, links";
            s.Description = "The layer's title, description, extent, CRS, and links to its items (GeoJSON and CSV), queryables and vector tiles. A layer you may not see is a 404.";
            s.ExampleRequest = new Request { CollectionId = "communes" };
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        var caller = callers.Current;
        if (Ogc.Visible(layers, caller, r.CollectionId) is not { } layer)
        {
            await Send.ResultAsync(Problems.NotFound(Ogc.NotFoundMessage(r.CollectionId)));
            return;
        }
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await Send.OkAsync(await CollectionDescription.DescribeAsync(connection, HttpContext.Request, layer, caller), ct);
    }
}
