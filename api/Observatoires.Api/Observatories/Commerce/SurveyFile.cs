using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Observatoires.Api.Platform.Export;
using Observatoires.Api.Platform.Http;

namespace Observatoires.Api.Observatories.Commerce;

/// <summary>One cell of a survey file, checked. <paramref name="Where"/> says where it is in the file ("line 4", "features[2]").</summary>
internal sealed record SurveyLine(string Where, string Cell, string? Name, string Address, string Commune, double Lon, double Lat,
    string? Activity, string? PreviousActivity, string Status, DateOnly SurveyedOn, string? Surveyor);

/// <summary>
/// Reads a field survey: CSV <c>cellule;nom;adresse;commune;lon;lat;activite;statut;date_releve;enqueteur</c> (semicolons or
/// commas; decimal point or comma in the coordinates), or a GeoJSON FeatureCollection of Points whose properties have the
/// same names (lon and lat come from the geometry). Every line or feature is checked before anything is written: a
/// stable cell id given once, an address, a commune of the perimeter (INSEE code), coordinates, an activity and a status
/// of the nomenclature (code or French label), an active cell's activity, a survey date within the fieldwork. The
/// problems come with their line or feature. Whether each point lies in the perimeter is checked in the database.
/// </summary>
internal static partial class SurveyFile
{
    public static readonly IReadOnlyList<string> Columns =
        ["cellule", "nom", "adresse", "commune", "lon", "lat", "activite", "statut", "date_releve", "enqueteur"];

    public const int ProblemsShown = 200;

    /// <summary>The cells read, or the problems (the first 200, in the file's order) and how many there are in all.</summary>
    /// <param name="communes">The perimeter's communes (commune:62119).</param>
    public static (IReadOnlyList<SurveyLine> Lines, IReadOnlyList<string> Problems, int Total) Read(Stream stream, string fileName,
        IReadOnlySet<string> communes, DateOnly from, DateOnly to)
    {
        var lines = new List<SurveyLine>();
        var problems = new List<string>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string where, IReadOnlyDictionary<string, string> fields, (double Lon, double Lat)? point)
        {
            if (Parse(where, fields, point, communes, from, to, out var line) is { } problem)
                problems.Add($"{where}: {problem}");
            else if (seen.TryGetValue(line!.Cell, out var first))
                problems.Add($"{where}: cellule '{line.Cell}' is already given at {first}");
            else
            {
                seen[line.Cell] = where;
                lines.Add(line);
            }
        }
        try
        {
            if (IsGeoJson(stream, fileName))
                ReadGeoJson(stream, problems, Add);
            else
                ReadCsv(stream, problems, Add);
        }
        catch (Exception e) when (e is InvalidDataException or DecoderFallbackException)
        {
            problems.Add(e is DecoderFallbackException ? "the file is not UTF-8 text" : e.Message);
        }
        if (problems.Count == 0 && lines.Count == 0)
            problems.Add("the file has no cell");
        return (lines, [.. problems.Take(ProblemsShown)], problems.Count);
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

    private static void ReadCsv(Stream stream, List<string> problems, Action<string, IReadOnlyDictionary<string, string>, (double, double)?> add)
    {
        using var reader = new CsvReader(stream);
        var header = reader.Header.Select(h => h.Trim().ToLowerInvariant()).ToList();
        if (!header.SequenceEqual(Columns))
        {
            problems.Add($"line 1: the columns are {string.Join(", ", header.Select(Echo.Cut))}; expected {string.Join(";", Columns)}");
            return;
        }
        while (reader.TryRead(out var record))
        {
            if (record.Fields.Count != Columns.Count)
                problems.Add($"line {record.Line}: {record.Fields.Count} fields where the header has {Columns.Count}");
            else
                add($"line {record.Line}", Columns.Select((c, i) => (c, record.Fields[i].Trim())).ToDictionary(x => x.c, x => x.Item2), null);
        }
    }

