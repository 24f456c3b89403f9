using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Observatories.Transitions;

/// <summary>
/// The Donut's dimension set as the agency edits it: who may (401, 403), If-Match (428, 412), bad dimensions (400 with
/// the field, nothing written), a change audited and read back, and a partner-only indicator put in the set that is
/// "réservé" for anonymous callers.
/// </summary>
public sealed class DonutWriteTests : ApiTest
{
    private const string Route = "/api/v1/transitions/donut-dimensions";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private string agency = "", partnerEditor = "";

    [OneTimeSetUp]
    public async Task CreateKeys()
    {
        agency = await CreateKeyAsync("agency_editor");
        partnerEditor = await CreateKeyAsync("partner_editor", "epci:200072460");
    }

    private static object Dimension(string code, string ring, string indicator, string direction, double bound) =>
        new { code, label = "Dimension " + code, ring, indicator, direction, bound, source = "Seuil de test" };

    private static readonly object ValidSet = new
    {
        dimensions = new[]
        {
            Dimension("seveso", "ecological", "transitions.part_population_proximite_seveso", "down", 1),
            Dimension("chaleur", "ecological", "transitions.jours_forte_chaleur", "down", 5),
        },
    };

    private async Task<HttpResponseMessage> PutAsync(object body, string? key, string? ifMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, Route) { Content = JsonContent.Create(body, options: Json) };
        if (key is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        if (ifMatch is not null)
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return await Client.SendAsync(request);
    }

    private async Task<string> EtagAsync()
    {
        var (status, body) = await GetAsync(Route);
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), body);
        return JsonDocument.Parse(body).RootElement.Str("etag");
    }

    [Test]
    public async Task Only_the_agency_writes_and_only_on_the_version_it_read()
    {
        var etag = await EtagAsync();
        await (await PutAsync(ValidSet, null, etag)).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await PutAsync(ValidSet, partnerEditor, etag)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await PutAsync(ValidSet, agency, null)).ProblemAsync(HttpStatusCode.PreconditionRequired);
        await (await PutAsync(ValidSet, agency, "*")).ProblemAsync(HttpStatusCode.PreconditionRequired);
        var stale = await (await PutAsync(ValidSet, agency, "\"transitions-donut-v999\"")).ProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.That(stale.GetProperty("current").Str("etag"), Is.EqualTo(etag), "the 412 sends the current set back");
        Assert.That(await EtagAsync(), Is.EqualTo(etag), "nothing was written");
    }

    [Test]
    public async Task Bad_dimensions_are_refused_with_their_field_and_nothing_is_written()
    {
        var etag = await EtagAsync();
        async Task<IReadOnlyList<string>> FieldsAsync(object body) =>
            [.. (await (await PutAsync(body, agency, etag)).ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").EnumerateArray()
                .Select(e => e.Str("name").ToLowerInvariant())];
        Assert.Multiple(async () =>
        {
            Assert.That(await FieldsAsync(new { dimensions = new[] { Dimension("x", "social", "transitions.inconnu", "up", 1) } }),
                Is.EqualTo(new[] { "dimensions[0].indicator" }));
            Assert.That(await FieldsAsync(new { dimensions = new[] { Dimension("x", "centre", "transitions.taux_pauvrete", "up", 1) } }),
                Is.EqualTo(new[] { "dimensions[0].ring" }));
            Assert.That(await FieldsAsync(new { dimensions = new[] { Dimension("x", "social", "transitions.taux_pauvrete", "sideways", 1) } }),
                Is.EqualTo(new[] { "dimensions[0].direction" }));
            Assert.That(await FieldsAsync(new { dimensions = new[] { Dimension("x", "social", "transitions.taux_pauvrete", "up", 0) } }),
                Is.EqualTo(new[] { "dimensions[0].bound" }));
            Assert.That(await FieldsAsync(new { dimensions = new[] { Dimension("Mauvais Code", "social", "transitions.taux_pauvrete", "up", 1) } }),
                Is.EqualTo(new[] { "dimensions[0].code" }));
            Assert.That(await FieldsAsync(new { dimensions = Array.Empty<object>() }), Is.EqualTo(new[] { "dimensions" }));
            Assert.That(await FieldsAsync(new { dimensions = new object?[] { null } }), Is.EqualTo(new[] { "dimensions[0]" }), "a null dimension");
            Assert.That(await FieldsAsync(new
            {
                dimensions = new[] { Dimension("x", "social", "transitions.taux_pauvrete", "up", 1), Dimension("x", "social", "transitions.taux_pauvrete", "up", 2) },
            }), Is.EqualTo(new[] { "dimensions" }));
        });
        Assert.That(await EtagAsync(), Is.EqualTo(etag), "nothing was written");
    }

    [Test]
    public async Task A_new_set_is_audited_and_its_partner_only_dimension_is_reserved_for_anonymous_callers()
    {
        var etag = await EtagAsync();
        using (var response = await PutAsync(ValidSet, agency, etag))
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);
            var set = JsonDocument.Parse(body).RootElement;
            Assert.That(set.GetProperty("dimensions").EnumerateArray().Select(d => d.Str("code")), Is.EqualTo(new[] { "seveso", "chaleur" }));
            Assert.That(response.Headers.ETag?.ToString(), Is.EqualTo(set.Str("etag")).And.Not.EqualTo(etag));
        }

        var (_, anonymousBody) = await GetAsync("/api/v1/transitions/donut/epci:246200364");
        var anonymous = JsonDocument.Parse(anonymousBody).RootElement.GetProperty("dimensions").EnumerateArray().ToList();
        var (_, agencyBody) = await GetAsync("/api/v1/transitions/donut/epci:246200364", agency);
        var seen = JsonDocument.Parse(agencyBody).RootElement.GetProperty("dimensions").EnumerateArray().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(anonymous[0].Str("status"), Is.EqualTo("restricted"));
            Assert.That(anonymous[0].Str("statusLabel"), Is.EqualTo("réservé"));
            Assert.That(anonymous[0].GetProperty("value").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(anonymous[0].GetProperty("gap").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(anonymous[0].GetProperty("indicator").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(anonymous[1].GetProperty("value").ValueKind, Is.EqualTo(JsonValueKind.Number), "the public dimension is shown");
            Assert.That(seen[0].GetProperty("value").ValueKind, Is.EqualTo(JsonValueKind.Number), "the agency sees it");
            Assert.That(JsonDocument.Parse(anonymousBody).RootElement.GetProperty("summary").GetProperty("restricted").GetInt32(), Is.EqualTo(1));
        });

        await using var connection = Factory.OpenConnection();
        var audit = (await connection.QueryAsync<(string Action, string Actor)>(
            "select action, actor from platform.audit_log where action = 'transitions_donut' order by id")).ToList();
        Assert.That(audit, Has.Count.EqualTo(1));
        Assert.That(audit[0].Actor, Does.Contain("agency_editor"));
    }
}
