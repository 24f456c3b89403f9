using System.Text.Json.Serialization;
using Dapper;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Geo.Layers;

namespace Observatoires.Api.Platform.Geo.Ogc;

internal sealed record SpatialExtent(IReadOnlyList<double[]> Bbox, string Crs);

internal sealed record TemporalExtent(IReadOnlyList<string?[]> Interval, string Trs = "http://www.opengis.net/def/uri/ISO-8601/0/Gregorian");

internal sealed record Extent(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] SpatialExtent? Spatial,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] TemporalExtent? Temporal);

/// <summary>A collection as /ogc/collections describes it: what QGIS and GDAL need to list, place and page it.</summary>
internal sealed record CollectionDescription(
    string Id,
    string Title,
    string Description,
    string ItemType,
    Extent Extent,
    IReadOnlyList<string> Crs,
    string StorageCrs,
    IReadOnlyList<Link> Links)
{
    public static async Task<CollectionDescription> DescribeAsync(NpgsqlConnection connection, HttpRequest request, LayerDefinition layer, Caller caller)
    {
        var query = new FeatureQuery(layer).For(caller);
        var (minX, minY, maxX, maxY, start, end) = await connection.QuerySingleAsync<(double?, double?, double?, double?, string?, string?)>(
            query.ExtentSql(), query.Parameters);
        var collection = Ogc.Url(request, $"/collections/{layer.Id}");
        return new(layer.Id, layer.Title, layer.Description, "feature",
            new(minX is null ? null : new([[minX.Value, minY!.Value, maxX!.Value, maxY!.Value]], OgcCrs.Crs84.Uri),
                layer.TemporalProperty is null ? null : new([[start, end]])),
            [.. OgcCrs.All.Select(c => c.Uri)], OgcCrs.Crs84.Uri,
            [
                new(collection, "self", Ogc.Json, layer.Title),
                new($"{collection}/items", "items", Ogc.GeoJson, "Les objets (GeoJSON)"),
                new($"{collection}/items?f=csv", "items", "text/csv", "Les objets (CSV, géométrie en WKT)"),
                new($"{collection}/queryables", "http://www.opengis.net/def/rel/ogc/1.0/queryables", Ogc.JsonSchema,
                    "Les propriétés filtrables"),
                new($"{collection}/tiles", Ogc.TilesetsVectorRel, Ogc.Json, "Les jeux de tuiles vectorielles (OGC API - Tiles)"),
                new($"{collection}/tiles/WebMercatorQuad/{{tileMatrix}}/{{tileRow}}/{{tileCol}}", "item", Ogc.VectorTile,
                    "Tuiles vectorielles (MVT, WebMercatorQuad)") { Templated = true },
            ]);
    }
}
