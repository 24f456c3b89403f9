using System.Net;
using System.Text.Json;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Platform.Catalog;

/// <summary>
/// The datasets, on the test observatory: what each is made of (its indicators of one source, or a layer), its coverage
/// and distributions, search and facets, and who sees what — as an attacker would try it, facet counts included.
/// </summary>
public sealed class DatasetTests : ApiTest
{
    // The test observatory's one source, split by confidentiality; its three layers.
    private const string Public = "test.generateur-des-tests", Partner = "test.generateur-des-tests.partner", Agency = "test.generateur-des-tests.agency";
    private const string PartnerLayer = "test-effectifs";

    private string partner = null!, scopedPartner = null!, agency = null!;

    [OneTimeSetUp]
    public async Task Keys()
    {
        partner = await CreateKeyAsync("partner_reader");
        scopedPartner = await CreateKeyAsync("partner_reader", "epci:200072460");
        agency = await CreateKeyAsync("agency_editor");
    }

    private async Task<JsonElement> Json(string url, string? key = null)
    {
        var (status, body) = await GetAsync(url, key);
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), () => $"{body}\n{string.Join('\n', Factory.Logs.TakeLast(3))}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static List<string> Ids(JsonElement list) => [.. list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!)];

    [Test]
    public async Task An_observatory_s_indicators_of_one_source_are_one_dataset_with_their_coverage_and_downloads()
    {
        var dataset = await Json($"/api/v1/datasets/{Public}");
        Assert.Multiple(() =>
        {
            Assert.That(dataset.GetProperty("kind").GetString(), Is.EqualTo("indicators"));
            Assert.That(dataset.GetProperty("observatory").GetProperty("slug").GetString(), Is.EqualTo("test"));
            Assert.That(dataset.GetProperty("access").GetString(), Is.EqualTo("public"));
            Assert.That(dataset.GetProperty("indicators").EnumerateArray().Select(i => i.GetProperty("code").GetString()),
                Does.Contain("test.population").And.Contain("test.demandeurs").And.Not.Contain("test.fragiles").And.Not.Contain("test.estimation"));
            // The quarterly job seekers make the dataset quarterly: it is updated as often as its most frequent indicator.
            Assert.That(dataset.GetProperty("periodicity").GetString(), Is.EqualTo("quarter"));
            Assert.That(dataset.GetProperty("levels").EnumerateArray().Select(l => l.GetString()), Does.Contain("commune"));
            Assert.That(dataset.GetProperty("temporal").GetProperty("start").GetString(), Does.Match(@"^\d{4}-\d{2}-01$"));
            Assert.That(dataset.GetProperty("temporal").GetProperty("end").GetString(), Does.Match(@"^\d{4}-\d{2}-(28|29|30|31)$"));
            Assert.That(dataset.GetProperty("modified").GetString(), Is.Not.Null);
            Assert.That(dataset.GetProperty("provenance")[0].GetProperty("source").GetString(), Is.EqualTo("Générateur des tests (données fictives)"));
            Assert.That(dataset.GetProperty("publisher").GetProperty("name").GetString(), Does.Contain("AULA"));
            Assert.That(dataset.GetProperty("spatial").GetProperty("territories").GetArrayLength(), Is.EqualTo(5), "the perimeter's EPCIs");
            Assert.That(dataset.GetProperty("layer").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(dataset.GetProperty("health").ValueKind, Is.EqualTo(JsonValueKind.Null), "health is for the agency");
        });
        // Every CSV distribution is an absolute URL that answers a CSV of the indicator's values.
        var csvs = dataset.GetProperty("distributions").EnumerateArray().Where(d => d.GetProperty("format").GetString() == "CSV").ToList();
        Assert.That(csvs, Has.Count.EqualTo(dataset.GetProperty("indicators").GetArrayLength()));
        foreach (var csv in csvs.Take(3))
        {
            var url = new Uri(csv.GetProperty("url").GetString()!);
            Assert.That(url.IsAbsoluteUri && url.Scheme is "http" or "https");
            var (status, body) = await GetAsync(url.PathAndQuery);
            Assert.That(status, Is.EqualTo(HttpStatusCode.OK), url.PathAndQuery);
            Assert.That(body.Split('\n').Length, Is.GreaterThan(2), url.PathAndQuery);
        }
        // Every other download of the first indicator answers too: its CSVW metadata, its workbook, the API.
        var first = dataset.GetProperty("distributions").EnumerateArray()
            .Where(d => d.GetProperty("format").GetString() != "CSV").DistinctBy(d => d.GetProperty("format").GetString()).ToList();
        Assert.That(first.Select(d => d.GetProperty("format").GetString()), Is.EquivalentTo(new[] { "CSVW", "XLSX", "API" }));
        foreach (var distribution in first)
        {
            var (status, _) = await GetAsync(new Uri(distribution.GetProperty("url").GetString()!).PathAndQuery);
            Assert.That(status, Is.EqualTo(HttpStatusCode.OK), distribution.GetProperty("format").GetString());
        }
    }

    [Test]
    public async Task A_layer_is_a_dataset_with_its_extent_and_its_items_as_downloads()
    {
        var dataset = await Json("/api/v1/datasets/test-zones");
        Assert.Multiple(() =>
        {
            Assert.That(dataset.GetProperty("kind").GetString(), Is.EqualTo("layer"));
            Assert.That(dataset.GetProperty("layer").GetProperty("collectionUrl").GetString(), Does.EndWith("/ogc/collections/test-zones"));
            Assert.That(dataset.GetProperty("periodicity").GetString(), Is.EqualTo("irregular"));
            Assert.That(dataset.GetProperty("spatial").GetProperty("bbox").GetArrayLength(), Is.EqualTo(4));
            Assert.That(dataset.GetProperty("temporal").GetProperty("start").GetString(), Does.Match(@"^\d{4}-\d{2}-\d{2}$"), "its identified_on dates");
            Assert.That(dataset.GetProperty("indicators").GetArrayLength(), Is.Zero);
        });
        var formats = dataset.GetProperty("distributions").EnumerateArray().ToDictionary(d => d.GetProperty("format").GetString()!, d => d.GetProperty("url").GetString()!);
        Assert.That(formats.Keys, Is.SupersetOf(new[] { "CSV", "CSVW", "GeoJSON", "OGC API" }));
        foreach (var format in formats.Keys)
        {
            var (status, _) = await GetAsync(new Uri(formats[format]).PathAndQuery);
            Assert.That(status, Is.EqualTo(HttpStatusCode.OK), format);
        }
    }

    [Test]
    public async Task The_list_gives_each_dataset_the_formats_its_page_offers()
    {
        var list = await Json("/api/v1/datasets?limit=500");
        foreach (var id in new[] { Public, "test-zones" })
        {
            var item = list.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetString() == id);
            var page = await Json($"/api/v1/datasets/{id}");
            Assert.That(item.GetProperty("formats").EnumerateArray().Select(f => f.GetString()),
                Is.EqualTo(page.GetProperty("distributions").EnumerateArray().Select(d => d.GetProperty("format").GetString()).Distinct()), id);
        }
    }

