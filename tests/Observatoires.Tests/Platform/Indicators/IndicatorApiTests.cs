using System.Globalization;
using System.Net;
using System.Text.Json;
using Observatoires.Api.Platform.Export;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Platform.Indicators;

/// <summary>The indicator engine as the SPA, partners and analysts use it, on the test observatory's seeded data (read-only).</summary>
public sealed class IndicatorApiTests : ReadOnlyApiTest
{
    [Test]
    public async Task The_catalogue_lists_observatories_and_their_indicators_with_metadata()
    {
        var observatories = await Client.GetJsonAsync("/api/v1/observatories");
        Assert.That(observatories.GetProperty("items").EnumerateArray().Select(o => o.Str("slug")), Does.Contain("test"));

        var observatory = await Client.GetJsonAsync("/api/v1/observatories/test");
        var codes = observatory.GetProperty("themes").EnumerateArray().SelectMany(t => t.GetProperty("indicators").EnumerateArray()).Select(i => i.Str("code"));
        Assert.That(codes, Does.Contain("test.salaries"));
        Assert.That(observatory.GetProperty("layers").EnumerateArray().Select(l => l.GetString()), Is.EqualTo(new[] { "test-points", "test-zones" }),
            "its layers, as OGC collection ids (not the partner layer, to an anonymous caller)");

        var indicator = await Client.GetJsonAsync("/api/v1/indicators/test.salaries");
        Assert.Multiple(() =>
        {
            Assert.That(indicator.GetProperty("indicator").Str("unit"), Is.EqualTo("salariés"));
            Assert.That(indicator.GetProperty("indicator").Str("aggregation"), Is.EqualTo("sum"));
            Assert.That(indicator.GetProperty("periods").EnumerateArray().Select(p => p.GetString()), Does.Contain("2013").And.Contain("2024"));
            Assert.That(indicator.GetProperty("storedLevels").EnumerateArray().Select(p => p.GetString()), Does.Contain("commune"));
        });

        var search = await Client.GetJsonAsync("/api/v1/indicators?q=salaries");
        Assert.That(search.GetProperty("items").EnumerateArray().Select(i => i.Str("code")), Does.Contain("test.salaries"));
    }

    // Indicators without secret communes: the anonymous CSV holds every number (secrecy has its own tests).
    [TestCase("test.employeurs", "epci:200072460")]
    [TestCase("test.employeurs", "groupement:aula")]
    [TestCase("test.population", "groupement:pma")]
    public async Task A_sum_at_EPCI_or_AULA_level_is_the_sum_of_the_commune_CSV(string code, string zone)
    {
        var communes = await CsvAsync($"/api/v1/indicators/{code}/values?level=commune&within={zone}&period=2023&format=csv");
        var aggregate = await Client.GetJsonAsync($"/api/v1/indicators/{code}/values?territories={zone}&period=2023");
        var item = aggregate.GetProperty("items")[0];
        Assert.That(item.GetProperty("value").GetDouble(), Is.EqualTo(communes.Sum(c => Number(c["value"]))).Within(1e-6));
        Assert.That(item.GetProperty("coverage").GetProperty("communesWithValue").GetInt32(), Is.EqualTo(communes.Count));
    }

    [TestCase("epci:246200364")]
    [TestCase("groupement:aula")]
    public async Task A_ratio_is_recomputed_from_numerators_and_denominators_never_averaged(string zone)
    {
        var communes = await CsvAsync($"/api/v1/indicators/test.part_seniors/values?level=commune&within={zone}&period=2020&format=csv");
        var expected = 100 * communes.Sum(c => Number(c["numerator"])) / communes.Sum(c => Number(c["denominator"]));
        var average = communes.Average(c => Number(c["value"]));

        var aggregate = (await Client.GetJsonAsync($"/api/v1/indicators/test.part_seniors/values?territories={zone}&period=2020"))
            .GetProperty("items")[0].GetProperty("value").GetDouble();

        Assert.That(aggregate, Is.EqualTo(expected).Within(1e-9));
        Assert.That(aggregate, Is.Not.EqualTo(average).Within(1e-6), "an average of ratios would be wrong");
    }

