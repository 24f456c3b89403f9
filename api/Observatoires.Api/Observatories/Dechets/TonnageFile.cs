using System.Globalization;
using Observatoires.Api.Platform.Export;
using Observatoires.Api.Platform.Http;

namespace Observatoires.Api.Observatories.Dechets;

/// <summary>One line of a tonnage file, checked.</summary>
internal sealed record TonnageLine(long Line, int Year, string Epci, string Stream, decimal Collected, decimal Recovered);

/// <summary>
/// Reads a SINOE-style tonnage table: CSV <c>annee;territoire;flux;tonnes_collectees;tonnes_valorisees</c> (semicolons or
/// commas; a decimal comma or point), one line per year, EPCI and stream (<c>flux</c>: one of <see cref="Streams.All"/>).
/// Each EPCI-year gives every stream (0 where there is none), so that it replaces the stored year whole and no total
/// mixes two sources. Every line is checked before anything is written; the problems come with their line numbers.
/// </summary>
internal static class TonnageFile
{
    public static readonly IReadOnlyList<string> Columns = ["annee", "territoire", "flux", "tonnes_collectees", "tonnes_valorisees"];
    private const int ProblemsShown = 100;

    /// <summary>The lines, or the problems (the first 100, in the order of the file) and how many there are in all.</summary>
    public static (IReadOnlyList<TonnageLine> Lines, IReadOnlyList<string> Problems, int Total) Read(System.IO.Stream stream, IReadOnlySet<string> epcis)
    {
        var problems = new FileProblems();
        var lines = CsvTable.ReadLines(stream, CsvColumns.Exactly(Columns), problems, (CsvRow row, out TonnageLine? line) => Parse(row, epcis, out line),
            l => (l.Year, l.Epci, l.Stream), l => $"{l.Year} / {l.Epci} / {l.Stream}");
        foreach (var year in lines.GroupBy(l => (l.Year, l.Epci)))
            if (Streams.All.Where(s => year.All(l => l.Stream != s.Code)).Select(s => s.Code).ToList() is { Count: > 0 } missing)
                problems.AtLine(year.Min(l => l.Line), $"{year.Key.Epci} {year.Key.Year} lacks the streams {string.Join(", ", missing)} " +
                                                  "(give every stream of the year, 0 where there is none)");
        if (problems.Count == 0 && lines.Count == 0)
            problems.InFile("the file has no data line");
        return (lines, problems.Listed(ProblemsShown, inFileOrder: true), problems.Count);
    }

    private static string? Parse(CsvRow row, IReadOnlySet<string> epcis, out TonnageLine? line)
    {
        line = null;
        if (row.ControlCharacters() is { } control)
            return control;
        var fields = row.Fields;
        if (!int.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 2000 or > 2100)
            return $"annee '{Echo.Cut(fields[0])}' is not a year from 2000 to 2100";
        var epci = fields[1].StartsWith("epci:", StringComparison.Ordinal) ? fields[1] : "epci:" + fields[1];
        if (!epcis.Contains(epci))
            return $"territoire '{Echo.Cut(fields[1])}' is not an EPCI of the observatory (its SIREN, e.g. 200069672, or epci:200069672)";
        if (!Streams.IsStream(fields[2]))
            return $"flux '{Echo.Cut(fields[2])}' is not one of {string.Join(", ", Streams.All.Select(s => s.Code))}";
        decimal? Tonnes(int i) => decimal.TryParse(fields[i].Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var t)
                                  && t < 10_000_000 ? Math.Round(t, 1) : null;
        if (Tonnes(3) is not { } collected)
            return $"tonnes_collectees '{Echo.Cut(fields[3])}' is not a number of tonnes of 0 or more (12.5 or 12,5)";
        if (Tonnes(4) is not { } recovered || recovered > collected)
            return $"tonnes_valorisees '{Echo.Cut(fields[4])}' is not a number of tonnes from 0 to tonnes_collectees ({collected.ToString(CultureInfo.InvariantCulture)})";
        line = new(row.Line, year, epci, fields[2], collected, recovered);
        return null;
    }
}
