using System.Text.Json.Serialization;
using Dapper;
using FastEndpoints;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Geo.Layers;
using Observatoires.Api.Platform.Http;

namespace Observatoires.Api.Platform.Geo.Ogc.GetTileset;

internal sealed class Request
{
    /// <summary>Collection id, e.g. emploi-etablissements.</summary>
    public string CollectionId { get; set; } = "";

    /// <summary>Tile matrix set id: WebMercatorQuad.</summary>
    public string TileMatrixSetId { get; set; } = "";
}

/// <summary>The one source layer of a collection's tiles: its name in the tiles, what it holds and its properties.</summary>
internal sealed record TilesetLayer(
    string Id, string Title, string Description, string DataType, int GeometryDimension, string MinTileMatrix, string MaxTileMatrix,
    IReadOnlyDictionary<string, object> PropertiesSchema);

/// <summary>Tileset metadata (OGC TMS 2.0): the tile URL template, its grid, where the data lies, and how tiles are thinned.</summary>
internal sealed record Response(
    string Title, string Description, string DataType, string Crs, string TileMatrixSetURI, IReadOnlyList<Link> Links,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<TileMatrixLimits>? TileMatrixSetLimits,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] BoundingBox? BoundingBox,
    IReadOnlyList<TilesetLayer> Layers);

internal sealed class Endpoint(NpgsqlDataSource dataSource, LayerRegistry layers, ICallerAccessor callers) : Endpoint<Request, Response>
{
    public override void Configure()
    {
        Get(Ogc.Root + "/collections/{collectionId}/tiles/{tileMatrixSetId}");
        AllowAnonymous();
        Description(d => d.ProducesProblemDetails(404));
        Summary(s =>
        {
            s.Summary = "A layer's vector tileset (OGC API - Tiles): the MVT URL template, the tiles holding data at each zoom, " +
                        "the properties, and how tiles are thinned (point clusters below zoom 12, simplified contours)";
            s.Description = "The tile URL template, the range of tiles that hold data at each zoom, the bounding box, the MVT source layer and its properties, and how points are clustered below zoom 12.";
            s.ExampleRequest = new Request { CollectionId = "emploi-etablissements", TileMatrixSetId = WebMercatorQuad.Id };
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        if (Ogc.Visible(layers, callers.Current, r.CollectionId) is not { } layer)
        {
            await Send.ResultAsync(Problems.NotFound(Ogc.NotFoundMessage(r.CollectionId)));
            return;
        }
        if (r.TileMatrixSetId != WebMercatorQuad.Id)
        {
            await Send.ResultAsync(Problems.NotFound(Ogc.TileMatrixSetNotFoundMessage(r.TileMatrixSetId)));
            return;
        }
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var query = new FeatureQuery(layer).For(callers.Current);
        var (west, south, east, north, _, _) = await connection.QuerySingleAsync<(double?, double?, double?, double?, string?, string?)>(
            new CommandDefinition(query.ExtentSql(), query.Parameters, cancellationToken: ct));

        var request = HttpContext.Request;
        var tileset = Ogc.Url(request, $"/collections/{layer.Id}/tiles/{WebMercatorQuad.Id}");
        var rule = ThinningRule(layer);
        await Send.OkAsync(new Response(
            $"{layer.Title} — tuiles vectorielles ({WebMercatorQuad.Id})", rule, "vector", WebMercatorQuad.Crs, WebMercatorQuad.Uri,
            [
                new(tileset, "self", Ogc.Json, "Ce jeu de tuiles"),
                new(Ogc.Url(request, $"/tileMatrixSets/{WebMercatorQuad.Id}"), Ogc.TilingSchemeRel, Ogc.Json, "Définition de la grille"),
                new($"{tileset}/{{tileMatrix}}/{{tileRow}}/{{tileCol}}", "item", Ogc.VectorTile, "Tuiles vectorielles (MVT)") { Templated = true },
                new(Ogc.Url(request, $"/collections/{layer.Id}"), "collection", Ogc.Json, layer.Title),
            ],
            west is null ? null : WebMercatorQuad.Limits(west.Value, south!.Value, east!.Value, north!.Value),
            west is null ? null : new([west.Value, south!.Value], [east!.Value, north!.Value], OgcCrs.Crs84.Uri),
            [
                new(layer.Id, layer.Title, rule, "vector", GeometryDimension(layer.GeometryType), "0",
                    WebMercatorQuad.MaxZoom.ToString(System.Globalization.CultureInfo.InvariantCulture), PropertiesSchema(layer)),
            ]), ct);
    }

    /// <summary>What a tile holds at each zoom, as the tile query does it (FeatureQuery.TileSql).</summary>
    internal static string ThinningRule(LayerDefinition layer)
    {
        if (layer.GeometryType == "Point")
        {
            const int cell = FeatureQuery.ClusterCellPixels, grid = 256 / FeatureQuery.ClusterCellPixels;
            return $"Sous le niveau {FeatureQuery.ClusterBelowZoom}, une entité par cellule de {cell} × {cell} pixels ({grid} × {grid} " +
                   "cellules par tuile) : le seul point d'une cellule y figure avec ses propriétés ; plusieurs points forment une seule " +
                   "entité à leur position moyenne, avec cluster = true et point_count = leur nombre. " +
                   $"À partir du niveau {FeatureQuery.ClusterBelowZoom}, chaque point avec ses propriétés.";
        }
        return layer.Generalised
            ? $"Contours simplifiés sous le niveau {FeatureQuery.MediumContoursBelowZoom}, davantage sous le niveau " +
              $"{FeatureQuery.LowContoursBelowZoom}, en gardant commune la limite de deux voisins ; contours complets à partir du niveau " +
              $"{FeatureQuery.MediumContoursBelowZoom}. Chaque objet à chaque niveau."
            : "Chaque objet à chaque niveau, avec sa géométrie complète et ses propriétés.";
    }

    private static int GeometryDimension(string geometryType) =>
        geometryType.Contains("Point", StringComparison.Ordinal) ? 0 : geometryType.Contains("Line", StringComparison.Ordinal) ? 1 : 2;

    /// <summary>The properties of the tiles' features (dates travel as ISO text); clusters' own for point layers.</summary>
    private static Dictionary<string, object> PropertiesSchema(LayerDefinition layer)
    {
        var properties = new Dictionary<string, object>
        {
            ["id"] = new Dictionary<string, object> { ["type"] = "string", ["description"] = "Identifiant de l'objet." },
        };
        foreach (var p in layer.Properties)
            properties[p.Name] = GetQueryables.Endpoint.JsonSchemaOf(p);
        if (layer.GeometryType == "Point")
        {
            properties["cluster"] = new Dictionary<string, object>
            {
                ["type"] = "boolean",
                ["description"] = $"Vrai sur une entité qui regroupe plusieurs points (sous le niveau {FeatureQuery.ClusterBelowZoom}).",
            };
            properties["point_count"] = new Dictionary<string, object>
            {
                ["type"] = "integer",
                ["description"] = "Nombre de points regroupés.",
            };
        }
        return new() { ["type"] = "object", ["properties"] = properties };
    }
}
