using System.Net;
using Observatoires.Api.Platform.Http;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Platform.Http;

/// <summary>
/// Content negotiation as a client library or a shared cache meets it: Accept's q-values weighed (q=0 refuses a format,
/// the highest q wins, a tie goes to the route's preference, */* is JSON), and every answer chosen by Accept says
/// <c>Vary: Accept</c>, from the response cache as from the endpoint, so that a proxy never serves a CSV to a JSON client.
/// </summary>
public sealed class NegotiationTests : ReadOnlyApiTest
{
    private const string Values = "/api/v1/indicators/test.salaries/values?level=commune&period=2023";
    private static readonly string[] ValuesRoute = ["json", "csv", "xlsx", "csvw"];

    [TestCase("", "json", TestName = "No Accept header: the route's default")]
    [TestCase("*/*", "json")]
    [TestCase("text/csv;q=0, application/json", "json")]
    [TestCase("application/json;q=0.5, text/csv", "csv")]
    [TestCase("application/json, text/csv", "json", TestName = "A tie goes to the route's first")]
    [TestCase("text/csv, application/json", "json", TestName = "A tie goes to the route's first, whatever the header's order")]
    [TestCase("text/*", "csv")]
    [TestCase("text/*;q=0.9, application/json;q=0.4", "csv")]
    [TestCase("TEXT/CSV", "csv", TestName = "Media types are case-insensitive")]
    [TestCase("text/csv;q=0.2, */*;q=0.1", "csv")]
    [TestCase("*/*;q=0.1, text/csv;q=0", "json", TestName = "q=0 excludes a format that a wider range accepts")]
    [TestCase("text/*;q=0.9, text/csv;q=0, application/json;q=0.1", "json", TestName = "The most specific range decides")]
    [TestCase("application/csvm+json;q=0.8, text/csv;q=0.7", "csvw")]
    [TestCase("text/csv;q=0", null, TestName = "Nothing acceptable")]
    [TestCase("image/png", null, TestName = "Nothing offered matches")]
    public void Accept_is_weighed_by_its_q_values(string accept, string? expected)
    {
        var index = OutputFormat.Negotiate(accept, [.. ValuesRoute.Select(OutputFormat.MediaType)]);
        Assert.That(index is { } i ? ValuesRoute[i] : null, Is.EqualTo(expected));
    }

    [TestCase("text/csv;q=0, application/json", "application/json")]
    [TestCase("application/json;q=0.5, text/csv", "text/csv")]
    [TestCase("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    [TestCase("image/png", "application/json", TestName = "Nothing acceptable: JSON, the platform never answers 406")]
    public async Task The_values_route_answers_the_format_Accept_prefers(string accept, string expected)
    {
        using var response = await SendAsync(Values, accept);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo(expected));
    }

    [Test]
    public async Task A_negotiated_answer_varies_by_Accept_on_a_cache_hit_as_on_the_miss()
    {
        // Each Accept (and Accept-Encoding) its own cache entry: the first request of each is a miss, the second a hit.
        foreach (var accept in new[] { "text/csv", "application/json", "application/json;q=0.5, text/csv;q=0.9" })
        {
            foreach (var encoding in new[] { null, "gzip" })
            {
                using var miss = await SendAsync(Values, accept, encoding);
                using var hit = await SendAsync(Values, accept, encoding);
                if (encoding is null)
                    Assert.That(await hit.Content.ReadAsByteArrayAsync(), Is.EqualTo(await miss.Content.ReadAsByteArrayAsync()), "the same answer");
                Assert.That(Vary(hit), Is.EquivalentTo(Vary(miss)), $"{accept} ({encoding}): the same Vary");
                Assert.That(Vary(hit), Does.Contain("Accept").And.Contain("Accept-Encoding"), accept);
                Assert.That(Vary(miss), Is.Unique, "each token once");
                Assert.That(Vary(hit), Is.Unique, "each token once");
            }
        }
        // A format asked by the URL does not depend on Accept.
        using var byUrl = await SendAsync(Values + "&format=csv", "application/json");
        Assert.That(byUrl.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
        Assert.That(Vary(byUrl), Does.Not.Contain("Accept"));
    }

    [Test]
    public async Task The_DCAT_catalogue_weighs_Accept_and_keeps_Vary_on_its_cached_answers()
    {
        using var jsonLd = await SendAsync("/catalog", "text/turtle;q=0, application/ld+json");
        Assert.That(jsonLd.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/ld+json"));
        using var turtle = await SendAsync("/catalog", "application/ld+json;q=0.1, text/turtle");
        Assert.That(turtle.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/turtle"));
        using var again = await SendAsync("/catalog", "application/ld+json;q=0.1, text/turtle");
        Assert.That(again.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/turtle"));
        Assert.That(Vary(again), Is.EquivalentTo(Vary(turtle)).And.Contain("Accept"));
    }

    [Test]
    public async Task The_territories_route_serves_GeoJSON_to_a_client_that_prefers_it()
    {
        using var response = await SendAsync("/api/v1/territories?level=epci", "application/json;q=0.5, application/geo+json");
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/geo+json"));
        Assert.That(Vary(response), Does.Contain("Accept"));
    }

    private async Task<HttpResponseMessage> SendAsync(string url, string accept, string? encoding = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        if (encoding is not null)
            request.Headers.TryAddWithoutValidation("Accept-Encoding", encoding);
        return await Client.SendAsync(request);
    }

    private static List<string> Vary(HttpResponseMessage response) =>
        [.. response.Headers.Vary.SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))];
}
