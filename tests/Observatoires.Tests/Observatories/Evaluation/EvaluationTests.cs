using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Dapper;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Observatories.Evaluation;

/// <summary>
/// The evaluation of territorial projects through HTTP on the seeded database: a small project built through the API
/// with an agency key, whose scores equal a hand computation (an entered "lower is better" indicator, a catalogue one
/// read through the engine from values imported for Béthune, one without data, one beyond its target, one going the
/// wrong way), weights, the CSV, bad input, who may write, If-Match, the audit log, a partner-confidential series
/// hidden from anonymous callers on every path, and the demo projects.
/// </summary>
public sealed class EvaluationTests : ApiTest
{
    private const string Bethune = "commune:62119", Cabbalr = "epci:200072460", Call = "epci:246200364";
    private const string Accidents = "mobilite.accidents_pieton_cycliste";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private string agency = "", partnerEditor = "", cabbalrReader = "", callReader = "";

    [OneTimeSetUp]
    public async Task CreateKeysAndImportBethunesFigures()
    {
        agency = await CreateKeyAsync("agency_editor");
        partnerEditor = await CreateKeyAsync("partner_editor", Cabbalr);
        cabbalrReader = await CreateKeyAsync("partner_reader", Cabbalr);
        callReader = await CreateKeyAsync("partner_reader", Call);
        // Béthune's accidents involving a pedestrian or a cyclist: 50 at T0 (2020), 30 in 2024, the catalogue's last year.
        await ImportAsync($"indicator,territory,period,value\n{Accidents},{Bethune},2020,50\n{Accidents},{Bethune},2024,30\n");
    }

    private async Task ImportAsync(string csv)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/imports/values")
        {
            Content = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", "values.csv" } },
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", agency);
        using var response = await Client.SendAsync(request);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body, string? key, string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(method, "/api/v1/evaluation/projects/" + path);
        if (body is not null)
            request.Content = JsonContent.Create(body, options: Json);
        if (key is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        if (ifMatch is not null)
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return await Client.SendAsync(request);
    }

    /// <summary>Writes with the agency key and the project's current ETag (none for a new project); the project as answered.</summary>
    private async Task<JsonElement> WriteAsync(string path, object? body, string? etag, HttpMethod? method = null)
    {
        using var response = await SendAsync(method ?? HttpMethod.Put, path, body, agency, etag);
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"{path}: {text}");
        var project = JsonDocument.Parse(text).RootElement.Clone();
        Assert.That(response.Headers.ETag?.ToString(), Is.EqualTo(project.Str("etag")), "the ETag header is the project's version");
        return project;
    }

