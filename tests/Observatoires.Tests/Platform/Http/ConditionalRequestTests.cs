using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Observatoires.Api.Platform.Access.Keys;
using Observatoires.Api.Platform.Geo.Layers;
using Observatoires.Api.Platform.Indicators.Catalogue;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Platform.Http;

/// <summary>
/// Revalidation (If-None-Match) says no more and no less than the 200 would: a 304 carries the 200's Vary (RFC 9110
/// §15.4.5), whether this instance made the 200 or another did; and <c>If-None-Match: *</c> never tells a collection
/// hidden from the caller from one that does not exist.
/// </summary>
public sealed class ConditionalRequestTests
{
    private const string Partner = "epci:200072460";

    [Test]
    public async Task A_304_varies_as_its_200_on_the_instance_that_made_it_and_on_another()
    {
        await using var factory = await ReadOnlyHosts.StartAsync();
        // A second instance on the same database, as behind nginx: it never made the 200 the client revalidates.
        await using var other = await ReadOnlyHosts.StartAsync();
        using var client = factory.CreateClient();
        using var otherClient = other.CreateClient();
        var key = (await factory.Services.GetRequiredService<ApiKeys>().CreateAsync("EPCI partner", "partner_reader", [Partner], null)).Key;
        string[] urls =
        [
            "/api/v1/indicators/test.salaries/values?territories=epci:200072460", // negotiated by Accept
            "/api/v1/indicators/test.salaries/values?territories=epci:200072460&format=csv", // not negotiated
            "/ogc/collections/communes/items?limit=5", // not negotiated
        ];
        foreach (var url in urls)
        {
            foreach (var keyed in new[] { false, true })
            {
                HttpRequestMessage Request(EntityTagHeaderValue? etag = null)
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, url);
                    request.Headers.Accept.ParseAdd("text/csv");
                    if (keyed)
                        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
                    if (etag is not null)
                        request.Headers.IfNoneMatch.Add(etag);
                    return request;
                }
                var who = $"{url}, {(keyed ? "with a key" : "anonymous")}";
                using var okRequest = Request();
                using var ok = await client.SendAsync(okRequest);
                Assert.That(ok.StatusCode, Is.EqualTo(HttpStatusCode.OK), who);
                using var sameRequest = Request(ok.Headers.ETag);
                using var same = await client.SendAsync(sameRequest);
                using var elsewhereRequest = Request(ok.Headers.ETag);
                using var elsewhere = await otherClient.SendAsync(elsewhereRequest);
                Assert.Multiple(() =>
                {
                    Assert.That(same.StatusCode, Is.EqualTo(HttpStatusCode.NotModified), $"{who}: the same instance");
                    Assert.That(elsewhere.StatusCode, Is.EqualTo(HttpStatusCode.NotModified), $"{who}: another instance");
                    Assert.That(same.Headers.Vary, Is.EquivalentTo(ok.Headers.Vary), $"{who}: the same instance's 304");
                    Assert.That(elsewhere.Headers.Vary, Is.EquivalentTo(ok.Headers.Vary), $"{who}: another instance's 304");
                    Assert.That(elsewhere.Headers.ETag, Is.EqualTo(ok.Headers.ETag), who);
                    Assert.That(elsewhere.Headers.CacheControl, Is.EqualTo(ok.Headers.CacheControl), who);
                });
            }
        }
        // The 200 negotiated by Accept says so, and so do its 304s.
        using var negotiated = new HttpRequestMessage(HttpMethod.Get, urls[0]);
        negotiated.Headers.Accept.ParseAdd("text/csv");
        using var csv = await client.SendAsync(negotiated);
        Assert.That(csv.Headers.Vary, Does.Contain("Accept"));
    }

    [Test]
    public async Task The_territories_list_negotiated_by_Accept_says_so_on_its_304()
    {
        await using var factory = await ReadOnlyHosts.StartAsync();
        using var client = factory.CreateClient();
        const string url = "/api/v1/territories?level=epci";
        using var ok = await client.GetAsync(url);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(ok.Headers.ETag!);
        using var notModified = await client.SendAsync(request);
        Assert.Multiple(() =>
        {
            Assert.That(ok.Headers.Vary, Does.Contain("Accept"));
            Assert.That(notModified.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
            Assert.That(notModified.Headers.Vary, Is.SupersetOf(ok.Headers.Vary.Where(v => v != "Accept-Encoding")));
        });
    }

    [Test]
    public async Task If_None_Match_star_tells_an_anonymous_caller_nothing_of_a_hidden_collection()
    {
        await using var factory = await ReadOnlyHosts.StartAsync();
        using var client = factory.CreateClient();
        var hidden = factory.Services.GetRequiredService<LayerRegistry>().All
            .Where(l => l.Confidentiality != Confidentiality.Public).Select(l => l.Id).ToList();
        Assert.That(hidden, Is.Not.Empty, "the test observatory has collections hidden from the public");
        string[] routes = ["", "/items", "/items/1", "/items?limit=5&f=csv", "/queryables", "/tiles", "/tiles/WebMercatorQuad",
            "/tiles/WebMercatorQuad/10/340/520"];

        async Task<HttpStatusCode> StatusAsync(string url, bool star)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            if (star)
                request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Any);
            using var response = await client.SendAsync(request);
            return response.StatusCode;
        }

        var leaks = new List<string>();
        foreach (var route in routes)
        {
            var missing = await StatusAsync($"/ogc/collections/no-such-collection{route}", star: false);
            foreach (var id in hidden)
            {
                foreach (var star in new[] { false, true })
                {
                    var status = await StatusAsync($"/ogc/collections/{id}{route}", star);
                    if (status != missing)
                        leaks.Add($"{id}{route}{(star ? " with If-None-Match: *" : "")}: {(int)status}, a missing collection {(int)missing}");
                }
            }
        }
        Assert.That(leaks, Is.Empty);
    }

    [Test]
    public async Task If_None_Match_star_on_what_the_caller_sees_is_304_and_on_what_is_missing_404()
    {
        await using var factory = await ReadOnlyHosts.StartAsync();
        using var client = factory.CreateClient();
        async Task<HttpStatusCode> StarAsync(string url)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Any);
            using var response = await client.SendAsync(request);
            return response.StatusCode;
        }
        Assert.Multiple(async () =>
        {
            Assert.That(await StarAsync("/ogc/collections/communes/items?limit=5"), Is.EqualTo(HttpStatusCode.NotModified));
            Assert.That(await StarAsync("/ogc/collections/communes/items/commune:99999"), Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(await StarAsync("/api/v1/indicators/test.salaries/values?territories=epci:200072460"), Is.EqualTo(HttpStatusCode.NotModified));
        });
    }
}
