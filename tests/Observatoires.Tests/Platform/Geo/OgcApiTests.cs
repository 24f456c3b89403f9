using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Dapper;
using Microsoft.AspNetCore.WebUtilities;
using Observatoires.Api.Platform.Export;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Platform.Geo;

/// <summary>OGC API - Features as a GIS analyst or a partner system uses it over HTTP (read-only, the test observatory's layers).</summary>
public sealed class OgcApiTests : ReadOnlyApiTest
{
    private const string Lambert93 = "http://www.opengis.net/def/crs/EPSG/0/2154";
    private const string Points = "/ogc/collections/test-points";

    [Test]
    public async Task The_landing_page_links_to_the_definition_the_conformance_and_the_collections()
    {
        var landing = await Client.GetJsonAsync("/ogc");
        var rels = landing.GetProperty("links").EnumerateArray().ToDictionary(l => l.Str("rel"), l => l.Str("href"));
        Assert.That(rels.Keys, Is.SupersetOf(new[] { "self", "service-desc", "conformance", "data" }));

        var conformance = await Client.GetJsonAsync(new Uri(rels["conformance"]).PathAndQuery);
        Assert.That(conformance.GetProperty("conformsTo").EnumerateArray().Select(c => c.GetString()), Is.SupersetOf(new[]
        {
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
            "http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs",
        }));

        var api = await Client.GetJsonAsync(new Uri(rels["service-desc"]).PathAndQuery);
        var components = api.GetProperty("components").GetProperty("parameters");
        var itemsParameters = api.GetProperty("paths").GetProperty("/collections/test-points/items").GetProperty("get")
            .GetProperty("parameters").EnumerateArray()
            .Select(p => p.TryGetProperty("$ref", out var r) ? components.GetProperty(r.GetString()!.Split('/')[^1]) : p)
            .Select(p => p.Str("name")).ToList();
        Assert.That(itemsParameters, Is.SupersetOf(new[] { "bbox", "limit", "datetime", "crs", "naf_section", "commune" }),
            "each collection's queryables are parameters of its items path");
    }

    [Test]
    public async Task The_definition_gives_the_page_size_where_gdal_and_qgis_read_it()
    {
        var api = await Client.GetJsonAsync("/ogc/api");
        // QGIS reads components.parameters.limit; GDAL 3.8+ the items path's limit parameter, following a local $ref.
        var limit = api.GetProperty("components").GetProperty("parameters").GetProperty("limit");
        Assert.That(limit.Str("name"), Is.EqualTo("limit"));
        Assert.That(limit.Str("in"), Is.EqualTo("query"));
        var schema = limit.GetProperty("schema");
        Assert.That(schema.GetProperty("minimum").GetInt32(), Is.EqualTo(1));
        Assert.That(schema.GetProperty("maximum").GetInt32(), Is.EqualTo(10_000));
        Assert.That(schema.GetProperty("default").GetInt32(), Is.EqualTo(100));
        foreach (var path in api.GetProperty("paths").EnumerateObject().Where(p => p.Name.EndsWith("/items", StringComparison.Ordinal)))
        {
            var parameters = path.Value.GetProperty("get").GetProperty("parameters").EnumerateArray().ToList();
            Assert.That(parameters.Count(p => p.TryGetProperty("$ref", out var r) && r.GetString() == "#/components/parameters/limit"),
                Is.EqualTo(1), path.Name);
            Assert.That(parameters.Where(p => p.TryGetProperty("name", out _)).Select(p => p.Str("name")), Does.Not.Contain("limit"), path.Name);
        }
    }

