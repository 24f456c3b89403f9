namespace Observatoires.Api.Platform.Geo.Ogc;

/// <summary>
/// The coordinate reference systems of OGC API - Features Part 2 served here: CRS84 (longitude, latitude: the
/// default) and Lambert-93 (EPSG:2154, in metres, what French GIS users work in).
/// </summary>
internal sealed record OgcCrs(string Uri, int Srid, int FullDecimals)
{
    public static readonly OgcCrs Crs84 = new("http://www.opengis.net/def/crs/OGC/1.3/CRS84", 4326, 6);
    public static readonly OgcCrs Lambert93 = new("http://www.opengis.net/def/crs/EPSG/0/2154", 2154, 2);

    public static readonly IReadOnlyList<OgcCrs> All = [Crs84, Lambert93];

    /// <summary>The CRS named by a URI, a CURIE ([EPSG:2154]) or a short code (EPSG:2154, CRS84); null if not served.</summary>
    public static OgcCrs? Parse(string? text) => text?.Trim().Trim('[', ']') switch
    {
        null or "" => Crs84,
        "http://www.opengis.net/def/crs/OGC/1.3/CRS84" or "https://www.opengis.net/def/crs/OGC/1.3/CRS84" or "CRS84" or "OGC:CRS84" => Crs84,
        "http://www.opengis.net/def/crs/EPSG/0/2154" or "https://www.opengis.net/def/crs/EPSG/0/2154" or "EPSG:2154" => Lambert93,
        _ => null,
    };

    /// <summary>Coordinate decimals at a resolution: 6 ≈ 10 cm in degrees, 2 = 1 cm in metres; fewer when generalised.</summary>
    public int Decimals(string resolution) => FullDecimals - resolution switch { "medium" => 1, "low" => 2, _ => 0 };

    public string Header => $"<{Uri}>";
}
