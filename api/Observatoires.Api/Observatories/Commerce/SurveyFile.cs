using System.Globalization;
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
        var problems = new FileProblems();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string where, IReadOnlyDictionary<string, string> fields, (double Lon, double Lat)? point)
        {
            if (Parse(where, fields, point, communes, from, to, out var line) is { } problem)
                problems.At(where, problem);
            else if (seen.TryGetValue(line!.Cell, out var first))
                problems.At(where, $"cellule '{line.Cell}' is already given at {first}");
            else
            {
                seen[line.Cell] = where;
                lines.Add(line);
            }
        }
        if (GeoJsonFeatures.IsGeoJson(stream, fileName))
        {
            GeoJsonFeatures.Read(stream, geometryRequired: false, problems, feature =>
            {
                if (!feature.TryPosition(out var lon, out var lat))
                    problems.At(feature.Where, "the geometry must be a Point [longitude, latitude]");
                else
                    Add(feature.Where, feature.Fields(Columns), (lon, lat));
            });
        }
        else
            CsvTable.Read(stream, CsvColumns.Exactly(Columns), problems, row => Add($"line {row.Line}", Columns.ToDictionary(c => c, c => row[c]), null));
        if (problems.Count == 0 && lines.Count == 0)
            problems.InFile("the file has no cell");
        return (lines, problems.Listed(ProblemsShown), problems.Count);
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
        else if (!CsvTable.Number(f["lon"], out lon) || !CsvTable.Number(f["lat"], out lat))
            return $"lon '{Echo.Cut(f["lon"])}' and lat '{Echo.Cut(f["lat"])}' must be decimal degrees (WGS 84)";
        if (!GeocodedCsv.InBounds(GeocodedCsv.Wgs84, lon, lat))
            return $"{GeocodedCsv.Text(lon, lat)} is not a longitude and a latitude";
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

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$")]
    private static partial Regex CellId();
}
