using System.Text.Json;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using Observatoires.Api.Platform.Http;

namespace Observatoires.Api.Platform.Export;

/// <summary>A feature of an uploaded GeoJSON FeatureCollection: its place in the file, its properties by name, its geometry as written.</summary>
internal sealed class GeoJsonFeature(int index, JsonElement properties, JsonElement geometry)
{
    private static readonly JsonSerializerOptions GeoJson = new() { Converters = { new GeoJsonConverterFactory() } };

    /// <summary>Where the feature is, as its problems name it: features[2].</summary>
    public string Where { get; } = $"features[{index}]";

    /// <summary>The geometry member as written: an object, null, or undefined when the feature has none.</summary>
    public JsonElement Geometry => geometry;

    /// <summary>The geometry's <c>type</c> as written (Point, Polygon...), or null.</summary>
    public string? GeometryType =>
        geometry.ValueKind == JsonValueKind.Object && geometry.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String
            ? type.GetString()
            : null;

    /// <summary>A property as a CSV cell would hold it: a string trimmed, a number as written; anything else (absent, null, an object) empty.</summary>
    public string Text(string name) => properties.TryGetProperty(name, out var value)
        ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString()!.Trim(),
            JsonValueKind.Number => value.GetRawText(),
            _ => "",
        }
        : "";

    /// <summary>A string property, trimmed; anything else empty.</summary>
    public string String(string name) =>
        properties.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()!.Trim() : "";

    /// <summary>These properties as text (<see cref="Text"/>), by name: the same record as a CSV line with these columns.</summary>
    public IReadOnlyDictionary<string, string> Fields(IEnumerable<string> names) => names.ToDictionary(n => n, Text, StringComparer.Ordinal);

    /// <summary>A Point's longitude and latitude, read from the JSON as written (a third value is ignored); false for any other geometry.</summary>
    public bool TryPosition(out double longitude, out double latitude)
    {
        (longitude, latitude) = (0, 0);
        if (GeometryType != "Point" || !geometry.TryGetProperty("coordinates", out var position) || position.ValueKind != JsonValueKind.Array
            || position.GetArrayLength() < 2 || position[0].ValueKind != JsonValueKind.Number || position[1].ValueKind != JsonValueKind.Number)
            return false;
        (longitude, latitude) = (position[0].GetDouble(), position[1].GetDouble());
        return true;
    }

    /// <summary>
    /// The geometry, read in longitude and latitude (SRID 4326) and flat, as PostGIS stores it; or why it cannot be: it is
    /// not a GeoJSON geometry, it is missing or empty, it has a third coordinate or one that is not a finite number.
    /// </summary>
    public string? ReadGeometry(out Geometry? read)
    {
        read = null;
        Geometry? parsed;
        try
        {
            parsed = geometry.Deserialize<Geometry>(GeoJson);
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException or FormatException or OverflowException)
        {
            return $"the geometry is not a GeoJSON geometry ({Echo.Cut(e.Message)})";
        }
        if (parsed is null || parsed.IsEmpty)
            return "the feature has no geometry";
        // Stored flat (2D): PostGIS would refuse a third coordinate.
        if (parsed.Coordinates.Any(c => !double.IsNaN(c.Z) || !double.IsNaN(c.M) || !double.IsFinite(c.X) || !double.IsFinite(c.Y)))
            return "coordinates are longitude, latitude (WGS 84), without a third value";
        parsed.SRID = GeocodedCsv.Wgs84;
        read = parsed;
        return null;
    }
}

/// <summary>
/// Reads an uploaded GeoJSON FeatureCollection for an importer. The file's problems (not JSON, not a FeatureCollection)
/// and those of features that are not objects with their properties (and their geometry, when it is required) are
/// reported with their place; every other feature is handed to the importer, which checks its properties and geometry.
/// </summary>
internal static class GeoJsonFeatures
{
    /// <summary>Whether an upload is GeoJSON: by its name (.geojson, .json), else by its first character (a JSON object, not CSV text).</summary>
    public static bool IsGeoJson(Stream stream, string fileName)
    {
        if (fileName.EndsWith(".geojson", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            return true;
        var first = -1;
        while (stream.ReadByte() is var b and >= 0)
        {
            if (b is ' ' or '\t' or '\r' or '\n' or 0xEF or 0xBB or 0xBF)  // white space, and a UTF-8 byte order mark
                continue;
            first = b;
            break;
        }
        stream.Position = 0;
        return first == '{';
    }

    /// <returns>How many features the collection has, or null when the file is not a FeatureCollection (its problem reported).</returns>
    public static int? Read(Stream stream, bool geometryRequired, FileProblems problems, Action<GeoJsonFeature> feature)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(stream);
        }
        catch (JsonException e)
        {
            problems.InFile($"the file is not JSON: {e.Message}");
            return null;
        }
        using var _ = document;
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String
            || type.GetString() != "FeatureCollection" || !root.TryGetProperty("features", out var features) || features.ValueKind != JsonValueKind.Array)
        {
            problems.InFile("the file must be a GeoJSON FeatureCollection with its features");
            return null;
        }
        var index = 0;
        foreach (var item in features.EnumerateArray())
        {
            var where = index;
            index++;
            var geometry = default(JsonElement);
            if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty("properties", out var properties)
                || properties.ValueKind != JsonValueKind.Object || (!item.TryGetProperty("geometry", out geometry) && geometryRequired))
                problems.At($"features[{where}]", geometryRequired ? "a feature with its geometry and properties is expected" : "a feature with its properties is expected");
            else
                feature(new(where, properties, geometry));
        }
        return index;
    }
}