    [Test]
    public async Task A_weighted_mean_uses_its_weight_indicator()
    {
        var wages = await CsvAsync("/api/v1/indicators/test.salaire_moyen/values?level=commune&within=epci:246200299&period=2022&format=csv");
        var jobs = (await CsvAsync("/api/v1/indicators/test.salaries/values?level=commune&within=epci:246200299&period=2022&format=csv"))
            .ToDictionary(r => r["territory_id"], r => Number(r["value"]));
        var expected = wages.Sum(w => Number(w["value"]) * jobs[w["territory_id"]]) / wages.Sum(w => jobs[w["territory_id"]]);

        var aggregate = await Client.GetJsonAsync("/api/v1/indicators/test.salaire_moyen/values?territories=epci:246200299&period=2022");
        Assert.That(aggregate.GetProperty("items")[0].GetProperty("value").GetDouble(), Is.EqualTo(expected).Within(1e-6));
    }

    [Test]
    public async Task A_custom_zone_is_aggregated_from_its_communes()
    {
        var parts = await CsvAsync("/api/v1/indicators/test.population/values?territories=commune:62119,commune:62178,commune:62617&period=2023&format=csv");
        var zone = await Client.GetJsonAsync("/api/v1/indicators/test.population/values?territories=custom:62119+62178+62617&period=2023");
        var item = zone.GetProperty("items")[0];
        Assert.That(item.GetProperty("value").GetDouble(), Is.EqualTo(parts.Sum(p => Number(p["value"]))));
        Assert.That(item.GetProperty("coverage").GetProperty("communes").GetInt32(), Is.EqualTo(3));
    }

    [Test]
    public async Task Values_rank_territories_and_give_the_gap_to_the_parent()
    {
        var values = await Client.GetJsonAsync("/api/v1/indicators/test.salaries/values?level=commune&within=epci:246200299&period=2023");
        var parent = values.GetProperty("parent").GetProperty("value").GetDouble();
        var items = values.GetProperty("items").EnumerateArray().ToList();
        var best = items.Single(i => i.GetProperty("rank").GetInt32() == 1);
        Assert.Multiple(() =>
        {
            Assert.That(items, Has.Count.EqualTo(14));
            Assert.That(best.GetProperty("value").GetDouble(), Is.EqualTo(items.Max(i => i.GetProperty("value").GetDouble())));
            Assert.That(best.GetProperty("gapToParent").GetDouble(), Is.EqualTo(best.GetProperty("value").GetDouble() - parent).Within(1e-9));
        });
    }

    [Test]
    public async Task The_CSV_reads_back_with_the_same_values_as_the_JSON()
    {
        const string query = "/api/v1/indicators/test.part_seniors/values?level=commune&within=epci:200072460&period=2019";
        var json = (await Client.GetJsonAsync(query)).GetProperty("items").EnumerateArray()
            .ToDictionary(i => i.GetProperty("territory").Str("id"), i => i.GetProperty("value").GetDouble());
        var csv = await CsvAsync(query + "&format=csv");
        Assert.That(csv, Has.Count.EqualTo(json.Count));
        foreach (var row in csv)
            Assert.That(Number(row["value"]), Is.EqualTo(json[row["territory_id"]]), row["territory_id"]);
    }

    [Test]
    public async Task A_series_indexed_on_2013_is_100_in_2013_with_annual_growth()
    {
        var series = await Client.GetJsonAsync(
            "/api/v1/indicators/test.salaries/series?territories=epci:200072460,departement:62&from=2013&to=2023&index=2013");
        foreach (var s in series.GetProperty("series").EnumerateArray())
        {
            var points = s.GetProperty("points").EnumerateArray().ToList();
            Assert.That(points, Has.Count.EqualTo(11));
            Assert.That(points[0].GetProperty("index").GetDouble(), Is.EqualTo(100).Within(1e-9));
            var first = points[0].GetProperty("value").GetDouble();
            var last = points[^1].GetProperty("value").GetDouble();
            Assert.That(s.GetProperty("annualGrowth").GetDouble(), Is.EqualTo(Math.Pow(last / first, 0.1) - 1).Within(1e-9));
            var p2014 = points[1];
            Assert.That(p2014.GetProperty("yearOnYear").GetDouble(), Is.EqualTo((p2014.GetProperty("value").GetDouble() / first) - 1).Within(1e-9));
        }
    }

