using FastEndpoints;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Geo.Layers;

namespace Observatoires.Api.Platform.Geo.Ogc.GetApi;

/// <summary>
/// The OpenAPI 3.0 definition of the OGC API (service-desc of the landing page), written from the layer registry:
/// one items path per collection, with its queryable properties as parameters, as OGC clients expect.
/// </summary>
internal sealed class Endpoint(LayerRegistry layers, ICallerAccessor callers) : EndpointWithoutRequest
{
    public override void Configure()
    {
        Get(Ogc.Root + "/api");
        AllowAnonymous();
        Description(d => d.Produces(200, typeof(object), Ogc.OpenApi));
        Summary(s =>
        {
            s.Summary = "OpenAPI definition of the OGC API, with each collection's queryables as parameters";
            s.Description = "The OpenAPI 3.0 document of the OGC routes, each collection's items path with its queryable properties as query parameters and the page size (limit) that QGIS and GDAL read.";
        });
    }

    private static readonly Dictionary<string, object> LimitReference = new() { ["$ref"] = "#/components/parameters/limit" };

    public override Task HandleAsync(CancellationToken ct)
    {
        static Dictionary<string, object> Parameter(string name, string description, object schema, string location = "query") => new()
        {
            ["name"] = name,
            ["in"] = location,
            ["required"] = location == "path",
            ["description"] = description,
            ["schema"] = schema,
        };
        static Dictionary<string, object> Get(string summary, string mediaType, params Dictionary<string, object>[] parameters) => new()
        {
            ["get"] = new Dictionary<string, object>
            {
                ["summary"] = summary,
                ["parameters"] = parameters,
                ["responses"] = new Dictionary<string, object>
                {
                    ["200"] = new { description = "OK", content = new Dictionary<string, object> { [mediaType] = new { } } },
                    ["400"] = new { description = "Bad request (problem details)" },
                    ["404"] = new { description = "Not found (problem details)" },
                },
            },
        };
        var text = new { type = "string" };
        // The page size where clients look for it: QGIS reads components.parameters.limit, GDAL 3.8+ the items path's
        // limit parameter (following a local $ref); both then ask for 1,000 features a page instead of 10 or 100.
        var limit = Parameter("limit", "Features per page (next links double it up to 1,000)", new
        {
            type = "integer",
            minimum = 1,
            maximum = GetItems.ItemsParameters.MaxLimit,
            @default = GetItems.ItemsParameters.DefaultLimit,
        });
        limit["style"] = "form";
        limit["explode"] = false;
        var paths = new Dictionary<string, object>
        {
            ["/"] = Get("Landing page", Ogc.Json),
            ["/conformance"] = Get("Conformance classes", Ogc.Json),
            ["/collections"] = Get("Collections", Ogc.Json),
            ["/tileMatrixSets"] = Get("Tile matrix sets of the vector tiles", Ogc.Json),
            ["/tileMatrixSets/{tileMatrixSetId}"] = Get("A tile matrix set (OGC TMS 2.0)", Ogc.Json,
                Parameter("tileMatrixSetId", "Tile matrix set id", new { type = "string", @enum = new[] { WebMercatorQuad.Id } }, "path")),
        };
        foreach (var layer in layers.All.Where(l => callers.Current.CanSee(l.Confidentiality)))
        {
            var path = $"/collections/{layer.Id}";
            paths[path] = Get(layer.Title, Ogc.Json);
            paths[$"{path}/queryables"] = Get($"Queryables of {layer.Title}", Ogc.JsonSchema);
            paths[$"{path}/items"] = Get($"{layer.Title}: {layer.Description}", Ogc.GeoJson,
            [
                Parameter("bbox", "minx,miny,maxx,maxy", new { type = "array", items = new { type = "number" }, minItems = 4, maxItems = 6 }),
                Parameter("bbox-crs", "CRS of bbox", new { type = "string", @enum = OgcCrs.All.Select(c => c.Uri) }),
                Parameter("crs", "CRS of the response", new { type = "string", @enum = OgcCrs.All.Select(c => c.Uri) }),
                LimitReference,
                Parameter("offset", "Features to skip", new { type = "integer", minimum = 0, @default = 0 }),
                .. layer.TemporalProperty is null ? [] : new[] { Parameter("datetime", $"Instant or interval on {layer.TemporalProperty}", text) },
                Parameter("properties", "Comma-separated properties to return", text),
                Parameter("f", "Output format", new { type = "string", @enum = new[] { "json", "geojson", "csv", "csvw" } }),
                .. layer.Generalised
                    ? new[] { Parameter("zoom", "Map zoom level (generalisation)", new { type = "number" }),
                              Parameter("scale", "Map scale denominator (generalisation)", new { type = "number" }),
                              Parameter("resolution", "full, medium or low", new { type = "string", @enum = new[] { "full", "medium", "low" } }) }
                    : [],
                .. layer.Properties.Select(p => Parameter(p.Name, p.Description, GetQueryables.Endpoint.JsonSchemaOf(p))),
            ]);
            paths[$"{path}/items/{{featureId}}"] = Get($"One feature of {layer.Title}", Ogc.GeoJson,
                Parameter("featureId", "Feature id", text, "path"));
            paths[$"{path}/tiles"] = Get($"Vector tilesets of {layer.Title}", Ogc.Json);
            paths[$"{path}/tiles/{{tileMatrixSetId}}"] = Get($"Vector tileset of {layer.Title}: URL template, limits, thinning", Ogc.Json,
                Parameter("tileMatrixSetId", "Tile matrix set id", new { type = "string", @enum = new[] { WebMercatorQuad.Id } }, "path"));
            paths[$"{path}/tiles/WebMercatorQuad/{{z}}/{{y}}/{{x}}"] = Get($"Vector tiles of {layer.Title}", Ogc.VectorTile,
                Parameter("z", "Zoom", new { type = "integer" }, "path"), Parameter("y", "Row", new { type = "integer" }, "path"),
                Parameter("x", "Column", new { type = "integer" }, "path"));
        }
        return Send.ResultAsync(TypedResults.Json(new Dictionary<string, object>
        {
            ["openapi"] = "3.0.3",
            ["info"] = new { title = "Observatoires — OGC API - Features and Tiles", version = "1.0" },
            ["servers"] = new[] { new { url = Ogc.Url(HttpContext.Request) } },
            ["paths"] = paths,
            ["components"] = new { parameters = new { limit } },
        }, contentType: Ogc.OpenApi));
    }
}
