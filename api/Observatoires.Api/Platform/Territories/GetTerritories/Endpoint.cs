using FastEndpoints;
using Npgsql;
using Observatoires.Api.Platform.Export;
using Observatoires.Api.Platform.Geo;
using Observatoires.Api.Platform.Http;

namespace Observatoires.Api.Platform.Territories.GetTerritories;

internal sealed class Endpoint(NpgsqlDataSource dataSource) : Endpoint<Request, Response>
{
    public override void Configure()
    {
        Get("/api/v1/territories");
        AllowAnonymous();
        Description(d => d
            .Produces<Response>(200, "application/json", FeatureCollectionWriter.ContentType, CsvWriter.ContentType)
            .ProducesProblemDetails(400)
            .ProducesProblemDetails(404));
        Summary(s =>
        {
            s.Summary = "List territories";
            s.Description = "Communes, EPCIs, groupements, départements and régions, filtered by level, by membership " +
                            "(`within=epci:200072460`) and by name, paginated with `limit`/`offset` and `links.next`. " +
                            "`format=geojson` returns a FeatureCollection with the contours, `format=csv` a table.";
            s.ExampleRequest = new Request { Level = "commune", Within = "epci:200072460", Limit = 20 };
            s.ResponseExamples[200] = new Response(
                [new("commune:62119", "commune", "62119", "Béthune", 25342)], 100, 20, 0,
                new("http://127.0.0.1:8080/api/v1/territories?level=commune&within=epci:200072460&limit=20&offset=0",
                    "http://127.0.0.1:8080/api/v1/territories?level=commune&within=epci:200072460&limit=20&offset=20", null));
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        if (r.Within is not null && !await Data.ExistsAsync(connection, r.Within))
        {
            await Send.ResultAsync(Problems.NotFound($"Territory '{r.Within}' does not exist"));
            return;
        }
        if (await DataVersionETag.NotModifiedAsync(HttpContext, TerritoryGeometry.DataDomain) is { } notModified)
        {
            await Send.ResultAsync(notModified);
            return;
        }

        var format = OutputFormat.Resolve(r.Format, HttpContext.Request);
        // A download (what pandas.read_csv(url) reads) is the whole list; pages are for JSON.
        if (format != OutputFormat.Csv)
            r.Limit ??= Request.DefaultLimit;
        var total = await Data.CountAsync(connection, r);
        var links = PageLinks.For(HttpContext.Request, r.Limit ?? (int)total, r.Offset, total);
        switch (format)
        {
            case OutputFormat.GeoJson:
                await using (var features = await Data.FeaturesAsync(connection, r, ct))
                {
                    await FeatureCollectionWriter.WriteAsync(HttpContext.Response, features,
                        new Dictionary<string, object?> { ["numberMatched"] = total, ["links"] = links }, ct);
                }
                break;
            case OutputFormat.Csv:
                HttpContext.StartRaw(CsvWriter.ContentType);
                await using (var csv = new CsvWriter(HttpContext.Response.Body))
                {
                    await csv.WriteRowAsync("id", "level", "code", "name", "population");
                    foreach (var t in await Data.PageAsync(connection, r))
                        await csv.WriteRowAsync(t.Id, t.Level, t.Code, t.Name, t.Population);
                }
                break;
            default:
                await Send.OkAsync(new Response(await Data.PageAsync(connection, r), total, r.Limit ?? Request.DefaultLimit, r.Offset, links), ct);
                break;
        }
    }
}
