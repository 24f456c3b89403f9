using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using Npgsql;
using Observatoires.Api.Platform.Export;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Indicators.Engine;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.Environnement;

/// <summary>A zone of a surface-temperature image, checked: its class and its geometry as GeoJSON for PostGIS.</summary>
internal sealed record ZoneLine(string Where, string ZoneClass, string? Label, string Geometry);

/// <summary>A sensitive public building, checked.</summary>
internal sealed record BuildingLine(string Where, string Id, string Name, string Type, string Commune, string? Address, double Lon, double Lat);

/// <summary>A 200 m cell of gridded population, checked: its id (which gives its square) and its population.</summary>
internal sealed record CellLine(string Where, string Id, double North, double East, double Population);

/// <summary>
/// The three imports' files, read and checked line by line (or feature by feature) before anything is written. Whether
/// the geometries lie in the AULA perimeter is checked in the database by the endpoints.
/// </summary>
internal static partial class ImportFiles
{
    /// <summary>The communes of the AULA perimeter, where every imported geometry must lie.</summary>
    public static async Task<IReadOnlyList<string>> PerimeterAsync(NpgsqlConnection connection, TerritoryHierarchy hierarchies, CancellationToken ct) =>
        (await TargetLookup.FindAsync(connection, await hierarchies.GetAsync(ct), "groupement:aula"))?.CoveredCommunes ?? [];

    private static readonly JsonSerializerOptions GeoJson = new() { Converters = { new GeoJsonConverterFactory() } };

    public static readonly IReadOnlyList<string> ZoneColumns = ["classe", "libelle"];
    public static readonly IReadOnlyList<string> BuildingColumns = ["identifiant", "nom", "type", "commune", "adresse", "lon", "lat"];

    /// <summary>INSEE's Filosofi carroyé columns this import reads; the file's other columns are ignored.</summary>
    public static readonly IReadOnlyList<string> CellColumns = ["idcar_200m", "ind"];

    /// <summary>
    /// Zones: a GeoJSON FeatureCollection of Polygons or MultiPolygons, each with its <c>classe</c> (code or French
    /// label of <see cref="Vocabulary.ZoneClasses"/>) and an optional <c>libelle</c>; valid geometries only.
    /// </summary>
    public static (IReadOnlyList<ZoneLine> Lines, FileProblems Problems) ReadZones(Stream stream, string fileName)
    {
        var problems = new FileProblems();
        var lines = new List<ZoneLine>();
        foreach (var record in FeatureFile.Read(stream, fileName, ZoneColumns, false, problems))
        {
            if (record.Geometry is null)
            {
                problems.At(record.Where, "the zones are a GeoJSON FeatureCollection of Polygons (a CSV has no geometry)");
                break;
            }
            var f = record.Fields;
            if (Vocabulary.Find(Vocabulary.ZoneClasses, f["classe"]) is not { } zoneClass)
                problems.At(record.Where, $"classe '{Echo.Cut(f["classe"])}' is unknown: expected {string.Join(", ", Vocabulary.ZoneClasses.Select(c => c.Code))}");
            else if (record.Geometry is not (Polygon or MultiPolygon))
                problems.At(record.Where, $"a zone is a Polygon or MultiPolygon, not a {record.Geometry.GeometryType}");
            else if (!record.Geometry.IsValid)
                problems.At(record.Where, "the polygon is not valid (it crosses itself, or a ring is not closed)");
            else if (f["libelle"].Length > 200 || ControlCharacters.Problem(f["libelle"], freeText: false) is not null)
                problems.At(record.Where, "libelle is at most 200 characters, without control characters");
            else
                lines.Add(new(record.Where, zoneClass, f["libelle"].Length == 0 ? null : f["libelle"], JsonSerializer.Serialize(record.Geometry, GeoJson)));
        }
        if (problems.Count == 0 && lines.Count == 0)
            problems.InFile("the file has no zone");
        return (lines, problems);
    }

