using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Dapper;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Observatories.Habitat;

/// <summary>
/// The PLH follow-up through HTTP: objectives set with an agency key on figures imported with the platform's value
/// import (Béthune's authorised dwellings, 120 in 2023 and 90 in 2024; its long-term vacant dwellings, 400 in 2022 and
/// 340 in 2024), each status computed by hand, the EPCI's figures aggregated by the engine, the demo programme of the
/// CALL, bad input, who may write, and If-Match.
/// </summary>
public sealed class PlhTests : ApiTest
{
    private const string Bethune = "commune:62119", Call = "epci:246200364";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private string agency = "", partnerEditor = "";

    [OneTimeSetUp]
    public async Task ImportBethunesFigures()
    {
        agency = await CreateKeyAsync("agency_editor");
        partnerEditor = await CreateKeyAsync("partner_editor", "epci:200072460");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/imports/values")
        {
            Content = new MultipartFormDataContent
            {
                {
                    new ByteArrayContent(Encoding.UTF8.GetBytes("indicator,territory,period,value\n" +
                        $"habitat.logements_autorises,{Bethune},2023,120\nhabitat.logements_autorises,{Bethune},2024,90\n" +
                        $"habitat.logements_vacants_longue_duree,{Bethune},2022,400\nhabitat.logements_vacants_longue_duree,{Bethune},2024,340\n")),
                    "file", "values.csv"
                },
            },
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", agency);
        using var response = await Client.SendAsync(request);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }

    private static object Yearly(double perYear, string territory = Bethune) => new
    {
        label = "Produire des logements chaque année",
        territory,
        indicator = "habitat.logements_autorises",
        kind = "yearly",
        baselineYear = 2023,
        targetValue = perYear,
        horizonYear = 2028,
        direction = "up",
    };

    private static object Trajectory(double target, double? baselineValue = null) => new
    {
        label = "Réduire la vacance de longue durée",
        territory = Bethune,
        indicator = "habitat.logements_vacants_longue_duree",
        kind = "trajectory",
        baselineYear = 2022,
        baselineValue,
        targetValue = target,
        horizonYear = 2028,
        direction = "down",
    };

    private async Task<HttpResponseMessage> PutAsync(string code, object body, string? key, string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/habitat/plh/objectives/{code}") { Content = JsonContent.Create(body, options: Json) };
        if (key is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        if (ifMatch is not null)
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return await Client.SendAsync(request);
    }

    private async Task<JsonElement> SetAsync(string code, object body, string? ifMatch = null)
    {
        using var response = await PutAsync(code, body, agency, ifMatch);
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private async Task<JsonElement> ObjectiveAsync(string territory, string code) =>
        (await Client.GetJsonAsync($"/api/v1/habitat/plh/{territory}")).GetProperty("objectives").EnumerateArray().Single(o => o.Str("code") == code);

    private static double? Number(JsonElement e, string property) =>
        e.GetProperty(property).ValueKind == JsonValueKind.Null ? null : e.GetProperty(property).GetDouble();

    [Test]
    public async Task Each_status_of_a_yearly_objective_as_computed_by_hand()
    {
        // 210 dwellings authorised in 2023–2024, two years of six.
        await SetAsync("by-hand-100", Yearly(100));   // 210 of 600 (35 %) when a third of the years are gone: on track
        await SetAsync("by-hand-60", Yearly(60));     // 210 of 360 (58 %): ahead
        await SetAsync("by-hand-35", Yearly(35));     // 210 of 210: achieved
        await SetAsync("by-hand-200", Yearly(200));   // 210 of 1,200 (17.5 %): behind
        var hundred = await ObjectiveAsync(Bethune, "by-hand-100");
        Assert.Multiple(async () =>
        {
            Assert.That(hundred.Str("status"), Is.EqualTo("on_track"));
            Assert.That(hundred.Str("statusLabel"), Is.EqualTo("dans la trajectoire"));
            Assert.That(Number(hundred, "done"), Is.EqualTo(210));
            Assert.That(Number(hundred, "expected"), Is.EqualTo(200));
            Assert.That(Number(hundred, "targetTotal"), Is.EqualTo(600));
            Assert.That(Number(hundred, "progress"), Is.EqualTo(0.35));
            Assert.That(Number(hundred, "expectedProgress"), Is.EqualTo(Math.Round(2.0 / 6, 6)));
            Assert.That(hundred.GetProperty("latest").GetProperty("year").GetInt32(), Is.EqualTo(2024));
            Assert.That((await ObjectiveAsync(Bethune, "by-hand-60")).Str("status"), Is.EqualTo("ahead"));
            Assert.That((await ObjectiveAsync(Bethune, "by-hand-35")).Str("status"), Is.EqualTo("achieved"));
            Assert.That((await ObjectiveAsync(Bethune, "by-hand-200")).Str("status"), Is.EqualTo("behind"));
        });
    }

    [Test]
    public async Task A_trajectory_objective_as_computed_by_hand()
    {
        // From 400 in 2022 to 280 in 2028: 60 of the 120 done in 2024 (50 %) when a third of the years are gone.
        var ahead = await SetAsync("vacance-bethune", Trajectory(280));
        Assert.Multiple(() =>
        {
            Assert.That(ahead.Str("status"), Is.EqualTo("ahead"));
            Assert.That(Number(ahead, "baselineValue"), Is.EqualTo(400));
            Assert.That(ahead.Str("baselineSource"), Is.EqualTo("indicator"));
            Assert.That(Number(ahead, "done"), Is.EqualTo(340));
            Assert.That(Number(ahead, "expected"), Is.EqualTo(360));
            Assert.That(Number(ahead, "progress"), Is.EqualTo(0.5));
        });
        // The programme's own baseline, 370: 30 of 90 (33 %), on the path.
        var onTrack = await SetAsync("vacance-bethune-given", Trajectory(280, 370));
        Assert.Multiple(() =>
        {
            Assert.That(onTrack.Str("status"), Is.EqualTo("on_track"));
            Assert.That(onTrack.Str("baselineSource"), Is.EqualTo("objective"));
            Assert.That(Number(onTrack, "progress"), Is.EqualTo(Math.Round(30.0 / 90, 6)));
        });
    }

    [Test]
    public async Task An_EPCIs_yearly_figures_are_the_engines_sums_of_its_communes()
    {
        await SetAsync("call-by-hand", Yearly(850, Call));
        var objective = await ObjectiveAsync(Call, "call-by-hand");
        await using var connection = Factory.OpenConnection();
        var byHand = await connection.ExecuteScalarAsync<double>("""
            select sum(v.value) from platform.indicator_value v
            join platform.territory_membership m on m.member_id = v.territory_id and m.parent_id = @Call
            where v.indicator_code = 'habitat.logements_autorises' and v.period in ('2023', '2024')
            """, new { Call });
        Assert.That(Number(objective, "done"), Is.EqualTo(byHand).Within(1e-6));
    }

    [Test]
    public async Task The_demo_programme_of_the_CALL_has_a_status_for_each_objective()
    {
        var plh = await Client.GetJsonAsync($"/api/v1/habitat/plh/{Call}");
        var demo = plh.GetProperty("objectives").EnumerateArray().Where(o => o.GetProperty("demo").GetBoolean()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(demo.Select(o => o.Str("code")), Is.EqualTo(new[] { "logements-autorises", "logements-sociaux", "vacance-longue-duree", "passoires-thermiques" }));
            foreach (var o in demo)
                Assert.That(o.Str("status"), Is.Not.EqualTo("no_data"), o.Str("code"));
            Assert.That(plh.GetProperty("territory").Str("id"), Is.EqualTo(Call));
            Assert.That(plh.GetProperty("summary").GetProperty("objectives").GetInt32(), Is.EqualTo(plh.GetProperty("objectives").GetArrayLength()));
        });
    }

    [Test]
    public async Task Only_the_agency_writes_and_a_change_needs_the_current_version()
    {
        Assert.That((await PutAsync("who-writes", Yearly(10), null)).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await PutAsync("who-writes", Yearly(10), partnerEditor)).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        using var created = await PutAsync("who-writes", Yearly(10), agency);
        var etag = created.Headers.ETag!.ToString();
        await (await PutAsync("who-writes", Yearly(20), agency)).ProblemAsync(HttpStatusCode.PreconditionRequired);
        await (await PutAsync("who-writes", Yearly(20), agency, "\"plh-who-writes-v0\"")).ProblemAsync(HttpStatusCode.PreconditionFailed);
        var changed = await SetAsync("who-writes", Yearly(20), etag);
        Assert.That(changed.GetProperty("version").GetInt32(), Is.EqualTo(2));
        await using var connection = Factory.OpenConnection();
        Assert.That(await connection.ExecuteScalarAsync<int>(
            "select count(*) from platform.audit_log where action = 'habitat_plh_objective' and entity_id = 'who-writes'"), Is.EqualTo(2));
    }

    [Test]
    public async Task Bad_input_is_a_400_naming_the_field()
    {
        async Task<IReadOnlyList<string>> FieldsAsync(object body) =>
            [.. (await (await PutAsync("bad-input", body, agency)).ProblemAsync(HttpStatusCode.BadRequest))
                .GetProperty("errors").EnumerateArray().Select(e => e.Str("name").ToLowerInvariant())];
        Assert.Multiple(async () =>
        {
            Assert.That(await FieldsAsync(new
            {
                label = "x",
                territory = Bethune,
                indicator = "habitat.logements_autorises",
                kind = "yearly",
                baselineYear = 2023,
                baselineValue = 10,
                targetValue = 100,
                horizonYear = 2028,
                direction = "up"
            }), Does.Contain("baselinevalue"));
            Assert.That(await FieldsAsync(new
            {
                label = "x",
                territory = Bethune,
                indicator = "habitat.nope",
                kind = "yearly",
                baselineYear = 2023,
                targetValue = 100,
                horizonYear = 2028,
                direction = "up"
            }), Does.Contain("indicator"));
            Assert.That(await FieldsAsync(new
            {
                label = "x",
                territory = Bethune,
                indicator = "habitat.logements_autorises",
                kind = "someday",
                baselineYear = 2023,
                targetValue = 100,
                horizonYear = 2020,
                direction = "up"
            }), Does.Contain("kind").And.Contain("horizonyear"));
            Assert.That(await FieldsAsync(Trajectory(450)), Does.Contain("targetvalue"), "a target above the baseline for an objective going down");
        });
        await (await Client.GetAsync("/api/v1/habitat/plh/commune:99999")).ProblemAsync(HttpStatusCode.NotFound);
        await (await Client.GetAsync("/api/v1/habitat/plh/nope")).ProblemAsync(HttpStatusCode.BadRequest);
    }
}
