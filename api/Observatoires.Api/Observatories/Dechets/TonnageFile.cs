using System.Globalization;
using System.Text;
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
        var lines = new List<TonnageLine>();
        var problems = new List<(long Line, string Message)>();
        try
        {
            using var reader = new CsvReader(stream);
            var header = reader.Header.Select(h => h.Trim().ToLowerInvariant()).ToList();
            if (!header.SequenceEqual(Columns))
                return ([], [$"line 1: the columns are {string.Join(", ", header.Select(Echo.Cut))}; expected {string.Join(";", Columns)}"], 1);
            var seen = new Dictionary<(int, string, string), long>();
            while (reader.TryRead(out var record))
            {
                if (Parse(record, epcis, out var line) is { } problem)
                    problems.Add((record.Line, problem));
                else if (seen.TryGetValue((line!.Year, line.Epci, line.Stream), out var first))
                    problems.Add((record.Line, $"{line.Year} / {line.Epci} / {line.Stream} is already given on line {first}"));
                else
                {
                    seen[(line.Year, line.Epci, line.Stream)] = record.Line;
                    lines.Add(line);
                }
            }
        }
        catch (Exception e) when (e is InvalidDataException or DecoderFallbackException)
        {
            problems.Add((long.MaxValue, e is DecoderFallbackException ? "the file is not UTF-8 text" : e.Message));
        }
        foreach (var year in lines.GroupBy(l => (l.Year, l.Epci)))
            if (Streams.All.Where(s => year.All(l => l.Stream != s.Code)).Select(s => s.Code).ToList() is { Count: > 0 } missing)
                problems.Add((year.Min(l => l.Line), $"{year.Key.Epci} {year.Key.Year} lacks the streams {string.Join(", ", missing)} " +
                                                     "(give every stream of the year, 0 where there is none)"));
        if (problems.Count == 0 && lines.Count == 0)
            problems.Add((long.MaxValue, "the file has no data line"));
        problems.Sort((a, b) => a.Line.CompareTo(b.Line));
        return (lines, [.. problems.Take(ProblemsShown).Select(p => p.Line == long.MaxValue ? p.Message : $"line {p.Line}: {p.Message}")], problems.Count);
    }

    private static string? Parse(CsvRecord record, IReadOnlySet<string> epcis, out TonnageLine? line)
    {
        line = null;
        var fields = record.Fields.Select(f => f.Trim()).ToList();
        if (fields.Count != Columns.Count)
            return $"{fields.Count} fields where the header has {Columns.Count}";
        if (fields.FirstOrDefault(f => ControlCharacters.Problem(f, freeText: false) is not null) is { } control)
            return $"'{Echo.Cut(control)}' has control characters";
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
        line = new(record.Line, year, epci, fields[2], collected, recovered);
        return null;
    }
}