    [Test]
    public async Task Quarterly_series_compare_each_quarter_with_the_same_quarter_a_year_before()
    {
        var series = await Client.GetJsonAsync("/api/v1/indicators/test.demandeurs/series?territories=epci:246200364&from=2022-Q1&to=2023-Q4");
        var points = series.GetProperty("series")[0].GetProperty("points").EnumerateArray().ToDictionary(p => p.Str("period"));
        Assert.That(points.Keys, Is.EqualTo(new[] { "2022-Q1", "2022-Q2", "2022-Q3", "2022-Q4", "2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4" }));
        var expected = (points["2023-Q3"].GetProperty("value").GetDouble() / points["2022-Q3"].GetProperty("value").GetDouble()) - 1;
        Assert.That(points["2023-Q3"].GetProperty("yearOnYear").GetDouble(), Is.EqualTo(expected).Within(1e-9));
    }

    [Test]
    public async Task Compare_gives_the_gap_to_the_departement_and_the_region()
    {
        var comparison = await Client.GetJsonAsync("/api/v1/indicators/test.part_seniors/compare?territory=epci:200072460&period=2023");
        var own = comparison.GetProperty("territory").GetProperty("value").GetDouble();
        var references = comparison.GetProperty("references").EnumerateArray().ToList();
        Assert.That(references.Select(r => r.GetProperty("territory").Str("id")), Is.EqualTo(new[] { "departement:62", "region:32" }));
        foreach (var reference in references)
            Assert.That(reference.GetProperty("gap").GetDouble(), Is.EqualTo(own - reference.GetProperty("value").GetDouble()).Within(1e-9));
    }

    [TestCase("quantile")]
    [TestCase("jenks")]
    [TestCase("equal")]
    public async Task Break_counts_add_up_to_the_number_of_territories(string method)
    {
        var breaks = await Client.GetJsonAsync($"/api/v1/indicators/test.employeurs/breaks?level=commune&period=2023&method={method}&classes=5");
        var legend = breaks.GetProperty("legend");
        var counts = legend.GetProperty("counts");
        var inClasses = legend.GetProperty("classes").EnumerateArray().Sum(c => c.GetProperty("count").GetInt32());
        Assert.Multiple(() =>
        {
            Assert.That(counts.GetProperty("total").GetInt32(), Is.EqualTo(319));
            Assert.That(inClasses, Is.EqualTo(counts.GetProperty("classified").GetInt32()));
            Assert.That(inClasses + counts.GetProperty("secret").GetInt32() + counts.GetProperty("noData").GetInt32(), Is.EqualTo(319));
            Assert.That(legend.GetProperty("classes").EnumerateArray().Select(c => c.Str("colour")), Is.All.Match("^#[0-9a-f]{6}$"));
        });
    }

    [Test]
    public async Task The_map_is_a_FeatureCollection_with_classes_and_colours_from_the_same_legend()
    {
        using var response = await Client.GetAsync("/api/v1/indicators/test.part_seniors/map?level=commune&within=groupement:aula&method=jenks&classes=5");
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/geo+json"));
        var map = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var classes = map.GetProperty("legend").GetProperty("classes").EnumerateArray().ToList();
        var features = map.GetProperty("features").EnumerateArray().ToList();
        Assert.That(features, Has.Count.EqualTo(305));
        foreach (var feature in features)
        {
            var p = feature.GetProperty("properties");
            var k = p.GetProperty("classIndex").GetInt32();
            var value = p.GetProperty("value").GetDouble();
            Assert.That(p.Str("colour"), Is.EqualTo(classes[k].Str("colour")));
            Assert.That(value, Is.InRange(classes[k].GetProperty("lower").GetDouble(), classes[k].GetProperty("upper").GetDouble()));
            Assert.That(feature.GetProperty("geometry").Str("type"), Is.EqualTo("MultiPolygon"));
        }
    }