    [Test]
    public async Task Next_links_grow_the_page_so_that_a_small_page_size_does_not_cost_thousands_of_requests()
    {
        await using var connection = Factory.OpenConnection();
        var total = await connection.ExecuteScalarAsync<int>("select count(*) from test.etablissement");
        var ids = new HashSet<string>();
        var limits = new List<int>();
        var url = $"{Points}/items?limit=10&properties=name";
        while (url is not null)
        {
            var page = await Client.GetJsonAsync(url);
            var features = page.GetProperty("features").EnumerateArray().ToList();
            limits.Add(int.Parse(QueryHelpers.ParseQuery(new Uri("http://host" + url).Query)["limit"]!, CultureInfo.InvariantCulture));
            Assert.That(features, Has.Count.LessThanOrEqualTo(limits[^1]), "a page never holds more than its limit");
            foreach (var id in features.Select(f => f.GetProperty("id").GetRawText()))
                Assert.That(ids.Add(id), $"{id} comes once");
            url = page.GetProperty("links").EnumerateArray().Where(l => l.Str("rel") == "next")
                .Select(l => new Uri(l.Str("href")).PathAndQuery).FirstOrDefault();
        }
        Assert.That(ids, Has.Count.EqualTo(total));
        Assert.That(limits.Take(4), Is.EqualTo(new[] { 10, 20, 40, 80 }), "each next link doubles the page");
        Assert.That(limits.Max(), Is.EqualTo(1_000), "up to the paging target, which bounds what one request costs");
        Assert.That(limits, Has.Count.LessThan(50));

        var large = await Client.GetJsonAsync($"{Points}/items?limit=5000&properties=name");
        var next = large.GetProperty("links").EnumerateArray().Single(l => l.Str("rel") == "next").Str("href");
        Assert.That(next, Does.Contain("limit=5000"), "a page asked larger than the target keeps its size");
    }

    [Test]
    public async Task Collections_describe_territories_and_observatory_layers_with_extent_and_crs()
    {
        using var response = await Client.GetAsync("/ogc/collections");
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
        var collections = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("collections")
            .EnumerateArray().ToDictionary(c => c.Str("id"));
        Assert.That(collections.Keys, Is.SupersetOf(new[] { "communes", "epci", "groupements", "test-points" }));

        var points = collections["test-points"];
        var bbox = points.GetProperty("extent").GetProperty("spatial").GetProperty("bbox")[0].EnumerateArray().Select(v => v.GetDouble()).ToList();
        Assert.That(bbox[0], Is.InRange(1.5, 3.2), "the AULA area, in longitude");
        Assert.That(bbox[1], Is.InRange(50.0, 50.8), "and latitude");
        Assert.That(points.GetProperty("extent").GetProperty("temporal").GetProperty("interval")[0][0].GetString(), Does.StartWith("19"));
        Assert.That(points.GetProperty("crs").EnumerateArray().Select(c => c.GetString()), Does.Contain(Lambert93));
        Assert.That(points.GetProperty("links").EnumerateArray().Any(l => l.Str("rel") == "items" && l.Str("type") == "application/geo+json"));
    }

    [Test]
    public async Task Paging_through_next_links_returns_every_commune_once()
    {
        var ids = new List<string>();
        var url = "/ogc/collections/communes/items?limit=100";
        var pages = 0;
        while (url is not null)
        {
            using var response = await Client.GetAsync(url);
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/geo+json"));
            var page = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            ids.AddRange(page.GetProperty("features").EnumerateArray().Select(f => f.Str("id")));
            Assert.That(page.GetProperty("numberReturned").GetInt32(), Is.EqualTo(page.GetProperty("features").GetArrayLength()));
            if (page.TryGetProperty("numberMatched", out var matched))
                Assert.That(matched.GetInt32(), Is.EqualTo(319));
            url = page.GetProperty("links").EnumerateArray().Where(l => l.Str("rel") == "next")
                .Select(l => new Uri(l.Str("href")).PathAndQuery).FirstOrDefault();
            pages++;
        }
        Assert.That(pages, Is.EqualTo(3), "100, then 200 (each next link doubles the page), then the last 19");
        Assert.That(ids, Has.Count.EqualTo(319).And.Unique);
    }