    /// <summary>
    /// Buildings: CSV <c>identifiant;nom;type;commune;adresse;lon;lat</c>, or a GeoJSON FeatureCollection of Points with
    /// the same properties (lon and lat from the geometry). An id given once, a name, a type of
    /// <see cref="Vocabulary.BuildingTypes"/> (code or label), a commune of the perimeter (INSEE code).
    /// </summary>
    public static (IReadOnlyList<BuildingLine> Lines, FileProblems Problems) ReadBuildings(Stream stream, string fileName, IReadOnlySet<string> communes)
    {
        var problems = new FileProblems();
        var lines = new List<BuildingLine>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var record in FeatureFile.Read(stream, fileName, BuildingColumns, false, problems))
        {
            if (Building(record, communes, out var line) is { } problem)
                problems.At(record.Where, problem);
            else if (seen.TryGetValue(line!.Id, out var first))
                problems.At(record.Where, $"identifiant '{line.Id}' is already given at {first}");
            else
            {
                seen[line.Id] = record.Where;
                lines.Add(line);
            }
        }
        if (problems.Count == 0 && lines.Count == 0)
            problems.InFile("the file has no building");
        return (lines, problems);
    }

    private static string? Building(FileRecord record, IReadOnlySet<string> communes, out BuildingLine? line)
    {
        line = null;
        var f = record.Fields;
        if (f.Values.FirstOrDefault(v => ControlCharacters.Problem(v, freeText: false) is not null) is { } control)
            return $"'{Echo.Cut(control)}' has control characters";
        if (!Id().IsMatch(f["identifiant"]))
            return $"identifiant '{Echo.Cut(f["identifiant"])}' is not an id (1 to 40 letters, digits, '-', '_' or '.', e.g. UAI 0620123A)";
        if (f["nom"].Length is 0 or > 200)
            return "nom is required (at most 200 characters)";
        if (f["adresse"].Length > 300)
            return "adresse is at most 300 characters";
        if (Vocabulary.Find(Vocabulary.BuildingTypes, f["type"]) is not { } type)
            return $"type '{Echo.Cut(f["type"])}' is unknown: expected {string.Join(", ", Vocabulary.BuildingTypes.Select(t => t.Code))}";
        if (FeatureFile.Commune(f["commune"], communes) is not { } commune)
            return $"commune '{Echo.Cut(f["commune"])}' is not a commune of the AULA perimeter (its INSEE code, e.g. 62119)";
        double lon, lat;
        if (record.Geometry is Point p)
            (lon, lat) = (p.X, p.Y);
        else if (record.Geometry is not null)
            return $"the geometry must be a Point [longitude, latitude], not a {record.Geometry.GeometryType}";
        else if (!CsvTable.Number(f["lon"], out lon) || !CsvTable.Number(f["lat"], out lat))
            return $"lon '{Echo.Cut(f["lon"])}' and lat '{Echo.Cut(f["lat"])}' must be decimal degrees (WGS 84)";
        if (!GeocodedCsv.InBounds(GeocodedCsv.Wgs84, lon, lat))
            return $"{GeocodedCsv.Text(lon, lat)} is not a longitude and a latitude";
        line = new(record.Where, f["identifiant"], f["nom"], type, commune, f["adresse"].Length == 0 ? null : f["adresse"], lon, lat);
        return null;
    }

    /// <summary>
    /// Gridded population: INSEE's Filosofi carroyé CSV, read by its columns <c>idcar_200m</c> (CRS3035RES200mN…E…: the
    /// cell's lower-left corner in ETRS89-LAEA, EPSG:3035) and <c>ind</c> (inhabitants, a decimal number since INSEE
    /// imputes them); a cell given once.
    /// </summary>
    public static (IReadOnlyList<CellLine> Lines, FileProblems Problems) ReadCells(Stream stream, string fileName)
    {
        var problems = new FileProblems();
        var lines = new List<CellLine>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var record in FeatureFile.Read(stream, fileName, CellColumns, true, problems))
        {
            var (where, f) = (record.Where, record.Fields);
            if (CellId().Match(f["idcar_200m"]) is not { Success: true } id
                || long.Parse(id.Groups[1].Value, CultureInfo.InvariantCulture) % 200 != 0 || long.Parse(id.Groups[2].Value, CultureInfo.InvariantCulture) % 200 != 0)
                problems.At(where, $"idcar_200m '{Echo.Cut(f["idcar_200m"])}' is not a 200 m cell id (CRS3035RES200mN2959600E3776200)");
            else if (!CsvTable.Number(f["ind"], out var population) || population < 0)
                problems.At(where, $"ind '{Echo.Cut(f["ind"])}' is not a number of inhabitants (0 or more)");
            else if (seen.TryGetValue(id.Value, out var first))
                problems.At(where, $"idcar_200m '{id.Value}' is already given at {first}");
            else
            {
                seen[id.Value] = where;
                lines.Add(new(where, id.Value, double.Parse(id.Groups[1].Value, CultureInfo.InvariantCulture),
                    double.Parse(id.Groups[2].Value, CultureInfo.InvariantCulture), population));
            }
        }
        if (problems.Count == 0 && lines.Count == 0)
            problems.InFile("the file has no cell");
        return (lines, problems);
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$")]
    private static partial Regex Id();

    /// <summary>A 200 m cell's corner, on the 200 m grid.</summary>
    [GeneratedRegex("^CRS3035RES200mN([0-9]{3,7})E([0-9]{3,7})$")]
    private static partial Regex CellId();
}
