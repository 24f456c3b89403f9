using Dapper;
using FastEndpoints;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Geo.Layers;
using Observatoires.Api.Platform.Http;

namespace Observatoires.Api.Platform.Geo.Ogc.GetItem;

internal sealed class Request
{
    /// <summary>Collection id, e.g. communes.</summary>
    public string CollectionId { get; set; } = "";

    /// <summary>Feature id, e.g. commune:62119.</summary>
    public string FeatureId { get; set; } = "";

    /// <summary>CRS of the response: CRS84 (default) or http://www.opengis.net/def/crs/EPSG/0/2154.</summary>
    [QueryParam] public string? Crs { get; set; }
}

internal sealed class Endpoint(NpgsqlDataSource dataSource, LayerRegistry layers, ICallerAccessor callers) : Endpoint<Request>
{
    public override void Configure()
    {
        Get(Ogc.Root + "/collections/{collectionId}/items/{featureId}");
        AllowAnonymous();
        Description(d => d.Produces(200, typeof(object), Ogc.GeoJson).ProducesProblemDetails(400).ProducesProblemDetails(404));
        Summary(s =>
        {
            s.Summary = "One feature, at full resolution";
            s.Description = "One feature of a layer as GeoJSON, its geometry at full resolution, in WGS 84 or in Lambert-93 (crs). A feature outside a partner's territory in a confidential layer is a 404.";
            s.ExampleRequest = new Request { CollectionId = "communes", FeatureId = "commune:62119" };
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
        var crs = OgcCrs.Parse(r.Crs);
        if (crs is null)
            ThrowError(e => e.Crs, $"crs must be one of {string.Join(", ", OgcCrs.All.Select(c => c.Uri))}");
        var query = new FeatureQuery(layer).For(caller).WithId(r.FeatureId);
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var feature = await connection.QuerySingleOrDefaultAsync<string>(
            new CommandDefinition(query.FeaturesSql(layer.Properties, crs!, "full", 1, 0), query.Parameters, cancellationToken: ct));
        if (feature is null)
        {
            await Send.ResultAsync(Problems.NotFound($"Collection {layer.Id} has no feature '{r.FeatureId}'"));
            return;
        }
        HttpContext.Response.Headers["Content-Crs"] = crs!.Header;
        var collection = Ogc.Url(HttpContext.Request, $"/collections/{layer.Id}");
        var links = System.Text.Json.JsonSerializer.Serialize(new Link[]
        {
            new($"{collection}/items/{Uri.EscapeDataString(r.FeatureId)}", "self", Ogc.GeoJson),
            new(collection, "collection", Ogc.Json, layer.Title),
        }, System.Text.Json.JsonSerializerOptions.Web);
        // The feature object PostGIS built, with its links added before the closing brace.
        await Send.StringAsync($"{feature[..^1]},\"links\":{links}}}", 200, Ogc.GeoJson, ct);
    }
}
