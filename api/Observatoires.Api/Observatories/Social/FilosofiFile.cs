using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Observatoires.Api.Platform.Export;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Indicators.Values;

namespace Observatoires.Api.Observatories.Social;

/// <summary>What a Filosofi file holds once read: the values to store, the year, and what was counted on the way.</summary>
/// <param name="Lines">Data lines read.</param>
/// <param name="Territories">Lines of territories the observatory holds, stored.</param>
/// <param name="OutsideObservatory">Lines of territories it does not hold (INSEE's files cover all of France), left aside.</param>
/// <param name="SecretCells">Cells INSEE marked "s" (secret), stored as secret: no number is ever served for them.</param>
internal sealed record FilosofiRead(IReadOnlyList<ValueRow> Values, int Year, int Lines, int Territories, int OutsideObservatory, int SecretCells,
    IReadOnlyList<string> Problems, int Total);

/// <summary>
/// Reads INSEE's Filosofi file of one level (« Revenus, pauvreté et niveau de vie », one CSV per level: communes, EPCI,
/// départements, régions), semicolon-separated as INSEE publishes it, decimals with a point or a comma. Columns are
/// found by name, the vintage's two digits ending each (<c>NBMENFISC21</c>: 2021): <c>CODGEO</c> and <c>NBMENFISC</c>
/// are required; <c>NBPERSMENFISC</c>, <c>MED</c> (or <c>Q2</c>), <c>PIMP</c>, <c>TP60</c>, <c>D1</c> … <c>D9</c> and
/// <c>RD</c> are read when present, the others ignored. A cell "s" is INSEE's secret, stored as secret; "nd" or empty is
/// not available, not stored. A line whose households are secret is secret whole. Malformed text, a figure out of its
/// range, deciles out of order, a D9/D1 ratio that is not RD, or a territory given twice refuses the file, every problem
/// with its line.
/// </summary>
internal static partial class FilosofiFile
{
    private const int ProblemsShown = 100;

    /// <summary>The columns read (name without the vintage's digits) and the indicator each one fills.</summary>
    private static readonly IReadOnlyList<(string Column, string Indicator)> Columns =
    [
        ("NBMENFISC", SocialIndicators.Menages), ("NBPERSMENFISC", SocialIndicators.Personnes), ("MED", SocialIndicators.Mediane),
        ("Q2", SocialIndicators.Mediane), ("PIMP", SocialIndicators.PartImposes), ("TP60", SocialIndicators.TauxPauvrete),
        .. Enumerable.Range(1, 9).Select(d => ($"D{d}", SocialIndicators.Decile(d))), ("RD", SocialIndicators.RapportInterdecile),
    ];

    /// <summary>The INSEE codes of each level, as the territory ids hold them.</summary>
    public static readonly IReadOnlyDictionary<string, Regex> Codes = new Dictionary<string, Regex>
    {
        ["commune"] = CommuneCode(),
        ["epci"] = EpciCode(),
        ["departement"] = DepartementCode(),
        ["region"] = RegionCode(),
    };

