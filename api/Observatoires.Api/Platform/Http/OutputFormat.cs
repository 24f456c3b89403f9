using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Observatoires.Api.Platform.Http;

/// <summary>Formats chosen by ?format= or, failing that, by the Accept header (RFC 9110 proactive negotiation, with q-values).</summary>
internal static class OutputFormat
{
    public const string Json = "json";
    public const string GeoJson = "geojson";
    public const string Csv = "csv";

    /// <summary>The CSV's CSVW metadata document (W3C Metadata Vocabulary for Tabular Data), which the CSV links to.</summary>
    public const string Csvw = "csvw";

    /// <summary>The same table as a spreadsheet, with a sheet of metadata.</summary>
    public const string Xlsx = "xlsx";

    public const string CsvwContentType = "application/csvm+json";
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>
    /// The formats a route that does not name its own offers, in order of preference (ties between equal q-values go to
    /// the first): JSON first, so that <c>*/*</c> and a browser's Accept give JSON.
    /// </summary>
    public static readonly string[] AnyFormat = [Json, GeoJson, Csv, Xlsx, Csvw];

    /// <summary>The formats of a table: the CSV and what describes or repeats it.</summary>
    public static bool IsTable(string format) => format is Csv or Csvw or Xlsx;

    /// <summary>The media type a format is negotiated by.</summary>
    public static string MediaType(string format) => format switch
    {
        Json => "application/json",
        GeoJson => "application/geo+json",
        Csv => "text/csv",
        Csvw => CsvwContentType,
        Xlsx => XlsxContentType,
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "no media type for this format"),
    };

    /// <summary>The format among those of <see cref="AnyFormat"/>: for a route that tells which ones it serves afterwards.</summary>
    public static string Resolve(string? format, HttpRequest request) => Resolve(format, request, AnyFormat);

    /// <summary>
    /// The <paramref name="format"/> parameter when given; otherwise the format of <paramref name="offered"/> (the route's,
    /// in its order of preference, the first being its default) that the Accept header prefers, and the answer then
    /// varies by Accept (said so in <c>Vary</c>, which DataVersionCache keeps on its hits). The platform never answers
    /// 406: when Accept accepts none of them (or q=0 excludes them all), the route's default is served.
    /// </summary>
    public static string Resolve(string? format, HttpRequest request, params string[] offered)
    {
        if (!string.IsNullOrEmpty(format))
            return format;
        VaryHeader.Add(request.HttpContext.Response, HeaderNames.Accept);
        return Negotiate(request.Headers.Accept, [.. offered.Select(MediaType)]) is { } index ? offered[index] : offered[0];
    }

    /// <summary>
    /// The index of the media type the Accept header prefers among <paramref name="mediaTypes"/> (in the route's order of
    /// preference), or null when the header accepts none of them; an absent or unreadable header accepts the first. Each
    /// media type takes the q of the most specific range that matches it (text/csv before text/* before */*); q=0
    /// excludes it; the highest q wins, and a tie goes to the first in the route's order.
    /// </summary>
    public static int? Negotiate(StringValues accept, IReadOnlyList<string> mediaTypes)
    {
        if (StringValues.IsNullOrEmpty(accept) || !MediaTypeHeaderValue.TryParseList(accept, out var ranges) || ranges.Count == 0)
            return 0;
        int? best = null;
        var bestQuality = 0.0;
        for (var i = 0; i < mediaTypes.Count; i++)
        {
            var offered = MediaTypeHeaderValue.Parse(mediaTypes[i]);
            var specificity = -1;
            var quality = 0.0;
            foreach (var range in ranges)
            {
                var rank = range.MatchesAllTypes ? 0
                    : !range.Type.Equals(offered.Type, StringComparison.OrdinalIgnoreCase) ? -1
                    : range.MatchesAllSubTypes ? 1
                    : range.SubType.Equals(offered.SubType, StringComparison.OrdinalIgnoreCase) ? 2
                    : -1;
                var q = range.Quality ?? 1.0;
                // The most specific range decides; two equally specific ones (a repeated type), the better q.
                if (rank > specificity || (rank == specificity && rank >= 0 && q > quality))
                {
                    specificity = rank;
                    quality = q;
                }
            }
            if (specificity >= 0 && quality > bestQuality)
            {
                best = i;
                bestQuality = quality;
            }
        }
        return best;
    }
}
