using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Dapper;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Observatories.Mobilite;

/// <summary>
/// The PDU follow-up through HTTP on the seeded database: objectives set with an agency key on figures imported with the
/// platform's value import (Béthune's accidents involving a pedestrian or a cyclist: 100 in 2019 down to 75 in 2024),
/// each status on a hand-built case, the aggregation of an EPCI's figures by the engine, the demo objectives, bad input,
/// who may write, If-Match, and an objective on an agency-only indicator hidden from everyone else.
/// </summary>
public sealed class PduTests : ApiTest
{
    private const string Bethune = "commune:62119", Cahc = "epci:246200299", Indicator = "mobilite.accidents_pieton_cycliste";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private string agency = "", partnerEditor = "", reader = "";

    [OneTimeSetUp]
    public async Task ImportBethunesFigures()
    {
        agency = await CreateKeyAsync("agency_editor");
        partnerEditor = await CreateKeyAsync("partner_editor", "epci:200072460");
        reader = await CreateKeyAsync("partner_reader", "epci:200072460");
        var csv = new StringBuilder();
        foreach (var (year, value) in new[] { (2019, 100), (2020, 95), (2021, 90), (2022, 85), (2023, 80), (2024, 75) })
            csv.Append(CultureInfo.InvariantCulture, $"{Indicator},{Bethune},{year},{value}\n");
        await ImportAsync(csv.ToString());
    }

    private static object Objective(string label = "Réduire de moitié les accidents impliquant un piéton ou un cycliste", string territory = Bethune,
        string indicator = Indicator, int? baselineYear = 2019, double? baselineValue = null, double? targetValue = null, double? targetChange = -0.5,
        int? horizonYear = 2029, string direction = "down") =>
        new { label, territory, indicator, baselineYear, baselineValue, targetValue, targetChange, horizonYear, direction };

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string code, object? body, string? key, string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(method, $"/api/v1/mobilite/pdu/objectives/{code}");
        if (body is not null)
            request.Content = JsonContent.Create(body, options: Json);
        if (key is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        if (ifMatch is not null)
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return await Client.SendAsync(request);
    }

