using System.Text.Json;
using Observatoires.Api.Platform.Export;
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

    public static (IReadOnlyList<NetworkFeature> Features, FileProblems Problems) Read(Stream stream, string fileName)
    {
        var problems = new FileProblems();
        var features = new List<NetworkFeature>();
        var count = GeoJsonFeatures.Read(stream, geometryRequired: true, problems, feature =>
        {
            if (feature.Geometry.ValueKind != JsonValueKind.Object)
            {
                problems.At(feature.Where, "a feature with its geometry and properties is expected");
                return;
            }
            var (name, statusText, kindText, source) = (feature.String("nom"), feature.String("statut"), feature.String("type_element"), feature.String("source"));
            var geometryType = feature.GeometryType;
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
                (written, problem) = TramesGeometry.Read(feature.Geometry.GetRawText(), kind!);
            if (problem is not null)
                problems.At(feature.Where, problem);
            else
                features.Add(new(feature.Where, kind!, name, status!, source.Length > 0 ? source : fileName, written!));
        });
        if (count == 0)
            problems.InFile("the file has no features: a network is never emptied by an import");
        return (features, problems);
    }
}
