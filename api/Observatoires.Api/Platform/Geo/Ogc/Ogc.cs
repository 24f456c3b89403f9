using System.Text.Json.Serialization;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Geo.Layers;
using Observatoires.Api.Platform.Http;

namespace Observatoires.Api.Platform.Geo.Ogc;

/// <summary>A link of OGC API responses.</summary>
internal sealed record Link(string Href, string Rel, string Type, string? Title = null)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Templated { get; init; }
}

/// <summary>What the OGC API - Features and Tiles endpoints share: their root URL, media types, link relations, and finding a visible layer.</summary>
internal static class Ogc
{
    public const string Root = "/ogc";
    public const string Json = "application/json";
    public const string GeoJson = "application/geo+json";
    public const string OpenApi = "application/vnd.oai.openapi+json;version=3.0";
    public const string JsonSchema = "application/schema+json";
    public const string VectorTile = "application/vnd.mapbox-vector-tile";

    /// <summary>Link relations of OGC API - Tiles: a collection's vector tilesets, a tileset's grid, the grids.</summary>
    public const string TilesetsVectorRel = "http://www.opengis.net/def/rel/ogc/1.0/tilesets-vector";
    public const string TilingSchemeRel = "http://www.opengis.net/def/rel/ogc/1.0/tiling-scheme";
    public const string TilingSchemesRel = "http://www.opengis.net/def/rel/ogc/1.0/tiling-schemes";

    public static readonly IReadOnlyList<string> ConformanceClasses =
    [
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
        "http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs",
        "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables",
        "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables-query-parameters",
        "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/core",
        "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/tileset",
        "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/tilesets-list",
        "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/geodata-tilesets",
        "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/mvt",
        "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/oas30",
        "http://www.opengis.net/spec/tms/2.0/conf/tilematrixset",
        "http://www.opengis.net/spec/tms/2.0/conf/json-tilematrixset",
        "http://www.opengis.net/spec/tms/2.0/conf/tilesetmetadata",
        "http://www.opengis.net/spec/tms/2.0/conf/json-tilesetmetadata",
        "http://www.opengis.net/spec/tms/2.0/conf/tilematrixsetlimits",
        "http://www.opengis.net/spec/tms/2.0/conf/json-tilematrixsetlimits",
    ];

    /// <summary>The absolute public URL of a path under /ogc.</summary>
    public static string Url(HttpRequest request, string path = "") => request.PublicUrl(Root + path);

    /// <summary>The layer, if it exists and the caller may see it: a hidden layer is as unknown as a missing one.</summary>
    public static LayerDefinition? Visible(LayerRegistry layers, Caller caller, string id) =>
        layers.Find(id) is { } layer && caller.CanSee(layer.Confidentiality) ? layer : null;

    public static string NotFoundMessage(string id) => $"Collection '{id}' does not exist; the list is at {Root}/collections";

    public static string TileMatrixSetNotFoundMessage(string id) =>
        $"Tile matrix set '{id}' does not exist; the tiles use {WebMercatorQuad.Id} (the list is at {Root}/tileMatrixSets)";
}
