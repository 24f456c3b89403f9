using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Observatoires.Api.Platform.Access.Keys;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Platform.Http;

/// <summary>The database goes away while the API runs, and comes back.</summary>
public sealed class DatabaseOutageTests
{
    private static readonly string[] DataRoutes =
    [
        "/api/v1/territories?level=epci",
        "/api/v1/territories/epci:200072460",
        "/api/v1/indicators/test.population/values?territories=epci:200072460",
        "/api/v1/indicators/test.salaries/map?level=commune&within=epci:200072460",
        "/ogc/collections/communes/items?limit=5",
        "/ogc/collections/test-points/items?limit=5",
        "/api/v1/test/counts?within=epci:200072460",
    ];

    [Test]
    public async Task Data_routes_answer_503_with_retry_after_and_health_says_degraded_until_it_is_back()
    {
        var server = new NpgsqlConnectionStringBuilder(TestDatabase.ServerConnectionString);
        await using var proxy = new TcpProxy(server.Host!, server.Port);
        var database = await TestDatabase.CloneTemplateAsync("outage");
        var throughProxy = new NpgsqlConnectionStringBuilder(TestDatabase.ConnectionString(database)) { Host = "127.0.0.1", Port = proxy.Port };
        await using var factory = new ApiFactory(database, new Dictionary<string, string?>
        {
            ["ConnectionStrings:Observatoires"] = throughProxy.ConnectionString,
        });
        using var client = factory.CreateClient();
        using (var before = await client.GetAsync("/api/v1/territories?level=epci"))
            Assert.That(before.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var agencyKey = (await factory.Services.GetRequiredService<ApiKeys>().CreateAsync("Agency", "agency_editor", [], null)).Key;

        proxy.Down = true;

        foreach (var url in DataRoutes)
            await AssertUnavailableAsync(await client.GetAsync(url), url);
        using (var write = new HttpRequestMessage(HttpMethod.Post, "/api/v1/test/points/1/notes") { Content = JsonContent.Create(new { text = "vu" }) })
        {
            write.Headers.Authorization = new AuthenticationHeaderValue("Bearer", agencyKey);
            await AssertUnavailableAsync(await client.SendAsync(write), "POST a module's write");
        }
        using (var health = await client.GetAsync("/health"))
        {
            var body = JsonDocument.Parse(await health.Content.ReadAsStringAsync()).RootElement;
            Assert.That(health.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(body.Str("status"), Is.EqualTo("degraded"));
            Assert.That(body.Str("database"), Is.EqualTo("unreachable"));
            Assert.That(health.Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.Zero));
        }
        // The probes: the process is alive, but must not receive traffic.
        using (var live = await client.GetAsync("/health/live"))
            Assert.That(live.StatusCode, Is.EqualTo(HttpStatusCode.OK), "alive without its database");
        await AssertUnavailableAsync(await client.GetAsync("/health/ready"), "/health/ready");
        using (var page = await client.GetAsync("/"))
            Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the web client is still served, to say what is happening");

        proxy.Down = false;

        foreach (var url in DataRoutes.Append("/health").Append("/health/ready"))
        {
            using var response = await client.GetAsync(url);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"{url} once the database is back");
        }
        Assert.That(factory.Logs.Where(l => l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("Critical", StringComparison.Ordinal)),
            Is.Empty, "an outage is a warning, not an unhandled error per request");
    }

    private static async Task AssertUnavailableAsync(HttpResponseMessage response, string what)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable), $"{what}: {body}");
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), what);
            Assert.That(response.Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.Zero), what);
            Assert.That(JsonDocument.Parse(body).RootElement.Str("detail"), Does.Contain("database"), what);
            // The request's id, in its header and its body: what an operator looks for in the logs.
            Assert.That(JsonDocument.Parse(body).RootElement.Str("requestId"), Is.EqualTo(response.Headers.GetValues("X-Request-Id").Single()), what);
            // The exception handler clears the headers before writing: the security headers are set again as it starts.
            Assert.That(response.Headers.GetValues("X-Frame-Options").Single(), Is.EqualTo("DENY"), what);
            Assert.That(response.Headers.GetValues("X-Content-Type-Options").Single(), Is.EqualTo("nosniff"), what);
            Assert.That(response.Headers.GetValues("Content-Security-Policy").Single(), Does.Contain("frame-ancestors 'none'"), what);
        }
    }
}
