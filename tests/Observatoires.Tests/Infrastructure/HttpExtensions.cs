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

    /// <summary>Disposes of the response and gives its problem+json body, asserting its status and media type.</summary>
    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.That(response.StatusCode, Is.EqualTo(expected), body.Length > 2000 ? body[..2000] : body);
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            return JsonDocument.Parse(body).RootElement.Clone();
        }
    }

    public static string Str(this JsonElement e, string property) => e.GetProperty(property).GetString()!;
}
