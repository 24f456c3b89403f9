using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Dapper;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Observatories.Energie;

/// <summary>
/// The production sites as a planner checks them against the agency's activity report: the wind farms add up to the
/// report's wind output of each EPCI on its number of communes, the ground PV plants, heat networks, mine gas and
/// substations carry the report's figures, every site lies inside its commune; the filters, the CSV and bad input.
/// (Who sees the confidential sites: SitesConfidentialityTests.)
/// </summary>
public sealed class SitesTests : ApiTest
{
    private const string Sites = "/api/v1/energie/sites";

    [TestCase("epci:200069672", 492, 16, TestName = "CC du Ternois: 492 GWh of wind on 16 communes")]
    [TestCase("epci:200044030", 298, 4, TestName = "CC des 7 Vallées: 298 GWh of wind on 4 communes")]
    [TestCase("epci:246200299", 39, 1, TestName = "CA d'Hénin-Carvin: 39 GWh of wind on 1 commune")]
    [TestCase("epci:200072460", 91, 3, TestName = "CABBALR: 91 GWh of wind on 3 communes")]
    public async Task The_wind_farms_add_up_to_the_reports_wind_output_of_each_EPCI(string epci, double gwh, int communes)
    {
        var collection = await Client.GetJsonAsync($"{Sites}?kind=eolien&territory={epci}");
        var features = Features(collection);
        var total = collection.GetProperty("totals").EnumerateArray().Single();
        Assert.Multiple(() =>
        {
            Assert.That(total.Str("kind"), Is.EqualTo("eolien"));
            Assert.That(total.GetProperty("productionGwh").GetDouble(), Is.EqualTo(gwh).Within(1e-6));
            Assert.That(features.Sum(f => f.GetProperty("properties").GetProperty("productionGwh").GetDouble()), Is.EqualTo(gwh).Within(1e-6));
            Assert.That(features.Select(f => f.GetProperty("properties").Str("commune")).Distinct().Count(), Is.EqualTo(communes));
            Assert.That(features.Select(f => f.GetProperty("properties").Str("epci")), Is.All.EqualTo(epci));
            Assert.That(total.GetProperty("count").GetInt32(), Is.EqualTo(features.Count));
            Assert.That(collection.GetProperty("view").Str("territory"), Is.EqualTo(epci));
        });
    }

    [Test]
    public async Task The_report_figures_of_named_sites_come_out_as_published()
    {
        var byId = Features(await Client.GetJsonAsync(Sites)).ToDictionary(f => f.Str("id"), f => f.GetProperty("properties"));
        Assert.Multiple(() =>
        {
            // Ground PV: Labourse (Corsica Sol) 4.3 MWc, 5.9 GWh; Leforest (Général du solaire) 18.8 MWc, 18 GWh.
            Assert.That(Figures(byId["pv-sol-labourse"]), Is.EqualTo(("Corsica Sol", 4.3, "MWc", 5.9)));
            Assert.That(Figures(byId["pv-sol-leforest"]), Is.EqualTo(("Général du solaire", 18.8, "MWc", 18.0)));
            // Heat networks: their creation year and delivery points.
            Assert.That(Network(byId["reseau-chaleur-bethune"]), Is.EqualTo(("commune:62119", 1972, 127)));
            Assert.That(Network(byId["reseau-chaleur-avion"]), Is.EqualTo(("commune:62065", 1964, 23)));
            Assert.That(Network(byId["reseau-chaleur-lens"]), Is.EqualTo(("commune:62498", 1968, 59)));
            Assert.That(Network(byId["reseau-chaleur-lievin"]), Is.EqualTo(("commune:62510", 1992, 34)));
            // Mine gas at Avion (8.5 GWh) and Divion (3 GWh) in 2023.
            Assert.That(byId["gaz-de-mine-avion"].GetProperty("productionGwh").GetDouble(), Is.EqualTo(8.5));
            Assert.That(byId["gaz-de-mine-divion"].GetProperty("productionGwh").GetDouble(), Is.EqualTo(3));
            // Waste-to-energy: Labeuvrière (1978) is being modernised.
            Assert.That(byId["valorisation-dechets-labeuvriere"].Str("status"), Is.EqualTo("modernisation"));
            Assert.That(byId["valorisation-dechets-labeuvriere"].GetProperty("commissionedYear").GetInt32(), Is.EqualTo(1978));
            Assert.That(byId["methanisation-lillers-agrimethalys"].GetProperty("commissionedYear").GetInt32(), Is.EqualTo(2023));
            Assert.That(byId["methanisation-harnes-mccain"].Str("communeName"), Is.EqualTo("Harnes"));
        });

        // The 13 source substations, S3RENR capacities from 0 to 37 MW as the report's range, and no other figure.
        var substations = byId.Values.Where(p => p.Str("kind") == "poste_source").ToList();
        var s3renr = substations.Select(p => p.GetProperty("s3renrCapacityMw").GetDouble()).ToList();
        Assert.That(substations, Has.Count.EqualTo(13));
        Assert.That((s3renr.Min(), s3renr.Max()), Is.EqualTo((0.0, 37.0)));
        Assert.That(substations.Select(p => p.GetProperty("capacityUnit").ValueKind), Is.All.EqualTo(JsonValueKind.Null));
        Assert.That(byId.Values.Where(p => p.Str("kind") == "hydraulique").Select(p => p.Str("communeName")),
            Is.EquivalentTo(new[] { "Auchy-lès-Hesdin", "Blingel", "Grigny", "Tollent" }));
        Assert.That(byId.Values.Select(p => p.Str("source")), Is.All.Contain("démonstration"), "every site says what is demo");

        static (string?, double, string, double) Figures(JsonElement p) => (p.GetProperty("operator").GetString(),
            p.GetProperty("capacity").GetDouble(), p.Str("capacityUnit"), p.GetProperty("productionGwh").GetDouble());
        static (string, int, int) Network(JsonElement p) => (p.Str("commune"), p.GetProperty("commissionedYear").GetInt32(),
            p.GetProperty("deliveryPoints").GetInt32());
    }

