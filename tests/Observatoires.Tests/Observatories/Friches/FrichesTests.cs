using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Observatories.Friches;

/// <summary>The brownfield observatory as the land team and the EPCIs read it (its writes: <see cref="FrichesWriteTests"/>).</summary>
public sealed class FrichesTests : ReadOnlyApiTest
{
    private const string Epci = "epci:200072460";

    [Test]
    public async Task The_list_filters_ranks_by_score_and_totals_by_status()
    {
        var all = await Client.GetJsonAsync("/api/v1/friches/sites?limit=1000");
        var total = all.GetProperty("total").GetInt32();
        Assert.That(total, Is.EqualTo(250));
        Assert.That(all.GetProperty("byStatus").EnumerateArray().Sum(s => s.GetProperty("count").GetInt32()), Is.EqualTo(total));
        var scores = all.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("score").GetDouble()).ToList();
        Assert.That(scores, Is.Ordered.Descending);
        Assert.That(scores, Is.All.InRange(0, 100));

        var filtered = await Client.GetJsonAsync($"/api/v1/friches/sites?epci={Epci}&status=caracterisee&minArea=1&minScore=40&limit=1000");
        var items = filtered.GetProperty("items").EnumerateArray().ToList();
        Assert.That(items, Is.Not.Empty);
        Assert.Multiple(() =>
        {
            Assert.That(items.Select(i => i.Str("epci")), Is.All.EqualTo(Epci));
            Assert.That(items.Select(i => i.Str("status")), Is.All.EqualTo("caracterisee"));
            Assert.That(items.Select(i => i.GetProperty("areaHa").GetDouble()), Is.All.GreaterThanOrEqualTo(1));
            Assert.That(items.Select(i => i.GetProperty("score").GetDouble()), Is.All.GreaterThanOrEqualTo(40));
        });
        await Client.GetJsonAsync("/api/v1/friches/sites?status=demolie", HttpStatusCode.BadRequest);
        await Client.GetJsonAsync("/api/v1/friches/sites?minScore=120", HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task A_sheet_shows_a_score_that_adds_up_from_its_criteria_and_its_vocations()
    {
        var site = await Client.GetJsonAsync("/api/v1/friches/sites/1");
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
        await Client.GetJsonAsync("/api/v1/friches/sites/99999", HttpStatusCode.NotFound);
    }

    [Test]
    public async Task What_if_rescores_every_site_without_writing()
    {
        using var response = await Client.PostAsJsonAsync("/api/v1/friches/scores/what-if", new
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
        var before = await Client.GetJsonAsync("/api/v1/friches/sites/1");
        Assert.That(before.GetProperty("score").GetProperty("breakdown")[0].GetProperty("weight").GetDouble(), Is.EqualTo(3), "nothing was written");

        using var bad = await Client.PostAsJsonAsync("/api/v1/friches/scores/what-if", new { weights = new Dictionary<string, double> { ["beauty"] = 2 } });
        Assert.That(bad.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task Indicators_and_layer_agree_with_the_sites()
    {
        var sites = (await Client.GetJsonAsync("/api/v1/friches/sites?limit=1000")).GetProperty("items").EnumerateArray().ToList();
        var active = sites.Count(s => s.Str("status") is not ("reconvertie" or "abandonnee"));
        var year = DateTime.UtcNow.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var aula = await Client.GetJsonAsync($"/api/v1/indicators/friches.nombre/values?territories=region:32&period={year}");
        Assert.That(aula.GetProperty("items")[0].GetProperty("value").GetDouble(), Is.EqualTo(active), "today's stock, summed from the communes");

        var layer = await Client.GetJsonAsync("/ogc/collections/friches-sites/items?limit=1000");
        Assert.That(layer.GetProperty("features").GetArrayLength(), Is.EqualTo(250));
        var projects = await Client.GetJsonAsync("/ogc/collections/friches-sites/items?status=en_projet&limit=1000");
        Assert.That(projects.GetProperty("features").GetArrayLength(), Is.EqualTo(sites.Count(s => s.Str("status") == "en_projet")));
        var observatory = await Client.GetJsonAsync("/api/v1/observatories/friches");
        Assert.That(observatory.GetProperty("layers").EnumerateArray().Select(l => l.GetString()), Does.Contain("friches-sites"));
    }
}
