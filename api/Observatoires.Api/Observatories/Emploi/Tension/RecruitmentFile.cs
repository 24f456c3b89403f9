using System.Globalization;
using System.Text;
using Observatoires.Api.Platform.Export;
using Observatoires.Api.Platform.Http;

namespace Observatoires.Api.Observatories.Emploi.Tension;

/// <summary>One line of a BMO table, checked.</summary>
internal sealed record RecruitmentLine(long Line, string Epci, int Year, string Occupation, string Label, string Sector, int Projects, int Difficult, int Seasonal);

/// <summary>
/// Reads a BMO table per EPCI: CSV <c>epci;annee;metier;libelle;secteur;projets;difficiles;saisonniers</c> (semicolons
/// or commas), one line per EPCI, year and occupation, as the agency adds up France Travail's employment areas over
/// its EPCIs (<c>metier</c>: the BMO occupation code, <c>secteur</c>: one of <see cref="Recruitment.Sectors"/>). Every
/// line is checked before anything is written; the problems come with their line numbers.
/// </summary>
internal static class RecruitmentFile
{
    public static readonly IReadOnlyList<string> Columns = ["epci", "annee", "metier", "libelle", "secteur", "projets", "difficiles", "saisonniers"];
    private const int ProblemsShown = 100;

    /// <summary>The lines, or the problems (the first 100, in the order of the file) and how many there are in all.</summary>
    public static (IReadOnlyList<RecruitmentLine> Lines, IReadOnlyList<string> Problems, int Total) Read(Stream stream, IReadOnlySet<string> epcis)
    {
        var lines = new List<RecruitmentLine>();
        var problems = new List<(long Line, string Message)>();
        try
        {
            using var reader = new CsvReader(stream);
            var header = reader.Header.Select(h => h.Trim().ToLowerInvariant()).ToList();
            if (!header.SequenceEqual(Columns))
                return ([], [$"line 1: the columns are {string.Join(", ", header.Select(Echo.Cut))}; expected {string.Join(";", Columns)}"], 1);
            var seen = new Dictionary<(string, int, string), long>();
            while (reader.TryRead(out var record))
            {
                if (Parse(record, epcis, out var line) is { } problem)
                    problems.Add((record.Line, problem));
                else if (seen.TryGetValue((line!.Epci, line.Year, line.Occupation), out var first))
                    problems.Add((record.Line, $"{line.Epci} / {line.Year} / {line.Occupation} is already given on line {first}"));
                else
                {
                    seen[(line.Epci, line.Year, line.Occupation)] = record.Line;
                    lines.Add(line);
                }
            }
        }
        catch (Exception e) when (e is InvalidDataException or DecoderFallbackException)
        {
            problems.Add((long.MaxValue, e is DecoderFallbackException ? "the file is not UTF-8 text" : e.Message));
        }
        if (problems.Count == 0 && lines.Count == 0)
            problems.Add((long.MaxValue, "the file has no data line"));
        return (lines, [.. problems.Take(ProblemsShown).Select(p => p.Line == long.MaxValue ? p.Message : $"line {p.Line}: {p.Message}")], problems.Count);
    }

    private static string? Parse(CsvRecord record, IReadOnlySet<string> epcis, out RecruitmentLine? line)
    {
        line = null;
        var fields = record.Fields.Select(f => f.Trim()).ToList();
        if (fields.Count != Columns.Count)
            return $"{fields.Count} fields where the header has {Columns.Count}";
        if (fields.FirstOrDefault(f => ControlCharacters.Problem(f, freeText: false) is not null) is { } control)
            return $"'{Echo.Cut(control)}' has control characters";
        var epci = fields[0].StartsWith("epci:", StringComparison.Ordinal) ? fields[0] : "epci:" + fields[0];
        if (!epcis.Contains(epci))
            return $"epci '{Echo.Cut(fields[0])}' is not an EPCI of the observatory (its SIREN, e.g. 200072460, or epci:200072460)";
        if (!int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 2000 or > 2100)
            return $"annee '{Echo.Cut(fields[1])}' is not a year from 2000 to 2100";
        if (!System.Text.RegularExpressions.Regex.IsMatch(fields[2], "^[A-Za-z0-9_]{1,40}$"))
            return $"metier '{Echo.Cut(fields[2])}' is not an occupation code (letters, digits and _, up to 40)";
        if (fields[3].Length is 0 or > 200)
            return "libelle is the occupation's name, 1 to 200 characters";
        if (Recruitment.Sectors.All(s => s.Code != fields[4]))
            return $"secteur '{Echo.Cut(fields[4])}' is not one of {string.Join(", ", Recruitment.Sectors.Select(s => s.Code))}";
        int? Count(int i) => int.TryParse(fields[i], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
        if (Count(5) is not { } projects)
            return $"projets '{Echo.Cut(fields[5])}' is not a whole number of 0 or more";
        if (Count(6) is not { } difficult || difficult > projects)
            return $"difficiles '{Echo.Cut(fields[6])}' is not a whole number from 0 to projets ({projects})";
        if (Count(7) is not { } seasonal || seasonal > projects)
            return $"saisonniers '{Echo.Cut(fields[7])}' is not a whole number from 0 to projets ({projects})";
        line = new(record.Line, epci, year, fields[2], fields[3], fields[4], projects, difficult, seasonal);
        return null;
    }
}