    /// <summary>PUTs an objective with the agency key (If-Match when given) and gives the answer, asserting a 200.</summary>
    private async Task<JsonElement> PutAsync(string code, object body, string? ifMatch = null)
    {
        using var response = await SendAsync(HttpMethod.Put, code, body, agency, ifMatch);
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), text);
        var answer = JsonDocument.Parse(text).RootElement.Clone();
        Assert.That(response.Headers.ETag?.ToString(), Is.EqualTo(answer.Str("etag")), "the ETag header is the objective's version");
        return answer;
    }

    private async Task<JsonElement> PduAsync(string? key = null)
    {
        var (status, body) = await GetAsync("/api/v1/mobilite/pdu", key);
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static JsonElement? Find(JsonElement pdu, string code) =>
        pdu.GetProperty("objectives").EnumerateArray().Where(o => o.Str("code") == code).Select(o => (JsonElement?)o).SingleOrDefault();

    private static double? Number(JsonElement e, string property) =>
        e.GetProperty(property).ValueKind == JsonValueKind.Null ? null : e.GetProperty(property).GetDouble();

    [Test]
    public async Task Each_status_on_Bethunes_figures_as_computed_by_hand()
    {
        // 100 in 2019, 75 in 2024: a quarter of the way down.
        await PutAsync("halve-by-2029", Objective());                                                      // target 50; path at 75
        await PutAsync("minus-20-by-2029", Objective(baselineValue: 100, targetChange: null, targetValue: 80)); // 80 reached: 75
        await PutAsync("minus-80-by-2059", Objective(targetChange: -0.8, horizonYear: 2059));              // 31 % of the way, path at 12.5 %
        await PutAsync("minus-90-by-2024", Objective(targetChange: -0.9, horizonYear: 2024));              // horizon passed, 28 % of the way
        await PutAsync("up-by-2029", Objective(targetChange: 0.5, direction: "up"));                       // went the wrong way
        await PutAsync("from-2010", Objective(baselineYear: 2010));                                        // no value in 2010

        var pdu = await PduAsync();
        var halve = Find(pdu, "halve-by-2029")!.Value;
        Assert.Multiple(() =>
        {
            Assert.That(halve.Str("status"), Is.EqualTo("on_track"));
            Assert.That(halve.Str("statusLabel"), Is.EqualTo("dans la trajectoire"));
            Assert.That(halve.GetProperty("baseline").Str("source"), Is.EqualTo("indicator"));
            Assert.That(Number(halve.GetProperty("baseline"), "value"), Is.EqualTo(100));
            Assert.That(Number(halve.GetProperty("target"), "value"), Is.EqualTo(50));
            Assert.That(halve.GetProperty("latest").GetProperty("year").GetInt32(), Is.EqualTo(2024));
            Assert.That(Number(halve.GetProperty("latest"), "value"), Is.EqualTo(75));
            Assert.That(Number(halve, "expectedValue"), Is.EqualTo(75));
            Assert.That(Number(halve, "progress"), Is.EqualTo(0.5));
            Assert.That(Number(halve, "expectedProgress"), Is.EqualTo(0.5));
            Assert.That(halve.GetProperty("series").EnumerateArray().Where(p => p.GetProperty("year").GetInt32() >= 2019)
                .Select(p => p.GetProperty("value").GetDouble()), Is.EqualTo(new[] { 100, 95, 90, 85, 80, 75 }), "the imported values");
            Assert.That(halve.GetProperty("indicator").Str("code"), Is.EqualTo(Indicator));
            Assert.That(halve.GetProperty("territory").Str("name"), Is.EqualTo("Béthune"));

            Assert.That(Find(pdu, "minus-20-by-2029")!.Value.Str("status"), Is.EqualTo("achieved"));
            Assert.That(Find(pdu, "minus-20-by-2029")!.Value.GetProperty("baseline").Str("source"), Is.EqualTo("objective"));
            Assert.That(Find(pdu, "minus-80-by-2059")!.Value.Str("status"), Is.EqualTo("ahead"));
            Assert.That(Number(Find(pdu, "minus-80-by-2059")!.Value, "progress"), Is.EqualTo(0.3125));
            Assert.That(Find(pdu, "minus-90-by-2024")!.Value.Str("status"), Is.EqualTo("behind"));
            Assert.That(Find(pdu, "up-by-2029")!.Value.Str("status"), Is.EqualTo("behind"));
            Assert.That(Number(Find(pdu, "up-by-2029")!.Value, "progress"), Is.EqualTo(-0.5));
            Assert.That(Find(pdu, "from-2010")!.Value.Str("status"), Is.EqualTo("no_data"));
            Assert.That(Number(Find(pdu, "from-2010")!.Value.GetProperty("baseline"), "value"), Is.Null);
        });

        // The summary counts what is listed.
        var statuses = pdu.GetProperty("objectives").EnumerateArray().Select(o => o.Str("status")).ToList();
        var summary = pdu.GetProperty("summary");
        Assert.Multiple(() =>
        {
            Assert.That(summary.GetProperty("objectives").GetInt32(), Is.EqualTo(statuses.Count));
            Assert.That(summary.GetProperty("onCourse").GetInt32(), Is.EqualTo(statuses.Count(s => s is "achieved" or "ahead" or "on_track")));
            Assert.That(summary.GetProperty("behind").GetInt32(), Is.EqualTo(statuses.Count(s => s == "behind")));
            Assert.That(summary.GetProperty("noData").GetInt32(), Is.EqualTo(statuses.Count(s => s == "no_data")));
            Assert.That(pdu.GetProperty("tolerance").GetDouble(), Is.EqualTo(0.1));
        });
    }

    private async Task ImportAsync(string rows)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/imports/values")
        {
            Content = new MultipartFormDataContent
            {
                { new ByteArrayContent(Encoding.UTF8.GetBytes("indicator,territory,period,value\n" + rows)), "file", "values.csv" },
            },
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", agency);
        using var response = await Client.SendAsync(request);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task A_new_import_of_values_moves_the_standing_at_once()
    {
        const string Lens = "commune:62498";
        await ImportAsync($"{Indicator},{Lens},2019,100\n{Indicator},{Lens},2024,75\n");
        await PutAsync("moves-with-imports", Objective(territory: Lens, targetChange: -0.9));   // to 10 by 2029: the path is at 55 in 2024
        Assert.That(Find(await PduAsync(), "moves-with-imports")!.Value.Str("status"), Is.EqualTo("behind"), "75 is 28 % of the way, not 50 %");
        await ImportAsync($"{Indicator},{Lens},2025,20\n");
        var moved = Find(await PduAsync(), "moves-with-imports")!.Value;
        Assert.Multiple(() =>
        {
            Assert.That(moved.GetProperty("latest").GetProperty("year").GetInt32(), Is.EqualTo(2025), "the cached answer was not served");
            Assert.That(moved.Str("status"), Is.EqualTo("ahead"), "20 is 89 % of the way when 60 % of the years are gone");
        });
    }

    [Test]
    public async Task An_EPCIs_figures_are_the_engines_aggregate_of_its_communes()
    {
        await PutAsync("cahc-ratio", Objective(territory: Cahc, indicator: "mobilite.taux_accidents", targetChange: -0.2, horizonYear: 2030));
        var objective = Find(await PduAsync(), "cahc-ratio")!.Value;
        await using var connection = Factory.OpenConnection();
        // A rate over an EPCI is Σ accidents ÷ Σ population, never a mean of the communes' rates.
        var byHand = await connection.QuerySingleAsync<(double Numerator, double Denominator)>("""
            select sum(v.numerator), sum(v.denominator) from platform.indicator_value v
            join platform.territory_membership m on m.member_id = v.territory_id and m.parent_id = @Cahc
            where v.indicator_code = 'mobilite.taux_accidents' and v.period = '2019'
            """, new { Cahc });
        var series = await Client.GetJsonAsync($"/api/v1/indicators/mobilite.taux_accidents/series?territories={Cahc}&from=2015");
        var engine = series.GetProperty("series")[0].GetProperty("points").EnumerateArray()
            .Where(p => p.GetProperty("value").ValueKind == JsonValueKind.Number)
            .Select(p => (int.Parse(p.Str("period"), CultureInfo.InvariantCulture), Math.Round(p.GetProperty("value").GetDouble(), 6))).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(Number(objective.GetProperty("baseline"), "value"), Is.EqualTo(10_000 * byHand.Numerator / byHand.Denominator).Within(1e-6));
            Assert.That(objective.GetProperty("series").EnumerateArray()
                .Select(p => (p.GetProperty("year").GetInt32(), p.GetProperty("value").GetDouble())), Is.EqualTo(engine), "the platform's series");
            Assert.That(Number(objective.GetProperty("target"), "value"), Is.EqualTo(0.8 * 10_000 * byHand.Numerator / byHand.Denominator).Within(1e-6));
        });
    }

    [Test]
    public async Task The_demo_objectives_cover_the_transport_authoritys_perimeter_and_each_has_a_status()
    {
        var demo = (await PduAsync()).GetProperty("objectives").EnumerateArray().Where(o => o.GetProperty("demo").GetBoolean()).ToList();
        Assert.That(demo.Select(o => o.Str("code")), Is.EqualTo(new[]
        {
            "reseau-cyclable", "itineraires-prioritaires", "securite-pietons-cyclistes", "tues-blesses-graves", "accidents-corporels",
        }));
        Assert.Multiple(() =>
        {
            foreach (var o in demo)
            {
                Assert.That(o.GetProperty("territory").Str("id"), Is.EqualTo("groupement:pma"));
                Assert.That(o.Str("status"), Is.Not.EqualTo("no_data"), o.Str("code"));
                Assert.That(o.GetProperty("latest").ValueKind, Is.EqualTo(JsonValueKind.Object), o.Str("code"));
            }
            var safety = demo.Single(o => o.Str("code") == "securite-pietons-cyclistes");
            Assert.That(safety.GetProperty("baseline").Str("source"), Is.EqualTo("indicator"));
            Assert.That(Number(safety.GetProperty("target"), "value"), Is.EqualTo(Number(safety.GetProperty("baseline"), "value") / 2).Within(1e-6));
        });
    }

    [Test]
    public async Task Bad_input_is_refused_with_the_field_and_nothing_is_written()
    {
        async Task<IReadOnlyList<string>> FieldsAsync(object body, string code = "bad")
        {
            var problem = await (await SendAsync(HttpMethod.Put, code, body, agency)).ProblemAsync(HttpStatusCode.BadRequest);
            return [.. problem.GetProperty("errors").EnumerateArray().Select(e => e.Str("name"))];
        }
        Assert.Multiple(async () =>
        {
            Assert.That(await FieldsAsync(Objective(indicator: "mobilite.inconnu")), Is.EqualTo(new[] { "indicator" }));
            Assert.That(await FieldsAsync(Objective(horizonYear: 2019)), Is.EqualTo(new[] { "horizonYear" }));
            Assert.That(await FieldsAsync(Objective(horizonYear: 2015)), Is.EqualTo(new[] { "horizonYear" }));
            Assert.That(await FieldsAsync(Objective(targetValue: 40)), Is.EqualTo(new[] { "targetValue" }), "both a value and a change");
            Assert.That(await FieldsAsync(Objective(targetChange: null)), Is.EqualTo(new[] { "targetValue" }), "neither");
            Assert.That(await FieldsAsync(Objective(targetChange: 0.5)), Is.EqualTo(new[] { "targetChange" }), "up for an objective going down");
            Assert.That(await FieldsAsync(Objective(targetChange: -1)), Does.Contain("targetChange"));
            Assert.That(await FieldsAsync(Objective(baselineValue: 100, targetChange: null, targetValue: 120)), Is.EqualTo(new[] { "targetValue" }));
            Assert.That(await FieldsAsync(Objective(targetChange: null, targetValue: 120)), Is.EqualTo(new[] { "targetValue" }),
                "above Béthune's 100 of 2019, read from the indicator");
            Assert.That(await FieldsAsync(Objective(direction: "sideways")), Does.Contain("direction"));
            Assert.That(await FieldsAsync(Objective(territory: "commune:99999")), Is.EqualTo(new[] { "territory" }));
            Assert.That(await FieldsAsync(Objective(territory: "quartier:1")), Is.EqualTo(new[] { "territory" }));
            Assert.That(await FieldsAsync(Objective(label: " ")), Is.EqualTo(new[] { "label" }));
            Assert.That(await FieldsAsync(Objective(), code: "Pas_Un_Code"), Is.EqualTo(new[] { "code" }));
            Assert.That(await FieldsAsync(new { label = "x" }), Is.SupersetOf(new[] { "territory", "indicator", "baselineYear", "horizonYear", "direction" }));
        });
        var typed = await SendAsync(HttpMethod.Put, "bad", new { label = "x", baselineYear = "deux mille" }, agency);
        await typed.ProblemAsync(HttpStatusCode.BadRequest);
        await using var connection = Factory.OpenConnection();
        Assert.That(await connection.ExecuteScalarAsync<int>("select count(*) from mobilite.pdu_objective where code = 'bad'"), Is.Zero);
    }

    [Test]
    public async Task Only_the_agency_writes_objectives()
    {
        var created = await PutAsync("agency-only", Objective());
        var etag = created.Str("etag");
        Assert.Multiple(async () =>
        {
            await (await SendAsync(HttpMethod.Put, "agency-only", Objective(), null, etag)).ProblemAsync(HttpStatusCode.Unauthorized);
            await (await SendAsync(HttpMethod.Put, "agency-only", Objective(), partnerEditor, etag)).ProblemAsync(HttpStatusCode.Forbidden);
            await (await SendAsync(HttpMethod.Put, "by-a-partner", Objective(), reader)).ProblemAsync(HttpStatusCode.Forbidden);
            await (await SendAsync(HttpMethod.Delete, "agency-only", null, null, etag)).ProblemAsync(HttpStatusCode.Unauthorized);
            await (await SendAsync(HttpMethod.Delete, "agency-only", null, partnerEditor, etag)).ProblemAsync(HttpStatusCode.Forbidden);
        });
        Assert.That(Find(await PduAsync(), "agency-only")!.Value.Str("etag"), Is.EqualTo(etag), "unchanged");
        Assert.That(Find(await PduAsync(), "by-a-partner"), Is.Null);
    }

    [Test]
    public async Task A_change_needs_the_version_read_and_a_stale_one_gets_412_with_the_current_objective()
    {
        var first = await PutAsync("versioned", Objective());
        Assert.That(first.GetProperty("version").GetInt32(), Is.EqualTo(1));
        // Creating needs no If-Match; an If-Match for an objective that does not exist names no version.
        await (await SendAsync(HttpMethod.Put, "never-created", Objective(), agency, "\"pdu-never-created-v1\"")).ProblemAsync(HttpStatusCode.PreconditionFailed);

        await (await SendAsync(HttpMethod.Put, "versioned", Objective(), agency)).ProblemAsync((HttpStatusCode)428);
        await (await SendAsync(HttpMethod.Put, "versioned", Objective(), agency, "*")).ProblemAsync((HttpStatusCode)428);
        var second = await PutAsync("versioned", Objective(label: "Réduire de 60 %", targetChange: -0.6), first.Str("etag"));
        Assert.That((second.GetProperty("version").GetInt32(), Number(second.GetProperty("target"), "value")), Is.EqualTo((2, 40.0)));

        // Another tab still holds version 1.
        var stale = await (await SendAsync(HttpMethod.Put, "versioned", Objective(label: "Réduire de 70 %"), agency, first.Str("etag")))
            .ProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.That(stale.GetProperty("current").Str("label"), Is.EqualTo("Réduire de 60 %"));
        await (await SendAsync(HttpMethod.Delete, "versioned", null, agency, first.Str("etag"))).ProblemAsync(HttpStatusCode.PreconditionFailed);
        await (await SendAsync(HttpMethod.Delete, "versioned", null, agency)).ProblemAsync((HttpStatusCode)428);

        using (var deleted = await SendAsync(HttpMethod.Delete, "versioned", null, agency, second.Str("etag")))
            Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(Find(await PduAsync(), "versioned"), Is.Null);
        await (await SendAsync(HttpMethod.Delete, "versioned", null, agency, second.Str("etag"))).ProblemAsync(HttpStatusCode.NotFound);

        await using var connection = Factory.OpenConnection();
        var audit = (await connection.QueryAsync<string>(
            "select action from platform.audit_log where entity_id = 'versioned' order by id")).ToList();
        Assert.That(audit, Is.EqualTo(new[] { "mobilite_pdu_objective", "mobilite_pdu_objective", "mobilite_pdu_objective_delete" }));
    }

    [Test]
    public async Task An_objective_on_an_agency_only_indicator_is_hidden_from_everyone_else_summary_included()
    {
        await using (var connection = Factory.OpenConnection())
        {
            // Written in the table: whatever its periodicity, the catalogue's rule decides who sees it.
            var code = await connection.ExecuteScalarAsync<string>("select code from platform.indicator where confidentiality = 'agency' order by code limit 1");
            Assert.That(code, Is.Not.Null, "the catalogue has an agency-only indicator");
            await connection.ExecuteAsync("""
                insert into mobilite.pdu_objective (code, label, territory_id, indicator_code, baseline_year, target_change, horizon_year, direction, updated_by)
                values ('agency-figure', 'Objectif interne', 'groupement:aula', @code, 2020, 0.1, 2030, 'up', 'test');
                select platform.bump_data_version('mobilite');
                """, new { code });
        }
        var forAgency = await PduAsync(agency);
        Assert.That(Find(forAgency, "agency-figure"), Is.Not.Null);
        foreach (var key in new[] { null, reader, partnerEditor })
        {
            var pdu = await PduAsync(key);
            Assert.That(Find(pdu, "agency-figure"), Is.Null, $"hidden for {(key is null ? "anonymous" : key == reader ? "a partner reader" : "a partner editor")}");
            Assert.That(pdu.GetProperty("summary").GetProperty("objectives").GetInt32(), Is.EqualTo(pdu.GetProperty("objectives").GetArrayLength()),
                "and not counted");
        }
    }

    [Test]
    public async Task The_plans_typed_figures_of_a_secret_cell_are_withheld_as_the_cell_is()
    {
        await using var connection = Factory.OpenConnection();
        // A commune whose salaried jobs rest on fewer than 3 employers: secret for everyone but the agency.
        var commune = await connection.ExecuteScalarAsync<string>("""
            select territory_id from platform.indicator_value
            where indicator_code = 'emploi.etablissements_employeurs' and period = '2023' and value < 3 order by territory_id limit 1
            """);
        Assert.That(commune, Is.Not.Null, "the demo has a commune under the secrecy threshold");
        var created = await PutAsync("cellule-secrete", Objective(territory: commune!, indicator: "emploi.salaries_prives", baselineYear: 2023,
            baselineValue: 7, targetChange: 0.5, horizonYear: 2030, direction: "up"));
        try
        {
            Assert.That(Number(created.GetProperty("baseline"), "value"), Is.EqualTo(7), "the agency sees it");
            foreach (var key in new string?[] { null, reader })
            {
                var objective = Find(await PduAsync(key), "cellule-secrete")!.Value;
                Assert.Multiple(() =>
                {
                    Assert.That(Number(objective.GetProperty("baseline"), "value"), Is.Null, key ?? "anonymous");
                    Assert.That(Number(objective.GetProperty("target"), "value"), Is.Null, key ?? "anonymous");
                    Assert.That(objective.Str("status"), Is.EqualTo("no_data"));
                });
            }
        }
        finally
        {
            await SendAsync(HttpMethod.Delete, "cellule-secrete", null, agency, created.Str("etag"));
        }
    }

    [Test]
    public async Task The_plan_holds_at_most_100_objectives()
    {
        await using var connection = Factory.OpenConnection();
        var existing = await connection.ExecuteScalarAsync<int>("select count(*) from mobilite.pdu_objective");
        try
        {
            for (var i = existing; i < 100; i++)
                await PutAsync($"plafond-{i}", Objective());
            var problem = await (await SendAsync(HttpMethod.Put, "plafond-de-trop", Objective(), agency)).ProblemAsync(HttpStatusCode.BadRequest);
            Assert.That(problem.GetProperty("errors").EnumerateArray().Select(e => e.Str("name")), Is.EqualTo(new[] { "code" }));
            Assert.That(await connection.ExecuteScalarAsync<int>("select count(*) from mobilite.pdu_objective"), Is.EqualTo(100), "nothing written");
        }
        finally
        {
            await connection.ExecuteAsync("delete from mobilite.pdu_objective where code like 'plafond-%'");
        }
    }
}
