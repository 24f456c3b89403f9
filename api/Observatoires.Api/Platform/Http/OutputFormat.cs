namespace Observatoires.Api.Platform.Http;

/// <summary>Formats chosen by ?format= or, failing that, by the Accept header.</summary>
internal static class OutputFormat
{
    public const string Json = "json";
    public const string GeoJson = "geojson";
    public const string Csv = "csv";

    /// <summary>The CSV's CSVW metadata document (W3C Metadata Vocabulary for Tabular Data), which the CSV links to.</summary>
    public const string Csvw = "csvw";

    /// <summary>The same table as a spreadsheet, with a sheet of metadata.</summary>
    public const string Xlsx = "xlsx";

    public const string CsvwContentType = "application/csvm+json";
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The formats of a table: the CSV and what describes or repeats it.</summary>
    public static bool IsTable(string format) => format is Csv or Csvw or Xlsx;

    public static string Resolve(string? format, HttpRequest request)
    {
        if (!string.IsNullOrEmpty(format))
            return format;
        var accept = request.Headers.Accept.ToString();
        if (accept.Contains("application/geo+json", StringComparison.OrdinalIgnoreCase))
            return GeoJson;
        if (accept.Contains("text/csv", StringComparison.OrdinalIgnoreCase))
            return Csv;
        if (accept.Contains(XlsxContentType, StringComparison.OrdinalIgnoreCase))
            return Xlsx;
        if (accept.Contains(CsvwContentType, StringComparison.OrdinalIgnoreCase))
            return Csvw;
        return Json;
    }
}
