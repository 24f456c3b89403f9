namespace Observatoires.Api.Platform.Http;

/// <summary>Formats chosen by ?format= or, failing that, by the Accept header.</summary>
internal static class OutputFormat
{
    public const string Json = "json";
    public const string GeoJson = "geojson";
    public const string Csv = "csv";

    public static string Resolve(string? format, HttpRequest request)
    {
        if (!string.IsNullOrEmpty(format))
            return format;
        var accept = request.Headers.Accept.ToString();
        if (accept.Contains("application/geo+json", StringComparison.OrdinalIgnoreCase))
            return GeoJson;
        if (accept.Contains("text/csv", StringComparison.OrdinalIgnoreCase))
            return Csv;
        return Json;
    }
}
