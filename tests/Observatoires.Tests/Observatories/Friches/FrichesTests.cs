using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Observatoires.Api.Platform.Access.Keys;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Observatories.Friches;

/// <summary>The brownfield observatory as the land team and the EPCIs use it.</summary>
public sealed class FrichesTests
{
    private const string Epci = "epci:200072460";
    private ApiFactory factory = null!;
    private HttpClient client = null!;

    [SetUp]
    public async Task Start()
    {
        factory = await ApiFactory.OnFreshCopyAsync($"friches_{TestContext.CurrentContext.Test.MethodName!.ToLowerInvariant()}");
        client = factory.CreateClient();
    }

    [TearDown]
    public async Task Stop()
    {
        client.Dispose();
        await factory.DisposeAsync();
    }

    [Test]
    public async Task The_list_filters_ranks_by_score_and_totals_by_status()
    {
        var all = await client.GetJsonAsync("/api/v1/friches/sites?limit=1000");
        var total = all.GetProperty("total").GetInt32();
        Assert.That(total, Is.EqualTo(250));
        Assert.That(all.GetProperty("byStatus").EnumerateArray().Sum(s => s.GetProperty("count").GetInt32()), Is.EqualTo(total));
        var scores = all.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("score").GetDouble()).ToList();
        Assert.That(scores, Is.Ordered.Descending);
        Assert.That(scores, Is.All.InRange(0, 100));

        var filtered = await client.GetJsonAsync($"/api/v1/friches/sites?epci={Epci}&status=caracterisee&minArea=1&minScore=40&limit=1000");
        var items = filtered.GetProperty("items").EnumerateArray().ToList();
        Assert.That(items, Is.Not.Empty);
        Assert.Multiple(() =>
        {
            Assert.That(items.Select(i => i.Str("epci")), Is.All.EqualTo(Epci));
            Assert.That(items.Select(i => i.Str("status")), Is.All.EqualTo("caracterisee"));
            Assert.That(items.Select(i => i.GetProperty("areaHa").GetDouble()), Is.All.GreaterThanOrEqualTo(1));
            Assert.That(items.Select(i => i.GetProperty("score").GetDouble()), Is.All.GreaterThanOrEqualTo(40));
        });
        await client.GetJsonAsync("/api/v1/friches/sites?status=demolie", HttpStatusCode.BadRequest);
        await client.GetJsonAsync("/api/v1/friches/sites?minScore=120", HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task A_sheet_shows_a_score_that_adds_up_from_its_criteria_and_its_vocations()
    {
        var site = await client.GetJsonAsync("/api/v1/friches/sites/1");
        var score = site.GetProperty("score");
        var lines = score.GetProperty("breakdown").EnumerateArray().ToList();
        Assert.That(lines, Has.Count.EqualTo(8));
        Assert.That(lines.Select(l => l.GetProperty("points").GetInt32()), Is.All.InRange(0, 5));
        var weights = lines.Sum(l => l.GetProperty("weight").GetDouble());
        var expected = lines.Sum(l => 100 * l.GetProperty("weight").GetDouble() * l.GetProperty("points").GetInt32() / (5 * weights));
        Assert.That(score.GetProperty("value").GetDouble(), Is.EqualTo(expected).Within(0.1), "the weighted mean of the points, on 100");
        Assert.That(site.GetProperty("sheet").GetProperty("areaHa").GetDouble(), Is.Positive);

        var vocations = site.GetProperty("vocations").EnumerateArray().ToList();
        Assert.That(vocations.Select(v => v.Str("vocation")), Is.EquivalentTo(new[] { "habitat", "activite_economique", "renaturation", "energie_solaire", "equipement" }));
        Assert.That(vocations.Select(v => v.GetProperty("suitability").GetDouble()), Is.Ordered.Descending);
        Assert.That(site.GetProperty("history")[0].Str("to"), Is.EqualTo("identifiee"));
        await client.GetJsonAsync("/api/v1/friches/sites/99999", HttpStatusCode.NotFound);
    }

    [Test]
    public async Task What_if_rescores_every_site_without_writing_and_epci_weights_apply_to_their_sites()
    {
        using var response = await client.PostAsJsonAsync("/api/v1/friches/scores/what-if", new
        {
            weights = new Dictionary<string, double>
            {
                ["pollution"] = 1,
                ["ownership"] = 0,
                ["buildings"] = 0,
                ["planning_zone"] = 0,
                ["road_access"] = 0,
                ["station_access"] = 0,
                ["constraints"] = 0,
                ["area"] = 0,
            },
        });
        var whatIf = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), whatIf.ToString());
        var sites = whatIf.GetProperty("sites").EnumerateArray().ToList();
        Assert.That(sites, Has.Count.EqualTo(250));
        // Pollution alone: 100 for no pollution, 60 unknown, 40 suspected, 0 known.
        Assert.That(sites.Select(s => s.GetProperty("whatIf").GetDouble()).Distinct(), Is.SubsetOf(new[] { 0.0, 40, 60, 100 }));
        var before = await client.GetJsonAsync("/api/v1/friches/sites/1");
        Assert.That(before.GetProperty("score").GetProperty("breakdown")[0].GetProperty("weight").GetDouble(), Is.EqualTo(3), "nothing was written");

