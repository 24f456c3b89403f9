using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Observatoires.Api.Platform.Access.Keys;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Platform.Access;

/// <summary>
/// Keys the API refuses (unknown, revoked, expired) under a flood: they count against the caller's address, an
/// unknown key is not looked up again for a while, and the log does not grow with the flood.
/// </summary>
public sealed class RefusedKeyTests
{
    private const int AnonymousPermits = 40;
    private ApiFactory factory = null!;
    private ApiKeys keys = null!;

    [SetUp]
    public async Task Start()
    {
        factory = await ApiFactory.OnFreshCopyAsync($"refused_{TestContext.CurrentContext.Test.MethodName!.ToLowerInvariant()}", new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Information",
            ["Observatoires:RateLimit:WindowSeconds"] = "60",
            ["Observatoires:RateLimit:AnonymousPermits"] = AnonymousPermits.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Observatoires:RateLimit:KeyPermits"] = "1000",
        });
        keys = factory.Services.GetRequiredService<ApiKeys>();
    }

    [TearDown]
    public async Task Stop() => await factory.DisposeAsync();

    private static string RandomKey() =>
        $"obs_{RandomNumberGenerator.GetString("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 8)}_{RandomNumberGenerator.GetString("abcdefghijklmnopqrstuvwxyz", 32)}";

    private async Task<HttpStatusCode> GetAsync(HttpClient client, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/observatories");
        if (key is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    [Test]
    public async Task Refused_keys_count_against_the_address_then_get_429()
    {
        using var client = factory.CreateClient();
        var (revoked, revokedKey) = await keys.CreateAsync("Revoked", "partner_reader", [], null);
        await keys.RevokeAsync(revoked.Id);
        var presented = new List<string?> { revokedKey, "not-a-key" };
        presented.AddRange(Enumerable.Range(0, 2 * AnonymousPermits).Select(_ => RandomKey()));
        var statuses = new List<HttpStatusCode>();
        foreach (var key in presented)
            statuses.Add(await GetAsync(client, key));
        Assert.That(statuses.Take(AnonymousPermits), Is.All.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(statuses.Skip(AnonymousPermits), Is.All.EqualTo(HttpStatusCode.TooManyRequests),
            "beyond the address's permits, refused keys are limited like anonymous calls");
        Assert.That(await GetAsync(client, null), Is.EqualTo(HttpStatusCode.TooManyRequests), "the same bucket as anonymous calls from there");

        var (_, valid) = await keys.CreateAsync("Valid", "partner_reader", [], null);
        Assert.That(await GetAsync(client, valid), Is.EqualTo(HttpStatusCode.OK), "a valid key has its own bucket");
    }

    [Test]
    public async Task A_flood_of_refused_keys_writes_a_few_log_lines_not_one_per_request()
    {
        using var client = factory.CreateClient();
        var unknown = RandomKey();
        for (var i = 0; i < AnonymousPermits; i++)
            Assert.That(await GetAsync(client, i % 2 == 0 ? unknown : RandomKey()), Is.EqualTo(HttpStatusCode.Unauthorized));
        var lines = factory.Logs.Where(l => l.Contains("API key", StringComparison.OrdinalIgnoreCase) || l.Contains("ApiKey", StringComparison.Ordinal)).ToList();
        Assert.That(lines.Count, Is.LessThanOrEqualTo(12), string.Join("\n", lines));
        Assert.That(lines, Has.Some.Contains(unknown[..12]), "the first refusals are logged by prefix");
        Assert.That(factory.Logs.Where(l => l.Contains(unknown[13..], StringComparison.Ordinal)), Is.Empty, "never the key itself");
    }

    [Test]
    public async Task An_unknown_key_is_remembered_briefly_and_a_revocation_applies_at_once()
    {
        using var client = factory.CreateClient();
        // An unknown key, looked up once...
        var unknown = RandomKey();
        Assert.That(await GetAsync(client, unknown), Is.EqualTo(HttpStatusCode.Unauthorized));
        // ...then stored behind the API's back (no key is ever created with a secret already presented): the answer
        // comes from memory, without a look-up, until the entry expires.
        await using (var connection = factory.OpenConnection())
            await connection.ExecuteAsync("insert into platform.api_key (prefix, hash, name, role) values (@prefix, @hash, 'Behind the back', 'partner_reader')",
                new { prefix = unknown[4..12], hash = SHA256.HashData(Encoding.UTF8.GetBytes(unknown)) });
        Assert.That(await GetAsync(client, unknown), Is.EqualTo(HttpStatusCode.Unauthorized), "remembered as unknown");

        // A key in use is looked up at every request: revoked, it is refused at its next request.
        var (record, key) = await keys.CreateAsync("Partner", "partner_reader", [], null);
        Assert.That(await GetAsync(client, key), Is.EqualTo(HttpStatusCode.OK));
        await keys.RevokeAsync(record.Id);
        Assert.That(await GetAsync(client, key), Is.EqualTo(HttpStatusCode.Unauthorized));
    }
}