    [Test]
    public async Task Every_site_lies_inside_its_commune_and_the_answer_gives_the_stored_position()
    {
        await using var connection = Factory.OpenConnection();
        var outside = await connection.QueryAsync<string>("""
            select s.id from energie.site s join platform.territory c on c.id = s.commune_id where not st_contains(c.geom, s.geom)
            """);
        Assert.That(outside, Is.Empty);
        var (id, lon, lat) = await connection.QuerySingleAsync<(string, double, double)>(
            "select id, st_x(geom), st_y(geom) from energie.site where id = 'reseau-chaleur-lens'");
        var feature = Features(await Client.GetJsonAsync($"{Sites}?territory=commune:62498&kind=reseau_chaleur")).Single();
        var coordinates = feature.GetProperty("geometry").GetProperty("coordinates");
        Assert.That(feature.Str("id"), Is.EqualTo(id));
        Assert.That(feature.GetProperty("geometry").Str("type"), Is.EqualTo("Point"));
        Assert.That((coordinates[0].GetDouble(), coordinates[1].GetDouble()), Is.EqualTo((lon, lat)).Using<(double, double)>(
            (a, b) => Math.Abs(a.Item1 - b.Item1) < 1e-6 && Math.Abs(a.Item2 - b.Item2) < 1e-6));
    }

    [Test]
    public async Task Filters_by_kind_status_and_territory_match_the_stored_sites()
    {
        await using var connection = Factory.OpenConnection();
        var hcCommunes = (await connection.QueryAsync<string>(
            "select member_id from platform.territory_membership where parent_id = 'epci:246200299'")).ToArray();
        var expected = await connection.ExecuteScalarAsync<int>(
            "select count(*) from energie.site where not confidential and commune_id = any(@hcCommunes)", new { hcCommunes });

        var hc = Features(await Client.GetJsonAsync($"{Sites}?territory=epci:246200299"));
        var modernised = Features(await Client.GetJsonAsync($"{Sites}?status=modernisation"));
        var zone = Features(await Client.GetJsonAsync($"{Sites}?territory=custom:62427+62250"));
        Assert.Multiple(() =>
        {
            Assert.That(hc, Has.Count.EqualTo(expected).And.Count.GreaterThan(5));
            Assert.That(modernised.Select(f => f.Str("id")), Is.EqualTo(new[] { "valorisation-dechets-labeuvriere" }));
            Assert.That(zone.Select(f => f.GetProperty("properties").Str("communeName")).Distinct(),
                Is.EquivalentTo(new[] { "Hénin-Beaumont", "Courrières" }), "a custom zone of two communes");
            Assert.That(zone.Select(f => f.GetProperty("properties").Str("kind")), Does.Contain("poste_source").And.Contain("methanisation"));
        });
    }