        using var bad = await client.PostAsJsonAsync("/api/v1/friches/scores/what-if", new { weights = new Dictionary<string, double> { ["beauty"] = 2 } });
        Assert.That(bad.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));

        // The agency overrides a weight for one EPCI: its sites change, the others do not.
        var inside = (await client.GetJsonAsync($"/api/v1/friches/sites?epci={Epci}&limit=1")).GetProperty("items")[0].GetProperty("id").GetInt32();
        var outside = (await client.GetJsonAsync("/api/v1/friches/sites?limit=1000")).GetProperty("items").EnumerateArray()
            .First(i => i.Str("epci") != Epci).GetProperty("id").GetInt32();
        await using (var connection = factory.OpenConnection())
            await connection.ExecuteAsync("insert into friches.scoring_weight (criterion, epci_id, weight) values ('station_access', @Epci, 20)", new { Epci });
        Assert.That((await client.GetJsonAsync($"/api/v1/friches/sites/{inside}")).GetProperty("score").GetProperty("breakdown")
            .EnumerateArray().Single(l => l.Str("criterion") == "station_access").GetProperty("weight").GetDouble(), Is.EqualTo(20));
        Assert.That((await client.GetJsonAsync($"/api/v1/friches/sites/{outside}")).GetProperty("score").GetProperty("breakdown")
            .EnumerateArray().Single(l => l.Str("criterion") == "station_access").GetProperty("weight").GetDouble(), Is.EqualTo(1));
    }

    [Test]
    public async Task Status_changes_follow_the_workflow_within_the_editors_scope_and_are_audited()
    {
        var keys = factory.Services.GetRequiredService<ApiKeys>();
        var (editor, editorKey) = await keys.CreateAsync("EPCI editor", "partner_editor", [Epci], null);
        var (_, readerKey) = await keys.CreateAsync("EPCI reader", "partner_reader", [Epci], null);
        var list = (await client.GetJsonAsync("/api/v1/friches/sites?limit=1000")).GetProperty("items").EnumerateArray().ToList();
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
            using var final = await client.SendAsync(request);
            var problem = JsonDocument.Parse(await final.Content.ReadAsStringAsync()).RootElement;
            Assert.That(final.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(problem.GetProperty("status").GetInt32(), Is.EqualTo(409));
            Assert.That(problem.GetProperty("allowedStatuses").GetArrayLength(), Is.Zero, "recycled is final");
            Assert.That(problem.Str("detail"), Does.Contain("final"));
        }

        var sheet = await client.GetJsonAsync($"/api/v1/friches/sites/{mine.GetProperty("id").GetInt32()}");
        Assert.That(sheet.GetProperty("sheet").Str("status"), Is.EqualTo("reconvertie"));
        Assert.That(sheet.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("actor").ValueKind), Is.All.EqualTo(JsonValueKind.Null),
            "who wrote is partner data: not for anonymous callers");
        using (var asEditor = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/friches/sites/{mine.GetProperty("id").GetInt32()}"))
        {
            asEditor.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", editorKey);
            using var response = await client.SendAsync(asEditor);
            var history = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("history");
            Assert.That(history.EnumerateArray().TakeLast(2).Select(h => h.Str("actor")), Is.All.Contains("EPCI editor"), "the partner of the site's territory");
        }
        Assert.That(await StockAsync(commune, year), Is.EqualTo(stockBefore - 1), "the commune's stock of brownfields this year");

        await using var connection = factory.OpenConnection();
        var audit = (await connection.QueryAsync<(string Action, string Before, string After)>(
            "select action, before::text, after::text from platform.audit_log where key_id = @Id order by id", new { editor.Id })).ToList();
        Assert.That(audit.Select(a => a.Action), Is.EqualTo(new[] { "friche_status", "friche_status" }));
        Assert.That(audit[1].Before, Does.Contain("en_projet"));
        Assert.That(audit[1].After, Does.Contain("reconvertie"));
    }

    [Test]
    public async Task Indicators_and_layer_agree_with_the_sites()
    {
        var sites = (await client.GetJsonAsync("/api/v1/friches/sites?limit=1000")).GetProperty("items").EnumerateArray().ToList();
        var active = sites.Count(s => s.Str("status") is not ("reconvertie" or "abandonnee"));
        var year = DateTime.UtcNow.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var aula = await client.GetJsonAsync($"/api/v1/indicators/friches.nombre/values?territories=region:32&period={year}");
        Assert.That(aula.GetProperty("items")[0].GetProperty("value").GetDouble(), Is.EqualTo(active), "today's stock, summed from the communes");

        var layer = await client.GetJsonAsync("/ogc/collections/friches-sites/items?limit=1000");
        Assert.That(layer.GetProperty("features").GetArrayLength(), Is.EqualTo(250));
        var projects = await client.GetJsonAsync("/ogc/collections/friches-sites/items?status=en_projet&limit=1000");
        Assert.That(projects.GetProperty("features").GetArrayLength(), Is.EqualTo(sites.Count(s => s.Str("status") == "en_projet")));
        var observatory = await client.GetJsonAsync("/api/v1/observatories/friches");
        Assert.That(observatory.GetProperty("layers").EnumerateArray().Select(l => l.GetString()), Does.Contain("friches-sites"));
    }

    private async Task<double> StockAsync(string commune, string year) =>
        (await client.GetJsonAsync($"/api/v1/indicators/friches.nombre/values?territories={commune}&period={year}"))
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
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }
}
