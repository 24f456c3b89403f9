using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Dapper;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Observatories.Emploi;

/// <summary>
/// The agency edits the CABBALR's similar EPCIs, and nobody else may: a partner 403, anonymous 401; a stale version 412,
/// none 428; an unknown EPCI, the subject itself, a commune 400 naming the member; nothing changes on a refusal; a
/// change is audited and the comparison follows at once.
/// </summary>
public sealed class PeerGroupWriteTests : ApiTest
{
    private const string Url = "/api/v1/peer-groups/groupement:pairs-cabbalr";
    private string agencyKey = null!, partnerKey = null!;

    [OneTimeSetUp]
    public async Task Keys()
    {
        agencyKey = await CreateKeyAsync("agency_editor");
        partnerKey = await CreateKeyAsync("partner_editor", "epci:200072460");
    }

    [Test]
    public async Task Only_the_agency_edits_the_group()
    {
        var etag = await ETagAsync();
        using var anonymous = await Client.SendAsync(Put(["epci:245901160"], null, etag));
        using var partner = await Client.SendAsync(Put(["epci:245901160"], partnerKey, etag));
        Assert.Multiple(async () =>
        {
            Assert.That(anonymous.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(partner.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(await ETagAsync(), Is.EqualTo(etag), "unchanged");
        });
    }

    [Test]
    public async Task A_stale_or_missing_version_changes_nothing()
    {
        var etag = await ETagAsync();
        using var stale = await Client.SendAsync(Put(["epci:245901160"], agencyKey, "\"peer-group-pairs-cabbalr-v0\""));
        using var missing = await Client.SendAsync(Put(["epci:245901160"], agencyKey, null));
        var problem = await stale.ProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Multiple(async () =>
        {
            Assert.That(problem.GetProperty("current").GetProperty("members").GetArrayLength(), Is.GreaterThan(1), "the current group back");
            Assert.That(stale.Headers.ETag!.ToString(), Is.EqualTo(etag));
            Assert.That(missing.StatusCode, Is.EqualTo((HttpStatusCode)428));
            Assert.That(await ETagAsync(), Is.EqualTo(etag));
        });
    }

    [TestCase("epci:999999999", "no EPCI")]
    [TestCase("epci:200072460", "subject")]
    [TestCase("commune:62119", "not an EPCI id")]
    public async Task A_wrong_member_is_a_400_naming_it(string member, string reason)
    {
        var etag = await ETagAsync();
        var problem = await (await Client.SendAsync(Put(["epci:245901160", member], agencyKey, etag))).ProblemAsync(HttpStatusCode.BadRequest);
        var error = problem.GetProperty("errors").EnumerateArray().Single();
        Assert.Multiple(async () =>
        {
            Assert.That(error.Str("name"), Is.EqualTo("members[1]"));
            Assert.That(error.Str("reason"), Does.Contain(reason));
            Assert.That(await ETagAsync(), Is.EqualTo(etag), "nothing written");
        });
    }

    [Test]
    public async Task A_change_is_audited_and_the_comparison_follows()
    {
        const string compare = "/api/v1/indicators/emploi.salaries_prives/compare?territory=epci:200072460&references=groupement:pairs-cabbalr&period=2023";
        var before = await Client.GetJsonAsync(compare);
        using var response = await Client.SendAsync(Put(["epci:245901160", "epci:200044618"], agencyKey, await ETagAsync()));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var after = await Client.GetJsonAsync(compare);
        await using var connection = Factory.OpenConnection();
        var expected = await connection.ExecuteScalarAsync<double>("""
            select sum(value) from platform.indicator_value
            where indicator_code = 'emploi.salaries_prives' and period = '2023' and territory_id in ('epci:245901160', 'epci:200044618')
            """);
        var audited = await connection.ExecuteScalarAsync<int>(
            "select count(*) from platform.audit_log where action = 'peer_group_update' and entity_id = 'groupement:pairs-cabbalr'");
        var reference = after.GetProperty("references")[0];
        Assert.Multiple(() =>
        {
            Assert.That(response.Headers.ETag!.ToString(), Is.EqualTo("\"peer-group-pairs-cabbalr-v2\""));
            Assert.That(reference.GetProperty("members").GetArrayLength(), Is.EqualTo(2));
            Assert.That(reference.GetProperty("value").GetDouble(), Is.EqualTo(expected));
            Assert.That(reference.GetProperty("value").GetDouble(),
                Is.Not.EqualTo(before.GetProperty("references")[0].GetProperty("value").GetDouble()));
            Assert.That(audited, Is.EqualTo(1));
        });
    }

    private async Task<string> ETagAsync()
    {
        using var response = await Client.GetAsync(Url);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return response.Headers.ETag!.ToString();
    }

    private static HttpRequestMessage Put(string[] members, string? key, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, Url)
        {
            Content = new StringContent(System.Text.Json.JsonSerializer.Serialize(new { members }), Encoding.UTF8, "application/json"),
        };
        if (key is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        if (ifMatch is not null)
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return request;
    }
}