    [Test]
    public async Task The_map_has_exactly_the_members_its_OpenAPI_schema_documents()
    {
        // Partners generate clients from the document; the map is streamed by hand, so the two could drift apart.
        var documented = new OpenApiMembers(await Client.GetJsonAsync("/openapi/v1.json"));
        var mapSchema = documented.Response("/api/v1/indicators/{code}/map", "application/geo+json");
        var featureSchema = documented.Member(mapSchema, "features").GetProperty("items");

        var map = await Client.GetJsonAsync("/api/v1/indicators/test.part_seniors/map?level=commune&within=epci:200072460");
        var feature = map.GetProperty("features")[0];

        Assert.That(map.EnumerateObject().Select(p => p.Name), Is.EquivalentTo(documented.Names(mapSchema)));
        Assert.That(feature.EnumerateObject().Select(p => p.Name), Is.EquivalentTo(documented.Names(featureSchema)));
        Assert.That(feature.GetProperty("properties").EnumerateObject().Select(p => p.Name),
            Is.EquivalentTo(documented.Names(documented.Member(featureSchema, "properties"))));
        Assert.That(feature.GetProperty("geometry").EnumerateObject().Select(p => p.Name),
            Is.EquivalentTo(documented.Names(documented.Member(featureSchema, "geometry"))));
    }

    [Test]
    public async Task The_profile_gives_key_figures_changes_and_gaps_to_references()
    {
        var profile = await Client.GetJsonAsync("/api/v1/territories/epci:200072460/profile");
        var observatories = profile.GetProperty("observatories").EnumerateArray().ToList();
        var inOrder = (await Client.GetJsonAsync("/api/v1/observatories")).GetProperty("items").EnumerateArray()
            .Where(o => o.GetProperty("indicatorCount").GetInt32() > 0).Select(o => o.Str("slug")).ToList();
        Assert.That(observatories.Select(o => o.Str("slug")), Is.EqualTo(inOrder), "every observatory with indicators, in their order");
        var figures = observatories.Single(o => o.Str("slug") == "test").GetProperty("figures").EnumerateArray().ToList();
        Assert.That(figures.Select(f => f.GetProperty("indicator").Str("code")),
            Is.EqualTo(new[] { "test.population", "test.salaries", "test.demandeurs", "test.employeurs", "test.part_seniors" }),
            "its headline indicators, in their order");
        var population = figures[0];
        Assert.Multiple(() =>
        {
            Assert.That(population.GetProperty("indicator").Str("code"), Is.EqualTo("test.population"));
            Assert.That(population.Str("period"), Is.EqualTo("2024"));
            Assert.That(population.GetProperty("changeOver5").Str("period"), Is.EqualTo("2019"));
            Assert.That(population.GetProperty("references").EnumerateArray().Select(r => r.Str("territoryId")),
                Is.EqualTo(new[] { "departement:62", "region:32" }));
        });
        var seekers = figures.Single(f => f.GetProperty("indicator").Str("code") == "test.demandeurs");
        Assert.That(seekers.GetProperty("changeOver1").Str("period"), Is.EqualTo("2024-Q3"));
    }

    [Test]
    public async Task A_non_aggregable_indicator_refuses_levels_without_stored_values()
    {
        var problem = await Client.GetJsonAsync("/api/v1/indicators/test.revenu_median/values?level=epci", HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors")[0].Str("reason"), Does.Contain("not aggregable"));
        await Client.GetJsonAsync("/api/v1/indicators/test.revenu_median/values?level=commune&within=epci:246200299");
    }

    [TestCase("/api/v1/indicators/nope.nothing/values", HttpStatusCode.NotFound, "nope.nothing")]
    [TestCase("/api/v1/indicators/test.salaries/values?period=2023-Q4", HttpStatusCode.BadRequest, "expected a year")]
    [TestCase("/api/v1/indicators/test.demandeurs/values?period=2023", HttpStatusCode.BadRequest, "quarter")]
    [TestCase("/api/v1/indicators/test.salaries/breaks?classes=0", HttpStatusCode.BadRequest, "classes")]
    [TestCase("/api/v1/indicators/test.salaries/breaks?method=kmeans", HttpStatusCode.BadRequest, "quantile, jenks, equal or fixed")]
    [TestCase("/api/v1/indicators/test.salaries/values?territories=epci:1", HttpStatusCode.NotFound, "epci:1")]
    [TestCase("/api/v1/indicators/test.salaries/values?territories=custom:abc%27", HttpStatusCode.BadRequest, "custom zone")]
    [TestCase("/api/v1/indicators/test.salaries/series?territories=epci:200072460&from=2020&to=2015", HttpStatusCode.BadRequest, "after")]
    [TestCase("/api/v1/indicators/test.salaries/values?asOf=yesterday", HttpStatusCode.BadRequest, "not a date")]
    public async Task Bad_parameters_say_what_is_allowed(string url, HttpStatusCode status, string hint)
    {
        using var response = await Client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(status), body);
        Assert.That(body, Does.Contain(hint));
    }

