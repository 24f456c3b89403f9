using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Platform.Http;

/// <summary>
/// Anonymous callers are limited per address: behind a reverse proxy, the address the proxy forwards, when (and
/// only when) the proxy is listed in Observatoires:TrustedProxies; and Retry-After says how long is left.
/// </summary>
public sealed class RateLimitTests
{
    private const int Permits = 3;

    private static Dictionary<string, string?> Limits(params string[] trustedProxies)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Observatoires:RateLimit:WindowSeconds"] = "30",
            ["Observatoires:RateLimit:AnonymousPermits"] = Permits.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        for (var i = 0; i < trustedProxies.Length; i++)
            settings[$"Observatoires:TrustedProxies:{i}"] = trustedProxies[i];
        return settings;
    }

    /// <summary>A request as it arrives on the socket: from an address, with the headers a proxy (or anyone) adds.</summary>
    private static async Task<HttpContext> SendAsync(ApiFactory factory, string from, string path = "/api/v1/observatories",
        params (string Name, string Value)[] headers) =>
        await factory.Server.SendAsync(context =>
        {
            context.Request.Method = "GET";
            context.Request.Path = path;
            context.Connection.RemoteIpAddress = IPAddress.Parse(from);
            foreach (var (name, value) in headers)
                context.Request.Headers[name] = value;
        });

    private static async Task<int[]> StatusesAsync(ApiFactory factory, string from, params string[] forwardedFor)
    {
        var statuses = new List<int>();
        foreach (var client in forwardedFor)
            statuses.Add((await SendAsync(factory, from, headers: ("X-Forwarded-For", client))).Response.StatusCode);
        return [.. statuses];
    }

    [Test]
    public async Task Behind_a_trusted_proxy_each_client_has_its_own_bucket()
    {
        await using var factory = await ReadOnlyHosts.StartAsync(Limits("10.0.0.0/8", "192.0.2.10"));
        Assert.That(await StatusesAsync(factory, "10.1.2.3", "198.51.100.1", "198.51.100.1", "198.51.100.1", "198.51.100.1"),
            Is.EqualTo(new[] { 200, 200, 200, 429 }), "one client through the proxy");
        Assert.That(await StatusesAsync(factory, "10.1.2.3", "198.51.100.2"), Is.EqualTo(new[] { 200 }), "another client through the same proxy");
        Assert.That(await StatusesAsync(factory, "192.0.2.10", "198.51.100.3", "198.51.100.3"), Is.EqualTo(new[] { 200, 200 }), "a proxy listed by address");
        // A chain: the client, then a trusted proxy that forwarded to the one talking to us.
        Assert.That(await StatusesAsync(factory, "10.1.2.3", "198.51.100.1, 10.9.9.9"), Is.EqualTo(new[] { 429 }),
            "the client's address, found through both proxies, is the limited one");
    }

    [Test]
    public async Task Forwarded_addresses_from_anyone_else_are_ignored_loopback_included()
    {
        await using var factory = await ReadOnlyHosts.StartAsync(Limits("10.0.0.0/8"));
        Assert.That(await StatusesAsync(factory, "203.0.113.9", "198.51.100.1", "198.51.100.2", "198.51.100.3", "198.51.100.4"),
            Is.EqualTo(new[] { 200, 200, 200, 429 }), "an untrusted sender cannot pick its bucket");

        await using var byDefault = await ReadOnlyHosts.StartAsync(Limits());
        Assert.That(await StatusesAsync(byDefault, "127.0.0.1", "198.51.100.1", "198.51.100.2", "198.51.100.3", "198.51.100.4"),
            Is.EqualTo(new[] { 200, 200, 200, 429 }), "nothing is trusted unless listed, not even loopback");
        Assert.That(await StatusesAsync(byDefault, "::1", "198.51.100.5", "198.51.100.6", "198.51.100.7", "198.51.100.8"),
            Is.EqualTo(new[] { 200, 200, 200, 429 }));
    }

    [Test]
    public async Task Trusted_proxies_may_be_one_comma_separated_value_and_a_wrong_entry_stops_start_up()
    {
        var settings = Limits();
        settings["Observatoires:TrustedProxies"] = "192.0.2.10, 10.0.0.0/8";
        await using var factory = await ReadOnlyHosts.StartAsync(settings);
        Assert.That(await StatusesAsync(factory, "10.1.2.3", "198.51.100.1", "198.51.100.2", "198.51.100.3", "198.51.100.4"),
            Is.EqualTo(new[] { 200, 200, 200, 200 }), "four clients, four buckets");

        settings["Observatoires:TrustedProxies"] = "10.0.0.0/8,proxy.example";
        var error = Assert.ThrowsAsync<InvalidOperationException>(async () => await (await ReadOnlyHosts.StartAsync(settings)).DisposeAsync());
        Assert.That(error!.Message, Does.Contain("Observatoires:TrustedProxies").And.Contain("proxy.example"));
    }

    [Test]
    public async Task A_trusted_proxy_never_changes_the_host_of_links()
    {
        // Behind a proxy, links come from the configured public URL (Platform/Http/PublicUrl.cs), whatever is forwarded.
        var settings = Limits("10.0.0.0/8");
        settings["Observatoires:PublicBaseUrl"] = "https://observatoires.example";
        await using var factory = await ReadOnlyHosts.StartAsync(settings);
        var context = await SendAsync(factory, "10.0.0.1", "/api/v1/territories", ("Host", "observatoires.example"),
            ("X-Forwarded-For", "198.51.100.1"), ("X-Forwarded-Proto", "https"), ("X-Forwarded-Host", "evil.example"));
        Assert.That(context.Response.StatusCode, Is.EqualTo(200));
        using var body = await JsonDocument.ParseAsync(context.Response.Body);
        var self = body.RootElement.GetProperty("links").Str("self");
        Assert.That(self, Does.StartWith("https://observatoires.example/"), "the public URL");
        Assert.That(self, Does.Not.Contain("evil.example"));
    }

    [Test]
    public async Task Retry_after_is_the_time_left_in_the_window()
    {
        await using var factory = await ReadOnlyHosts.StartAsync(Limits());
        for (var i = 0; i < Permits; i++)
            Assert.That((await SendAsync(factory, "198.51.100.20")).Response.StatusCode, Is.EqualTo(200));
        await Task.Delay(TimeSpan.FromSeconds(3));
        var limited = (await SendAsync(factory, "198.51.100.20")).Response;
        Assert.That(limited.StatusCode, Is.EqualTo(429));
        var retryAfter = int.Parse(limited.Headers.RetryAfter.ToString(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(retryAfter, Is.InRange(1, 27), "a 30 s window of which 3 s have passed");
        using var problem = await JsonDocument.ParseAsync(limited.Body);
        Assert.That(problem.RootElement.Str("detail"), Does.Contain($"retry in {retryAfter} s"));
    }
}
