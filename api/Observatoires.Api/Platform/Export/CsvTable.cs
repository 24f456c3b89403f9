using System.Globalization;
using System.Text;
using Observatoires.Api.Platform.Http;

namespace Observatoires.Api.Platform.Export;

/// <summary>
/// The columns an importer expects in a CSV table's header, and how it tells them: header names are trimmed and put in
/// one form (<see cref="Normalise"/>) before they are compared with the expected names, which are written in that form.
/// </summary>
internal sealed class CsvColumns
{
    private readonly Func<IReadOnlyList<string>, string?> check;

    private CsvColumns(IReadOnlyList<string> names, Func<string, string> normalise, Func<IReadOnlyList<string>, string?> check)
    {
        Names = names;
        Normalise = normalise;
        this.check = check;
    }

    /// <summary>The columns read, by the names a row is asked for.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>What a header name becomes before it is compared (<see cref="LowerCase"/>, <see cref="UpperCaseWithoutAccents"/>).</summary>
    public Func<string, string> Normalise { get; }

    /// <summary>These columns, lower case, in this order and no other: a fixed table of the observatory's own.</summary>
    public static CsvColumns Exactly(IReadOnlyList<string> names) =>
        new(names, LowerCase, header => header.SequenceEqual(names) ? null : Unexpected(header, names));

    /// <summary>These columns, lower case, in any order; others are ignored when <paramref name="others"/>, else refused.</summary>
    public static CsvColumns AllOf(IReadOnlyList<string> names, bool others) =>
        new(names, LowerCase, header => names.All(header.Contains) && (others || header.Count == names.Count) ? null : Unexpected(header, names));

    /// <summary>
    /// These columns among others, found by name as a published file spells them (<paramref name="normalise"/>: upper case
    /// without accents, say); the missing ones are reported by <paramref name="missing"/>, which says where such a file comes from.
    /// </summary>
    public static CsvColumns Required(IReadOnlyList<string> names, Func<string, string> normalise, Func<IReadOnlyList<string>, string> missing) =>
        new(names, normalise, header => names.Where(n => !header.Contains(n)).ToList() is { Count: > 0 } absent ? missing(absent) : null);

    /// <summary>A name in lower case: the observatories' own tables, and files whose names differ only by case.</summary>
    public static string LowerCase(string name) => name.Trim().ToLowerInvariant();

    /// <summary>A name as a published file may spell it ("Capacité d’accueil", "Code_commune"): upper case, without accents, with a straight apostrophe.</summary>
    public static string UpperCaseWithoutAccents(string name)
    {
        var decomposed = name.Trim().Replace('’', '\'').Normalize(NormalizationForm.FormD);
        return new string([.. decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)]).ToUpperInvariant();
    }

    /// <summary>Why the header does not give these columns (the problem of line 1), or null.</summary>
    public string? Problem(IReadOnlyList<string> header) => check(header);

    private static string Unexpected(IReadOnlyList<string> header, IReadOnlyList<string> names) =>
        $"the columns are {string.Join(", ", header.Select(Echo.Cut))}; expected {string.Join(";", names)}";
}

/// <summary>A record of a CSV table whose fields match its header: its values by column name, trimmed.</summary>
internal sealed class CsvRow(CsvRecord record, IReadOnlyDictionary<string, int> index, char separator)
{
    private IReadOnlyList<string>? fields;

    /// <summary>The line where the record starts (the header is line 1).</summary>
    public long Line => record.Line;

    /// <summary>The file's separator: a file separated by semicolons writes its decimals with a comma (French Excel).</summary>
    public char Separator => separator;

    /// <summary>The value of one of the expected columns, trimmed.</summary>
    public string this[string column] => record.Fields[index[column]].Trim();

    /// <summary>Every field of the record, trimmed, in the file's order.</summary>
    public IReadOnlyList<string> Fields => fields ??= [.. record.Fields.Select(f => f.Trim())];

    /// <summary>"'…' has control characters" for the first value of these columns (by default every field) that has some, or null.</summary>
    public string? ControlCharacters(IEnumerable<string>? columns = null) =>
        (columns?.Select(c => this[c]) ?? Fields).FirstOrDefault(v => Http.ControlCharacters.Problem(v, freeText: false) is not null) is { } value
            ? $"'{Echo.Cut(Http.ControlCharacters.Printable(value))}' has control characters"
            : null;
}

/// <summary>Checks a row's values: the line read, or the problem (without its place) and null.</summary>
internal delegate string? CsvRowParser<TLine>(CsvRow row, out TLine? line) where TLine : class;

/// <summary>
/// Reads an uploaded CSV table for an importer (<see cref="CsvReader"/>: commas or semicolons, quoted fields, a byte order
/// mark; UTF-8 only): checks its header against the expected <see cref="CsvColumns"/> (the problem of line 1), reports
/// each record whose number of fields is not the header's with its line, and hands every other record to the importer,
/// which checks its values and reports their problems with <see cref="CsvRow.Line"/>. A file that cannot be read as text
/// (not UTF-8, malformed quoting) is a problem of the file; what was read before it is kept, so that every problem shows.
/// </summary>
internal static class CsvTable
{
    /// <summary>A decimal number as French or English spreadsheets write it (2.35 or 2,35, with a sign); never NaN nor infinite.</summary>
    public static bool Number(string text, out double value) =>
        double.TryParse(text.Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)
        && double.IsFinite(value);

    public static void Read(Stream stream, CsvColumns columns, FileProblems problems, Action<CsvRow> row)
    {
        try
        {
            using var reader = new CsvReader(stream);
            var header = reader.Header.Select(columns.Normalise).ToList();
            if (columns.Problem(header) is { } problem)
            {
                problems.AtLine(1, problem);
                return;
            }
            var index = columns.Names.ToDictionary(c => c, c => header.IndexOf(c), StringComparer.Ordinal);
            while (reader.TryRead(out var record))
            {
                if (record.Fields.Count != header.Count)
                    problems.AtLine(record.Line, $"{record.Fields.Count} fields where the header has {header.Count}");
                else
                    row(new(record, index, reader.Separator));
            }
        }
        catch (Exception e) when (FileProblems.Unreadable(e) is { } unreadable)
        {
            problems.InFile(unreadable);
        }
    }

    /// <summary>
    /// Reads a table whose lines each give one key once (a year, an EPCI and a stream...): every row is checked by
    /// <paramref name="parse"/>, and a key already given is a problem naming the first line that gave it.
    /// </summary>
    /// <param name="describe">The key as the problem names it ("bethune / 2023").</param>
    public static List<TLine> ReadLines<TLine, TKey>(Stream stream, CsvColumns columns, FileProblems problems, CsvRowParser<TLine> parse,
        Func<TLine, TKey> key, Func<TLine, string> describe)
        where TLine : class
        where TKey : notnull
    {
        var lines = new List<TLine>();
        var seen = new Dictionary<TKey, long>();
        Read(stream, columns, problems, row =>
        {
            if (parse(row, out var line) is { } problem)
                problems.AtLine(row.Line, problem);
            else if (seen.TryGetValue(key(line!), out var first))
                problems.AtLine(row.Line, $"{describe(line!)} is already given on line {first}");
            else
            {
                seen[key(line!)] = row.Line;
                lines.Add(line!);
            }
        });
        return lines;
    }
}