    [TestCase("values?territories=epci:200072460")]
    [TestCase("values?territories=epci:200072460&format=csv")]
    [TestCase("series?territories=epci:200072460")]
    [TestCase("breaks?level=commune")]
    [TestCase("map?level=commune")]
    public async Task An_instant_with_an_offset_is_an_asOf_like_any_other(string query)
    {
        var url = $"/api/v1/indicators/test.salaries/{query}&asOf=";
        using var withOffset = await Client.GetAsync(url + Uri.EscapeDataString("2026-06-30T14:00:00+02:00"));
        using var inUtc = await Client.GetAsync(url + "2026-06-30T12:00:00Z");
        Assert.That(withOffset.StatusCode, Is.EqualTo(HttpStatusCode.OK), await withOffset.Content.ReadAsStringAsync());
        Assert.That(inUtc.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task An_unchanged_answer_revalidates_with_304()
    {
        const string url = "/api/v1/indicators/test.salaries/map?level=commune";
        using var first = await Client.GetAsync(url);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var second = await Client.SendAsync(request);
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
    }

    private async Task<List<Dictionary<string, string>>> CsvAsync(string url)
    {
        using var response = await Client.GetAsync(url);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        using var reader = new CsvReader(await response.Content.ReadAsStreamAsync());
        var rows = new List<Dictionary<string, string>>();
        while (reader.TryRead(out var record))
            rows.Add(reader.Header.Zip(record.Fields).ToDictionary(p => p.First, p => p.Second));
        return rows;
    }

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    [TestCase("'; drop table platform.indicator_value; --")]
    [TestCase("' or '1'='1")]
    [TestCase("%' union select null, null --")]
    [TestCase("\\")]
    public async Task Injection_attempts_on_every_string_parameter_get_a_4xx_and_no_data(string text)
    {
        var x = Uri.EscapeDataString(text);
        const string values = "/api/v1/indicators/test.salaries/values";
        foreach (var url in new[]
                 {
                     $"/api/v1/indicators?q={x}", $"/api/v1/indicators?observatory={x}", $"/api/v1/indicators?theme={x}",
                     $"/api/v1/indicators/{x}", $"/api/v1/observatories/{x}", $"{values}?level={x}", $"{values}?within={x}",
                     $"{values}?territories={x}", $"{values}?period={x}", $"{values}?asOf={x}", $"{values}?format={x}",
                     $"/api/v1/indicators/test.salaries/series?territories={x}", $"/api/v1/indicators/test.salaries/series?territories=epci:200072460&from={x}",
                     $"/api/v1/indicators/test.salaries/compare?territory={x}", $"/api/v1/indicators/test.salaries/compare?territory=epci:200072460&references={x}",
                     $"/api/v1/indicators/test.salaries/breaks?method={x}", $"/api/v1/indicators/test.salaries/map?resolution={x}",
                     $"/api/v1/territories/{x}/profile", $"/api/v1/territories/epci:200072460/profile?references={x}",
                 })
        {
            using var response = await Client.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            Assert.That((int)response.StatusCode, Is.InRange(200, 499), $"{url}: {body}");
            if (response.StatusCode == HttpStatusCode.OK && JsonDocument.Parse(body).RootElement.TryGetProperty("items", out var items))
                Assert.That(items.GetArrayLength(), Is.Zero, $"{url}: the injected filter matches nothing");
        }
        var check = await Client.GetJsonAsync($"{values}?level=epci&period=2023");
        Assert.That(check.GetProperty("items").GetArrayLength(), Is.EqualTo(5), "the data is intact");
    }
}
