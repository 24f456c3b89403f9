using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Dapper;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Observatories.Commerce;

/// <summary>
/// The agency loads field surveys over HTTP (CSV or GeoJSON), all or nothing, each a new vintage; two tiny surveys built
/// by hand then compare cell by cell as counted on paper, and the indicators follow.
/// </summary>
public sealed class SurveyImportTests : ApiTest
{
    private string agency = null!, partner = null!;
    private string lon = null!, lat = null!;

    [OneTimeSetUp]
    public async Task Keys()
    {
        agency = await CreateKeyAsync("agency_editor");
        partner = await CreateKeyAsync("partner_editor", "epci:200072460");
        // A point inside Béthune's current contour (synthetic or real): the surveys' cells stand around it.
        await using var connection = Factory.OpenConnection();
        var (x, y) = await connection.QuerySingleAsync<(double, double)>(
            "select st_x(p), st_y(p) from (select st_pointonsurface(geom) as p from platform.territory where id = 'commune:62119') t");
        (lon, lat) = (x.ToString("0.######", CultureInfo.InvariantCulture), y.ToString("0.######", CultureInfo.InvariantCulture));
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> ImportAsync(string file, string fileName, string? key, string label = "Relevé test",
        string from = "2025-03-01", string to = "2025-03-31")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/commerce/surveys")
        {
            Content = new MultipartFormDataContent
            {
                { new ByteArrayContent(Encoding.UTF8.GetBytes(file)), "file", fileName },
                { new StringContent(label), "label" },
                { new StringContent(from), "surveyedFrom" },
                { new StringContent(to), "surveyedTo" },
            },
        };
        if (key is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    private string SurveyA() => $"""
        cellule;nom;adresse;commune;lon;lat;activite;statut;date_releve;enqueteur
        TST-1;Boulangerie Martin;1 rue d'Arras;62119;{lon};{lat};alimentaire;active;2025-03-10;Agent A
        TST-2;;3 rue d'Arras;62119;{lon};{lat};chr;vacant;2025-03-10;Agent A
        TST-3;Café de la Gare;5 rue d'Arras;62119;{lon};{lat};Cafés, hôtels, restaurants;Active;10/03/2025;Agent A
        TST-4;Coiffure Lenoir;7 rue d'Arras;62119;{lon};{lat};services;active;2025-03-11;Agent A
        TST-5;;9 rue d'Arras;62119;{lon};{lat};;travaux;2025-03-11;Agent A
        TST-6;Chaussures Dubois;11 rue d'Arras;62119;{lon};{lat};equipement_personne;active;2025-03-11;Agent A
        """;

    /// <summary>Survey B as GeoJSON: TST-2 opens, TST-3 closes, TST-4 changes activity, TST-7 appears vacant; the rest as before.</summary>
    private string SurveyB()
    {
        string Feature(string cell, string? name, string address, string? activity, string status) => $$"""
            { "type": "Feature", "geometry": { "type": "Point", "coordinates": [{{lon}}, {{lat}}] },
              "properties": { "cellule": "{{cell}}", "nom": {{(name is null ? "null" : $"\"{name}\"")}}, "adresse": "{{address}}", "commune": "62119",
                              "activite": {{(activity is null ? "null" : $"\"{activity}\"")}}, "statut": "{{status}}", "date_releve": "2026-03-12",
                              "enqueteur": "Agent B" } }
            """;
        return $$"""
            { "type": "FeatureCollection", "features": [
              {{Feature("TST-1", "Boulangerie Martin", "1 rue d'Arras", "alimentaire", "active")}},
              {{Feature("TST-2", "Agence Durand", "3 rue d'Arras", "services", "active")}},
              {{Feature("TST-3", null, "5 rue d'Arras", null, "vacant")}},
              {{Feature("TST-4", "Institut Lenoir", "7 rue d'Arras", "hygiene_sante_beaute", "active")}},
              {{Feature("TST-5", null, "9 rue d'Arras", null, "travaux")}},
              {{Feature("TST-6", "Chaussures Dubois", "11 rue d'Arras", "equipement_personne", "active")}},
              {{Feature("TST-7", null, "13 rue d'Arras", null, "vacant")}}
            ] }
            """;
    }

    [Test]
    public async Task Two_hand_built_surveys_compare_as_counted_by_hand()
    {
        var (status, a) = await ImportAsync(SurveyA(), "releve-a.csv", agency, "Relevé test A");
        Assert.That(status, Is.EqualTo(HttpStatusCode.Created), a.ToString());
        var (statusB, b) = await ImportAsync(SurveyB(), "releve-b.geojson", agency, "Relevé test B", "2026-03-01", "2026-03-31");
        Assert.That(statusB, Is.EqualTo(HttpStatusCode.Created), b.ToString());
        Assert.Multiple(() =>
        {
            Assert.That(a.Str("label"), Is.EqualTo("Relevé test A"));
            Assert.That(a.Str("surveyedFrom"), Is.EqualTo("2025-03-01"));
            Assert.That(a.GetProperty("cells").GetInt32(), Is.EqualTo(6));
            Assert.That(b.GetProperty("cells").GetInt32(), Is.EqualTo(7));
        });
        var surveys = (await Client.GetJsonAsync("/api/v1/commerce/surveys")).EnumerateArray().Select(s => s.Str("label")).ToList();
        Assert.That(surveys.Take(2), Is.EqualTo(new[] { "Relevé test B", "Relevé test A" }), "each survey a new vintage, newest first");

        var (idA, idB) = (a.GetProperty("id").GetInt32(), b.GetProperty("id").GetInt32());
        var compare = await Client.GetJsonAsync($"/api/v1/commerce/surveys/compare?from={idA}&to={idB}");
        var summary = compare.GetProperty("summary");
        var changes = compare.GetProperty("changes").EnumerateArray().ToDictionary(c => c.Str("cell"));
        Assert.Multiple(() =>
        {
            Assert.That(summary.GetProperty("openings").GetInt32(), Is.EqualTo(1), "TST-2: vacant → active");
            Assert.That(summary.GetProperty("closures").GetInt32(), Is.EqualTo(1), "TST-3: active → vacant");
            Assert.That(summary.GetProperty("activityChanges").GetInt32(), Is.EqualTo(1), "TST-4: services → hygiène");
            Assert.That(summary.GetProperty("newCells").GetInt32(), Is.EqualTo(1), "TST-7 appears, vacant");
            Assert.That(summary.GetProperty("removedCells").GetInt32(), Is.Zero);
            Assert.That(summary.GetProperty("unchanged").GetInt32(), Is.EqualTo(3), "TST-1, TST-5 (still under works), TST-6");
            Assert.That(summary.GetProperty("cellsFrom").GetInt32(), Is.EqualTo(6));
            Assert.That(summary.GetProperty("cellsTo").GetInt32(), Is.EqualTo(7));
            Assert.That(summary.GetProperty("vacancyRateFrom").GetDouble(), Is.EqualTo(16.7), "1 vacant of 6");
            Assert.That(summary.GetProperty("vacancyRateTo").GetDouble(), Is.EqualTo(28.6), "2 vacant of 7");
            Assert.That(summary.GetProperty("vacancyChangePoints").GetDouble(), Is.EqualTo(11.9));
            Assert.That(changes.Keys, Is.EqualTo(new[] { "TST-2", "TST-3", "TST-4", "TST-7" }), "by kind, then cell");
            Assert.That(changes["TST-2"].Str("kind"), Is.EqualTo("opening"));
            Assert.That(changes["TST-2"].GetProperty("before").Str("status"), Is.EqualTo("vacant"));
            Assert.That(changes["TST-2"].GetProperty("after").Str("activity"), Is.EqualTo("services"));
            Assert.That(changes["TST-3"].Str("kind"), Is.EqualTo("closure"));
            Assert.That(changes["TST-3"].Str("name"), Is.EqualTo("Café de la Gare"), "a closed cell is named as it was");
            Assert.That(changes["TST-3"].GetProperty("before").Str("activity"), Is.EqualTo("chr"), "the French label read as its code");
            Assert.That(changes["TST-4"].Str("kind"), Is.EqualTo("activity_change"));
            Assert.That(changes["TST-7"].Str("kind"), Is.EqualTo("new_cell"));
            Assert.That(changes["TST-7"].GetProperty("before").ValueKind, Is.EqualTo(JsonValueKind.Null));
        });
        var backwards = (await Client.GetJsonAsync($"/api/v1/commerce/surveys/compare?from={idB}&to={idA}")).GetProperty("summary");
        Assert.That(backwards.GetProperty("removedCells").GetInt32(), Is.EqualTo(1), "read backwards, TST-7 disappears");
        var scoped = (await Client.GetJsonAsync($"/api/v1/commerce/surveys/compare?from={idA}&to={idB}&territory=commune:62498")).GetProperty("summary");
        Assert.That(scoped.GetProperty("cellsFrom").GetInt32(), Is.Zero, "none of these cells is in Lens");

        // The survey's year is a period of the indicators, computed from the cells.
        var vacancy = await Client.GetJsonAsync("/api/v1/indicators/commerce.taux_vacance/values?territories=commune:62119&period=2026");
        Assert.That(vacancy.GetProperty("items")[0].GetProperty("value").GetDouble(), Is.EqualTo(100.0 * 2 / 7).Within(0.05));
        var food = await Client.GetJsonAsync("/api/v1/indicators/commerce.part_alimentaire/values?territories=commune:62119&period=2025");
        Assert.That(food.GetProperty("items")[0].GetProperty("value").GetDouble(), Is.EqualTo(100.0 / 4).Within(0.05), "1 food outlet of 4 active");

        // The cells layer shows the latest survey, with a vacant cell's last known activity.
        var layer = await Client.GetJsonAsync("/ogc/collections/commerce-cellules/items?limit=100");
        var cells = layer.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties")).ToDictionary(p => p.Str("cell"));
        Assert.That(cells.Keys, Is.EquivalentTo(new[] { "TST-1", "TST-2", "TST-3", "TST-4", "TST-5", "TST-6", "TST-7" }));
        Assert.That(cells["TST-3"].Str("previous_activity"), Is.EqualTo("chr"), "taken from survey A");
        Assert.That(cells.Values.Select(p => p.ToString()), Has.None.Contain("Agent B"), "the surveyor is not published");

        await using var connection = Factory.OpenConnection();
        Assert.That(await connection.ExecuteScalarAsync<int>("select count(*) from platform.audit_log where action = 'commerce_survey_import'"), Is.EqualTo(2));
        Assert.That(await connection.ExecuteScalarAsync<string>("select surveyor from commerce.cell where cell_id = 'TST-7'"), Is.EqualTo("Agent B"),
            "kept for the agency");
    }

    [Test]
    public async Task A_file_with_problems_is_refused_with_each_line_and_nothing_is_written()
    {
        await using var connection = Factory.OpenConnection();
        const string Count = "select (select count(*) from commerce.survey) || '/' || (select count(*) from commerce.cell)";
        var before = await connection.ExecuteScalarAsync<string>(Count);
        var csv = $"""
            cellule;nom;adresse;commune;lon;lat;activite;statut;date_releve;enqueteur
            BAD-1;Boulangerie;1 rue;62119;{lon};{lat};alimentaire;active;2025-03-10;
            BAD-2;Épicerie;2 rue;62119;{lon};{lat};epicerie;active;2025-03-10;
            BAD-3;;3 rue;62119;{lon};{lat};;fermee;2025-03-10;
            BAD-4;Café;4 rue;62119;{lon};{lat};;active;2025-03-10;
            BAD-1;Boucherie;5 rue;62119;{lon};{lat};alimentaire;active;2025-03-10;
            BAD-6;Café;6 rue;62119;{lon};{lat};chr;active;2025-05-10;
            BAD-7;Café;7 rue;59350;{lon};{lat};chr;active;2025-03-10;
            BAD-8;Café;8 rue;62119;2,35;48,85;chr;active;2025-03-10;
            BAD-9;Café;;62119;{lon};{lat};chr;active;2025-03-10;
            """;
        var (status, body) = await ImportAsync(csv, "releve.csv", agency);
        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest), body.ToString());
        var reasons = body.GetProperty("errors").EnumerateArray().Select(e => e.Str("reason")).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(reasons, Has.Count.EqualTo(8), string.Join("\n", reasons));
            Assert.That(reasons[0], Does.StartWith("line 3: activite 'epicerie' is unknown"));
            Assert.That(reasons[1], Does.StartWith("line 4: statut 'fermee' is unknown"));
            Assert.That(reasons[2], Is.EqualTo("line 5: an active cell needs its activite"));
            Assert.That(reasons[3], Is.EqualTo("line 6: cellule 'BAD-1' is already given at line 2"));
            Assert.That(reasons[4], Does.StartWith("line 7: date_releve 2025-05-10 is outside the survey's fieldwork"));
            Assert.That(reasons[5], Does.StartWith("line 8: commune '59350' is not a commune of the AULA perimeter"));
            Assert.That(reasons[6], Is.EqualTo("line 9: the point (2.35, 48.85) is outside the AULA perimeter"), "Paris");
            Assert.That(reasons[7], Does.StartWith("line 10: adresse is required"));
            Assert.That(body.Str("detail"), Does.Contain("nothing was changed"));
        });
        Assert.That(await connection.ExecuteScalarAsync<string>(Count), Is.EqualTo(before), "nothing written");
        var notJson = await ImportAsync("{ \"type\": \"FeatureCollection\", \"features\": [ { \"type\": \"Feature\" } ] }", "releve.geojson", agency);
        Assert.That(notJson.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(notJson.Body.GetProperty("errors")[0].Str("reason"), Does.StartWith("features[0]:"));
    }

    [Test]
    public async Task Only_the_agency_imports_and_the_form_is_checked()
    {
        Assert.That((await ImportAsync(SurveyA(), "a.csv", null)).Status, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await ImportAsync(SurveyA(), "a.csv", partner)).Status, Is.EqualTo(HttpStatusCode.Forbidden), "a partner editor, even in its scope");
        var (status, body) = await ImportAsync(SurveyA(), "a.csv", agency, label: "", from: "2025-03-31", to: "2025-03-01");
        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
        var fields = body.GetProperty("errors").EnumerateArray().Select(e => e.Str("name")).ToList();
        Assert.That(fields, Does.Contain("label").And.Contain("surveyedTo"));
    }
}
