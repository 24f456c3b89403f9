using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Observatoires.Api.Platform.Access.Keys;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Platform.Http;

/// <summary>
/// The response cache's memory is bounded by design, as an operator sees it in /metrics: after a write, the answers
/// built from the older data leave memory at once (the entry count falls), and the bytes held never exceed the limit,
/// whatever is asked.
/// </summary>
public sealed partial class ResponseCacheMemoryTests
{
    private static readonly string[] ValueUrls =
    [
        "/api/v1/indicators/test.population/values?territories=epci:200072460",
        "/api/v1/indicators/test.population/values?level=commune&within=epci:200072460",
        "/api/v1/indicators/test.salaries/values?territories=epci:200072460",
        "/api/v1/indicators/test.salaries/values?level=commune&within=epci:200072460",
    ];

    // The communes layer reads the territories' data, which a values import does not change.
    private const string LayerPage = "/ogc/collections/communes/items?limit=5";

    [Test]
    public async Task After_an_import_the_answers_of_the_older_values_leave_memory_and_the_others_stay()
    {
        await using var factory = await ApiFactory.OnFreshCopyAsync("cache_memory_stale");
        using var client = factory.CreateClient();
        var agency = (await factory.Services.GetRequiredService<ApiKeys>().CreateAsync("Operator", "agency_editor", [], null)).Key;
        foreach (var url in ValueUrls.Append(LayerPage))
        {
            using var response = await client.GetAsync(url);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), url);
        }
        var before = await ScrapeAsync(client, agency);
        Assert.That(before["observatoires_response_cache_entries"], Is.GreaterThanOrEqualTo(ValueUrls.Length + 1), "every answer is kept");
        Assert.That(before["observatoires_response_cache_bytes"], Is.GreaterThan(0));

        using (var import = await SendAsync(client, HttpMethod.Post, "/api/v1/imports/values", agency,
                   new MultipartFormDataContent { { new ByteArrayContent("indicator,territory,period,value\ntest.salaries,commune:62119,2023,4243\n"u8.ToArray()), "file", "values.csv" } }))
            Assert.That(import.StatusCode, Is.EqualTo(HttpStatusCode.OK), await import.Content.ReadAsStringAsync());

        // The entries leave at once; the bytes they held are counted down by the cache's eviction callbacks, a moment later.
        var after = await ScrapeAsync(client, agency);
        for (var attempt = 0; attempt < 50 && after["observatoires_response_cache_bytes"] >= before["observatoires_response_cache_bytes"]; attempt++)
        {
            await Task.Delay(100);
            after = await ScrapeAsync(client, agency);
        }
        double Increase(string series) => after.GetValueOrDefault(series) - before.GetValueOrDefault(series);
        Assert.Multiple(() =>
        {
            Assert.That(Increase("observatoires_response_cache_entries"), Is.LessThanOrEqualTo(-ValueUrls.Length),
                "the values' answers of the older version are gone");
            Assert.That(Increase("observatoires_response_cache_evictions_total{reason=\"stale\"}"), Is.GreaterThanOrEqualTo(ValueUrls.Length));
            Assert.That(Increase("observatoires_response_cache_evicted_bytes_total{reason=\"stale\"}"), Is.GreaterThan(0));
            Assert.That(Increase("observatoires_response_cache_bytes"), Is.LessThan(0), "and the bytes they held");
            Assert.That(after["observatoires_response_cache_entries"], Is.GreaterThanOrEqualTo(1), "the layer's page, whose data did not change, stays");
        });

        // The layer's page is still served from memory; the values are computed again, with the new figure.
        using (await client.GetAsync(LayerPage)) { }
        using (var values = await client.GetAsync("/api/v1/indicators/test.salaries/values?territories=commune:62119&period=2023"))
            Assert.That(await values.Content.ReadAsStringAsync(), Does.Contain("4243"));
        var last = await ScrapeAsync(client, agency);
        double Since(string series) => last.GetValueOrDefault(series) - after.GetValueOrDefault(series);
        Assert.Multiple(() =>
        {
            Assert.That(Since("observatoires_response_cache_requests_total{outcome=\"hit\"}"), Is.EqualTo(1), "the layer's page");
            Assert.That(Since("observatoires_response_cache_requests_total{outcome=\"miss\"}"), Is.EqualTo(1), "the new values");
        });
    }

    [Test]
    public async Task The_cache_never_holds_more_than_its_limit_and_every_answer_stays_right()
    {
        const double megabytes = 0.25;
        await using var factory = await ReadOnlyHosts.StartAsync(
            new Dictionary<string, string?> { ["Observatoires:ResponseCache:MaxMegabytes"] = megabytes.ToString(CultureInfo.InvariantCulture) });
        using var client = factory.CreateClient();
        var agency = (await factory.Services.GetRequiredService<ApiKeys>().CreateAsync("Operator", "agency_editor", [], null)).Key;
        const long limit = (long)(megabytes * 1024 * 1024);

        var total = 0L;
        for (var size = 100; size < 120; size++)
        {
            // Pages of a hundred communes and more (each URL its own answer), asked for in br as a browser does, so that
            // compressed copies are made as well.
            var url = $"/ogc/collections/communes/items?limit={size}";
            for (var round = 0; round < 2; round++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, url);
                request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
                using var response = await client.SendAsync(request);
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), url);
                var body = await response.Content.ReadAsByteArrayAsync();
                if (response.Content.Headers.ContentEncoding.Contains("br"))
                    body = Decompress(body);
                total += round == 0 ? body.Length : 0;
                var page = JsonDocument.Parse(body).RootElement;
                Assert.That(page.GetProperty("features").GetArrayLength(), Is.EqualTo(size), url);
                var self = page.GetProperty("links").EnumerateArray().First(l => l.Str("rel") == "self").Str("href");
                Assert.That(self, Does.EndWith($"limit={size}"), "each page is its own, from memory or not");
            }
            var metrics = await ScrapeAsync(client, agency);
            Assert.That(metrics["observatoires_response_cache_bytes"], Is.LessThanOrEqualTo(limit), $"after the page of {size}");
        }

        // An attacker's long query strings on an empty tile: each answer is kept under its whole query, which counts, so
        // the limit bounds how many such entries are held (they were charged 512 bytes each, whatever their key).
        var junk = new string('A', 7000);
        for (var i = 0; i < 60; i++)
        {
            using var response = await client.GetAsync($"/ogc/collections/communes/tiles/WebMercatorQuad/3/0/0?junk={i}{junk}");
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), "no commune in that tile");
        }
        var flooded = await ScrapeAsync(client, agency);
        Assert.That(flooded["observatoires_response_cache_entries"] * 2 * junk.Length, Is.LessThanOrEqualTo(limit),
            "every entry held is charged at least its key");

        var last = await ScrapeAsync(client, agency);
        Assert.Multiple(() =>
        {
            Assert.That(total, Is.GreaterThan(2 * limit), "the pages asked for are more than the cache may hold");
            Assert.That(last["observatoires_response_cache_limit_bytes"], Is.EqualTo(limit));
            Assert.That(last["observatoires_response_cache_evictions_total{reason=\"capacity\"}"], Is.GreaterThan(0), "older pages made room");
            Assert.That(last["observatoires_response_cache_entries"], Is.GreaterThan(0), "the latest pages are kept");
        });
    }

    private static byte[] Decompress(byte[] body)
    {
        using var input = new System.IO.Compression.BrotliStream(new MemoryStream(body), System.IO.Compression.CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string url, string key, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, url) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return await client.SendAsync(request);
    }

    private static async Task<Dictionary<string, double>> ScrapeAsync(HttpClient client, string key)
    {
        using var response = await SendAsync(client, HttpMethod.Get, "/metrics", key);
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), text);
        return text.Split('\n').Where(l => l.Length > 0 && l[0] != '#').Select(l => Sample().Match(l)).Where(m => m.Success)
            .ToDictionary(m => m.Groups["series"].Value, m => double.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"^(?<series>\S+(\{.*\})?) (?<value>\S+)$")]
    private static partial Regex Sample();
}
