using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using Observatoires.Api.Platform.Export;
using Observatoires.Api.Platform.Http;

namespace Observatoires.Api.Observatories.Environnement;

/// <summary>One record of an uploaded file: where it is ("line 4", "features[2]"), its fields by column name, its geometry if GeoJSON.</summary>
internal sealed record FileRecord(string Where, IReadOnlyDictionary<string, string> Fields, Geometry? Geometry);

/// <summary>
/// Reads the observatory's uploads, CSV (semicolons or commas, a header) or a GeoJSON FeatureCollection, into records
/// whose fields are named by the expected columns (GeoJSON: the properties of the same names), and collects the problems
/// with their line or feature. The checks of the values are the caller's.
/// </summary>
internal static partial class FeatureFile
{
    public const int ProblemsShown = 200;

    private static readonly JsonSerializerOptions GeoJson = new() { Converters = { new GeoJsonConverterFactory() } };

    /// <param name="columns">The columns expected: a CSV must have them (any order, other columns ignored when <paramref name="extraColumns"/>).</param>
    public static IEnumerable<FileRecord> Read(Stream stream, string fileName, IReadOnlyList<string> columns, bool extraColumns, List<string> problems)
    {
        var records = new List<FileRecord>();
        try
        {
            if (IsGeoJson(stream, fileName))
                ReadGeoJson(stream, columns, problems, records);
            else
                ReadCsv(stream, columns, extraColumns, problems, records);
        }
        catch (Exception e) when (e is InvalidDataException or DecoderFallbackException)
        {
            problems.Add(e is DecoderFallbackException ? "the file is not UTF-8 text" : e.Message);
        }
        return records;
    }

    private static bool IsGeoJson(Stream stream, string fileName)
    {
        if (fileName.EndsWith(".geojson", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            return true;
        // Else by its first character: a JSON object, or CSV text.
        var first = -1;
        while (stream.ReadByte() is var b and >= 0)
        {
            if (b is ' ' or '\t' or '\r' or '\n' or 0xEF or 0xBB or 0xBF)
                continue;
            first = b;
            break;
        }
        stream.Position = 0;
        return first == '{';
    }

    private static void ReadCsv(Stream stream, IReadOnlyList<string> columns, bool extraColumns, List<string> problems, List<FileRecord> records)
    {
        using var reader = new CsvReader(stream);
        var header = reader.Header.Select(h => h.Trim().ToLowerInvariant()).ToList();
        var missing = columns.Where(c => !header.Contains(c)).ToList();
        if (missing.Count > 0 || (!extraColumns && header.Count != columns.Count))
        {
            problems.Add($"line 1: the columns are {string.Join(", ", header.Select(Echo.Cut))}; expected {string.Join(";", columns)}");
            return;
        }
        var index = columns.ToDictionary(c => c, c => header.IndexOf(c));
        while (reader.TryRead(out var record))
        {
            if (record.Fields.Count != header.Count)
                problems.Add($"line {record.Line}: {record.Fields.Count} fields where the header has {header.Count}");
            else
                records.Add(new($"line {record.Line}", columns.ToDictionary(c => c, c => record.Fields[index[c]].Trim()), null));
        }
    }

    private static void ReadGeoJson(Stream stream, IReadOnlyList<string> columns, List<string> problems, List<FileRecord> records)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(stream);
        }
        catch (JsonException e)
        {
            problems.Add($"the file is not JSON: {e.Message}");
            return;
        }
        using var _ = document;
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String
            || type.GetString() != "FeatureCollection" || !root.TryGetProperty("features", out var features) || features.ValueKind != JsonValueKind.Array)
        {
            problems.Add("the file must be a GeoJSON FeatureCollection with its features");
            return;
        }
        var index = 0;
        foreach (var feature in features.EnumerateArray())
        {
            var where = $"features[{index++}]";
            if (feature.ValueKind != JsonValueKind.Object || !feature.TryGetProperty("properties", out var properties)
                || properties.ValueKind != JsonValueKind.Object || !feature.TryGetProperty("geometry", out var geometryJson))
            {
                problems.Add($"{where}: a feature with its geometry and properties is expected");
                continue;
            }
            Geometry? geometry;
            try
            {
                geometry = geometryJson.Deserialize<Geometry>(GeoJson);
            }
            catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException or FormatException or OverflowException)
            {
                problems.Add($"{where}: the geometry is not a GeoJSON geometry ({Echo.Cut(e.Message)})");
                continue;
            }
            if (geometry is null || geometry.IsEmpty)
            {
                problems.Add($"{where}: the feature has no geometry");
                continue;
            }
            // Stored flat (2D): PostGIS would refuse a third coordinate.
            if (geometry.Coordinates.Any(c => !double.IsNaN(c.Z) || !double.IsNaN(c.M) || !double.IsFinite(c.X) || !double.IsFinite(c.Y)))
            {
                problems.Add($"{where}: coordinates are longitude, latitude (WGS 84), without a third value");
                continue;
            }
            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var column in columns)
            {
                fields[column] = properties.TryGetProperty(column, out var value) ? value.ValueKind switch
                {
                    JsonValueKind.String => value.GetString()!.Trim(),
                    JsonValueKind.Number => value.GetRawText(),
                    _ => "",
                } : "";
            }
            records.Add(new(where, fields, geometry));
        }
    }

    /// <summary>A decimal number with a point or a comma (French spreadsheets).</summary>
    public static bool Number(string text, out double value) =>
        double.TryParse(text.Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)
        && double.IsFinite(value);

    /// <summary>A commune's INSEE code (62119) or id (commune:62119) to its id, if it is one of <paramref name="communes"/>.</summary>
    public static string? Commune(string text, IReadOnlySet<string> communes)
    {
        var id = text.StartsWith("commune:", StringComparison.Ordinal) ? text : "commune:" + text;
        return communes.Contains(id) ? id : null;
    }

    /// <summary>A problem's place in the file, so that the problems read in the file's order.</summary>
    public static long Position(string problem) =>
        Place().Match(problem) is { Success: true } m ? long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : long.MaxValue;

    [GeneratedRegex(@"^(?:line |features\[)(\d+)")]
    private static partial Regex Place();
}
