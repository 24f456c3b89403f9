using System.Globalization;

namespace Observatoires.Api.Platform.Geo.Ogc;

/// <summary>One level of a tile matrix set, as OGC TMS 2.0 encodes it in JSON.</summary>
internal sealed record TileMatrix(
    string Id, double ScaleDenominator, double CellSize, string CornerOfOrigin, double[] PointOfOrigin,
    int TileWidth, int TileHeight, int MatrixWidth, int MatrixHeight);

/// <summary>A tile matrix set (OGC TMS 2.0): the grid of every zoom level in a CRS.</summary>
internal sealed record TileMatrixSet(
    string Id, string Title, string Uri, string Crs, IReadOnlyList<string> OrderedAxes, string WellKnownScaleSet,
    IReadOnlyList<TileMatrix> TileMatrices);

/// <summary>The tiles of one level that hold data (rows from the north, columns from the west, inclusive).</summary>
internal sealed record TileMatrixLimits(string TileMatrix, int MinTileRow, int MaxTileRow, int MinTileCol, int MaxTileCol);

/// <summary>An extent in a CRS, as tileset metadata gives it.</summary>
internal sealed record BoundingBox(double[] LowerLeft, double[] UpperRight, string Crs);

/// <summary>
/// WebMercatorQuad, the grid of the vector tiles (MapLibre's and OpenStreetMap's: EPSG:3857, 256-pixel tiles, 2^z × 2^z
/// tiles at zoom z). The only tile matrix set served: every layer's tiles use it.
/// </summary>
internal static class WebMercatorQuad
{
    public const string Id = "WebMercatorQuad";
    public const string Uri = "http://www.opengis.net/def/tilematrixset/OGC/1.0/WebMercatorQuad";
    public const string Crs = "http://www.opengis.net/def/crs/EPSG/0/3857";

    /// <summary>The deepest zoom the tile endpoint serves (the definition itself goes to 24, as OGC registers it).</summary>
    public const int MaxZoom = 22;

    // Half the equator in EPSG:3857 metres (π × 6,378,137); cells follow from it, scales from the 0.28 mm pixel of OGC.
    private const double HalfWorld = 20037508.342789244;

    public static TileMatrixSet Definition { get; } = new(Id, "Google Maps Compatible for the World", Uri, Crs, ["X", "Y"],
        "http://www.opengis.net/def/wkss/OGC/1.0/GoogleMapsCompatible",
        [
            .. Enumerable.Range(0, 25).Select(z =>
            {
                var cell = 2 * HalfWorld / 256 / (1L << z);
                return new TileMatrix(z.ToString(CultureInfo.InvariantCulture), cell / 0.00028, cell, "topLeft",
                    [-HalfWorld, HalfWorld], 256, 256, 1 << z, 1 << z);
            }),
        ]);

    /// <summary>The tiles covering a CRS84 extent at each served zoom.</summary>
    public static IReadOnlyList<TileMatrixLimits> Limits(double west, double south, double east, double north) =>
    [
        .. Enumerable.Range(0, MaxZoom + 1).Select(z =>
        {
            var (minCol, minRow) = Tile(west, north, z);
            var (maxCol, maxRow) = Tile(east, south, z);
            return new TileMatrixLimits(z.ToString(CultureInfo.InvariantCulture), minRow, maxRow, minCol, maxCol);
        }),
    ];

    /// <summary>The column and row of the tile holding a point at a zoom (latitudes beyond ±85.05° fall in the edge rows).</summary>
    public static (int Col, int Row) Tile(double longitude, double latitude, int z)
    {
        var size = 1 << z;
        var phi = Math.Clamp(latitude, -85.0511287798, 85.0511287798) * Math.PI / 180;
        var x = (longitude + 180) / 360 * size;
        var y = (1 - Math.Log(Math.Tan(phi) + 1 / Math.Cos(phi)) / Math.PI) / 2 * size;
        return (Math.Clamp((int)Math.Floor(x), 0, size - 1), Math.Clamp((int)Math.Floor(y), 0, size - 1));
    }
}