    private async Task<JsonElement> ProjectAsync(string id, string? key = null)
    {
        var (status, body) = await GetAsync($"/api/v1/evaluation/projects/{id}", key);
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static object Entered(string action, string direction, double target, double? t0Value = null, double? weight = null,
        string confidentiality = "public") =>
        new { action, label = "Indicateur saisi", unit = "unités", t0Year = 2020, t0Value, targetValue = target, horizonYear = 2030, direction, weight, confidentiality };

    private static JsonElement Axis(JsonElement project, string code) =>
        project.GetProperty("axes").EnumerateArray().Single(a => a.Str("code") == code);

    private static JsonElement Action(JsonElement project, string code) =>
        project.GetProperty("axes").EnumerateArray().SelectMany(a => a.GetProperty("actions").EnumerateArray()).Single(a => a.Str("code") == code);

    private static JsonElement Indicator(JsonElement project, string code) =>
        project.GetProperty("axes").EnumerateArray().SelectMany(a => a.GetProperty("actions").EnumerateArray())
            .SelectMany(a => a.GetProperty("indicators").EnumerateArray()).Single(i => i.Str("code") == code);

    private static double? Number(JsonElement e, string property) =>
        e.GetProperty(property).ValueKind == JsonValueKind.Null ? null : e.GetProperty(property).GetDouble();

    /// <summary>
    /// The project of the hand computation, on Béthune from 2020 to 2030:
    /// axis economie: action a1 (weight 1): i1 up, T0 100 → 160 in 2024, target 200: 0.6 (ahead of the path's 0.4);
    ///                                       i2 down, T0 100 read from its series → 90 in 2024, target 60, weight 3: 0.25 (behind);
    ///                action a2 (weight 2): i3 the catalogue's accidents, down, 50 → 30, target 10: 0.5 (on track); i4 without data.
    /// axis environnement: action b1: i5 up 10 → 25, target 20: 1.5, capped at 1 (achieved); i6 down 50 → 55, target 30: −0.25, 0 (setback).
    /// </summary>
    private async Task<JsonElement> BuildAsync(string id)
    {
        var p = await WriteAsync(id, new { title = "Projet de test", territory = Bethune, startYear = 2020, endYear = 2030 }, null);
        p = await WriteAsync($"{id}/axes/economie", new { title = "Économie" }, p.Str("etag"));
        p = await WriteAsync($"{id}/axes/environnement", new { title = "Environnement" }, p.Str("etag"));
        p = await WriteAsync($"{id}/actions/a1", new { axis = "economie", title = "Action 1" }, p.Str("etag"));
        p = await WriteAsync($"{id}/actions/a2", new { axis = "economie", title = "Action 2", weight = 2 }, p.Str("etag"));
        p = await WriteAsync($"{id}/actions/b1", new { axis = "environnement", title = "Action 3" }, p.Str("etag"));
        p = await WriteAsync($"{id}/indicators/i1", Entered("a1", "up", 200, t0Value: 100), p.Str("etag"));
        p = await WriteAsync($"{id}/indicators/i1/values", new { values = new[] { new { year = 2024, value = 160.0 } } }, p.Str("etag"));
        p = await WriteAsync($"{id}/indicators/i2", Entered("a1", "down", 60, weight: 3), p.Str("etag"));
        p = await WriteAsync($"{id}/indicators/i2/values", new { values = new[] { new { year = 2020, value = 100.0 }, new { year = 2024, value = 90.0 } } }, p.Str("etag"));
        p = await WriteAsync($"{id}/indicators/i3", new
        {
            action = "a2",
            label = "Accidents impliquant un piéton ou un cycliste",
            catalogue = Accidents,
            t0Year = 2020,
            targetValue = 10.0,
            horizonYear = 2030,
            direction = "down",
        }, p.Str("etag"));
        p = await WriteAsync($"{id}/indicators/i4", Entered("a2", "up", 20, t0Value: 10), p.Str("etag"));
        p = await WriteAsync($"{id}/indicators/i5", Entered("b1", "up", 20, t0Value: 10), p.Str("etag"));
        p = await WriteAsync($"{id}/indicators/i5/values", new { values = new[] { new { year = 2024, value = 25.0 } } }, p.Str("etag"));
        p = await WriteAsync($"{id}/indicators/i6", Entered("b1", "down", 30, t0Value: 50), p.Str("etag"));
        return await WriteAsync($"{id}/indicators/i6/values", new { values = new[] { new { year = 2024, value = 55.0 } } }, p.Str("etag"));
    }

    [Test]
    public async Task A_projects_scores_equal_a_hand_computation_including_lower_is_better_indicators()
    {
        await BuildAsync("calcul");
        var p = await ProjectAsync("calcul");
        var (i1, i2, i3, i4, i5, i6) = (Indicator(p, "i1"), Indicator(p, "i2"), Indicator(p, "i3"), Indicator(p, "i4"), Indicator(p, "i5"), Indicator(p, "i6"));
        Assert.Multiple(() =>
        {
            Assert.That((Number(i1, "progress"), i1.Str("status")), Is.EqualTo(((double?)0.6, "ahead")));
            // Lower is better, entered: (90 − 100) ÷ (60 − 100) = 0.25, T0 read from the series.
            Assert.That(Number(i2, "progress"), Is.EqualTo(0.25));
            Assert.That((Number(i2.GetProperty("t0"), "value"), i2.GetProperty("t0").Str("source")), Is.EqualTo(((double?)100, "series")));
            Assert.That((i2.Str("status"), i2.Str("statusLabel")), Is.EqualTo(("behind", "en retard")));
            Assert.That(Number(i2, "expectedValue"), Is.EqualTo(84), "100 + 0.4 × (60 − 100)");
            // Lower is better, from the catalogue through the engine: (30 − 50) ÷ (10 − 50) = 0.5.
            Assert.That(Number(i3.GetProperty("t0"), "value"), Is.EqualTo(50));
            Assert.That(i3.GetProperty("latest").GetProperty("year").GetInt32(), Is.EqualTo(2024));
            Assert.That(Number(i3.GetProperty("latest"), "value"), Is.EqualTo(30));
            Assert.That((Number(i3, "progress"), i3.Str("status")), Is.EqualTo(((double?)0.5, "on_track")));
            Assert.That(i3.GetProperty("catalogue").Str("code"), Is.EqualTo(Accidents));
            Assert.That((Number(i4, "progress"), i4.Str("status"), i4.Str("statusLabel")), Is.EqualTo(((double?)null, "no_data", "sans donnée")));
            Assert.That((Number(i5, "rawProgress"), Number(i5, "progress"), i5.GetProperty("beyondTarget").GetBoolean(), i5.Str("status")),
                Is.EqualTo(((double?)1.5, (double?)1, true, "achieved")), "objectif dépassé");
            Assert.That((Number(i6, "rawProgress"), Number(i6, "progress"), i6.GetProperty("setback").GetBoolean(), i6.Str("status")),
                Is.EqualTo(((double?)-0.25, (double?)0, true, "behind")), "recul");

            // a1 = (1 × 0.6 + 3 × 0.25) ÷ 4; a2 = 0.5, i4 left out and counted; b1 = (1 + 0) ÷ 2.
            Assert.That(Number(Action(p, "a1"), "score"), Is.EqualTo(0.3375).Within(1e-6));
            Assert.That(Number(Action(p, "a2"), "score"), Is.EqualTo(0.5).Within(1e-6));
            Assert.That((Action(p, "a2").GetProperty("scoredIndicators").GetInt32(), Action(p, "a2").GetProperty("unscoredIndicators").GetInt32()),
                Is.EqualTo((1, 1)));
            Assert.That(Number(Action(p, "b1"), "score"), Is.EqualTo(0.5).Within(1e-6));
            // economie = (1 × 0.3375 + 2 × 0.5) ÷ 3; environnement = 0.5; the project = their mean.
            Assert.That(Number(Axis(p, "economie"), "score"), Is.EqualTo(1.3375 / 3).Within(1e-6));
            Assert.That(Number(Axis(p, "environnement"), "score"), Is.EqualTo(0.5).Within(1e-6));
            Assert.That(Number(p, "score"), Is.EqualTo(((1.3375 / 3) + 0.5) / 2).Within(1e-6));
            var summary = p.GetProperty("summary");
            Assert.That(new[] { "indicators", "onCourse", "achieved", "ahead", "onTrack", "behind", "noData", "restricted" }
                .Select(k => summary.GetProperty(k).GetInt32()), Is.EqualTo(new[] { 6, 3, 1, 1, 1, 2, 1, 0 }));
        });

        // The list gives the same scores.
        var listed = (await Client.GetJsonAsync("/api/v1/evaluation/projects")).GetProperty("items").EnumerateArray().Single(x => x.Str("id") == "calcul");
        Assert.That(Number(listed, "score"), Is.EqualTo(Number(p, "score")));
        Assert.That(listed.GetProperty("axes").EnumerateArray().Select(a => Number(a, "score")),
            Is.EqualTo(new[] { Number(Axis(p, "economie"), "score"), Number(Axis(p, "environnement"), "score") }));
    }

    [Test]
    public async Task Weights_move_the_scores_as_computed_by_hand_and_a_new_import_moves_them_at_once()
    {
        var p = await BuildAsync("poids");
        p = await WriteAsync("poids/weights", new { indicators = new Dictionary<string, double> { ["i2"] = 1 }, axes = new Dictionary<string, double> { ["environnement"] = 3 } },
            p.Str("etag"));
        // a1 = (0.6 + 0.25) ÷ 2 = 0.425; economie = (0.425 + 2 × 0.5) ÷ 3 = 0.475; project = (0.475 + 3 × 0.5) ÷ 4.
        Assert.Multiple(() =>
        {
            Assert.That(Number(Action(p, "a1"), "score"), Is.EqualTo(0.425).Within(1e-6));
            Assert.That(Number(Axis(p, "economie"), "score"), Is.EqualTo(0.475).Within(1e-6));
            Assert.That(Number(p, "score"), Is.EqualTo((0.475 + 1.5) / 4).Within(1e-6));
            Assert.That(Indicator(p, "i2").GetProperty("weight").GetDouble(), Is.EqualTo(1));
        });
        // Béthune's 2024 figure revised to 10: the catalogue indicator reaches its target.
        await ImportAsync($"indicator,territory,period,value\n{Accidents},{Bethune},2024,10\n");
        var moved = Indicator(await ProjectAsync("poids"), "i3");
        Assert.That((Number(moved, "progress"), moved.Str("status")), Is.EqualTo(((double?)1, "achieved")), "the cached answer was not served");
        await ImportAsync($"indicator,territory,period,value\n{Accidents},{Bethune},2024,30\n");
    }

    [Test]
    public async Task The_CSV_has_one_row_per_indicator_with_its_axis_action_T0_target_latest_progress_and_status()
    {
        await BuildAsync("export");
        var (status, csv) = await GetAsync("/api/v1/evaluation/projects/export?format=csv");
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), csv);
        // Its CSVW metadata and the same table as a workbook, numbers as numbers.
        var downloads = await TableDownload.CheckAsync(Client, "/api/v1/evaluation/projects/export?format=csv");
        Assert.That(downloads.Rows, Has.Count.EqualTo(6));
        var lines = csv.TrimEnd('\n').Split('\n');
        var header = lines[0].Split(',');
        Assert.That(lines, Has.Length.EqualTo(7), "a header and six indicators");
        var i2 = lines.Select(l => l.Split(',')).Single(f => f[Array.IndexOf(header, "indicateur_code")] == "i2");
        string Field(string name) => i2[Array.IndexOf(header, name)];
        Assert.Multiple(() =>
        {
            Assert.That((Field("axe_code"), Field("action_code"), Field("sens")), Is.EqualTo(("economie", "a1", "baisse")));
            Assert.That((Field("t0_annee"), Field("t0_valeur"), Field("cible_annee"), Field("cible_valeur")), Is.EqualTo(("2020", "100", "2030", "60")));
            Assert.That((Field("derniere_annee"), Field("derniere_valeur"), Field("progression"), Field("statut")), Is.EqualTo(("2024", "90", "0.25", "en retard")));
            Assert.That(double.Parse(Field("action_score"), CultureInfo.InvariantCulture), Is.EqualTo(0.3375).Within(1e-6));
        });
    }

    [Test]
    public async Task Bad_input_is_refused_with_the_field_and_nothing_is_written()
    {
        var p = await BuildAsync("refus");
        var etag = p.Str("etag");
        async Task<IReadOnlyList<string>> FieldsAsync(string path, object body)
        {
            var problem = await (await SendAsync(HttpMethod.Put, path, body, agency, etag)).ProblemAsync(HttpStatusCode.BadRequest);
            return [.. problem.GetProperty("errors").EnumerateArray().Select(e => e.Str("name"))];
        }
        object Catalogue(string code, string action = "a2", double target = 10) =>
            new { action, label = "x", catalogue = code, t0Year = 2020, targetValue = target, horizonYear = 2030, direction = "down" };
        Assert.Multiple(async () =>
        {
            Assert.That(await FieldsAsync("refus/indicators/x", Entered("a9", "up", 20, t0Value: 10)), Is.EqualTo(new[] { "action" }));
            Assert.That(await FieldsAsync("refus/indicators/x", Entered("a1", "up", 5, t0Value: 10)), Is.EqualTo(new[] { "targetValue" }), "up, below T0");
            Assert.That(await FieldsAsync("refus/indicators/x", Entered("a1", "down", 20, t0Value: 10)), Is.EqualTo(new[] { "targetValue" }), "down, above T0");
            Assert.That(await FieldsAsync("refus/indicators/i2", Entered("a1", "down", 120)), Is.EqualTo(new[] { "targetValue" }), "above i2's 100 at T0, read from its series");
            Assert.That(await FieldsAsync("refus/indicators/x", Catalogue(Accidents, target: 60)), Is.EqualTo(new[] { "targetValue" }), "above Béthune's 50 at T0");
            Assert.That(await FieldsAsync("refus/indicators/x", Catalogue("mobilite.inconnu")), Is.EqualTo(new[] { "catalogue" }));
            Assert.That(await FieldsAsync("refus/indicators/x", Catalogue("emploi.demandeurs_emploi")), Is.EqualTo(new[] { "catalogue" }), "quarterly");
            Assert.That(await FieldsAsync("refus/indicators/x", new { action = "a1", label = "x", catalogue = Accidents, unit = "u", t0Year = 2020, targetValue = 1, horizonYear = 2030, direction = "down" }),
                Is.EqualTo(new[] { "catalogue" }), "both a catalogue indicator and a unit");
            Assert.That(await FieldsAsync("refus/indicators/x", new { action = "a1", label = "x", unit = "u", t0Year = 2020, targetValue = 1, horizonYear = 2020, direction = "sideways" }),
                Is.SupersetOf(new[] { "horizonYear", "direction" }));
            Assert.That(await FieldsAsync("refus/indicators/Pas_Un_Code", Entered("a1", "up", 20, t0Value: 10)), Is.EqualTo(new[] { "indicator" }));
            Assert.That(await FieldsAsync("refus/actions/x", new { axis = "inconnu", title = "x" }), Is.EqualTo(new[] { "axis" }));
            Assert.That(await FieldsAsync("refus/axes/x", new { title = " ", weight = 0 }), Is.EquivalentTo(new[] { "title", "weight" }));
            Assert.That(await FieldsAsync("refus/weights", new { actions = new Dictionary<string, double> { ["inconnue"] = 2 } }), Is.EqualTo(new[] { "actions" }));
            Assert.That(await FieldsAsync("refus/weights", new { indicators = new Dictionary<string, double> { ["i1"] = -1 } }), Is.EqualTo(new[] { "indicators" }));
            Assert.That(await FieldsAsync("refus/indicators/i3/values", new { values = new[] { new { year = 2024, value = 1.0 } } }), Is.EqualTo(new[] { "values" }),
                "a catalogue indicator's values are the catalogue's");
            Assert.That(await FieldsAsync("refus/indicators/i1/values", new { values = new[] { new { year = 2024, value = 1.0 }, new { year = 2024, value = 2.0 } } }),
                Is.EqualTo(new[] { "values" }), "a year twice");
            Assert.That(await FieldsAsync("refus/indicators/i1/values", new { values = new object?[] { null, new { year = 2024, value = 2.0 } } }),
                Is.EqualTo(new[] { "values" }), "a null among the values");
            Assert.That(await FieldsAsync("refus", new { title = "x", territory = "commune:99999", startYear = 2020, endYear = 2030 }), Is.EqualTo(new[] { "territory" }));
            Assert.That(await FieldsAsync("refus", new { title = "x", territory = Bethune, startYear = 2030, endYear = 2020 }), Is.EqualTo(new[] { "endYear" }));
        });
        await (await SendAsync(HttpMethod.Put, "refus/indicators/i1/values", new { values = "beaucoup" }, agency, etag)).ProblemAsync(HttpStatusCode.BadRequest);
        var after = await ProjectAsync("refus");
        Assert.That(after.Str("etag"), Is.EqualTo(etag), "nothing was written");
        Assert.That(Indicator(after, "i1").GetProperty("series").EnumerateArray().Select(v => v.GetProperty("value").GetDouble()), Is.EqualTo(new[] { 160.0 }));
    }

    [Test]
    public async Task Only_the_agency_writes_with_the_version_it_read_and_every_write_is_audited()
    {
        var p = await BuildAsync("acces");
        var etag = p.Str("etag");
        var axis = new { title = "Nouvel axe" };
        Assert.Multiple(async () =>
        {
            await (await SendAsync(HttpMethod.Put, "acces/axes/nouvel-axe", axis, null, etag)).ProblemAsync(HttpStatusCode.Unauthorized);
            await (await SendAsync(HttpMethod.Put, "acces/axes/nouvel-axe", axis, partnerEditor, etag)).ProblemAsync(HttpStatusCode.Forbidden);
            await (await SendAsync(HttpMethod.Put, "acces/axes/nouvel-axe", axis, cabbalrReader, etag)).ProblemAsync(HttpStatusCode.Forbidden);
            await (await SendAsync(HttpMethod.Delete, "acces", null, partnerEditor, etag)).ProblemAsync(HttpStatusCode.Forbidden);
            await (await SendAsync(HttpMethod.Put, "acces/axes/nouvel-axe", axis, agency)).ProblemAsync((HttpStatusCode)428);
            await (await SendAsync(HttpMethod.Put, "acces/axes/nouvel-axe", axis, agency, "*")).ProblemAsync((HttpStatusCode)428);
            await (await SendAsync(HttpMethod.Put, "inexistant/axes/nouvel-axe", axis, agency, etag)).ProblemAsync(HttpStatusCode.NotFound);
            await (await SendAsync(HttpMethod.Put, "inexistant", new { title = "x", territory = Bethune, startYear = 2020, endYear = 2030 }, agency, etag))
                .ProblemAsync(HttpStatusCode.PreconditionFailed);
        });
        Assert.That((await ProjectAsync("acces")).Str("etag"), Is.EqualTo(etag), "unchanged");

        var changed = await WriteAsync("acces/axes/nouvel-axe", axis, etag);
        Assert.That(changed.GetProperty("version").GetInt32(), Is.EqualTo(p.GetProperty("version").GetInt32() + 1));
        // Another tab still holds the version before.
        var stale = await (await SendAsync(HttpMethod.Put, "acces/actions/a1", new { axis = "nouvel-axe", title = "Déplacée" }, agency, etag))
            .ProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.That(stale.GetProperty("current").Str("etag"), Is.EqualTo(changed.Str("etag")));

        changed = await WriteAsync("acces/actions/a1", new { axis = "nouvel-axe", title = "Déplacée" }, changed.Str("etag"));
        Assert.That(Axis(changed, "nouvel-axe").GetProperty("actions").EnumerateArray().Select(a => a.Str("code")), Is.EqualTo(new[] { "a1" }));
        changed = await WriteAsync("acces/indicators/i4", null, changed.Str("etag"), HttpMethod.Delete);
        changed = await WriteAsync("acces/actions/a2", null, changed.Str("etag"), HttpMethod.Delete);
        changed = await WriteAsync("acces/axes/environnement", null, changed.Str("etag"), HttpMethod.Delete);
        Assert.That(changed.GetProperty("axes").EnumerateArray().Select(a => a.Str("code")), Is.EqualTo(new[] { "economie", "nouvel-axe" }));
        Assert.That(changed.GetProperty("summary").GetProperty("indicators").GetInt32(), Is.EqualTo(2), "i1 and i2 remain; i3 went with a2, i5 and i6 with their axis");
        await (await SendAsync(HttpMethod.Delete, "acces/axes/environnement", null, agency, changed.Str("etag"))).ProblemAsync(HttpStatusCode.NotFound);
        using (var deleted = await SendAsync(HttpMethod.Delete, "acces", null, agency, changed.Str("etag")))
            Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That((await GetAsync("/api/v1/evaluation/projects/acces")).Status, Is.EqualTo(HttpStatusCode.NotFound));

        await using var connection = Factory.OpenConnection();
        var audit = (await connection.QueryAsync<(string Action, string Actor)>("""
            select a.action, a.actor from platform.audit_log a where a.entity_id = 'acces' or a.entity_id like 'acces/%' order by a.id
            """)).ToList();
        Assert.That(audit.Select(a => a.Action), Is.EqualTo(new[]
        {
            "evaluation_project", "evaluation_axis", "evaluation_axis", "evaluation_action", "evaluation_action", "evaluation_action",
            "evaluation_indicator", "evaluation_values", "evaluation_indicator", "evaluation_values", "evaluation_indicator", "evaluation_indicator",
            "evaluation_indicator", "evaluation_values", "evaluation_indicator", "evaluation_values",
            "evaluation_axis", "evaluation_action", "evaluation_indicator_delete", "evaluation_action_delete", "evaluation_axis_delete",
            "evaluation_project_delete",
        }));
        Assert.That(audit.Select(a => a.Actor).Distinct().Single(), Does.Contain("agency_editor"), "every entry names the agency's key");
        Assert.That(await connection.ExecuteScalarAsync<int>("select count(*) from evaluation.indicator where project_id = 'acces'"), Is.Zero);
    }

    [Test]
    public async Task A_partner_confidential_series_is_restricted_for_callers_outside_it_on_every_path_and_left_out_of_their_scores()
    {
        var p = await WriteAsync("confidentiel", new { title = "Projet confidentiel", territory = Cabbalr, startYear = 2020, endYear = 2030 }, null);
        p = await WriteAsync("confidentiel/axes/axe", new { title = "Axe" }, p.Str("etag"));
        p = await WriteAsync("confidentiel/actions/action", new { axis = "axe", title = "Action" }, p.Str("etag"));
        p = await WriteAsync("confidentiel/indicators/public", Entered("action", "up", 200, t0Value: 100), p.Str("etag"));
        p = await WriteAsync("confidentiel/indicators/public/values", new { values = new[] { new { year = 2025, value = 150.0 } } }, p.Str("etag"));
        p = await WriteAsync("confidentiel/indicators/partenaire", Entered("action", "up", 7777, t0Value: 1111, confidentiality: "partner"), p.Str("etag"));
        p = await WriteAsync("confidentiel/indicators/partenaire/values", new { values = new[] { new { year = 2025, value = 7777.0 } } }, p.Str("etag"));
        Assert.That(Number(Action(p, "action"), "score"), Is.EqualTo(0.75).Within(1e-6), "the agency: (0.5 + 1) ÷ 2");

        var partner = await ProjectAsync("confidentiel", cabbalrReader);
        Assert.That(Indicator(partner, "partenaire").Str("status"), Is.EqualTo("achieved"), "a partner of the CABBALR sees it");
        Assert.That(Number(Action(partner, "action"), "score"), Is.EqualTo(0.75).Within(1e-6));

        foreach (var (key, who) in new[] { ((string?)null, "anonymous"), (callReader, "the CALL's partner") })
        {
            var seen = await ProjectAsync("confidentiel", key);
            var hidden = Indicator(seen, "partenaire");
            Assert.Multiple(() =>
            {
                Assert.That((hidden.Str("status"), hidden.Str("statusLabel")), Is.EqualTo(("restricted", "données réservées")), who);
                Assert.That(Number(hidden.GetProperty("t0"), "value"), Is.Null, who);
                Assert.That(Number(hidden.GetProperty("target"), "value"), Is.Null, who);
                Assert.That(hidden.GetProperty("latest").ValueKind, Is.EqualTo(JsonValueKind.Null), who);
                Assert.That(hidden.GetProperty("series").GetArrayLength(), Is.Zero, who);
                Assert.That(Number(hidden, "progress"), Is.Null, who);
                // Left out of the action's score, which is then the public indicator's: nothing to subtract.
                Assert.That(Number(Action(seen, "action"), "score"), Is.EqualTo(0.5).Within(1e-6), who);
                Assert.That(Number(seen, "score"), Is.EqualTo(0.5).Within(1e-6), who);
                Assert.That(seen.GetProperty("summary").GetProperty("restricted").GetInt32(), Is.EqualTo(1), who);
            });
            var (_, json) = await GetAsync("/api/v1/evaluation/projects/confidentiel", key);
            var (_, csv) = await GetAsync("/api/v1/evaluation/projects/confidentiel?format=csv", key);
            foreach (var (text, format) in new[] { (json, "json"), (csv, "csv") })
                Assert.That(text, Does.Not.Contain("7777").And.Not.Contain("1111").And.Not.Contain("0.75"), $"{who}, {format}");
            Assert.That(csv, Does.Contain("données réservées"));
            // The workbook of the same table, metadata included.
            using var xlsx = await TableDownload.SendAsync(Client, "/api/v1/evaluation/projects/confidentiel?format=xlsx", key);
            var cells = TableDownload.Everything(Workbook.Read(await xlsx.Content.ReadAsByteArrayAsync())).ToList();
            Assert.That(cells.Where(c => c.Contains("7777", StringComparison.Ordinal) || c.Contains("1111", StringComparison.Ordinal) || c == "0.75"),
                Is.Empty, $"{who}, xlsx");
            Assert.That(cells, Does.Contain("données réservées"));
            var listed = (await Client.GetJsonAsync("/api/v1/evaluation/projects")).GetProperty("items").EnumerateArray().Single(x => x.Str("id") == "confidentiel");
            Assert.That(Number(listed, "score"), Is.EqualTo(0.5).Within(1e-6), "the list too");
        }
    }

    [Test]
    public async Task The_demo_projects_are_the_CABBALRs_projet_de_territoire_its_PAT_and_the_CC7Vs_and_every_indicator_has_figures()
    {
        var items = (await Client.GetJsonAsync("/api/v1/evaluation/projects")).GetProperty("items").EnumerateArray().Where(p => p.GetProperty("demo").GetBoolean()).ToList();
        Assert.That(items.Select(p => p.Str("id")), Is.EquivalentTo(new[] { "cabbalr-projet-de-territoire", "cabbalr-pat", "cc7v-projet-de-territoire" }));
        var projet = await ProjectAsync("cabbalr-projet-de-territoire", agency);
        var actions = projet.GetProperty("axes").EnumerateArray().SelectMany(a => a.GetProperty("actions").EnumerateArray()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(projet.GetProperty("axes").EnumerateArray().Select(a => a.Str("code")),
                Is.EqualTo(new[] { "attractivite-economique", "transition-ecologique", "cohesion-sociale", "cadre-de-vie" }));
            Assert.That(actions, Has.Count.InRange(8, 12));
            Assert.That(projet.GetProperty("territory").Str("id"), Is.EqualTo(Cabbalr));
        });
        foreach (var id in new[] { "cabbalr-projet-de-territoire", "cabbalr-pat", "cc7v-projet-de-territoire" })
        {
            var demo = await ProjectAsync(id, agency);
            var indicators = demo.GetProperty("axes").EnumerateArray().SelectMany(a => a.GetProperty("actions").EnumerateArray())
                .SelectMany(a => a.GetProperty("indicators").EnumerateArray()).ToList();
            Assert.Multiple(() =>
            {
                Assert.That(Number(demo, "score"), Is.InRange(0.0, 1.0), id);
                foreach (var i in indicators)
                    Assert.That(i.Str("status"), Is.Not.EqualTo("no_data").And.Not.EqualTo("restricted"), $"{id}/{i.Str("code")}");
            });
        }
        var pat = await ProjectAsync("cabbalr-pat");
        Assert.That(Indicator(pat, "cantines-locales").Str("source"), Is.EqualTo("entered"));
    }
}