    /// <param name="level">commune, epci, departement or region: INSEE publishes one file per level.</param>
    /// <param name="territories">The territories the observatory holds (commune:62119).</param>
    public static FilosofiRead Read(Stream stream, string level, IReadOnlySet<string> territories)
    {
        var values = new List<ValueRow>();
        var problems = new List<(long Line, string Message)>();
        int year = 0, lines = 0, kept = 0, outside = 0, secretCells = 0;
        try
        {
            using var reader = new CsvReader(stream);
            var header = reader.Header.Select(h => h.Trim().ToUpperInvariant()).ToList();
            var households = header.FirstOrDefault(h => HouseholdsColumn().IsMatch(h));
            var code = header.IndexOf("CODGEO");
            if (code < 0 || households is null)
                return Refused($"line 1: the columns CODGEO and NBMENFISC<yy> (e.g. NBMENFISC21) are required; found {string.Join(";", header.Take(12).Select(Echo.Cut))}");
            var suffix = households["NBMENFISC".Length..];
            year = 2000 + int.Parse(suffix, CultureInfo.InvariantCulture);
            // Which indicator each column fills; the median from MED, else Q2, else D5.
            var read = new Dictionary<int, string>();
            foreach (var (column, indicator) in Columns)
            {
                var index = header.IndexOf(column + suffix);
                if (index >= 0 && !read.ContainsValue(indicator))
                    read[index] = indicator;
            }
            var period = year.ToString(CultureInfo.InvariantCulture);
            var vintage = $"Filosofi {year}";
            var seen = new Dictionary<string, long>(StringComparer.Ordinal);
            while (reader.TryRead(out var record))
            {
                lines++;
                var problem = Parse(record, header, code, read, level, out var id, out var cells);
                if (problem is null && seen.TryGetValue(id!, out var first))
                    problem = $"{id} is already given on line {first}";
                if (problem is not null)
                {
                    problems.Add((record.Line, problem));
                    continue;
                }
                seen[id!] = record.Line;
                if (!territories.Contains(id!))
                {
                    outside++;
                    continue;
                }
                kept++;
                secretCells += cells!.Count(c => c.Value.Secret);
                values.AddRange(Rows(id!, period, vintage, cells!));
            }
        }
        catch (Exception e) when (e is InvalidDataException or DecoderFallbackException)
        {
            problems.Add((long.MaxValue, e is DecoderFallbackException ? "the file is not UTF-8 text" : e.Message));
        }
        if (problems.Count == 0 && lines == 0)
            problems.Add((long.MaxValue, "the file has no data line"));
        return new(values, year, lines, kept, outside, secretCells,
            [.. problems.Take(ProblemsShown).Select(p => p.Line == long.MaxValue ? p.Message : $"line {p.Line}: {p.Message}")], problems.Count);
    }

    private static FilosofiRead Refused(string problem) => new([], 0, 0, 0, 0, 0, [problem], 1);

    /// <summary>A cell: a number, INSEE's secret, or nothing (not available).</summary>
    private readonly record struct Cell(double? Number, bool Secret);

