using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Observatoires.Api.Platform.Access.Keys;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Observatories.FoncierEco;

/// <summary>
/// What If-Match guarantees on lot writes when editors meet: simultaneous writers of one version, <c>*</c>,
/// weak and listed tags, and bodies that say nothing.
/// </summary>
public sealed class LotPreconditionTests : ApiTest
{
    private const string Epci = "epci:200072460";
    private string editorKey = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        editorKey = await CreateKeyAsync("partner_editor", Epci);
    }

    /// <summary>A current lot of the EPCI not used by another test of this fixture (the n-th one).</summary>
    private async Task<(int Id, string ETag)> LotAsync(int n)
    {
        await using var connection = Factory.OpenConnection();
        var id = await connection.QuerySingleAsync<int>("""
            select l.lot_id from foncier_eco.lot_version l join foncier_eco.zae z on z.id = l.zae_id
            join platform.territory_membership m on m.member_id = z.commune_id and m.parent_id = @Epci
            where l.valid_to is null order by l.lot_id offset @n limit 1
            """, new { Epci, n });
        using var read = await Client.GetAsync($"/api/v1/foncier-eco/lots/{id}");
        return (id, read.Headers.ETag!.ToString());
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, string? ifMatch, string? json)
    {
        using var request = new HttpRequestMessage(method, url)
        {
            Content = json is null ? null : new StringContent(json, Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", editorKey);
        if (ifMatch is not null)
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return await Client.SendAsync(request);
    }

    private async Task<int> VersionAsync(int id) =>
        (await Client.GetJsonAsync($"/api/v1/foncier-eco/lots/{id}")).GetProperty("version").GetInt32();

    [Test]
    public async Task Twenty_simultaneous_writers_of_one_version_one_wins_the_others_get_412_with_the_current_version()
    {
        var (id, etag) = await LotAsync(0);
        var statuses = new[] { "friche", "disponible_amenage", "reserve_non_amenagee", "en_commercialisation" };
        using var start = new SemaphoreSlim(0);
        var writers = Enumerable.Range(0, 20).Select(async i =>
        {
            await start.WaitAsync();
            var response = await SendAsync(HttpMethod.Patch, $"/api/v1/foncier-eco/lots/{id}", etag,
                JsonSerializer.Serialize(new { status = statuses[i % statuses.Length] }));
            return (response.StatusCode, ETag: response.Headers.ETag?.ToString(), Body: await response.Content.ReadAsStringAsync());
        }).ToList();
        start.Release(20);
        var answers = await Task.WhenAll(writers);

        var summary = string.Join("\n", answers.Select(a => $"{(int)a.StatusCode} {a.ETag} {a.Body[..Math.Min(160, a.Body.Length)]}"));
        Assert.That(answers.Count(a => a.StatusCode == HttpStatusCode.OK), Is.EqualTo(1), summary);
        Assert.That(answers.Count(a => a.StatusCode == HttpStatusCode.PreconditionFailed), Is.EqualTo(19), summary);
        var winner = answers.Single(a => a.StatusCode == HttpStatusCode.OK);
        Assert.That(winner.ETag, Is.EqualTo($"\"lot-{id}-v2\""));
        foreach (var loser in answers.Where(a => a.StatusCode == HttpStatusCode.PreconditionFailed))
        {
            Assert.That(loser.ETag, Is.EqualTo(winner.ETag), "each 412 carries the version that won");
            Assert.That(JsonDocument.Parse(loser.Body).RootElement.GetProperty("current").GetProperty("version").GetInt32(), Is.EqualTo(2));
        }
        Assert.That(await VersionAsync(id), Is.EqualTo(2), "one write, one new version");
        await using var connection = Factory.OpenConnection();
        Assert.That(await connection.ExecuteScalarAsync<int>("select count(*) from platform.audit_log where action = 'lot_update' and entity_id = @id",
            new { id = id.ToString(System.Globalization.CultureInfo.InvariantCulture) }), Is.EqualTo(1));
    }

    [Test]
    public async Task A_wildcard_if_match_is_428_on_every_lot_write_and_changes_nothing()
    {
        var (id, _) = await LotAsync(1);
        var writes = new (HttpMethod Method, string Url, string? Body)[]
        {
            (HttpMethod.Patch, $"/api/v1/foncier-eco/lots/{id}", """{"status":"friche"}"""),
            (HttpMethod.Post, $"/api/v1/foncier-eco/lots/{id}/split",
                """{"cutLine":{"type":"LineString","coordinates":[[0,0],[1,1]]}}"""),
            (HttpMethod.Delete, $"/api/v1/foncier-eco/lots/{id}", null),
        };
        foreach (var (method, url, body) in writes)
        {
            using var response = await SendAsync(method, url, "*", body);
            var text = await response.Content.ReadAsStringAsync();
            Assert.That(response.StatusCode, Is.EqualTo((HttpStatusCode)428), $"{method} {url}: {text}");
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(text, Does.Contain("If-Match: *"), "the answer says why the wildcard is not enough");
        }
        Assert.That(await VersionAsync(id), Is.EqualTo(1), "nothing changed");
    }

    [Test]
    public async Task If_match_compares_strongly_and_accepts_a_list()
    {
        var (id, etag) = await LotAsync(2);
        using (var weak = await SendAsync(HttpMethod.Patch, $"/api/v1/foncier-eco/lots/{id}", $"W/{etag}", """{"status":"friche"}"""))
        {
            Assert.That(weak.StatusCode, Is.EqualTo(HttpStatusCode.PreconditionFailed), "a weak tag never matches a write's precondition");
            Assert.That(weak.Headers.ETag?.ToString(), Is.EqualTo(etag));
        }
        using (var listed = await SendAsync(HttpMethod.Patch, $"/api/v1/foncier-eco/lots/{id}", $"\"lot-{id}-v9\", {etag}", """{"status":"friche"}"""))
            Assert.That(listed.StatusCode, Is.EqualTo(HttpStatusCode.OK), await listed.Content.ReadAsStringAsync());
        Assert.That(await VersionAsync(id), Is.EqualTo(2));
    }

    [TestCase("null")]
    [TestCase("{}")]
    [TestCase("""{"status":null}""")]
    public async Task A_patch_that_changes_nothing_is_400_not_an_empty_revision(string body)
    {
        var (id, etag) = await LotAsync(3);
        using var response = await SendAsync(HttpMethod.Patch, $"/api/v1/foncier-eco/lots/{id}", etag, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), text);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(JsonDocument.Parse(text).RootElement.GetProperty("errors").GetArrayLength(), Is.GreaterThan(0), "a field error says what to send");
        Assert.That(await VersionAsync(id), Is.EqualTo(1), "no new version");
    }

    [TestCase("null")]
    [TestCase("[]")]
    [TestCase("42")]
    public async Task A_split_whose_body_is_not_an_object_is_400(string body)
    {
        var (id, etag) = await LotAsync(4);
        using var response = await SendAsync(HttpMethod.Post, $"/api/v1/foncier-eco/lots/{id}/split", etag, body);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), await response.Content.ReadAsStringAsync());
        Assert.That(await VersionAsync(id), Is.EqualTo(1));
    }
}
