using System.Net;
using System.Text.Json;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Platform.Territories;

/// <summary>What a technician or a partner system checks with curl on the seeded referential (read-only).</summary>
public sealed class TerritoriesApiTests : ReadOnlyApiTest
{
    [Test]
    public async Task The_five_EPCIs_are_listed_with_their_real_number_of_communes()
    {
        var list = await Client.GetJsonAsync("/api/v1/territories?level=epci");
        Assert.That(list.GetProperty("total").GetInt32(), Is.EqualTo(5));

        var communes = new Dictionary<string, int>();
        foreach (var epci in list.GetProperty("items").EnumerateArray())
        {
            var detail = await Client.GetJsonAsync($"/api/v1/territories/{epci.Str("id")}");
            communes[epci.Str("code")] = detail.GetProperty("childrenCounts").GetProperty("commune").GetInt32();
        }
        Assert.That(communes, Is.EquivalentTo(new Dictionary<string, int>
        {
            ["200072460"] = 100,
            ["246200364"] = 36,
            ["246200299"] = 14,
            ["200069672"] = 103,
            ["200044030"] = 66,
        }));
    }

    [TestCase("groupement:aula", 305)]
    [TestCase("groupement:pma", 150)]
    [TestCase("groupement:petr-ternois-7-vallees", 169)]
    [TestCase("departement:62", 318)]
    [TestCase("region:32", 319)]
    public async Task Groupings_have_the_communes_of_their_EPCIs(string id, int communes)
    {
        var members = await Client.GetJsonAsync($"/api/v1/territories?level=commune&within={id}&limit=1");
        Assert.That(members.GetProperty("total").GetInt32(), Is.EqualTo(communes));
    }

    [Test]
    public async Task A_commune_knows_every_territory_it_belongs_to()
    {
        var bethune = await Client.GetJsonAsync("/api/v1/territories/commune:62119");
        Assert.Multiple(() =>
        {
            Assert.That(bethune.Str("name"), Is.EqualTo("Béthune"));
            Assert.That(bethune.GetProperty("population").GetInt32(), Is.GreaterThan(20_000));
            Assert.That(bethune.GetProperty("parents").EnumerateArray().Select(p => p.Str("id")), Is.EquivalentTo(new[]
            {
                "epci:200072460", "groupement:aula", "groupement:pma", "departement:62", "region:32",
            }));
            Assert.That(bethune.Str("geometrySource"), Is.EqualTo("synthetic"));
            Assert.That(bethune.Str("sourceVintage"), Does.Contain("decoupage-administratif 6.0.0"));
        });
    }

