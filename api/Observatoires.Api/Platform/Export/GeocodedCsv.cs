using System.Globalization;

namespace Observatoires.Api.Platform.Export;

/// <summary>
/// The point of a geocoded CSV line: two columns (longitude and latitude, or x and y) written as spreadsheets write
/// numbers (<see cref="CsvTable.Number"/>), in a known spatial reference, and within that reference's bounds.
/// </summary>
internal static class GeocodedCsv
{
    /// <summary>Longitude and latitude in decimal degrees (what adresse.data.gouv.fr's geocoder adds).</summary>
    public const int Wgs84 = 4326;

    /// <summary>Lambert-93 metres (what FINESS and IGN files give in metropolitan France).</summary>
    public const int Lambert93 = 2154;

    /// <summary>
    /// Whether (x, y) lies within the bounds of <paramref name="srid"/>: the globe for WGS 84, metropolitan France for
    /// Lambert-93 (x from 0 to 1,300,000 m, y from 6,000,000 to 7,200,000 m).
    /// </summary>
    public static bool InBounds(int srid, double x, double y) => srid switch
    {
        Wgs84 => x is >= -180 and <= 180 && y is >= -90 and <= 90,
        Lambert93 => x is >= 0 and <= 1_300_000 && y is >= 6_000_000 and <= 7_200_000,
        _ => throw new ArgumentOutOfRangeException(nameof(srid), srid, "a spatial reference the importers read"),
    };

    /// <summary>The point of two coordinate values, when both are numbers and the point lies within <paramref name="srid"/>'s bounds.</summary>
    public static bool TryRead(string xText, string yText, int srid, out double x, out double y)
    {
        y = 0;
        return CsvTable.Number(xText, out x) && CsvTable.Number(yText, out y) && InBounds(srid, x, y);
    }

    /// <summary>A point as the problems quote it: (2.35, 48.85).</summary>
    public static string Text(double x, double y) => $"({x.ToString(CultureInfo.InvariantCulture)}, {y.ToString(CultureInfo.InvariantCulture)})";
}
