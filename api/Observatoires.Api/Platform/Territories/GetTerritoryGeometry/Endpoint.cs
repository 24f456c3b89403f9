using Dapper;
using FastEndpoints;
using Npgsql;
using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Geo;
using Observatoires.Api.Platform.Http;

namespace Observatoires.Api.Platform.Territories.GetTerritoryGeometry;

internal sealed class Endpoint(NpgsqlDataSource dataSource) : Endpoint<Request>
{
    private static readonly string FeatureQuery = SqlResource.Get("Platform/Territories/GetTerritoryGeometry/Query.sql");

    public override void Configure()
    {
        Get("/api/v1/territories/{id}/geometry");
        AllowAnonymous();
        Description(d => d
            .Produces(200, typeof(TerritoryFeature), FeatureCollectionWriter.ContentType)
            .ProducesProblemDetails(400)
            .ProducesProblemDetails(404));
        Summary(s =>
        {
            s.Summary = "A territory's contour as a GeoJSON Feature";
            s.Description = "RFC 7946 Feature in longitude/latitude (WGS 84) with the territory's id, name, population, " +
                            "area and `geometrySource` (synthetic or imported) as properties.";
            s.ExampleRequest = new Request { Id = "commune:62119", Resolution = "medium" };
            s.ResponseExamples[200] = new
            {
                type = "Feature",
                id = "commune:62119",
                geometry = new { type = "MultiPolygon", coordinates = new[] { new[] { new[] { new[] { 2.62, 50.51 }, new[] { 2.66, 50.51 }, new[] { 2.66, 50.54 }, new[] { 2.62, 50.51 } } } } },
                bbox = new[] { 2.62, 50.51, 2.66, 50.54 },
                properties = new { id = "commune:62119", level = "commune", code = "62119", name = "Béthune", population = 25342, geometrySource = "imported", areaKm2 = 9.46 },
            };
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var feature = await connection.ExecuteScalarAsync<string?>(FeatureQuery,
            new { r.Id, Resolution = r.Resolution ?? "full", GeometryResolution.Of(r.Resolution).Decimals });
        if (feature is null)
        {
            await Send.ResultAsync(Problems.NotFound($"Territory '{r.Id}' does not exist"));
            return;
        }
        if (await DataVersionETag.NotModifiedAsync(HttpContext, TerritoryGeometry.DataDomain) is { } notModified)
        {
            await Send.ResultAsync(notModified);
            return;
        }
        await Send.StringAsync(feature, 200, FeatureCollectionWriter.ContentType, ct);
    }
}
