using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Observatories.Friches;

/// <summary>
/// The brownfield observatory as the agency and the EPCIs change it: the EPCIs' own weights, the sites' statuses. The two
/// tests touch different things (a weight of the CABBALR's sites, a status of one of them), so they share one database.
/// </summary>
public sealed class FrichesWriteTests : ApiTest
{
    private const string Epci = "epci:200072460";

    [Test]
    public async Task Epci_weights_apply_to_their_sites()
    {
        // The agency overrides a weight for one EPCI: its sites change, the others do not.
        var inside = (await Client.GetJsonAsync($"/api/v1/friches/sites?epci={Epci}&limit=1")).GetProperty("items")[0].GetProperty("id").GetInt32();
        var outside = (await Client.GetJsonAsync("/api/v1/friches/sites?limit=1000")).GetProperty("items").EnumerateArray()
            .First(i => i.Str("epci") != Epci).GetProperty("id").GetInt32();
        await using (var connection = Factory.OpenConnection())
            await connection.ExecuteAsync("insert into friches.scoring_weight (criterion, epci_id, weight) values ('station_access', @Epci, 20)", new { Epci });
        Assert.That((await Client.GetJsonAsync($"/api/v1/friches/sites/{inside}")).GetProperty("score").GetProperty("breakdown")
            .EnumerateArray().Single(l => l.Str("criterion") == "station_access").GetProperty("weight").GetDouble(), Is.EqualTo(20));
        Assert.That((await Client.GetJsonAsync($"/api/v1/friches/sites/{outside}")).GetProperty("score").GetProperty("breakdown")
            .EnumerateArray().Single(l => l.Str("criterion") == "station_access").GetProperty("weight").GetDouble(), Is.EqualTo(1));
    }

    [Test]
    public async Task Status_changes_follow_the_workflow_within_the_editors_scope_and_are_audited()
    {
        var (editor, editorKey) = await ApiKeys.CreateAsync("EPCI editor", "partner_editor", [Epci], null);
        var (_, readerKey) = await ApiKeys.CreateAsync("EPCI reader", "partner_reader", [Epci], null);
        var list = (await Client.GetJsonAsync("/api/v1/friches/sites?limit=1000")).GetProperty("items").EnumerateArray().ToList();
        var mine = list.First(i => i.Str("epci") == Epci && i.Str("status") == "caracterisee");
        var theirs = list.First(i => i.Str("epci") != Epci && i.Str("status") == "caracterisee");
        var commune = mine.Str("commune");
        var year = DateTime.UtcNow.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var stockBefore = await StockAsync(commune, year);

        Assert.That(await PostStatusAsync(null, mine, "en_projet"), Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(await PostStatusAsync(readerKey, mine, "en_projet"), Is.EqualTo(HttpStatusCode.Forbidden), "readers do not write");
        Assert.That(await PostStatusAsync(editorKey, theirs, "en_projet"), Is.EqualTo(HttpStatusCode.Forbidden), "a neighbour's site");
        Assert.That(await PostStatusAsync(editorKey, mine, "reconvertie"), Is.EqualTo(HttpStatusCode.Conflict), "a step skipped");
        Assert.That(await PostStatusAsync(editorKey, mine, "en_projet"), Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await PostStatusAsync(editorKey, mine, "reconvertie"), Is.EqualTo(HttpStatusCode.OK));

        using (var request = Post(editorKey, mine, "abandonnee"))
        {
            using var final = await Client.SendAsync(request);
            var problem = JsonDocument.Parse(await final.Content.ReadAsStringAsync()).RootElement;
            Assert.That(final.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(problem.GetProperty("status").GetInt32(), Is.EqualTo(409));
            Assert.That(problem.GetProperty("allowedStatuses").GetArrayLength(), Is.Zero, "recycled is final");
            Assert.That(problem.Str("detail"), Does.Contain("final"));
        }

        var sheet = await Client.GetJsonAsync($"/api/v1/friches/sites/{mine.GetProperty("id").GetInt32()}");
        Assert.That(sheet.GetProperty("sheet").Str("status"), Is.EqualTo("reconvertie"));
        Assert.That(sheet.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("actor").ValueKind), Is.All.EqualTo(JsonValueKind.Null),
            "who wrote is partner data: not for anonymous callers");
        using (var asEditor = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/friches/sites/{mine.GetProperty("id").GetInt32()}"))
        {
            asEditor.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", editorKey);
            using var response = await Client.SendAsync(asEditor);
            var history = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("history");
            Assert.That(history.EnumerateArray().TakeLast(2).Select(h => h.Str("actor")), Is.All.Contains("EPCI editor"), "the partner of the site's territory");
        }
        Assert.That(await StockAsync(commune, year), Is.EqualTo(stockBefore - 1), "the commune's stock of brownfields this year");

        await using var connection = Factory.OpenConnection();
        var audit = (await connection.QueryAsync<(string Action, string Before, string After)>(
            "select action, before::text, after::text from platform.audit_log where key_id = @Id order by id", new { editor.Id })).ToList();
        Assert.That(audit.Select(a => a.Action), Is.EqualTo(new[] { "friche_status", "friche_status" }));
        Assert.That(audit[1].Before, Does.Contain("en_projet"));
        Assert.That(audit[1].After, Does.Contain("reconvertie"));
    }

    private async Task<double> StockAsync(string commune, string year) =>
        (await Client.GetJsonAsync($"/api/v1/indicators/friches.nombre/values?territories={commune}&period={year}"))
        .GetProperty("items")[0].GetProperty("value").GetDouble();

    private static HttpRequestMessage Post(string? key, JsonElement site, string status)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/friches/sites/{site.GetProperty("id").GetInt32()}/status")
        {
            Content = JsonContent.Create(new { status }),
        };
        if (key is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return request;
    }

    private async Task<HttpStatusCode> PostStatusAsync(string? key, JsonElement site, string status)
    {
        using var request = Post(key, site, status);
        using var response = await Client.SendAsync(request);
        return response.StatusCode;
    }
}
