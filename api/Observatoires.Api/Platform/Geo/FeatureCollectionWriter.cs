using System.Buffers;
using System.Data.Common;
using System.Text;
using System.Text.Json;
using Observatoires.Api.Platform.Http;

namespace Observatoires.Api.Platform.Geo;

/// <summary>
/// Streams a GeoJSON FeatureCollection whose features PostGIS has already serialised (one text column per row):
/// the response is written as rows are read, never buffered whole.
/// </summary>
internal static class FeatureCollectionWriter
{
    public const string ContentType = "application/geo+json";

    /// <param name="members">Extra top-level members (numberMatched, links...), serialised as JSON.</param>
    public static Task WriteAsync(HttpResponse response, DbDataReader features, IReadOnlyDictionary<string, object?> members,
        CancellationToken ct) =>
        WriteAsync(response, features, int.MaxValue, (_, _) => Task.FromResult(members), ct);

    /// <summary>
    /// Writes at most <paramref name="limit"/> features, then the top-level members <paramref name="trailer"/> gives
    /// from the number written and whether the reader had more (paging links, numberMatched...).
    /// </summary>
    public static async Task WriteAsync(HttpResponse response, DbDataReader features, int limit,
        Func<int, bool, Task<IReadOnlyDictionary<string, object?>>> trailer, CancellationToken ct)
    {
        response.HttpContext.StartRaw(ContentType);
        var output = response.BodyWriter;
        var returned = 0;
        var more = false;
        Write(output, "{\"type\":\"FeatureCollection\",\"features\":[");
        while (await features.ReadAsync(ct))
        {
            if (returned == limit)
            {
                more = true;
                break;
            }
            if (returned++ > 0)
                Write(output, ",");
            Write(output, features.GetString(0));
            if (returned % 200 == 0)
                await output.FlushAsync(ct);
        }
        Write(output, "]");
        await features.DisposeAsync();
        foreach (var (name, value) in (await trailer(returned, more)).Append(new("numberReturned", returned)))
            Write(output, $",{JsonSerializer.Serialize(name)}:{JsonSerializer.Serialize(value, JsonOptions)}");
        Write(output, "}");
        await output.FlushAsync(ct);
    }

    // Links keep their + and & readable: this JSON is never embedded in HTML.
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static void Write(System.IO.Pipelines.PipeWriter output, string text)
    {
        var bytes = Encoding.UTF8.GetMaxByteCount(text.Length);
        output.Advance(Encoding.UTF8.GetBytes(text, output.GetSpan(bytes)));
    }
}