    private static void ReadGeoJson(Stream stream, List<string> problems, Action<string, IReadOnlyDictionary<string, string>, (double, double)?> add)
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
                || properties.ValueKind != JsonValueKind.Object)
            {
                problems.Add($"{where}: a feature with its properties is expected");
                continue;
            }
            if (!feature.TryGetProperty("geometry", out var geometry) || geometry.ValueKind != JsonValueKind.Object
                || !geometry.TryGetProperty("type", out var kind) || kind.ValueKind != JsonValueKind.String || kind.GetString() != "Point"
                || !geometry.TryGetProperty("coordinates", out var position) || position.ValueKind != JsonValueKind.Array
                || position.GetArrayLength() < 2 || position[0].ValueKind != JsonValueKind.Number || position[1].ValueKind != JsonValueKind.Number)
            {
                problems.Add($"{where}: the geometry must be a Point [longitude, latitude]");
                continue;
            }
            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var column in Columns)
            {
                fields[column] = properties.TryGetProperty(column, out var value) ? value.ValueKind switch
                {
                    JsonValueKind.String => value.GetString()!.Trim(),
                    JsonValueKind.Number => value.GetRawText(),
                    _ => "",
                } : "";
            }
            add(where, fields, (position[0].GetDouble(), position[1].GetDouble()));
        }
    }

    private static string? Parse(string where, IReadOnlyDictionary<string, string> f, (double Lon, double Lat)? point, IReadOnlySet<string> communes,
        DateOnly from, DateOnly to, out SurveyLine? line)
    {
        line = null;
        if (f.Values.FirstOrDefault(v => ControlCharacters.Problem(v, freeText: false) is not null) is { } control)
            return $"'{Echo.Cut(control)}' has control characters";
        if (!CellId().IsMatch(f["cellule"]))
            return $"cellule '{Echo.Cut(f["cellule"])}' is not a cell id (1 to 40 letters, digits, '-', '_' or '.', e.g. BET-0042)";
        if (f["adresse"].Length is 0 or > 300)
            return "adresse is required (at most 300 characters)";
        if (f["nom"].Length > 200 || f["enqueteur"].Length > 100)
            return "nom is at most 200 characters, enqueteur 100";
        var commune = f["commune"].StartsWith("commune:", StringComparison.Ordinal) ? f["commune"] : "commune:" + f["commune"];
        if (!communes.Contains(commune))
            return $"commune '{Echo.Cut(f["commune"])}' is not a commune of the AULA perimeter (its INSEE code, e.g. 62119)";
        double lon, lat;
        if (point is { } p)
            (lon, lat) = p;
        else if (!Coordinate(f["lon"], out lon) || !Coordinate(f["lat"], out lat))
            return $"lon '{Echo.Cut(f["lon"])}' and lat '{Echo.Cut(f["lat"])}' must be decimal degrees (WGS 84)";
        if (lon is < -180 or > 180 || lat is < -90 or > 90)
            return $"({lon.ToString(CultureInfo.InvariantCulture)}, {lat.ToString(CultureInfo.InvariantCulture)}) is not a longitude and a latitude";
        if (Vocabulary.Find(Vocabulary.Statuses, f["statut"]) is not { } status)
            return $"statut '{Echo.Cut(f["statut"])}' is unknown: expected {string.Join(", ", Vocabulary.Statuses.Select(s => s.Code))}";
        string? activity = null;
        if (f["activite"].Length > 0 && (activity = Vocabulary.Find(Vocabulary.Activities, f["activite"])) is null)
            return $"activite '{Echo.Cut(f["activite"])}' is unknown: expected {string.Join(", ", Vocabulary.Activities.Select(a => a.Code))}";
        if (status == Vocabulary.Active && activity is null)
            return "an active cell needs its activite";
        if (!DateOnly.TryParseExact(f["date_releve"], ["yyyy-MM-dd", "dd/MM/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var on))
            return $"date_releve '{Echo.Cut(f["date_releve"])}' is not a date (2024-03-15 or 15/03/2024)";
        if (on < from || on > to)
            return $"date_releve {on:yyyy-MM-dd} is outside the survey's fieldwork ({from:yyyy-MM-dd} to {to:yyyy-MM-dd})";
        // A vacant cell's activite, when given, is its last known activity.
        line = new(where, f["cellule"], f["nom"].Length == 0 ? null : f["nom"], f["adresse"], commune, lon, lat,
            status == Vocabulary.Active ? activity : null, status == Vocabulary.Active ? null : activity, status, on,
            f["enqueteur"].Length == 0 ? null : f["enqueteur"]);
        return null;
    }

    private static bool Coordinate(string text, out double value) =>
        double.TryParse(text.Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$")]
    private static partial Regex CellId();
}
