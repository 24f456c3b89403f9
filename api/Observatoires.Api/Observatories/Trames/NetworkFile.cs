using System.Text.Json;
using Observatoires.Api.Platform.Http;

namespace Observatoires.Api.Observatories.Trames;

/// <summary>A feature of a network file, checked: its attributes, and its geometry as written back for PostGIS.</summary>
internal sealed record NetworkFeature(string Where, string Kind, string Name, string Status, string Source, string Geometry);

/// <summary>
/// A network's GeoJSON file as the agency exports it from its GIS: a FeatureCollection in longitude/latitude whose features
/// are the network's reservoirs (Polygon, MultiPolygon) and corridors (LineString, MultiLineString), with the properties
/// <c>nom</c>, <c>statut</c> (code or French label), optionally <c>type_element</c> (reservoir or corridor, which must
/// match the geometry) and <c>source</c> (the file's name by default). Every problem is reported with its feature.
/// </summary>
internal static class NetworkFile
{
    public const int ProblemsShown = 50;

    public static (IReadOnlyList<NetworkFeature> Features, IReadOnlyList<string> Problems) Read(Stream stream, string fileName)
    {
        var problems = new List<string>();
        var features = new List<NetworkFeature>();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(stream);
        }
        catch (JsonException e)
        {
            return ([], [$"the file is not JSON: {e.Message}"]);
        }
        using var _ = document;
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String
            || type.GetString() != "FeatureCollection" || !root.TryGetProperty("features", out var items) || items.ValueKind != JsonValueKind.Array)
            return ([], ["the file must be a GeoJSON FeatureCollection with its features"]);
        if (items.GetArrayLength() == 0)
            return ([], ["the file has no features: a network is never emptied by an import"]);
        var index = 0;
        foreach (var feature in items.EnumerateArray())
        {
            var where = $"features[{index++}]";
            if (feature.ValueKind != JsonValueKind.Object || !feature.TryGetProperty("properties", out var properties)
                || properties.ValueKind != JsonValueKind.Object || !feature.TryGetProperty("geometry", out var geometry)
                || geometry.ValueKind != JsonValueKind.Object)
            {
                problems.Add($"{where}: a feature with its geometry and properties is expected");
                continue;
            }
            string Text(string name) => properties.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()!.Trim() : "";
            var (name, statusText, kindText, source) = (Text("nom"), Text("statut"), Text("type_element"), Text("source"));
            var geometryType = geometry.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            var kind = geometryType is "Polygon" or "MultiPolygon" ? "reservoir" : geometryType is "LineString" or "MultiLineString" ? "corridor" : null;
            var status = Vocabulary.Statuses.FirstOrDefault(s => s.Code == statusText || string.Equals(s.Label, statusText, StringComparison.OrdinalIgnoreCase))?.Code;
            string? problem = null;
            if (new[] { name, statusText, kindText, source }.FirstOrDefault(v => ControlCharacters.Problem(v, freeText: false) is not null) is { } control)
                problem = $"'{Echo.Cut(control)}' has control characters";
            else if (name.Length is 0 or > 200)
                problem = "nom is the element's name (1 to 200 characters)";
            else if (status is null)
                problem = $"statut '{Echo.Cut(statusText)}' is not one of {Vocabulary.Codes(Vocabulary.Statuses)}";
            else if (kind is null)
                problem = $"the geometry is a {Echo.Cut(geometryType)}: a reservoir is a Polygon or MultiPolygon, a corridor a LineString or MultiLineString";
            else if (kindText.Length > 0 && kindText != kind)
                problem = $"type_element '{Echo.Cut(kindText)}' does not match its geometry ({geometryType}: {kind})";
            else if (source.Length > 300)
                problem = "source is at most 300 characters";
            string? written = null;
            if (problem is null)
                (written, problem) = TramesGeometry.Read(geometry.GetRawText(), kind!);
            if (problem is not null)
                problems.Add($"{where}: {problem}");
            else
                features.Add(new(where, kind!, name, status!, source.Length > 0 ? source : fileName, written!));
        }
        return (features, problems);
    }
}
