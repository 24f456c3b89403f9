using Dapper;
using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Geo;
using Observatoires.Api.Platform.Http;

namespace Observatoires.Api.Platform.Territories.GetTerritoryGeometry;

internal sealed class Request
{
    /// <summary>Territory id, level:code.</summary>
    public string Id { get; set; } = "";

    /// <summary>full (default), medium (simplified at 100 m) or low (500 m).</summary>
    public string? Resolution { get; set; }

    internal sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Id).Must(id => TerritoryId.Problem(id) is null).WithMessage(r => TerritoryId.Problem(r.Id));
            RuleFor(r => r.Resolution).Must(GeometryResolution.IsKnown).When(r => r.Resolution is not null)
                .WithMessage($"resolution must be one of: {string.Join(", ", GeometryResolution.All)}");
        }
    }
}

/// <summary>
/// A territory as a GeoJSON Feature (RFC 7946). PostGIS builds it (Query.sql); these types document it.
/// </summary>
/// <param name="Type">Always Feature.</param>
/// <param name="Id">The territory's id (level:code).</param>
/// <param name="Geometry">Its contour at the resolution asked; null if it has none.</param>
/// <param name="Bbox">[west, south, east, north] of the full contour; null if it has none.</param>
internal sealed record TerritoryFeature(string Type, string Id, SurfaceGeometry? Geometry, IReadOnlyList<double>? Bbox,
    TerritoryFeatureProperties Properties);

/// <param name="GeometrySource">synthetic (generated until real contours are imported) or imported.</param>
/// <param name="AreaKm2">The full contour's area in km², to two decimals.</param>
internal sealed record TerritoryFeatureProperties(string Id, string Level, string Code, string Name, int? Population,
    string? GeometrySource, double? AreaKm2);

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
            await Send.ResultAsync(Problems.UnknownTerritory(r.Id));
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