    [Test]
    public async Task A_bbox_returns_exactly_the_features_that_intersect_it()
    {
        const double minX = 2.6, minY = 50.3, maxX = 2.9, maxY = 50.45;
        var bbox = string.Create(CultureInfo.InvariantCulture, $"{minX},{minY},{maxX},{maxY}");
        var page = await Client.GetJsonAsync($"{Points}/items?bbox={bbox}&limit=10000");
        var features = page.GetProperty("features").EnumerateArray().ToList();
        Assert.That(features, Is.Not.Empty);
        foreach (var f in features)
        {
            var xy = f.GetProperty("geometry").GetProperty("coordinates");
            Assert.That(xy[0].GetDouble(), Is.InRange(minX, maxX));
            Assert.That(xy[1].GetDouble(), Is.InRange(minY, maxY));
        }
        await using var connection = Factory.OpenConnection();
        var expected = await connection.ExecuteScalarAsync<int>(
            "select count(*) from test.etablissement where st_intersects(geom, st_makeenvelope(@minX, @minY, @maxX, @maxY, 4326))",
            new { minX, minY, maxX, maxY });
        Assert.That(features, Has.Count.EqualTo(expected));

        var communes = await Client.GetJsonAsync($"/ogc/collections/communes/items?bbox={bbox}&limit=1000");
        var intersecting = await connection.ExecuteScalarAsync<int>(
            "select count(*) from platform.territory where level = 'commune' and st_intersects(geom, st_makeenvelope(@minX, @minY, @maxX, @maxY, 4326))",
            new { minX, minY, maxX, maxY });
        Assert.That(communes.GetProperty("features").GetArrayLength(), Is.EqualTo(intersecting), "polygons that only cross the bbox count");
    }

    [Test]
    public async Task Lambert93_coordinates_are_metres_in_the_range_of_northern_France()
    {
        using var response = await Client.GetAsync($"/ogc/collections/communes/items?limit=5&crs={Lambert93}");
        Assert.That(response.Headers.GetValues("Content-Crs").Single(), Is.EqualTo($"<{Lambert93}>"));
        var page = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        foreach (var point in page.GetProperty("features").EnumerateArray()
                     .SelectMany(f => f.GetProperty("geometry").GetProperty("coordinates").EnumerateArray())
                     .SelectMany(p => p.EnumerateArray()).SelectMany(r => r.EnumerateArray()))
        {
            Assert.That(point[0].GetDouble(), Is.InRange(580_000, 760_000), "Lambert-93 x in the Pas-de-Calais");
            Assert.That(point[1].GetDouble(), Is.InRange(6_950_000, 7_150_000), "Lambert-93 y in the Pas-de-Calais");
        }

        // And a bbox in Lambert-93 (bbox-crs) selects the same features as its CRS84 equivalent would.
        var inLambert = await Client.GetJsonAsync($"{Points}/items?bbox=660000,7030000,680000,7050000&bbox-crs={Lambert93}&limit=10000");
        await using var connection = Factory.OpenConnection();
        var expected = await connection.ExecuteScalarAsync<int>("""
            select count(*) from test.etablissement
            where st_intersects(geom, st_transform(st_makeenvelope(660000, 7030000, 680000, 7050000, 2154), 4326))
            """);
        Assert.That(inLambert.GetProperty("features").GetArrayLength(), Is.EqualTo(expected).And.Positive);
    }

    [Test]
    public async Task Datetime_and_property_filters_select_what_they_say()
    {
        var recent = await Client.GetJsonAsync($"{Points}/items?datetime=2020-01-01/..&naf_section=G&limit=10000");
        var features = recent.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties")).ToList();
        Assert.That(features, Is.Not.Empty);
        Assert.That(features.Select(p => p.Str("created_on")), Is.All.GreaterThanOrEqualTo("2020-01-01"));
        Assert.That(features.Select(p => p.Str("naf_section")), Is.All.EqualTo("G"));

        var day = features[0].Str("created_on");
        var sameDay = await Client.GetJsonAsync($"{Points}/items?datetime={day}T12:00:00Z&limit=10000");
        Assert.That(sameDay.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties").Str("created_on")),
            Is.Not.Empty.And.All.EqualTo(day), "an instant matches the establishments created that day");

        var old = await Client.GetJsonAsync($"{Points}/items?datetime=../1979-12-31&limit=10000");
        Assert.That(old.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties").Str("created_on")),
            Is.All.LessThanOrEqualTo("1979-12-31"));

        var commune = await Client.GetJsonAsync("/ogc/collections/communes/items?code=62119");
        Assert.That(commune.GetProperty("features").EnumerateArray().Single().Str("id"), Is.EqualTo("commune:62119"));
        var byPopulation = await Client.GetJsonAsync(
            $"/ogc/collections/communes/items?population={commune.GetProperty("features")[0].GetProperty("properties").GetProperty("population").GetInt32()}");
        Assert.That(byPopulation.GetProperty("features").EnumerateArray().Select(f => f.Str("id")), Does.Contain("commune:62119"));
    }