    [Test]
    public async Task The_CSV_has_one_row_per_site_of_the_filter_with_its_position()
    {
        var json = Features(await Client.GetJsonAsync($"{Sites}?kind=methanisation"));
        using var response = await Client.GetAsync($"{Sites}?kind=methanisation&format=csv");
        var csv = await response.Content.ReadAsStringAsync();
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
            Assert.That(lines[0], Does.StartWith("id,kind,kind_label,name,operator,commune").And.EndWith("longitude,latitude"));
            Assert.That(lines.Skip(1).Select(l => l.Split(',')[0]), Is.EqualTo(json.Select(f => f.Str("id"))));
        });
    }

    [Test]
    public async Task The_answer_is_GeoJSON_with_labels_for_legends_and_revalidates_by_ETag()
    {
        using var first = await Client.GetAsync(Sites);
        var body = JsonDocument.Parse(await first.Content.ReadAsStringAsync()).RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(first.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/geo+json"));
            Assert.That(body.Str("type"), Is.EqualTo("FeatureCollection"));
            Assert.That(body.GetProperty("numberReturned").GetInt32(), Is.EqualTo(body.GetProperty("features").GetArrayLength()));
            Assert.That(body.GetProperty("kinds").EnumerateArray().Select(k => k.Str("label")), Does.Contain("Parc éolien").And.Contain("Poste source"));
            Assert.That(body.GetProperty("totals").EnumerateArray().Sum(t => t.GetProperty("count").GetInt32()),
                Is.EqualTo(body.GetProperty("numberReturned").GetInt32()));
            Assert.That(first.Headers.ETag, Is.Not.Null);
        });
        using var request = new HttpRequestMessage(HttpMethod.Get, Sites);
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var second = await Client.SendAsync(request);
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
    }

    [TestCase("kind=nucleaire", "kind")]
    [TestCase("status=ferme", "status")]
    [TestCase("territory=bethune", "territory")]
    [TestCase("territory=canton:62-01", "territory")]
    [TestCase("format=xml", "format")]
    public async Task Bad_input_is_a_400_naming_the_parameter(string query, string parameter)
    {
        var problem = await (await Client.GetAsync($"{Sites}?{query}")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").EnumerateArray().Select(e => e.Str("name")), Does.Contain(parameter));
    }

    [Test]
    public async Task An_unknown_territory_is_a_404()
    {
        var problem = await (await Client.GetAsync($"{Sites}?territory=epci:999999999")).ProblemAsync(HttpStatusCode.NotFound);
        Assert.That(problem.Str("detail"), Does.Contain("epci:999999999"));
    }

    [Test]
    public async Task The_demo_sites_follow_a_contour_import_and_stay_inside_their_commune()
    {
        var agencyKey = await CreateKeyAsync("agency_editor");
        await using var connection = Factory.OpenConnection();
        // Lens shrunk to a quarter of its area around its centre: its heat network must move inside.
        var contours = await connection.ExecuteScalarAsync<string>("""
            select json_build_object('type', 'FeatureCollection', 'features', json_agg(json_build_object(
                'type', 'Feature', 'properties', json_build_object('code', code),
                'geometry', st_asgeojson(case when id = 'commune:62498' then st_scale(geom, st_makepoint(0.5, 0.5), st_centroid(geom)) else geom end)::json)))::text
            from platform.territory where level = 'commune'
            """);
        using (var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/imports/territories"))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", agencyKey);
            request.Content = new MultipartFormDataContent { { new StringContent(contours!), "file", "communes.geojson" } };
            using var import = await Client.SendAsync(request);
            Assert.That(import.StatusCode, Is.EqualTo(HttpStatusCode.OK), await import.Content.ReadAsStringAsync());
        }
        var outside = await connection.QueryAsync<string>("""
            select s.id from energie.site s join platform.territory c on c.id = s.commune_id where not st_contains(c.geom, s.geom)
            """);
        Assert.That(outside, Is.Empty, "every site inside its commune's new contour");
    }

    private static List<JsonElement> Features(JsonElement collection) => [.. collection.GetProperty("features").EnumerateArray()];
}
