using System.Globalization;
using System.Text;
using Observatoires.Api.Platform.Export;
using Observatoires.Api.Platform.Http;

namespace Observatoires.Api.Observatories.Sante.OffreSoins;

/// <summary>An establishment kept from the file: in a commune of the observatory, of a category it follows.</summary>
/// <param name="X">Lambert-93 easting in metres (EPSG:2154), null when the file gives no geolocalisation line for it.</param>
internal sealed record FinessEstablishment(string Finess, string Name, string Category, string FinessCategory, string CommuneId, string? Address,
    double? X, double? Y);

/// <param name="OtherCategory">Establishments of a category the observatory does not follow (nursing homes, laboratories...).</param>
/// <param name="OutsideObservatory">Establishments in a commune the observatory does not hold.</param>
internal sealed record FinessSkipped(int OtherCategory, int OutsideObservatory);

/// <summary>What a FINESS extraction holds once read.</summary>
/// <param name="Departements">The départements of its establishments (62): the file replaces the points of the FINESS classes there.</param>
/// <param name="Total">How many problems in all (the first 100 are listed).</param>
internal sealed record FinessRead(int Establishments, IReadOnlyList<FinessEstablishment> Kept, FinessSkipped Skipped, IReadOnlyList<string> Departements,
    IReadOnlyList<string> Problems, int Total);

/// <summary>
/// Reads the FINESS extraction of establishments as data.gouv.fr publishes it (« FINESS Extraction du Fichier des
/// établissements », etalab-cs1100507-stock-*.csv, the national file or one département's lines of it): semicolon-separated
/// lines without quoting, UTF-8 or Latin-1; a first line <c>finess;etalab;…</c>; then <c>structureet</c> lines (nofinesset,
/// nofinessej, rs, rslongue, complrs, compldistrib, numvoie, typvoie, voie, compvoie, lieuditbp, commune (3 digits),
/// departement, libdepartement, ligneacheminement, telephone, telecopie, categetab, libcategetab, …: 31 fields or more
/// after the tag) and <c>geolocalisation</c> lines (nofinesset, coordxet, coordyet, sourcecoordet, datemaj) whose
/// coordinates are Lambert-93 in metropolitan France. Malformed lines (a number, a code, a coordinate system other than
/// Lambert-93 for a kept establishment, an establishment twice) are problems with their line and refuse the file;
/// establishments of other categories or communes are counted, not refused.
/// </summary>
internal static class FinessFile
{
    private const int ProblemsShown = 100;
    private const int StructureFields = 31;  // the tag and 30 fields, up to datemaj; numuai (the 31st) is optional

    private sealed record Structure(long Line, string Finess, string Name, string Commune, string Departement, string Category, string? Address);

