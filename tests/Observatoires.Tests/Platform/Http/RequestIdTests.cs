using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Platform.Http;

/// <summary>
/// Every answer names its request (X-Request-Id), every problem body carries the same id, and the access log has one
/// line per request with that id as its scope and the caller's key id, never the key. A proxy's id is taken only from
/// a trusted proxy.
/// </summary>
public sealed class RequestIdTests() : ReadOnlyApiTest(new Dictionary<string, string?>
{
    ["Logging:LogLevel:Observatoires.Access"] = "Information",
    ["Observatoires:TrustedProxies"] = "10.0.0.0/8",
})
{
    private static string IdOf(HttpResponseMessage response) => response.Headers.GetValues("X-Request-Id").Single();

    [TestCase("/api/v1/territories?level=nonsense", HttpStatusCode.BadRequest, TestName = "A 400 (field errors) names its request")]
    [TestCase("/api/v1/territories/epci:999999999", HttpStatusCode.NotFound, TestName = "A 404 names its request")]
    [TestCase("/api/v1/no-such-route", HttpStatusCode.NotFound, TestName = "An unknown route's 404 names its request")]
    public async Task A_problem_carries_the_request_id_of_its_header(string url, HttpStatusCode status)
    {
        using var response = await Client.GetAsync(url);
        var id = IdOf(response);
        var problem = await response.ProblemAsync(status);
        Assert.That(id, Does.Match("^[0-9a-f]{32}$"));
        Assert.That(problem.Str("requestId"), Is.EqualTo(id));
    }

    [Test]
    public async Task Each_request_gets_its_own_id_and_a_client_cannot_choose_it()
    {
        using var first = await Client.GetAsync("/api/v1/territories?level=epci");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/territories?level=epci");
        request.Headers.Add("X-Request-Id", "chosen-by-the-client");
        using var second = await Client.SendAsync(request);
        Assert.That(IdOf(first), Is.Not.EqualTo(IdOf(second)));
        Assert.That(IdOf(second), Is.Not.EqualTo("chosen-by-the-client"), "only a trusted proxy's id is taken");
    }

    [Test]
    public async Task A_trusted_proxys_well_formed_id_is_kept_and_a_malformed_one_replaced()
    {
        async Task<HttpContext> FromAsync(string address, string id) => await Factory.Server.SendAsync(context =>
        {
            context.Request.Method = "GET";
            context.Request.Path = "/api/v1/territories/epci:999999999";
            context.Connection.RemoteIpAddress = IPAddress.Parse(address);
            context.Request.Headers["X-Request-Id"] = id;
        });
        var proxied = await FromAsync("10.1.2.3", "0f1e2d3c4b5a69788796a5b4c3d2e1f0");
        Assert.That(proxied.Response.Headers["X-Request-Id"].ToString(), Is.EqualTo("0f1e2d3c4b5a69788796a5b4c3d2e1f0"));
        var body = JsonDocument.Parse(proxied.Response.Body).RootElement;
        Assert.That(body.Str("requestId"), Is.EqualTo("0f1e2d3c4b5a69788796a5b4c3d2e1f0"));

        var malformed = await FromAsync("10.1.2.3", "two words\u00e9");
        Assert.That(malformed.Response.Headers["X-Request-Id"].ToString(), Does.Match("^[0-9a-f]{32}$"));
        var outsider = await FromAsync("198.51.100.7", "0f1e2d3c4b5a69788796a5b4c3d2e1f0");
        Assert.That(outsider.Response.Headers["X-Request-Id"].ToString(), Is.Not.EqualTo("0f1e2d3c4b5a69788796a5b4c3d2e1f0"), "not a trusted proxy");
    }

    [Test]
    public async Task One_access_log_line_per_request_with_route_status_and_key_id_never_the_key()
    {
        var key = await CreateKeyAsync("partner_reader", "epci:200072460");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/territories/epci:999999999");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await Client.SendAsync(request);
        var id = IdOf(response);
        var lines = Factory.Logs.Where(l => l.Contains(id, StringComparison.Ordinal)).ToList();
        var access = lines.Where(l => l.StartsWith("Information Observatoires.Access:", StringComparison.Ordinal)).ToList();
        Assert.That(access, Has.Count.EqualTo(1), string.Join("\n", lines));
        Assert.That(access[0], Does.Contain("GET /api/v1/territories/{id} 404").And.Match(@" ms key \d+ "));
        Assert.That(Factory.Logs, Has.None.Contains(key), "the key itself is never logged");
    }
}