    private static string? Parse(CsvRecord record, IReadOnlyList<string> header, int code, IReadOnlyDictionary<int, string> read, string level,
        out string? id, out Dictionary<string, Cell>? cells)
    {
        (id, cells) = (null, null);
        var fields = record.Fields.Select(f => f.Trim()).ToList();
        if (fields.Count != header.Count)
            return $"{fields.Count} fields where the header has {header.Count}";
        if (fields.FirstOrDefault(f => ControlCharacters.Problem(f, freeText: false) is not null) is { } control)
            return $"'{Echo.Cut(control)}' has control characters";
        if (!Codes[level].IsMatch(fields[code]))
            return $"CODGEO '{Echo.Cut(fields[code])}' is not the INSEE code of a {level}";
        id = $"{level}:{fields[code]}";
        var parsed = new Dictionary<string, Cell>(StringComparer.Ordinal);
        foreach (var (index, indicator) in read)
        {
            var text = fields[index];
            if (text.Length == 0 || text.Equals("nd", StringComparison.OrdinalIgnoreCase))
                continue;
            if (text.Equals("s", StringComparison.OrdinalIgnoreCase))
                parsed[indicator] = new(null, true);
            else if (double.TryParse(text.Replace(',', '.'), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign,
                         CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
                parsed[indicator] = new(number, false);
            else
                return $"{header[index]} '{Echo.Cut(text)}' is not a number, s (secret) or nd (not available)";
        }
        if (Check(parsed) is { } problem)
            return problem;
        // Households under secret: every figure of the line rests on them.
        if (parsed.TryGetValue(SocialIndicators.Menages, out var households) && households.Secret)
            parsed = parsed.ToDictionary(c => c.Key, _ => new Cell(null, true), StringComparer.Ordinal);
        cells = parsed;
        return null;
    }

    private static string? Check(IReadOnlyDictionary<string, Cell> cells)
    {
        double? Number(string indicator) => cells.GetValueOrDefault(indicator).Number;
        foreach (var count in new[] { SocialIndicators.Menages, SocialIndicators.Personnes })
        {
            if (Number(count) is { } n && (n < 0 || n != Math.Floor(n)))
                return $"{Label(count)} {n.ToString(CultureInfo.InvariantCulture)} is not a whole number of 0 or more";
        }
        if (Number(SocialIndicators.Menages) is { } h && Number(SocialIndicators.Personnes) is { } p && p < h)
            return $"{p.ToString(CultureInfo.InvariantCulture)} persons for {h.ToString(CultureInfo.InvariantCulture)} households: a household has at least one person";
        foreach (var rate in new[] { SocialIndicators.TauxPauvrete, SocialIndicators.PartImposes })
        {
            if (Number(rate) is { } r && r is < 0 or > 100)
                return $"{Label(rate)} {r.ToString(CultureInfo.InvariantCulture)} is not a percentage from 0 to 100";
        }
        double? previous = null;
        for (var d = 1; d <= 9; d++)
        {
            if (Number(SocialIndicators.Decile(d)) is not { } value)
                continue;
            if (value < 0)
                return $"D{d} {value.ToString(CultureInfo.InvariantCulture)} is negative";
            if (previous is { } before && value < before)
                return $"D{d} {value.ToString(CultureInfo.InvariantCulture)} is below the decile before it ({before.ToString(CultureInfo.InvariantCulture)}): deciles rise";
            previous = value;
        }
        // INSEE publishes RD to one decimal, from unrounded deciles: it matches D9 ÷ D1 within rounding.
        if (Number(SocialIndicators.RapportInterdecile) is { } rd && Number(SocialIndicators.Decile(1)) is { } d1 and > 0
            && Number(SocialIndicators.Decile(9)) is { } d9 && Math.Abs(rd - (d9 / d1)) > 0.06)
            return $"RD {rd.ToString(CultureInfo.InvariantCulture)} is not D9 ÷ D1 ({(d9 / d1).ToString("0.00", CultureInfo.InvariantCulture)})";
        return null;
    }

    private static string Label(string indicator) => Columns.First(c => c.Indicator == indicator).Column;

    private static IEnumerable<ValueRow> Rows(string id, string period, string vintage, IReadOnlyDictionary<string, Cell> cells)
    {
        double? Number(string indicator) => cells.GetValueOrDefault(indicator).Number;
        foreach (var (indicator, cell) in cells)
        {
            if (cell.Secret)
            {
                yield return new(indicator, id, period, null, Status: ValueStatus.Secret, Vintage: vintage);
                continue;
            }
            // A rate keeps its parts, so that a zone's rate is Σ ÷ Σ: INSEE publishes the rate, its count follows from its base.
            var basis = indicator switch
            {
                SocialIndicators.TauxPauvrete => Number(SocialIndicators.Personnes),
                SocialIndicators.PartImposes => Number(SocialIndicators.Menages),
                _ => null,
            };
            var isRate = indicator is SocialIndicators.TauxPauvrete or SocialIndicators.PartImposes;
            yield return isRate && basis is { } b
                ? new(indicator, id, period, cell.Number, b * cell.Number!.Value / 100, b, ValueStatus.Definitive, vintage)
                : new(indicator, id, period, cell.Number, Vintage: vintage);
        }
    }

    [GeneratedRegex("^NBMENFISC[0-9]{2}$")]
    private static partial Regex HouseholdsColumn();

    [GeneratedRegex("^[0-9][0-9AB][0-9]{3}$")]
    private static partial Regex CommuneCode();

    [GeneratedRegex("^[0-9]{9}$")]
    private static partial Regex EpciCode();

    [GeneratedRegex("^([0-9]{2}|2A|2B|97[1-6])$")]
    private static partial Regex DepartementCode();

    [GeneratedRegex("^[0-9]{2}$")]
    private static partial Regex RegionCode();
}
