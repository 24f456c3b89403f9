using System.Globalization;
using System.Text.RegularExpressions;

namespace Observatoires.Api.Platform.Export;

/// <summary>
/// The problems an importer finds in an uploaded file, each with its place: a line of a CSV ("line 4: …"), a feature of
/// a GeoJSON file ("features[2]: …"), or the file as a whole (no place, listed last). They are answered as every
/// importer answers them: the first few, with how many there are in all (<see cref="Data.Import.RefuseIfAnyAsync(FastEndpoints.IValidationErrors, IReadOnlyList{string}, long, long?)"/>).
/// </summary>
internal sealed partial class FileProblems
{
    private readonly List<(long Position, string Text)> problems = [];

    /// <summary>How many problems the file has in all.</summary>
    public int Count => problems.Count;

    /// <summary>A problem of a CSV line (1-based, the header being line 1).</summary>
    public void AtLine(long line, string message) => problems.Add((line, $"line {line}: {message}"));

    /// <summary>A problem at a place the reader named ("line 4", "features[2]").</summary>
    public void At(string where, string message)
    {
        var text = $"{where}: {message}";
        problems.Add((Position(text), text));
    }

    /// <summary>A problem of the whole file (not UTF-8, no data line...), or one whose message names its line itself (malformed quoting).</summary>
    public void InFile(string message) => problems.Add((Position(message), message));

    /// <summary>The first <paramref name="shown"/> problems, as they were found, or in the file's order (those of the whole file last).</summary>
    public IReadOnlyList<string> Listed(int shown, bool inFileOrder = false) =>
        [.. (inFileOrder ? problems.OrderBy(p => p.Position) : problems.AsEnumerable()).Take(shown).Select(p => p.Text)];

    /// <summary>
    /// The problem of the file when <paramref name="e"/> says it cannot be read as text (it is not UTF-8, its quoting is
    /// malformed: <see cref="CsvReader"/>); null for any other exception, which is not the file's.
    /// </summary>
    public static string? Unreadable(Exception e) => e switch
    {
        System.Text.DecoderFallbackException => "the file is not UTF-8 text",
        InvalidDataException => e.Message,
        _ => null,
    };

    /// <summary>A listed problem's place in the file ("line 4: …", "features[2]: …"), so that problems found apart read in the file's order; the file's own last.</summary>
    public static long Position(string problem) =>
        Place().Match(problem) is { Success: true } m ? long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : long.MaxValue;

    [GeneratedRegex(@"^(?:line |features\[)(\d+)")]
    private static partial Regex Place();
}
