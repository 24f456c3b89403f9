using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Observatoires.Api.Platform.Access.Keys;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Platform.Http;

/// <summary>
/// No answer ever reaches the wrong caller or the wrong URL: cached responses are keyed by the whole
/// representation, and absolute links never come from the request's Host header. Tried as an attacker would:
/// URLs crafted to collide under the 32-bit hash the cache once used, and forged Host headers.
/// </summary>
public sealed class ResponseCacheTests
{
    private const string Partner = "epci:200072460";

    [Test]
    public async Task Two_URLs_with_equal_32_bit_hashes_get_their_own_pages()
    {
        await using var factory = await ReadOnlyHosts.StartAsync();
        using var client = factory.CreateClient();
        const string path = "/ogc/collections/communes/items";
        var (first, second) = Collision(
            n => $"{path}?limit={1000 + (n % 9000)}&offset={n / 9000}||Anonymous|",
            n => $"{path}?limit={1000 + (n % 9000)}&offset={200 + (n / 9000)}||Anonymous|");

        using var cached = await client.GetAsync(Url(first));
        Assert.That(cached.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var page = JsonDocument.Parse(await client.GetStringAsync(Url(second))).RootElement;

        var offset = int.Parse(Query(second, "offset"), System.Globalization.CultureInfo.InvariantCulture);
        var total = page.GetProperty("numberMatched").GetInt32();
        var self = page.GetProperty("links").EnumerateArray().First(l => l.Str("rel") == "self").Str("href");
        Assert.Multiple(() =>
        {
            Assert.That(self, Does.EndWith(Url(second)), "the page's own self link");
            Assert.That(page.GetProperty("features").GetArrayLength(), Is.EqualTo(Math.Max(0, total - offset)));
        });
    }

    [Test]
    public async Task An_anonymous_request_crafted_to_collide_with_a_partners_never_gets_its_body()
    {
        await using var factory = await ReadOnlyHosts.StartAsync();
        using var client = factory.CreateClient();
        var key = (await factory.Services.GetRequiredService<ApiKeys>().CreateAsync("EPCI partner", "partner_reader", [Partner], null)).Key;
        const string path = "/ogc/collections/test-effectifs/items";
        var (partnerUrl, anonymousUrl) = Collision(
            n => $"{path}?limit={1 + (n % 9999)}&offset={n / 9999}||PartnerReader|{Partner}",
            n => $"{path}?limit={1 + (n % 9999)}&offset={n / 9999}||Anonymous|");

        using var request = new HttpRequestMessage(HttpMethod.Get, Url(partnerUrl));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var partner = await client.SendAsync(request);
        Assert.That(partner.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the partner's answer is cached");

        using var anonymous = await client.GetAsync(Url(anonymousUrl));
        var body = await anonymous.Content.ReadAsStringAsync();
        Assert.Multiple(() =>
        {
            Assert.That(anonymous.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), body);
            Assert.That(body, Does.Not.Contain("siret").And.Not.Contain("headcount"));
        });
    }

    [Test]
    public async Task ETags_differ_by_caller_and_carry_a_128_bit_digest()
    {
        await using var factory = await ReadOnlyHosts.StartAsync();
        using var client = factory.CreateClient();
        var key = (await factory.Services.GetRequiredService<ApiKeys>().CreateAsync("EPCI partner", "partner_reader", [Partner], null)).Key;
        const string url = "/api/v1/indicators/test.salaries/values?territories=epci:200072460";

        using var anonymous = await client.GetAsync(url);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var partner = await client.SendAsync(request);

        var etag = anonymous.Headers.ETag!.Tag.Trim('"');
        Assert.Multiple(() =>
        {
            Assert.That(partner.Headers.ETag, Is.Not.EqualTo(anonymous.Headers.ETag));
            // After the data versions ("12.3"): base64url, whose alphabet has '-' too, so the digest is not "after the last '-'".
            Assert.That(etag, Does.Match("-[0-9.]+-[A-Za-z0-9_-]{22,}$"), "16 bytes, base64url");
        });
    }

    [Test]
    public async Task A_keyed_answer_is_private_and_every_callers_answer_varies_on_the_key_headers()
    {
        // A shared proxy keyed on the URL would otherwise keep a partner's answer and give it to the next caller.
        await using var factory = await ReadOnlyHosts.StartAsync();
        using var client = factory.CreateClient();
        var key = (await factory.Services.GetRequiredService<ApiKeys>().CreateAsync("EPCI partner", "partner_reader", [Partner], null)).Key;
        const string url = "/api/v1/indicators/test.salaries/values?territories=epci:200072460";
        HttpRequestMessage Keyed(string how, EntityTagHeaderValue? etag = null)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, url);
            if (how == "bearer")
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
            else
                request.Headers.Add("X-Api-Key", key);
            if (etag is not null)
                request.Headers.IfNoneMatch.Add(etag);
            return request;
        }
        static void Varies(HttpResponseMessage response, string who) =>
            Assert.That(response.Headers.Vary, Is.SupersetOf(new[] { "Authorization", "X-Api-Key" }), $"{who}: Vary on the key headers");