    [Test]
    public async Task Properties_chooses_the_returned_properties_and_csv_reads_back()
    {
        var page = await Client.GetJsonAsync($"{Points}/items?limit=3&properties=name,commune");
        Assert.That(page.GetProperty("features")[0].GetProperty("properties").EnumerateObject().Select(p => p.Name),
            Is.EqualTo(new[] { "name", "commune" }));

        using var response = await Client.GetAsync($"{Points}/items?limit=50&f=csv");
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
        Assert.That(response.Headers.GetValues("Link").Single(), Does.Contain("rel=\"next\""));
        var reader = new CsvReader(await response.Content.ReadAsStreamAsync());
        Assert.That(reader.Header, Is.EqualTo(new[] { "id", "siret", "name", "naf_section", "sector", "size_band", "commune", "created_on", "wkt" }));
        var rows = 0;
        while (reader.TryRead(out var record))
        {
            rows++;
            Assert.That(record.Fields[8], Does.StartWith("POINT("));
            Assert.That(DateOnly.TryParseExact(record.Fields[7], "yyyy-MM-dd", out _), record.Fields[7]);
        }
        Assert.That(rows, Is.EqualTo(50));
    }

    [Test]
    public async Task One_feature_by_id_and_unknown_ones_are_404()
    {
        using var response = await Client.GetAsync("/ogc/collections/communes/items/commune:62119");
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/geo+json"));
        var feature = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.That(feature.Str("type"), Is.EqualTo("Feature"));
        var territory = await Client.GetJsonAsync("/api/v1/territories/commune:62119");
        Assert.That(feature.GetProperty("properties").Str("name"), Is.EqualTo(territory.Str("name")));
        Assert.That(feature.GetProperty("links").EnumerateArray().Select(l => l.Str("rel")), Does.Contain("collection"));

        await Client.GetJsonAsync("/ogc/collections/communes/items/commune:99999", HttpStatusCode.NotFound);
        await Client.GetJsonAsync("/ogc/collections/routes/items", HttpStatusCode.NotFound);
        await Client.GetJsonAsync("/ogc/collections/routes", HttpStatusCode.NotFound);
    }

