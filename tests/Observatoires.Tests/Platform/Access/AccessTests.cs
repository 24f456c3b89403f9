using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Observatoires.Api.Platform.Access.Keys;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Platform.Access;

/// <summary>Keys' life cycle, rate limits, the audit log, and the hardening a security review checks.</summary>
public sealed class AccessTests() : ApiTest(new Dictionary<string, string?>
{
    ["Logging:LogLevel:Default"] = "Debug",
    ["Observatoires:Cors:Origins:0"] = "https://partenaire.example",
    ["Observatoires:RateLimit:WindowSeconds"] = "2",
    ["Observatoires:RateLimit:AnonymousPermits"] = "1000",
    ["Observatoires:RateLimit:KeyPermits"] = "5",
})
{
    [Test]
    public async Task Revoked_expired_and_unknown_keys_are_refused_everywhere_and_never_logged()
    {
        var (revoked, revokedKey) = await ApiKeys.CreateAsync("Revoked", "partner_reader", [], null);
        await ApiKeys.RevokeAsync(revoked.Id);
        var (expired, expiredKey) = await ApiKeys.CreateAsync("Expired", "partner_reader", [], null);
        await using (var connection = Factory.OpenConnection())
            await connection.ExecuteAsync("update platform.api_key set expires_on = current_date - 1 where id = @Id", new { expired.Id });
        var (_, validKey) = await ApiKeys.CreateAsync("Valid", "partner_reader", [], DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30));

        foreach (var (key, reason) in new[] { (revokedKey, "revoked"), (expiredKey, "expired"), (validKey[..^4] + "AAAA", "unknown") })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/territories?level=epci");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
            using var response = await Client.SendAsync(request);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), reason);
            Assert.That(response.Headers.WwwAuthenticate.ToString(), Does.Contain("invalid_token").And.Contain(reason));
        }
        using (var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/territories?level=epci"))
        {
            request.Headers.Add("X-Api-Key", validKey);
            using var response = await Client.SendAsync(request);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), "X-Api-Key works as well as Bearer");
        }
        Assert.That(Factory.Logs, Is.Not.Empty, "the API logged at debug level");
        foreach (var key in new[] { revokedKey, expiredKey, validKey })
            Assert.That(Factory.Logs.Where(line => line.Contains(key[13..], StringComparison.Ordinal)), Is.Empty, "a key is never logged in clear");
    }

    [Test]
    public async Task A_burst_gets_429_with_retry_after_then_the_window_passes()
    {
        var (_, key) = await ApiKeys.CreateAsync("Burst", "partner_reader", [], null);
        async Task<HttpResponseMessage> Get()
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/observatories");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
            return await Client.SendAsync(request);
        }
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? limited = null;
        for (var i = 0; i < 12 && limited is null; i++)
        {
            var response = await Get();
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
                limited = response;
            else
                response.Dispose();
        }
        Assert.That(limited, Is.Not.Null, $"5 requests per 2 s: {string.Join(", ", statuses)}");
        Assert.That(limited!.Headers.RetryAfter?.Delta, Is.Not.Null.And.GreaterThan(TimeSpan.Zero));
        Assert.That(limited.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        await Task.Delay(limited.Headers.RetryAfter!.Delta!.Value + TimeSpan.FromMilliseconds(300));
        using var after = await Get();
        Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the window passed");
        limited.Dispose();
    }

    [Test]
    public async Task Every_import_is_audited_with_its_key_and_the_log_cannot_be_changed()
    {
        var (editor, editorKey) = await ApiKeys.CreateAsync("Agency editor", "agency_editor", [], null);
        var (_, adminKey) = await ApiKeys.CreateAsync("Agency admin", "admin", [], null);
        using (var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/imports/values"))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", editorKey);
            request.Content = new MultipartFormDataContent
            {
                { new ByteArrayContent(Encoding.UTF8.GetBytes("indicator,territory,period,value\ntest.salaries,commune:62119,2023,4242\n")), "file", "revision.csv" },
            };
            using var response = await Client.SendAsync(request);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        }
        using (var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/imports/values"))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", editorKey);
            request.Content = new MultipartFormDataContent
            {
                { new ByteArrayContent(Encoding.UTF8.GetBytes("indicator,territory,period,value\ntest.salaries,commune:62119,2023,abc\n")), "file", "bad.csv" },
            };
            using var response = await Client.SendAsync(request);
            var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(problem.GetProperty("errors")[0].Str("reason"), Does.Contain("line 2"));
        }

        using var audit = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/admin/audit?keyId={editor.Id}");
        audit.Headers.Authorization = new AuthenticationHeaderValue("Bearer", adminKey);
        using var auditResponse = await Client.SendAsync(audit);
        var entries = JsonDocument.Parse(await auditResponse.Content.ReadAsStringAsync()).RootElement.GetProperty("items");
        Assert.That(entries.GetArrayLength(), Is.EqualTo(1), "the refused file wrote nothing, not even a log entry");
        var entry = entries[0];
        Assert.That(entry.Str("action"), Is.EqualTo("import_values"));
        Assert.That(entry.Str("entityId"), Is.EqualTo("revision.csv"));
        Assert.That(entry.Str("actor"), Does.Contain("Agency editor"));
        Assert.That(entry.GetProperty("after").GetProperty("revised").GetInt32(), Is.EqualTo(1));

        await using var connection = Factory.OpenConnection();
        var error = Assert.ThrowsAsync<PostgresException>(() => connection.ExecuteAsync("delete from platform.audit_log"));
        Assert.That(error!.MessageText, Does.Contain("append-only"));
        Assert.ThrowsAsync<PostgresException>(() => connection.ExecuteAsync("update platform.audit_log set actor = 'someone else'"));
        using var delete = new HttpRequestMessage(HttpMethod.Delete, "/api/v1/admin/audit");
        delete.Headers.Authorization = new AuthenticationHeaderValue("Bearer", adminKey);
        using var deleteResponse = await Client.SendAsync(delete);
        Assert.That((int)deleteResponse.StatusCode, Is.InRange(404, 405), "no route deletes the log");
    }

    [TestCase("/_test_url_cache_")]
    [TestCase("/_TEST_URL_CACHE_")]
    public async Task The_frameworks_test_route_does_not_publish_the_endpoints_type_names(string path)
    {
        using var response = await Client.GetAsync(path);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Not.Contain("Observatoires.Api"));
    }

    [Test]
    public async Task Responses_carry_security_headers_and_cors_only_for_configured_origins()
    {
        using var page = await Client.GetAsync("/api/v1/observatories");
        Assert.That(page.Headers.GetValues("X-Content-Type-Options").Single(), Is.EqualTo("nosniff"));
        Assert.That(page.Headers.GetValues("Referrer-Policy").Single(), Is.EqualTo("strict-origin-when-cross-origin"));
        Assert.That(page.Headers.GetValues("Content-Security-Policy").Single(), Does.Contain("default-src 'self'").And.Contain("frame-ancestors 'none'"));

        foreach (var (origin, allowed) in new[] { ("https://partenaire.example", true), ("https://evil.example", false) })
        {
            using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/v1/observatories");
            preflight.Headers.Add("Origin", origin);
            preflight.Headers.Add("Access-Control-Request-Method", "GET");
            preflight.Headers.Add("Access-Control-Request-Headers", "authorization");
            using var response = await Client.SendAsync(preflight);
            Assert.That(response.Headers.Contains("Access-Control-Allow-Origin"), Is.EqualTo(allowed), origin);
        }
    }

    [Test]
    public async Task Large_bodies_are_refused_outside_the_import_routes()
    {
        var (_, adminKey) = await ApiKeys.CreateAsync("Admin", "admin", [], null);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/imports/values");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", adminKey);
        var big = new StringBuilder("indicator,territory,period,value\n");
        for (var year = 1000; year < 1000 + 60_000; year++)
            big.Append("test.salaries,commune:62119,").Append(year % 9000 + 1000).Append(",1\n");
        request.Content = new MultipartFormDataContent { { new StringContent(big.ToString()), "file", "big.csv" } };
        using var response = await Client.SendAsync(request);
        Assert.That(response.StatusCode, Is.Not.EqualTo(HttpStatusCode.RequestEntityTooLarge), "imports accept large files");

        using var elsewhere = await Client.PostAsync("/api/v1/admin/keys", new StringContent(new string('x', 2 * 1024 * 1024)));
        Assert.That((int)elsewhere.StatusCode, Is.InRange(400, 499));
    }

    [Test]
    public async Task The_openapi_document_shows_the_security_scheme_on_protected_endpoints()
    {
        var document = await Client.GetJsonAsync("/openapi/v1.json");
        Assert.That(document.GetProperty("components").GetProperty("securitySchemes").TryGetProperty("ApiKey", out _));
        var paths = document.GetProperty("paths");
        Assert.That(paths.GetProperty("/api/v1/imports/values").GetProperty("post").TryGetProperty("security", out _));
        Assert.That(paths.GetProperty("/api/v1/admin/audit").GetProperty("get").TryGetProperty("security", out _));
        // Public endpoints need no key ({}), and accept one (it shows partner data).
        Assert.That(paths.GetProperty("/api/v1/observatories").GetProperty("get").GetProperty("security").GetRawText(),
            Is.EqualTo("""[{},{"ApiKey":[]}]"""));
    }
}
