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
    public static async Task WriteAsync(HttpResponse response, DbDataReader features, IReadOnlyDictionary<string, object?> members,
        CancellationToken ct)
    {
        response.HttpContext.StartRaw(ContentType);
        var output = response.BodyWriter;
        var returned = 0;
        Write(output, "{\"type\":\"FeatureCollection\",\"features\":[");
        while (await features.ReadAsync(ct))
        {
            if (returned++ > 0)
                Write(output, ",");
            Write(output, features.GetString(0));
            if (returned % 200 == 0)
                await output.FlushAsync(ct);
        }
        Write(output, "]");
        foreach (var (name, value) in members.Append(new("numberReturned", returned)))
            Write(output, $",{JsonSerializer.Serialize(name)}:{JsonSerializer.Serialize(value, JsonOptions)}");
        Write(output, "}");
        await output.FlushAsync(ct);
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private static void Write(System.IO.Pipelines.PipeWriter output, string text) => output.Write(Encoding.UTF8.GetBytes(text));
}