    [TestCase("bbox=1,2,3", "bbox")]
    [TestCase("bbox=a,b,c,d", "bbox")]
    [TestCase("bbox=3,50,2,51", "bbox")]
    [TestCase("bbox=200,0,210,10", "bbox")]
    [TestCase("limit=0", "limit")]
    [TestCase("limit=10001", "limit")]
    [TestCase("limit=ten", "limit")]
    [TestCase("offset=-1", "offset")]
    [TestCase("datetime=yesterday", "datetime")]
    [TestCase("datetime=2024-01-01/2020-01-01", "datetime")]
    [TestCase("datetime=../..", "datetime")]
    [TestCase("crs=EPSG:3857", "crs")]
    [TestCase("bbox-crs=EPSG:27572&bbox=1,2,3,4", "bbox-crs")]
    [TestCase("f=xml", "f")]
    [TestCase("properties=name,salary", "properties")]
    [TestCase("colour=red", "colour")]
    [TestCase("created_on=last-week", "created_on")]
    public async Task Bad_parameters_are_400_problems_naming_the_parameter(string query, string field)
    {
        using var response = await Client.GetAsync($"{Points}/items?{query}");
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), body);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors").EnumerateArray().Select(e => e.Str("name"));
        Assert.That(errors, Does.Contain(field));
    }

    [TestCase("'; drop table test.etablissement; --")]
    [TestCase("' or '1'='1")]
    [TestCase("%' union select null --")]
    [TestCase("\\")]
    public async Task Injection_attempts_get_a_4xx_and_no_data(string text)
    {
        var escaped = Uri.EscapeDataString(text);
        foreach (var url in new[]
                 {
                     $"{Points}/items?name={escaped}", $"{Points}/items?commune={escaped}", $"{Points}/items?{escaped}=1",
                     $"{Points}/items?properties={escaped}", $"{Points}/items?bbox={escaped}", $"{Points}/items?datetime={escaped}",
                     $"{Points}/items?crs={escaped}", $"{Points}/items/{escaped}", $"/ogc/collections/{escaped}/items",
                 })
        {
            using var response = await Client.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            Assert.That((int)response.StatusCode, Is.InRange(200, 499), $"{url}: {body}");
            if (response.StatusCode == HttpStatusCode.OK)
                Assert.That(JsonDocument.Parse(body).RootElement.GetProperty("features").GetArrayLength(), Is.Zero, url);
        }
        await using var connection = Factory.OpenConnection();
        Assert.That(await connection.ExecuteScalarAsync<int>("select count(*) from test.etablissement"), Is.Positive);
    }

    [Test]
    public async Task Queryables_are_a_json_schema_of_the_properties()
    {
        using var response = await Client.GetAsync($"{Points}/queryables");
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/schema+json"));
        var schema = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var properties = schema.GetProperty("properties");
        Assert.That(properties.GetProperty("created_on").Str("format"), Is.EqualTo("date"));
        Assert.That(properties.GetProperty("naf_section").Str("type"), Is.EqualTo("string"));
        Assert.That(properties.GetProperty("geometry").Str("format"), Is.EqualTo("geometry-point"));
    }

    [Test]
    public async Task Items_revalidate_with_their_etag()
    {
        using var first = await Client.GetAsync("/ogc/collections/epci/items");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/ogc/collections/epci/items");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var second = await Client.SendAsync(request);
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
    }

    [Test]
    public async Task A_repeated_request_gets_the_same_bytes_and_headers_and_errors_get_no_etag()
    {
        var url = $"/ogc/collections/communes/items?limit=20&crs={Lambert93}";
        using var first = await Client.GetAsync(url);
        using var second = await Client.GetAsync(url);
        Assert.That(await second.Content.ReadAsByteArrayAsync(), Is.EqualTo(await first.Content.ReadAsByteArrayAsync()));
        Assert.That(second.Headers.GetValues("Content-Crs"), Is.EqualTo(first.Headers.GetValues("Content-Crs")));
        Assert.That(second.Content.Headers.ContentType, Is.EqualTo(first.Content.Headers.ContentType));
        Assert.That(second.Headers.ETag, Is.EqualTo(first.Headers.ETag).And.Not.Null);

        using var bad = await Client.GetAsync("/ogc/collections/communes/items?limit=0");
        Assert.That(bad.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(bad.Headers.ETag, Is.Null, "an error is not a representation of the data");
    }

    [Test]
    public async Task Polygons_are_generalised_for_small_scales_and_full_by_default()
    {
        static async Task<Size> Measure(HttpClient client, string query)
        {
            var body = await client.GetStringAsync($"/ogc/collections/communes/items?limit=1000{query}");
            return new(Encoding.UTF8.GetByteCount(body), body.Split("],[").Length);
        }
        var full = await Measure(Client, "");
        var zoom12 = await Measure(Client, "&zoom=12");
        var zoom9 = await Measure(Client, "&zoom=9");
        var zoom6 = await Measure(Client, "&zoom=6");
        var wideBbox = await Measure(Client, "&bbox=1.5,50,3.5,51");
        Assert.That(zoom12, Is.EqualTo(full with { Bytes = zoom12.Bytes }), "at zoom 12 the full contours");
        // The synthetic contours have few vertices to drop (GeneralisedContourTests checks real ones): fewer
        // decimals at each step at least, never more vertices.
        Assert.That(zoom9.Bytes, Is.LessThan(full.Bytes));
        Assert.That(zoom6.Bytes, Is.LessThan(zoom9.Bytes));
        Assert.That(zoom6.Vertices, Is.LessThanOrEqualTo(zoom9.Vertices));
        Assert.That(zoom9.Vertices, Is.LessThanOrEqualTo(full.Vertices));
        Assert.That(wideBbox.Vertices, Is.EqualTo(zoom6.Vertices), "a bbox of a whole département implies the small scale");
        Assert.That(wideBbox.Bytes, Is.LessThan(zoom9.Bytes));
    }

    [Test]
    public async Task Vector_tiles_carry_the_layer_for_maplibre()
    {
        await using var connection = Factory.OpenConnection();
        // The z12 tile holding the most establishments.
        var (x, y) = await connection.QuerySingleAsync<(int, int)>("""
            select floor((st_x(geom) + 180) / 360 * 4096)::int as x,
                   floor((1 - ln(tan(radians(st_y(geom))) + 1 / cos(radians(st_y(geom)))) / pi()) / 2 * 4096)::int as y
            from test.etablissement group by 1, 2 order by count(*) desc limit 1
            """);
        using var response = await Client.GetAsync($"{Points}/tiles/WebMercatorQuad/12/{y}/{x}");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/vnd.mapbox-vector-tile"));
        var tile = await response.Content.ReadAsByteArrayAsync();
        Assert.That(Encoding.ASCII.GetString(tile), Does.Contain("test-points").And.Contain("naf_section"));

        using var empty = await Client.GetAsync($"{Points}/tiles/WebMercatorQuad/12/0/0");
        Assert.That(empty.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), "the Arctic has no establishment");
        using var communes = await Client.GetAsync($"/ogc/collections/communes/tiles/WebMercatorQuad/8/{y >> 4}/{x >> 4}");
        Assert.That(communes.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await Client.GetJsonAsync($"{Points}/tiles/WebMercatorQuad/12/5000/0", HttpStatusCode.BadRequest);
        await Client.GetJsonAsync($"{Points}/tiles/WebMercatorQuad/23/0/0", HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task Clients_find_the_vector_tiles_from_the_landing_page_and_the_collections()
    {
        var landing = await Client.GetJsonAsync("/ogc");
        var tilingSchemes = Href(landing, "http://www.opengis.net/def/rel/ogc/1.0/tiling-schemes");
        var sets = await Client.GetJsonAsync(tilingSchemes);
        var set = sets.GetProperty("tileMatrixSets").EnumerateArray().Single();
        Assert.That(set.Str("id"), Is.EqualTo("WebMercatorQuad"));
        Assert.That(set.Str("uri"), Is.EqualTo("http://www.opengis.net/def/tilematrixset/OGC/1.0/WebMercatorQuad"));
        Assert.That((await Client.GetJsonAsync(Href(set, "self"))).Str("id"), Is.EqualTo("WebMercatorQuad"));

        var conformance = await Client.GetJsonAsync("/ogc/conformance");
        Assert.That(conformance.GetProperty("conformsTo").EnumerateArray().Select(c => c.GetString()), Is.SupersetOf(new[]
        {
            "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/core",
            "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/tileset",
            "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/tilesets-list",
            "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/geodata-tilesets",
            "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/mvt",
            "http://www.opengis.net/spec/tms/2.0/conf/tilematrixset",
            "http://www.opengis.net/spec/tms/2.0/conf/json-tilematrixset",
        }));

        // From the collection (as listed in /collections) to its tileset list, the tileset, and a tile.
        var collection = (await Client.GetJsonAsync("/ogc/collections")).GetProperty("collections").EnumerateArray()
            .Single(c => c.Str("id") == "test-points");
        var tilesets = await Client.GetJsonAsync(Href(collection, "http://www.opengis.net/def/rel/ogc/1.0/tilesets-vector"));
        var item = tilesets.GetProperty("tilesets").EnumerateArray().Single();
        Assert.That(item.Str("dataType"), Is.EqualTo("vector"));
        Assert.That(item.Str("tileMatrixSetURI"), Is.EqualTo("http://www.opengis.net/def/tilematrixset/OGC/1.0/WebMercatorQuad"));
        var tileset = await Client.GetJsonAsync(Href(item, "self"));
        Assert.That(tileset.Str("dataType"), Is.EqualTo("vector"));
        Assert.That(tileset.Str("crs"), Is.EqualTo("http://www.opengis.net/def/crs/EPSG/0/3857"));
        Assert.That((await Client.GetJsonAsync(Href(tileset, "http://www.opengis.net/def/rel/ogc/1.0/tiling-scheme"))).Str("id"),
            Is.EqualTo("WebMercatorQuad"));
        var template = tileset.GetProperty("links").EnumerateArray().Single(l => l.Str("rel") == "item");
        Assert.That(template.Str("type"), Is.EqualTo("application/vnd.mapbox-vector-tile"));
        Assert.That(template.GetProperty("templated").GetBoolean());
        Assert.That(template.Str("href"), Does.EndWith("/{tileMatrix}/{tileRow}/{tileCol}"));

        // The limits name the tiles holding data; the template gives them.
        var limits = tileset.GetProperty("tileMatrixSetLimits").EnumerateArray().ToDictionary(l => l.Str("tileMatrix"));
        Assert.That(limits.Keys, Is.EqualTo(Enumerable.Range(0, 23).Select(z => z.ToString(CultureInfo.InvariantCulture))));
        Assert.That(limits["0"].GetProperty("maxTileCol").GetInt32(), Is.Zero);
        var z12 = limits["12"];
        Assert.That(z12.GetProperty("minTileCol").GetInt32(), Is.LessThanOrEqualTo(2080));
        Assert.That(z12.GetProperty("maxTileCol").GetInt32(), Is.GreaterThanOrEqualTo(2080));
        var url = template.Str("href").Replace("{tileMatrix}", "12", StringComparison.Ordinal)
            .Replace("{tileRow}", "1381", StringComparison.Ordinal).Replace("{tileCol}", "2080", StringComparison.Ordinal);
        using var tile = await Client.GetAsync(new Uri(url).PathAndQuery);
        Assert.That(tile.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(tile.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/vnd.mapbox-vector-tile"));

        // What the tiles hold: the source layer and how points are thinned.
        var layer = tileset.GetProperty("layers").EnumerateArray().Single();
        Assert.That(layer.Str("id"), Is.EqualTo("test-points"), "the MVT source layer");
        Assert.That(layer.GetProperty("geometryDimension").GetInt32(), Is.Zero);
        Assert.That(layer.Str("maxTileMatrix"), Is.EqualTo("22"));
        Assert.That(tileset.Str("description"), Does.Contain("niveau 12").And.Contain("point_count").And.Contain("8 × 8 pixels"));
        Assert.That(layer.GetProperty("propertiesSchema").GetProperty("properties").EnumerateObject().Select(p => p.Name),
            Is.SupersetOf(new[] { "id", "naf_section", "created_on", "cluster", "point_count" }));

        var communes = await Client.GetJsonAsync("/ogc/collections/communes/tiles/WebMercatorQuad");
        Assert.That(communes.Str("description"), Does.Contain("Contours simplifiés").And.Not.Contain("point_count"));
        Assert.That(communes.GetProperty("layers")[0].GetProperty("geometryDimension").GetInt32(), Is.EqualTo(2));

        var api = await Client.GetJsonAsync("/ogc/api");
        Assert.That(api.GetProperty("paths").EnumerateObject().Select(p => p.Name), Is.SupersetOf(new[]
        {
            "/tileMatrixSets", "/tileMatrixSets/{tileMatrixSetId}", "/collections/test-points/tiles",
            "/collections/test-points/tiles/{tileMatrixSetId}",
        }), "the definition describes the tiles resources too (oas30)");

        static string Href(JsonElement resource, string rel) =>
            new Uri(resource.GetProperty("links").EnumerateArray().First(l => l.Str("rel") == rel).Str("href")).PathAndQuery;
    }

    [Test]
    public async Task The_tile_matrix_set_is_web_mercator_as_ogc_tms_2_encodes_it()
    {
        using var response = await Client.GetAsync("/ogc/tileMatrixSets/WebMercatorQuad");
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
        var tms = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.That(tms.Str("crs"), Is.EqualTo("http://www.opengis.net/def/crs/EPSG/0/3857"));
        Assert.That(tms.Str("wellKnownScaleSet"), Is.EqualTo("http://www.opengis.net/def/wkss/OGC/1.0/GoogleMapsCompatible"));
        var matrices = tms.GetProperty("tileMatrices").EnumerateArray().ToList();
        Assert.That(matrices, Has.Count.EqualTo(25), "zooms 0 to 24, as OGC registers WebMercatorQuad");
        for (var z = 0; z < matrices.Count; z++)
        {
            var m = matrices[z];
            Assert.That(m.Str("id"), Is.EqualTo(z.ToString(CultureInfo.InvariantCulture)));
            Assert.That(m.GetProperty("cellSize").GetDouble(), Is.EqualTo(156543.03392804097 / Math.Pow(2, z)).Within(1e-9).Percent);
            Assert.That(m.GetProperty("scaleDenominator").GetDouble(), Is.EqualTo(559082264.0287178 / Math.Pow(2, z)).Within(1e-9).Percent);
            Assert.That(m.GetProperty("matrixWidth").GetInt64(), Is.EqualTo(1L << z));
            Assert.That(m.GetProperty("matrixHeight").GetInt64(), Is.EqualTo(1L << z));
            Assert.That(m.GetProperty("tileWidth").GetInt32(), Is.EqualTo(256));
            Assert.That(m.Str("cornerOfOrigin"), Is.EqualTo("topLeft"));
            Assert.That(m.GetProperty("pointOfOrigin")[0].GetDouble(), Is.EqualTo(-20037508.3427892).Within(1e-6));
            Assert.That(m.GetProperty("pointOfOrigin")[1].GetDouble(), Is.EqualTo(20037508.3427892).Within(1e-6));
        }

        foreach (var url in new[] { "/ogc/tileMatrixSets/WorldCRS84Quad", $"{Points}/tiles/WorldCRS84Quad", "/ogc/collections/routes/tiles",
                     "/ogc/collections/routes/tiles/WebMercatorQuad" })
        {
            using var missing = await Client.GetAsync(url);
            Assert.That(missing.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), url);
            Assert.That(missing.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), url);
        }
    }

    [Test]
    public async Task Every_tile_of_the_establishments_is_under_500_kB()
    {
        const int budget = 500_000;
        await using var connection = Factory.OpenConnection();
        var (minX, minY, maxX, maxY) = await connection.QuerySingleAsync<(double, double, double, double)>(
            "select st_xmin(e), st_ymin(e), st_xmax(e), st_ymax(e) from (select st_extent(geom) as e from test.etablissement) x");
        var largest = new SortedDictionary<int, int>();
        async Task MeasureAsync(int z, int x, int y)
        {
            using var response = await Client.GetAsync($"{Points}/tiles/WebMercatorQuad/{z}/{y}/{x}");
            Assert.That(response.StatusCode, Is.AnyOf(HttpStatusCode.OK, HttpStatusCode.NoContent));
            var bytes = (await response.Content.ReadAsByteArrayAsync()).Length;
            largest[z] = Math.Max(largest.GetValueOrDefault(z), bytes);
        }
        // Zooms 0 to 8: every tile over the demo territory.
        for (var z = 0; z <= 8; z++)
        {
            var (west, north) = TileOf(minX, maxY, z);
            var (east, south) = TileOf(maxX, minY, z);
            for (var x = west; x <= east; x++)
                for (var y = north; y <= south; y++)
                    await MeasureAsync(z, x, y);
        }
        // Zooms 9 to 16: the tile holding the most establishments.
        foreach (var (z, x, y) in await connection.QueryAsync<(int, int, int)>("""
            select distinct on (z) z, x, y from (
                select z, floor((st_x(geom) + 180) / 360 * 2 ^ z)::int as x,
                       floor((1 - ln(tan(radians(st_y(geom))) + 1 / cos(radians(st_y(geom)))) / pi()) / 2 * 2 ^ z)::int as y, count(*) as n
                from test.etablissement, generate_series(9, 16) as z
                group by 1, 2, 3) t
            order by z, n desc
            """))
            await MeasureAsync(z, x, y);
        var report = string.Join(", ", largest.Select(kv => $"z{kv.Key} {kv.Value:N0} B"));
        TestContext.Out.WriteLine($"largest establishments tile per zoom: {report}");
        Assert.That(largest.Keys, Is.EqualTo(Enumerable.Range(0, 17)));
        Assert.That(largest.Values, Is.All.LessThan(budget), report);
    }

    private static (int X, int Y) TileOf(double longitude, double latitude, int z)
    {
        var n = Math.Pow(2, z);
        var y = (1 - Math.Log(Math.Tan(latitude * Math.PI / 180) + 1 / Math.Cos(latitude * Math.PI / 180)) / Math.PI) / 2 * n;
        return ((int)Math.Floor((longitude + 180) / 360 * n), (int)Math.Floor(y));
    }

    private sealed record Size(int Bytes, int Vertices);
}
