using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Observatoires.Api.Platform.Export;

/// <summary>
/// RFC 4180 CSV, UTF-8, comma-separated, one header row: what pandas.read_csv(url) reads as is. Text that a
/// spreadsheet would run as a formula (=, +, -, @ first: an occupant's name typed by a partner) is written with a
/// leading apostrophe, as OWASP advises; numbers and dates are written as they are.
/// </summary>
internal sealed partial class CsvWriter(Stream output) : IAsyncDisposable
{
    public const string ContentType = "text/csv; charset=utf-8";

    private readonly StreamWriter writer = new(output, new UTF8Encoding(false), 16 * 1024) { NewLine = "\n" };

    public Task WriteRowAsync(params object?[] values) =>
        writer.WriteLineAsync(string.Join(',', values.Select(Field)));

    public async ValueTask DisposeAsync()
    {
        await writer.FlushAsync();
        await writer.DisposeAsync();
    }

    private static string Field(object? value)
    {
        var text = value switch
        {
            null => "",
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateTime t => t.TimeOfDay == TimeSpan.Zero && t.Kind != DateTimeKind.Utc
                ? t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : t.ToString("yyyy-MM-ddTHH:mm:ss.FFFFFFFK", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            string s => FormulaStart().Replace(s, "'"),
            _ => value.ToString() ?? "",
        };
        return text.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
    }

    /// <summary>
    /// Where a spreadsheet would start a formula in a text: at its start, and after each ';', where a French spreadsheet
    /// opening the file splits it into cells. An apostrophe goes there, so that the text stays text.
    /// </summary>
    [GeneratedRegex(@"(?:^|(?<=;))(?=[=+\-@\t\r])")]
    private static partial Regex FormulaStart();
}
