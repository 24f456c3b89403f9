using System.Net;
using Dapper;
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
            Assert.That(problem.Str("detail"), Does.Contain(last).And.Contain("1 migration"));
            Assert.That(problem.Str("requestId"), Is.Not.Empty);
        }
        using (var health = await client.GetAsync("/health"))
            Assert.That(health.StatusCode, Is.EqualTo(HttpStatusCode.OK), "/health describes the data, whatever the schema");

        await using (var connection = factory.OpenConnection())
            await connection.ExecuteAsync("insert into platform.schema_migrations (name, checksum) values (@last, 'restored')", new { last });
        var ready = await client.GetJsonAsync("/health/ready");
        Assert.That(ready.Str("status"), Is.EqualTo("ready"));
        Assert.That(ready.Str("schemaVersion"), Is.EqualTo(last));
    }
}
