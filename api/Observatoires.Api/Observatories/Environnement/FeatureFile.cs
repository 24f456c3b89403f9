using NetTopologySuite.Geometries;
using Observatoires.Api.Platform.Export;

namespace Observatoires.Api.Observatories.Environnement;

/// <summary>One record of an uploaded file: where it is ("line 4", "features[2]"), its fields by column name, its geometry if GeoJSON.</summary>
internal sealed record FileRecord(string Where, IReadOnlyDictionary<string, string> Fields, Geometry? Geometry);

/// <summary>
/// Reads the observatory's uploads, CSV (semicolons or commas, a header: <see cref="CsvTable"/>) or a GeoJSON
/// FeatureCollection (<see cref="GeoJsonFeatures"/>), into records whose fields are named by the expected columns
/// (GeoJSON: the properties of the same names), and collects the problems with their line or feature. The checks of
/// the values are the caller's.
/// </summary>
internal static class FeatureFile
{
    public const int ProblemsShown = 200;

    /// <param name="columns">The columns expected: a CSV must have them (any order, other columns ignored when <paramref name="extraColumns"/>).</param>
    public static IEnumerable<FileRecord> Read(Stream stream, string fileName, IReadOnlyList<string> columns, bool extraColumns, FileProblems problems)
    {
        var records = new List<FileRecord>();
        if (GeoJsonFeatures.IsGeoJson(stream, fileName))
        {
            GeoJsonFeatures.Read(stream, geometryRequired: true, problems, feature =>
            {
                if (feature.ReadGeometry(out var geometry) is { } problem)
                    problems.At(feature.Where, problem);
                else
                    records.Add(new(feature.Where, feature.Fields(columns), geometry));
            });
        }
        else
        {
            CsvTable.Read(stream, CsvColumns.AllOf(columns, extraColumns), problems,
                row => records.Add(new($"line {row.Line}", columns.ToDictionary(c => c, c => row[c]), null)));
        }
        return records;
    }

    /// <summary>A commune's INSEE code (62119) or id (commune:62119) to its id, if it is one of <paramref name="communes"/>.</summary>
    public static string? Commune(string text, IReadOnlySet<string> communes)
    {
        var id = text.StartsWith("commune:", StringComparison.Ordinal) ? text : "commune:" + text;
        return communes.Contains(id) ? id : null;
    }
}