    /// <summary>The file's text: UTF-8 when it is valid UTF-8, else Latin-1 (the register's older extractions).</summary>
    public static string Decode(byte[] bytes)
    {
        try
        {
            return new UTF8Encoding(false, true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1.GetString(bytes);
        }
    }

    /// <param name="communes">The communes the observatory holds (commune:62119).</param>
    public static FinessRead Read(TextReader reader, IReadOnlySet<string> communes)
    {
        var problems = new List<(long Line, string Message)>();
        var structures = new Dictionary<string, Structure>(StringComparer.Ordinal);
        var points = new Dictionary<string, (long Line, double X, double Y, string Source)>(StringComparer.Ordinal);
        long number = 0;
        while (reader.ReadLine() is { } text)
        {
            number++;
            if (text.Length == 0)
                continue;
            var fields = text.Split(';');
            if (number == 1)
            {
                if (fields[0].Trim() != "finess")
                    return Refused("line 1: not a FINESS extraction: its first line reads finess;etalab;… (etalab-cs1100507-stock-*.csv on data.gouv.fr)");
                continue;
            }
            if (fields.FirstOrDefault(f => ControlCharacters.Problem(f, freeText: false) is not null) is { } control)
                problems.Add((number, $"'{Echo.Cut(control)}' has control characters"));
            else if (fields[0] == "structureet")
            {
                var (structure, problem) = ParseStructure(number, fields);
                if (problem is not null)
                    problems.Add((number, problem));
                else if (!structures.TryAdd(structure!.Finess, structure))
                    problems.Add((number, $"establishment {structure.Finess} is already on line {structures[structure.Finess].Line}"));
            }
            else if (fields[0] == "geolocalisation")
            {
                var (point, problem) = ParsePoint(fields);
                if (problem is not null)
                    problems.Add((number, problem));
                else if (!points.TryAdd(point.Finess, (number, point.X, point.Y, point.Source)))
                    problems.Add((number, $"establishment {point.Finess} is already geolocated on line {points[point.Finess].Line}"));
            }
            else
                problems.Add((number, $"'{Echo.Cut(fields[0])}' is not a line of the establishments' file (structureet or geolocalisation)"));
        }
        if (number == 0)
            return Refused("the file is empty");
        if (problems.Count == 0 && structures.Count == 0)
            problems.Add((long.MaxValue, "the file has no structureet line"));

        var kept = new List<FinessEstablishment>();
        int otherCategory = 0, outside = 0;
        foreach (var s in structures.Values.OrderBy(s => s.Line))
        {
            var commune = s.Departement.Length == 2 ? $"commune:{s.Departement}{s.Commune}" : null;
            if (CareCategories.OfFiness(s.Category) is not { } category)
                otherCategory++;
            else if (commune is null || !communes.Contains(commune))
                outside++;
            else if (points.TryGetValue(s.Finess, out var p) && !p.Source.Contains("LAMBERT_93", StringComparison.OrdinalIgnoreCase))
                problems.Add((p.Line, $"establishment {s.Finess} is geolocated in '{Echo.Cut(p.Source)}', not in Lambert-93"));
            else if (points.TryGetValue(s.Finess, out p) && !GeocodedCsv.InBounds(GeocodedCsv.Lambert93, p.X, p.Y))
                problems.Add((p.Line, $"establishment {s.Finess}: ({p.X}, {p.Y}) is not a Lambert-93 point of metropolitan France"));
            else
                kept.Add(new(s.Finess, s.Name, category.Code, s.Category, commune, s.Address,
                    points.TryGetValue(s.Finess, out p) ? p.X : null, points.TryGetValue(s.Finess, out p) ? p.Y : null));
        }
        var departements = structures.Values.Select(s => s.Departement).Where(d => d.Length == 2).Distinct().Order(StringComparer.Ordinal).ToList();
        return new(structures.Count, problems.Count > 0 ? [] : kept, new(otherCategory, outside), departements,
            [.. problems.OrderBy(p => p.Line).Take(ProblemsShown).Select(p => p.Line == long.MaxValue ? p.Message : $"line {p.Line}: {p.Message}")],
            problems.Count);

        static FinessRead Refused(string problem) => new(0, [], new(0, 0), [], [problem], 1);
    }

    private static (Structure? Structure, string? Problem) ParseStructure(long line, string[] f)
    {
        if (f.Length < StructureFields)
            return (null, $"a structureet line has at least {StructureFields} fields, this one {f.Length}");
        var finess = f[1].Trim();
        if (!IsFiness(finess))
            return (null, $"nofinesset '{Echo.Cut(finess)}' is not a FINESS number (9 characters: the département, then 7 digits)");
        var name = (f[4].Trim().Length > 0 ? f[4] : f[3]).Trim();
        if (name.Length is 0 or > 300)
            return (null, $"establishment {finess} has no name (rs, rslongue) or one longer than 300 characters");
        var (commune, departement, category) = (f[12].Trim(), f[13].Trim(), f[18].Trim());
        if (commune.Length != 3 || !commune.All(char.IsAsciiDigit))
            return (null, $"commune '{Echo.Cut(commune)}' is not the 3 digits of a commune in its département");
        if (departement.Length is < 2 or > 3 || !departement.All(char.IsAsciiLetterOrDigit))
            return (null, $"departement '{Echo.Cut(departement)}' is not a département code");
        if (category.Length is < 3 or > 4 || !category.All(char.IsAsciiDigit))
            return (null, $"categetab '{Echo.Cut(category)}' is not a FINESS category code");
        var street = string.Join(' ', new[] { f[7], f[8], f[9] }.Select(s => s.Trim()).Where(s => s.Length > 0));
        var address = string.Join(", ", new[] { street, f[15].Trim() }.Where(s => s.Length > 0));
        return (new Structure(line, finess, name, commune, departement, category, address.Length == 0 ? null : Echo.Cut(address)), null);
    }

    private static ((string Finess, double X, double Y, string Source) Point, string? Problem) ParsePoint(string[] f)
    {
        if (f.Length < 5)
            return (default, $"a geolocalisation line has at least 5 fields, this one {f.Length}");
        var finess = f[1].Trim();
        if (!IsFiness(finess))
            return (default, $"nofinesset '{Echo.Cut(finess)}' is not a FINESS number");
        if (!double.TryParse(f[2].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var x) || !double.IsFinite(x)
            || !double.TryParse(f[3].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var y) || !double.IsFinite(y))
            return (default, $"coordxet '{Echo.Cut(f[2])}' and coordyet '{Echo.Cut(f[3])}' are not numbers");
        return ((finess, x, y, f[4].Trim()), null);
    }

    private static bool IsFiness(string s) =>
        s.Length == 9 && char.IsAsciiDigit(s[0]) && (char.IsAsciiDigit(s[1]) || s[1] is 'A' or 'B') && s[2..].All(char.IsAsciiDigit);
}
