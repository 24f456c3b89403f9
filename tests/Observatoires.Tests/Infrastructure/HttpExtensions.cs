using System.Net;
using System.Text.Json;

namespace Observatoires.Tests.Infrastructure;

internal static class HttpExtensions
{
    /// <summary>GETs a URL and parses the JSON body, asserting the status first (with the body in the message).</summary>
    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(expected), $"GET {url} answered: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static string Str(this JsonElement e, string property) => e.GetProperty(property).GetString()!;
}
