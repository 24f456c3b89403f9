using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Observatoires.Api.Platform.Access.Keys;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Platform.Http;

/// <summary>/health/live and /health/ready as a load balancer reads them (the database going away: DatabaseOutageTests).</summary>
public sealed class ReadinessTests
{
    [Test]
    public async Task Ready_once_every_migration_is_applied_and_not_while_one_is_pending()
    {
        await using var factory = await ApiFactory.OnFreshCopyAsync("readiness");
        using var client = factory.CreateClient();
        var live = await client.GetJsonAsync("/health/live");
        Assert.That(live.Str("status"), Is.EqualTo("live"));

        // A database one migration behind this build (restored from an older backup while the API runs, say).
        string last;
        await using (var connection = factory.OpenConnection())
        {
            last = await connection.ExecuteScalarAsync<string>("select max(name) from platform.schema_migrations") ?? "";
            await connection.ExecuteAsync("delete from platform.schema_migrations where name = @last", new { last });
        }
        using (var pending = await client.GetAsync("/health/ready"))
        {
            Assert.That(pending.Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.Zero));
            var problem = await pending.ProblemAsync(HttpStatusCode.ServiceUnavailable);
            Assert.That(problem.Str("detail"), Does.Contain("1 migration").And.Not.Contain(last), "the public reads why, not the schema");
            Assert.That(Absent(problem, "servers"), "servers are the agency's to read");
        }
        var agency = await AgencyKeyAsync(factory);
        using (var pending = await client.SendAsync(WithKey("/health/ready", agency)))
        {
            var problem = await pending.ProblemAsync(HttpStatusCode.ServiceUnavailable);
            Assert.That(problem.Str("detail"), Does.Contain(last).And.Contain("1 migration"));
            Assert.That(problem.Str("requestId"), Is.Not.Empty);
            var servers = problem.GetProperty("servers").EnumerateArray().ToList();
            Assert.That(servers.Select(s => s.Str("name")), Is.EqualTo(new[] { "primary" }), "no standby configured: the primary alone");
            Assert.That(ProblemOf(servers[0]), Does.Contain("1 migration"));
        }
        using (var health = await client.GetAsync("/health"))
            Assert.That(health.StatusCode, Is.EqualTo(HttpStatusCode.OK), "/health describes the data, whatever the schema");

        await using (var connection = factory.OpenConnection())
            await connection.ExecuteAsync("insert into platform.schema_migrations (name, checksum) values (@last, 'restored')", new { last });
        var ready = await client.GetJsonAsync("/health/ready");
        Assert.That(ready.Str("status"), Is.EqualTo("ready"));
        Assert.That(ready.Str("schemaVersion"), Is.EqualTo(last));
        Assert.That(Absent(ready, "reads") && Absent(ready, "servers"), "where reads go is the agency's to read");
        using var forAgency = await client.SendAsync(WithKey("/health/ready", agency));
        var detailed = JsonDocument.Parse(await forAgency.Content.ReadAsStringAsync()).RootElement;
        Assert.That(detailed.Str("reads"), Is.EqualTo("primary"), "the answer reused for a second is still told apart by caller");
    }

    private static async Task<string> AgencyKeyAsync(ApiFactory factory) =>
        (await factory.Services.GetRequiredService<ApiKeys>().CreateAsync("Readiness, agence", "agency_editor", [], null)).Key;

    private static bool Absent(JsonElement answer, string name) =>
        !answer.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null;

    private static HttpRequestMessage WithKey(string url, string key) =>
        new(HttpMethod.Get, url) { Headers = { Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key) } };

    [Test]
    public async Task With_standbys_it_reports_each_one_and_where_reads_go_and_one_that_cannot_serve_leaves_it_ready()
    {
        // Two listed standbys that cannot serve reads: the database itself (not in recovery: a primary, never read from as
        // a standby) and a port where nothing listens.
        var database = await TestDatabase.CloneTemplateAsync("readiness_standbys");
        var primary = new NpgsqlConnectionStringBuilder(TestDatabase.ConnectionString(database));
        var read = new NpgsqlConnectionStringBuilder(primary.ConnectionString) { Host = $"{primary.Host}:{primary.Port},127.0.0.1:{ClosedPort()}", Timeout = 3 };
        await using var factory = new ApiFactory(database, new Dictionary<string, string?> { ["ConnectionStrings:ObservatoiresRead"] = read.ConnectionString });
        using var client = factory.CreateClient();

        var anonymous = await client.GetJsonAsync("/health/ready");
        Assert.That(anonymous.Str("status"), Is.EqualTo("ready"));
        Assert.That(Absent(anonymous, "servers") && Absent(anonymous, "reads"), "no host, port or database error for the public");
        using var forAgency = await client.SendAsync(WithKey("/health/ready", await AgencyKeyAsync(factory)));
        var ready = JsonDocument.Parse(await forAgency.Content.ReadAsStringAsync()).RootElement;
        Assert.That(ready.Str("status"), Is.EqualTo("ready"));
        Assert.That(ready.Str("reads"), Is.EqualTo("primary"), "no standby can serve: reads fall back to the primary");
        var servers = ready.GetProperty("servers").EnumerateArray().ToList();
        Assert.That(servers.Select(s => s.Str("role")), Is.EqualTo(new[] { "primary", "standby", "standby" }));
        Assert.That(ProblemOf(servers[0]), Is.Null);
        Assert.That(servers[1].Str("name"), Is.EqualTo($"{primary.Host}:{primary.Port}"));
        Assert.That(ProblemOf(servers[1]), Does.StartWith("not in recovery"));
        Assert.That(servers[2].Str("name"), Does.StartWith("127.0.0.1:"));
        Assert.That(ProblemOf(servers[2]), Does.StartWith("does not answer"));

        // And the data is served, from the primary.
        using var counts = await client.GetAsync("/api/v1/test/counts");
        Assert.That(counts.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    private static string? ProblemOf(JsonElement server) =>
        server.TryGetProperty("problem", out var problem) && problem.ValueKind == JsonValueKind.String ? problem.GetString() : null;

    /// <summary>A loopback port nothing listens on (taken, then given back).</summary>
    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
