using System.Globalization;
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
        var problems = new FileProblems();
        var lines = CsvTable.ReadLines(stream, CsvColumns.Exactly(Columns), problems, (CsvRow row, out RecruitmentLine? line) => Parse(row, epcis, out line),
            l => (l.Epci, l.Year, l.Occupation), l => $"{l.Epci} / {l.Year} / {l.Occupation}");
        if (problems.Count == 0 && lines.Count == 0)
            problems.InFile("the file has no data line");
        return (lines, problems.Listed(ProblemsShown), problems.Count);
    }

    private static string? Parse(CsvRow row, IReadOnlySet<string> epcis, out RecruitmentLine? line)
    {
        line = null;
        if (row.ControlCharacters() is { } control)
            return control;
        var fields = row.Fields;
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
        line = new(row.Line, epci, year, fields[2], fields[3], fields[4], projects, difficult, seasonal);
        return null;
    }
}