        // The first round computes the answers, the second serves them from the API's cache: both say the same.
        for (var round = 1; round <= 2; round++)
        {
            using var anonymous = await client.GetAsync(url);
            using var bearerRequest = Keyed("bearer");
            using var bearer = await client.SendAsync(bearerRequest);
            using var headerRequest = Keyed("x-api-key");
            using var header = await client.SendAsync(headerRequest);
            Assert.Multiple(() =>
            {
                foreach (var (who, response) in new[] { ("anonymous", anonymous), ("bearer", bearer), ("X-Api-Key", header) })
                {
                    Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"{who}, round {round}");
                    Assert.That(response.Headers.CacheControl?.NoCache, Is.True, $"{who}: revalidated before reuse");
                    Varies(response, $"{who}, round {round}");
                }
                Assert.That(anonymous.Headers.CacheControl!.Private, Is.False, "a public answer may be shared, under its Vary");
                Assert.That(bearer.Headers.CacheControl!.Private, Is.True, $"a keyed answer is never kept by a shared cache, round {round}");
                Assert.That(header.Headers.CacheControl!.Private, Is.True, $"nor one keyed by X-Api-Key, round {round}");
            });
            if (round == 2)
            {
                using var conditionalRequest = Keyed("bearer", bearer.Headers.ETag);
                using var notModified = await client.SendAsync(conditionalRequest);
                Assert.That(notModified.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
                Assert.That(notModified.Headers.CacheControl?.Private, Is.True, "a 304 updates the stored headers: the same ones");
                Varies(notModified, "304");
            }
        }
    }

    [Test]
    public async Task A_foreign_Host_header_is_refused_and_changes_nothing_anyone_else_receives()
    {
        await using var factory = await ReadOnlyHosts.StartAsync();
        using var client = factory.CreateClient();
        const string url = "/ogc/collections/communes/items?limit=10";

        using var forged = new HttpRequestMessage(HttpMethod.Get, url);
        forged.Headers.Host = "attacker.example";
        using var refused = await client.SendAsync(forged);
        using var forwarded = new HttpRequestMessage(HttpMethod.Get, url);
        forwarded.Headers.Add("X-Forwarded-Host", "attacker.example");
        forwarded.Headers.Add("X-Forwarded-Proto", "https");
        using var fromUntrustedProxy = await client.SendAsync(forwarded);
        var body = await client.GetStringAsync(url);

        Assert.Multiple(async () =>
        {
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(await fromUntrustedProxy.Content.ReadAsStringAsync(), Does.Not.Contain("attacker").And.Contain("http://localhost/ogc/"));
            Assert.That(body, Does.Not.Contain("attacker").And.Contain("\"http://localhost/ogc/collections/communes/items?limit=20&offset=10\""));
        });
    }

    [Test]
    public async Task Links_are_built_from_the_configured_public_base_URL()
    {
        await using var factory = await ReadOnlyHosts.StartAsync(
            new Dictionary<string, string?> { ["Observatoires:PublicBaseUrl"] = "https://data.example.fr/observatoires/" });
        using var client = factory.CreateClient();

        using var request = new HttpRequestMessage(HttpMethod.Get, "/ogc/collections/communes/items?limit=10");
        request.Headers.Host = "data.example.fr";
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var indicator = await client.GetStringAsync("/api/v1/indicators/test.salaries");

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the public host is allowed");
            Assert.That(body, Does.Contain("\"https://data.example.fr/observatoires/ogc/collections/communes/items?limit=20&offset=10\""));
            Assert.That(indicator, Does.Contain("https://data.example.fr/observatoires/api/v1/indicators/test.salaries").And.Not.Contain("http://localhost"));
        });
    }

    private static string Url(string representation) => representation[..representation.IndexOf('|')];

    private static string Query(string representation, string name) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri("http://x" + Url(representation)).Query)[name]!;

    /// <summary>Two strings, one from each family, with the same 32-bit FNV-1a hash (the cache's former key).</summary>
    private static (string First, string Second) Collision(Func<int, string> first, Func<int, string> second)
    {
        var seen = new Dictionary<uint, string>();
        for (var n = 0; n < 200_000; n++)
            seen.TryAdd(Fnv1a(first(n)), first(n));
        for (var n = 0; n < 20_000_000; n++)
        {
            var candidate = second(n);
            if (seen.TryGetValue(Fnv1a(candidate), out var match) && Url(match) != Url(candidate))
                return (match, candidate);
        }
        throw new InvalidOperationException("no collision found");
    }

    private static uint Fnv1a(string text)
    {
        unchecked
        {
            var hash = 2166136261;
            foreach (var c in text)
                hash = (hash ^ c) * 16777619;
            return hash;
        }
    }
}
