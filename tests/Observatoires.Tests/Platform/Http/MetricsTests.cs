using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Platform.Http;

/// <summary>/metrics: for the agency's keys only, and what an operator's Prometheus reads there after some traffic.</summary>
public sealed partial class MetricsTests : ApiTest
{
    private const string Values = "/api/v1/indicators/test.population/values?territories=epci:200072460";

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, string? key, HttpContent? content = null,
        string? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(method, url) { Content = content };
        if (key is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        if (ifNoneMatch is not null)
            request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(ifNoneMatch));
        return await Client.SendAsync(request);
    }

    private async Task<Dictionary<string, double>> ScrapeAsync(string key)
    {
        using var response = await SendAsync(HttpMethod.Get, "/metrics", key);
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), text);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/plain"));
        return text.Split('\n').Where(l => l.Length > 0 && l[0] != '#').Select(l => Sample().Match(l)).Where(m => m.Success)
            .ToDictionary(m => m.Groups["series"].Value, m => double.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"^(?<series>\S+(\{.*\})?) (?<value>\S+)$")]
    private static partial Regex Sample();

    private static double Of(Dictionary<string, double> samples, string series) => samples.GetValueOrDefault(series);

    [Test]
    public async Task Metrics_are_refused_anonymously_and_to_partners()
    {
        using (var anonymous = await SendAsync(HttpMethod.Get, "/metrics", null))
            await anonymous.ProblemAsync(HttpStatusCode.Unauthorized);
        using (var partner = await SendAsync(HttpMethod.Get, "/metrics", await CreateKeyAsync("partner_editor", "epci:200072460")))
            await partner.ProblemAsync(HttpStatusCode.Forbidden);
        using (var refused = await SendAsync(HttpMethod.Get, "/metrics", "obs_not_a_key"))
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        using var admin = await SendAsync(HttpMethod.Get, "/metrics", await CreateKeyAsync("admin"));
        Assert.That(admin.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Requests_cache_outcomes_imports_data_versions_and_the_pool_are_counted_with_bounded_labels()
    {
        var agency = await CreateKeyAsync("agency_editor");
        var before = await ScrapeAsync(agency);

        string etag;
        using (var first = await SendAsync(HttpMethod.Get, Values, null))
            etag = first.Headers.ETag!.ToString();
        using (await SendAsync(HttpMethod.Get, Values, null)) { }
        using (var revalidated = await SendAsync(HttpMethod.Get, Values, null, ifNoneMatch: etag))
            Assert.That(revalidated.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
        using (await SendAsync(HttpMethod.Get, "/api/v1/territories/epci:999999999", null)) { }
        using (await SendAsync(HttpMethod.Get, "/api/v1/territories/epci:999999998", null)) { }
        static MultipartFormDataContent Csv(string csv) => new() { { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", "values.csv" } };
        using (var refused = await SendAsync(HttpMethod.Post, "/api/v1/imports/values", agency, Csv("indicator,territory,period,value\ntest.salaries,commune:62119,2023,abc\n")))
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        using (var committed = await SendAsync(HttpMethod.Post, "/api/v1/imports/values", agency, Csv("indicator,territory,period,value\ntest.salaries,commune:62119,2023,4243\n")))
            Assert.That(committed.StatusCode, Is.EqualTo(HttpStatusCode.OK), await committed.Content.ReadAsStringAsync());

        var after = await ScrapeAsync(agency);
        double Increase(string series) => Of(after, series) - Of(before, series);

        const string values = "route=\"/api/v1/indicators/{code}/values\",method=\"GET\"";
        Assert.Multiple(() =>
        {
            Assert.That(Increase($"observatoires_http_request_duration_seconds_count{{{values},status=\"2xx\"}}"), Is.EqualTo(2), "two 200s");
            Assert.That(Increase($"observatoires_http_request_duration_seconds_count{{{values},status=\"3xx\"}}"), Is.EqualTo(1), "one 304");
            Assert.That(Increase("observatoires_http_request_duration_seconds_count{route=\"/api/v1/territories/{id}\",method=\"GET\",status=\"4xx\"}"),
                Is.EqualTo(2), "two 404s under one route template");
            Assert.That(after.Keys, Has.None.Contains("999999999"), "labels are route templates, never raw paths");
            Assert.That(Increase("observatoires_response_cache_requests_total{outcome=\"miss\"}"), Is.GreaterThanOrEqualTo(1));
            Assert.That(Increase("observatoires_response_cache_requests_total{outcome=\"hit\"}"), Is.GreaterThanOrEqualTo(1));
            Assert.That(Increase("observatoires_response_cache_requests_total{outcome=\"not_modified\"}"), Is.EqualTo(1));
            Assert.That(Increase("observatoires_imports_total{module=\"platform\",outcome=\"refused\"}"), Is.EqualTo(1));
            Assert.That(Increase("observatoires_imports_total{module=\"platform\",outcome=\"committed\"}"), Is.EqualTo(1));
            Assert.That(Increase("observatoires_data_version{domain=\"indicators\"}"), Is.EqualTo(1), "the import bumped the indicators' version");
            Assert.That(after.Keys.Where(k => k.StartsWith("npgsql_db_client_connection_count{", StringComparison.Ordinal)), Is.Not.Empty,
                "Npgsql's pool: connections idle and used");
            Assert.That(after.Keys.Where(k => k.StartsWith("npgsql_db_client_operation_duration_count", StringComparison.Ordinal)), Is.Not.Empty,
                "Npgsql's command durations");
        });
    }

    [Test]
    public async Task The_live_heap_after_a_full_collection_counts_what_is_kept_and_not_the_garbage()
    {
        // The API runs in this process: what the test keeps alive is in the heap the metric reads.
        var agency = await CreateKeyAsync("agency_editor");
        const string live = "observatoires_gc_live_after_full_collection_bytes";
        const int size = 64 * 1024 * 1024;
        byte[]? kept = new byte[size];
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        var holding = Of(await ScrapeAsync(agency), live);
        GC.KeepAlive(kept);
        kept = null;
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        var released = Of(await ScrapeAsync(agency), live);
        Assert.Multiple(() =>
        {
            Assert.That(holding, Is.GreaterThanOrEqualTo(size), "the 64 MB array kept alive is in the live heap");
            // Other tests may run beside this one: most of the 64 MB, not all of it, must be gone.
            Assert.That(holding - released, Is.GreaterThan(size * 0.75), "once unreachable and collected, it is not");
        });
    }
}