    [Test]
    public async Task Pages_link_to_each_other_and_cover_every_member_once()
    {
        var seen = new List<string>();
        string? next = "/api/v1/territories?level=commune&within=epci:200072460&limit=30";
        var pages = 0;
        while (next is not null)
        {
            var page = await Client.GetJsonAsync(next);
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.Str("id")));
            var link = page.GetProperty("links").GetProperty("next");
            next = link.ValueKind == JsonValueKind.Null ? null : link.GetString();
            Assert.That(++pages, Is.LessThanOrEqualTo(4));
        }
        Assert.That(seen, Has.Count.EqualTo(100).And.Unique);
    }

    [Test]
    public async Task Search_ignores_accents_and_case()
    {
        var found = await Client.GetJsonAsync("/api/v1/territories?level=commune&q=BETHUNE");
        Assert.That(found.GetProperty("items").EnumerateArray().Select(i => i.Str("name")), Does.Contain("Béthune"));
    }

    [Test]
    public async Task Communes_of_an_EPCI_come_as_a_GeoJSON_FeatureCollection()
    {
        using var response = await Client.GetAsync("/api/v1/territories?level=commune&within=epci:246200299&format=geojson");
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/geo+json"));
        var collection = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var features = collection.GetProperty("features").EnumerateArray().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(collection.Str("type"), Is.EqualTo("FeatureCollection"));
            Assert.That(features, Has.Count.EqualTo(14));
            Assert.That(collection.GetProperty("numberMatched").GetInt32(), Is.EqualTo(14));
            Assert.That(features.Select(f => f.GetProperty("geometry").Str("type")), Is.All.EqualTo("MultiPolygon"));
            Assert.That(features.Select(f => f.GetProperty("properties").Str("epci")), Is.All.EqualTo("epci:246200299"));
        });
    }

    [Test]
    public async Task A_territory_contour_has_exactly_the_members_its_OpenAPI_schema_documents()
    {
        // The Feature is built by PostGIS: only this test keeps it in line with the document.
        var documented = new OpenApiMembers(await Client.GetJsonAsync("/openapi/v1.json"));
        var schema = documented.Response("/api/v1/territories/{id}/geometry", "application/geo+json");

        var feature = await Client.GetJsonAsync("/api/v1/territories/commune:62119/geometry");

        Assert.That(feature.EnumerateObject().Select(p => p.Name), Is.EquivalentTo(documented.Names(schema)));
        Assert.That(feature.GetProperty("properties").EnumerateObject().Select(p => p.Name),
            Is.EquivalentTo(documented.Names(documented.Member(schema, "properties"))));
        Assert.That(feature.GetProperty("geometry").EnumerateObject().Select(p => p.Name),
            Is.EquivalentTo(documented.Names(documented.Member(schema, "geometry"))));
    }

    [Test]
    public async Task A_territory_contour_is_a_GeoJSON_Feature_at_the_requested_resolution()
    {
        var full = await Client.GetJsonAsync("/api/v1/territories/epci:200072460/geometry");
        var low = await Client.GetJsonAsync("/api/v1/territories/epci:200072460/geometry?resolution=low");
        static int Vertices(JsonElement f) => f.GetProperty("geometry").GetProperty("coordinates").EnumerateArray()
            .Sum(polygon => polygon.EnumerateArray().Sum(ring => ring.GetArrayLength()));
        Assert.Multiple(() =>
        {
            Assert.That(full.Str("type"), Is.EqualTo("Feature"));
            Assert.That(full.Str("id"), Is.EqualTo("epci:200072460"));
            Assert.That(full.GetProperty("properties").GetProperty("areaKm2").GetDouble(), Is.InRange(300, 1000));
            Assert.That(Vertices(low), Is.LessThanOrEqualTo(Vertices(full)));
        });
    }

    [Test]
    public async Task CSV_has_one_header_row_and_one_row_per_territory()
    {
        using var response = await Client.GetAsync("/api/v1/territories?level=commune&within=epci:246200299&format=csv");
        var lines = (await response.Content.ReadAsStringAsync()).TrimEnd('\n').Split('\n');
        Assert.Multiple(() =>
        {
            Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("text/csv"));
            Assert.That(lines[0], Is.EqualTo("id,level,code,name,population"));
            Assert.That(lines, Has.Length.EqualTo(15));
        });
    }

    [Test]
    public async Task An_unchanged_list_answers_304_to_its_ETag()
    {
        using var first = await Client.GetAsync("/api/v1/territories?level=epci");
        var etag = first.Headers.ETag;
        Assert.That(etag, Is.Not.Null);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/territories?level=epci");
        request.Headers.IfNoneMatch.Add(etag!);
        using var second = await Client.SendAsync(request);
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
    }

    [Test]
    public async Task An_unknown_territory_is_a_404_that_names_it()
    {
        var problem = await Client.GetJsonAsync("/api/v1/territories/epci:999999999", HttpStatusCode.NotFound);
        Assert.That(problem.Str("detail"), Does.Contain("epci:999999999"));
        var within = await Client.GetJsonAsync("/api/v1/territories?within=epci:999999999", HttpStatusCode.NotFound);
        Assert.That(within.Str("detail"), Does.Contain("epci:999999999"));
    }

    [TestCase("/api/v1/territories?level=canton", "level", "commune, epci, groupement, departement, region")]
    [TestCase("/api/v1/territories?limit=-1", "limit", "")]
    [TestCase("/api/v1/territories?limit=abc", "limit", "")]
    [TestCase("/api/v1/territories?limit=100000", "limit", "")]
    [TestCase("/api/v1/territories?offset=-5", "offset", "")]
    [TestCase("/api/v1/territories?format=xml", "format", "json, geojson, csv, csvw or xlsx")]
    [TestCase("/api/v1/territories?within=62119", "within", "level:code")]
    [TestCase("/api/v1/territories/62119", "id", "level:code")]
    [TestCase("/api/v1/territories/canton:1", "id", "valid levels")]
    [TestCase("/api/v1/territories/commune:62119/geometry?resolution=ultra", "resolution", "full, medium, low")]
    public async Task Bad_parameters_are_a_400_problem_naming_the_field(string url, string field, string hint)
    {
        using var response = await Client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), body);
            Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/problem+json"));
        });
        var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors").EnumerateArray().ToList();
        Assert.That(errors.Select(e => e.Str("name")), Does.Contain(field));
        Assert.That(errors.First(e => e.Str("name") == field).Str("reason"), Does.Contain(hint));
    }

    [TestCase("' or 1=1 --")]
    [TestCase("commune:62119'; drop table platform.territory; --")]
    [TestCase("%' union select null --")]
    [TestCase("\\")]
    public async Task Injection_attempts_get_a_4xx_and_no_data(string text)
    {
        var escaped = Uri.EscapeDataString(text);
        foreach (var url in new[]
                 {
                     $"/api/v1/territories?q={escaped}", $"/api/v1/territories?within={escaped}",
                     $"/api/v1/territories?level={escaped}", $"/api/v1/territories/{escaped}",
                 })
        {
            using var response = await Client.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            Assert.That((int)response.StatusCode, Is.InRange(200, 499), $"{url}: {body}");
            if (response.StatusCode == HttpStatusCode.OK)
                Assert.That(JsonDocument.Parse(body).RootElement.GetProperty("total").GetInt32(), Is.Zero, url);
        }
        var epcis = await Client.GetJsonAsync("/api/v1/territories?level=epci");
        Assert.That(epcis.GetProperty("total").GetInt32(), Is.EqualTo(5));
    }

    [Test]
    public async Task Health_reports_the_database_the_schema_version_and_the_counts()
    {
        var health = await Client.GetJsonAsync("/health");
        Assert.Multiple(() =>
        {
            Assert.That(health.Str("status"), Is.EqualTo("ok"));
            Assert.That(health.Str("schemaVersion"), Does.EndWith(".sql"));
            Assert.That(health.GetProperty("counts").GetProperty("commune").GetInt32(), Is.EqualTo(319));
            Assert.That(health.GetProperty("counts").GetProperty("epci").GetInt32(), Is.EqualTo(5 + 85), "with the reference EPCIs");
        });
    }

    [Test]
    public async Task The_OpenAPI_document_describes_every_endpoint_and_Scalar_serves_it()
    {
        var document = await Client.GetJsonAsync("/openapi/v1.json");
        var paths = document.GetProperty("paths");
        foreach (var path in new[] { "/health", "/api/v1/territories", "/api/v1/territories/{id}", "/api/v1/territories/{id}/geometry" })
        {
            Assert.That(paths.TryGetProperty(path, out var item), Is.True, path);
            Assert.That(item.GetProperty("get").Str("summary"), Is.Not.Empty, path);
        }
        using var scalar = await Client.GetAsync("/scalar/");
        Assert.That(scalar.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await scalar.Content.ReadAsStringAsync(), Does.Contain("openapi/v1.json"));
    }

    [Test]
    public async Task Unknown_API_routes_are_a_404_problem_not_the_web_page()
    {
        using var response = await Client.GetAsync("/api/v1/nothing-here");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }
}