    [Test]
    public async Task Anonymous_callers_never_see_partner_or_agency_datasets_in_lists_facets_or_by_id()
    {
        var all = await Json("/api/v1/datasets?limit=500");
        Assert.That(Ids(all), Does.Contain(Public).And.Contain("test-points").And.Not.Contain(Partner).And.Not.Contain(Agency).And.Not.Contain(PartnerLayer));
        Assert.That(all.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("access").GetString()).Distinct(), Is.EqualTo(new[] { "public" }));
        Assert.That(all.GetProperty("facets").GetProperty("access").EnumerateArray().Select(f => f.GetProperty("value").GetString()), Is.EqualTo(new[] { "public" }));
        // Asking for what is hidden finds nothing, and no facet counts it.
        foreach (var access in new[] { "partner", "agency" })
        {
            var hidden = await Json($"/api/v1/datasets?access={access}");
            Assert.That(hidden.GetProperty("total").GetInt32(), Is.Zero, access);
            foreach (var facet in hidden.GetProperty("facets").EnumerateObject().Where(f => f.Name != "access"))
                Assert.That(facet.Value.GetArrayLength(), Is.Zero, $"{access}: facet {facet.Name} counts hidden datasets");
        }
        foreach (var id in new[] { Partner, Agency, PartnerLayer })
            Assert.That((await GetAsync($"/api/v1/datasets/{id}")).Status, Is.EqualTo(HttpStatusCode.NotFound), id);
        // Words only hidden datasets hold (their indicators' labels) find nothing.
        Assert.That((await Json("/api/v1/datasets?q=fragiles")).GetProperty("total").GetInt32(), Is.Zero);
        Assert.That((await Json($"/api/v1/datasets?q={PartnerLayer}")).GetProperty("total").GetInt32(), Is.Zero);
    }

    [Test]
    public async Task Facet_counts_are_exactly_the_visible_datasets_matching_the_other_filters()
    {
        foreach (var key in new[] { null, scopedPartner, agency })
        {
            var all = await Json("/api/v1/datasets?limit=500", key);
            var items = all.GetProperty("items").EnumerateArray().ToList();
            Assert.That(all.GetProperty("total").GetInt32(), Is.EqualTo(items.Count));
            var facets = all.GetProperty("facets");
            Assert.Multiple(() =>
            {
                Assert.That(Counts(facets.GetProperty("access")), Is.EquivalentTo(Tally(items.Select(i => i.GetProperty("access").GetString()!))));
                Assert.That(Counts(facets.GetProperty("observatory")), Is.EquivalentTo(Tally(items.Select(i => i.GetProperty("observatory").GetProperty("slug").GetString()!))));
                Assert.That(Counts(facets.GetProperty("periodicity")), Is.EquivalentTo(Tally(items.Select(i => i.GetProperty("periodicity").GetString()!))));
                Assert.That(Counts(facets.GetProperty("level")), Is.EquivalentTo(Tally(items.SelectMany(i => i.GetProperty("levels").EnumerateArray().Select(l => l.GetString()!)))));
            });
            // A filter narrows the items, not its own facet.
            var quarterly = await Json("/api/v1/datasets?periodicity=quarter&limit=500", key);
            Assert.That(quarterly.GetProperty("items").EnumerateArray().All(i => i.GetProperty("periodicity").GetString() == "quarter"));
            Assert.That(Counts(quarterly.GetProperty("facets").GetProperty("periodicity")), Is.EquivalentTo(Counts(facets.GetProperty("periodicity"))));
        }
    }

    [Test]
    public async Task A_partner_sees_partner_datasets_and_the_agency_everything_with_its_health()
    {
        foreach (var key in new[] { partner, scopedPartner })
        {
            var ids = Ids(await Json("/api/v1/datasets?limit=500", key));
            Assert.That(ids, Does.Contain(Partner).And.Contain(PartnerLayer).And.Not.Contain(Agency));
            Assert.That((await GetAsync($"/api/v1/datasets/{Agency}", key)).Status, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That((await Json($"/api/v1/datasets/{Partner}", key)).GetProperty("access").GetString(), Is.EqualTo("partner"));
        }
        Assert.That(Ids(await Json("/api/v1/datasets?limit=500", agency)), Does.Contain(Agency).And.Contain(Partner).And.Contain(Public));
        var health = (await Json($"/api/v1/datasets/{Agency}", agency)).GetProperty("health");
        Assert.That(health.GetProperty("stale").ValueKind, Is.AnyOf(JsonValueKind.True, JsonValueKind.False));
        Assert.That(health.GetProperty("expectedBy").GetString(), Is.Not.Null);
    }

    [Test]
    public async Task Search_by_words_and_by_date()
    {
        Assert.That(Ids(await Json("/api/v1/datasets?q=GENERATEUR&limit=500")), Does.Contain(Public));
        Assert.That(Ids(await Json("/api/v1/datasets?q=demandeurs&limit=500")), Does.Contain(Public), "an indicator's label finds its dataset");
        Assert.That((await Json("/api/v1/datasets?q=zzzqqq")).GetProperty("total").GetInt32(), Is.Zero);
        Assert.That((await Json("/api/v1/datasets?updatedSince=2099-01-01")).GetProperty("total").GetInt32(), Is.Zero);
        Assert.That(Ids(await Json("/api/v1/datasets?updatedSince=2000-01-01T00:00:00Z&limit=500")), Does.Contain(Public));
        var page = await Json("/api/v1/datasets?limit=1&offset=1");
        Assert.That(page.GetProperty("items").GetArrayLength(), Is.EqualTo(1));
        Assert.That(page.GetProperty("total").GetInt32(), Is.GreaterThan(1));
    }

    [TestCase("periodicity=weekly", "periodicity")]
    [TestCase("access=secret", "access")]
    [TestCase("updatedSince=yesterday", "updatedSince")]
    [TestCase("limit=0", "limit")]
    [TestCase("offset=-1", "offset")]
    public async Task Bad_filters_are_400_problems_naming_the_field(string query, string field)
    {
        var (status, body) = await GetAsync($"/api/v1/datasets?{query}");
        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest), body);
        Assert.That(body, Does.Contain(field));
    }

    private static Dictionary<string, int> Counts(JsonElement facet) =>
        facet.EnumerateArray().ToDictionary(f => f.GetProperty("value").GetString()!, f => f.GetProperty("count").GetInt32());

    private static Dictionary<string, int> Tally(IEnumerable<string> values) => values.GroupBy(v => v).ToDictionary(g => g.Key, g => g.Count());
}
