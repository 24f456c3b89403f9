using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Dapper;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Observatories.Environnement;

/// <summary>
/// The agency loads the gridded population, the zones of an image and the sensitive buildings over HTTP, all or nothing;
/// on a small example built by hand the population and the buildings in hot spots are those counted on paper, through
/// the overheating route, the indicators (commune and EPCI) and the layer.
/// </summary>
public sealed class SurchauffeImportTests : ApiTest
{
    private const string Bethune = "commune:62119", Cabbalr = "epci:200072460";

    private string agency = null!, partner = null!;

    /// <summary>The lower-left corner (ETRS89-LAEA, metres) of cell A, on the 200 m grid inside Béthune; cell B is its east neighbour.</summary>
    private long east, north;

    [OneTimeSetUp]
    public async Task Keys()
    {
        agency = await CreateKeyAsync("agency_editor");
        partner = await CreateKeyAsync("partner_editor", Cabbalr);
        await using var connection = Factory.OpenConnection();
        var (x, y) = await connection.QuerySingleAsync<(double, double)>("""
            select st_x(p), st_y(p) from (select st_transform(st_pointonsurface(geom), 3035) as p from platform.territory where id = 'commune:62119') t
            """);
        (east, north) = ((long)Math.Floor(x / 200) * 200, (long)Math.Floor(y / 200) * 200);
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(string route, string file, string fileName, string? key,
        params (string Name, string Value)[] fields)
    {
        var content = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(file)), "file", fileName } };
        foreach (var (name, value) in fields)
            content.Add(new StringContent(value), name);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/environnement/imports/{route}") { Content = content };
        if (key is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    /// <summary>A point or polygon given in ETRS89-LAEA metres, as GeoJSON in WGS 84 (PostGIS reprojects it).</summary>
    private async Task<string> GeoJsonAsync(string wkt)
    {
        await using var connection = Factory.OpenConnection();
        return await connection.QuerySingleAsync<string>("select st_asgeojson(st_transform(st_geomfromtext(@wkt, 3035), 4326), 9)", new { wkt });
    }

    private async Task<(string Lon, string Lat)> LonLatAsync(long x, long y)
    {
        var point = JsonDocument.Parse(await GeoJsonAsync($"POINT({x} {y})")).RootElement.GetProperty("coordinates");
        return (point[0].GetDouble().ToString("0.#########", CultureInfo.InvariantCulture), point[1].GetDouble().ToString("0.#########", CultureInfo.InvariantCulture));
    }

    private static string Rectangle(long west, long south, long eastEdge, long northEdge) =>
        $"POLYGON(({west} {south}, {eastEdge} {south}, {eastEdge} {northEdge}, {west} {northEdge}, {west} {south}))";

    [Test]
    public async Task Two_cells_a_hot_spot_over_half_of_one_and_three_buildings_give_the_hand_computed_figures()
    {
        await using (var connection = Factory.OpenConnection())
        {
            var inside = await connection.QuerySingleAsync<bool>("""
                select bool_and(st_intersects(t.geom, st_transform(st_setsrid(st_makepoint(x, @north + 100), 3035), 4326)))
                from platform.territory t, unnest(array[@east + 100, @east + 300]) as x where t.id = 'commune:62119'
                """, new { east, north });
            Assume.That(inside, "both cells' centres lie in Béthune's contour");
        }
        // Cell A (120 inhabitants) and its east neighbour B (80); a row of another commune's file, skipped (its centre is far outside).
        var cells = $"""
            Idcar_200m;Idcar_1km;Ind;Men
            CRS3035RES200mN{north}E{east};CRS3035RES1000mN0E0;120;50
            CRS3035RES200mN{north}E{east + 200};CRS3035RES1000mN0E0;80,0;35
            CRS3035RES200mN2000000E3000000;CRS3035RES1000mN0E0;45.5;20
            """;
        var (status, report) = await PostAsync("carreaux", cells, "filosofi.csv", agency, ("vintage", "Filosofi test"));
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), report.ToString());
        Assert.Multiple(() =>
        {
            Assert.That(report.GetProperty("imported").GetInt32(), Is.EqualTo(2));
            Assert.That(report.GetProperty("skipped").GetInt32(), Is.EqualTo(1));
            Assert.That(report.GetProperty("replaced").GetInt32(), Is.GreaterThan(100), "the demo grid is replaced");
        });

        // One hot spot over the west half of A (and beyond it to the west and above and below, where no cell is).
        var zone = await GeoJsonAsync(Rectangle(east - 300, north - 100, east + 100, north + 300));
        var zones = $$"""{ "type": "FeatureCollection", "features": [ { "type": "Feature", "geometry": {{zone}}, "properties": { "classe": "Îlot de chaleur fort", "libelle": "Centre" } } ] }""";
        (status, report) = await PostAsync("zones", zones, "zones.geojson", agency, ("imageDate", "2025-07-01"));
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), report.ToString());
        Assert.That(report.GetProperty("imported").GetInt32(), Is.EqualTo(1));

        // A school in the hot half of A, a crèche in its other half, an EHPAD in B.
        var school = await LonLatAsync(east + 50, north + 100);
        var creche = await LonLatAsync(east + 150, north + 100);
        var ehpad = await LonLatAsync(east + 300, north + 100);
        var buildings = $"""
            identifiant;nom;type;commune;adresse;lon;lat
            0620001A;École Jules Ferry;ecole;62119;1 rue A;{school.Lon};{school.Lat}
            CR-1;Crèche Les Lucioles;Crèche;62119;;{creche.Lon};{creche.Lat}
            EH-1;EHPAD Les Tilleuls;ehpad;62119;3 rue B;{ehpad.Lon};{ehpad.Lat}
            """;
        (status, report) = await PostAsync("batiments", buildings, "batiments.csv", agency);
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), report.ToString());
        Assert.That(report.GetProperty("imported").GetInt32(), Is.EqualTo(3));

        // By hand: 120 × ½ = 60 people in the hot spot, of 120 + 80 = 200: 30 %; one building, the school.
        var figures = await Client.GetJsonAsync($"/api/v1/environnement/surchauffe/{Bethune}");
        var hot = figures.GetProperty("hotSpots");
        Assert.Multiple(() =>
        {
            Assert.That(figures.GetProperty("year").GetInt32(), Is.EqualTo(2025), "the newest image");
            Assert.That(figures.GetProperty("imageDates")[0].GetString(), Is.EqualTo("2025-07-01"));
            Assert.That(figures.GetProperty("population").GetDouble(), Is.EqualTo(200));
            Assert.That(hot.GetProperty("population").GetDouble(), Is.EqualTo(60).Within(0.05));
            Assert.That(hot.GetProperty("share").GetDouble(), Is.EqualTo(30).Within(0.05));
            Assert.That(hot.GetProperty("buildings").GetInt32(), Is.EqualTo(1));
            Assert.That(hot.GetProperty("byType").EnumerateArray().ToDictionary(t => t.Str("type"), t => t.GetProperty("count").GetInt32()),
                Is.EqualTo(new Dictionary<string, int> { ["ecole"] = 1, ["creche"] = 0, ["ehpad"] = 0, ["sante"] = 0 }));
            Assert.That(figures.GetProperty("coolIslands").GetProperty("population").GetDouble(), Is.Zero);
            Assert.That(figures.GetProperty("buildingsInHotSpots").EnumerateArray().Select(b => b.Str("id")), Is.EqualTo(new[] { "0620001A" }));
            Assert.That(figures.GetProperty("buildingsInHotSpots")[0].Str("zoneClass"), Is.EqualTo("chaleur_forte"));
            Assert.That(figures.GetProperty("buildingsInHotSpots")[0].GetProperty("commune").Str("name"), Is.EqualTo("Béthune"));
        });

        // The EPCI holds only these cells now: the same figures, as a ratio of sums; the indicators say the same.
        var epci = await Client.GetJsonAsync($"/api/v1/environnement/surchauffe/{Cabbalr}");
        Assert.That(epci.GetProperty("hotSpots").GetProperty("share").GetDouble(), Is.EqualTo(30).Within(0.05));
        foreach (var territory in new[] { Bethune, Cabbalr })
        {
            var share = await Client.GetJsonAsync($"/api/v1/indicators/environnement.part_population_ilots_chaleur/values?territories={territory}&period=2025");
            var people = await Client.GetJsonAsync($"/api/v1/indicators/environnement.population_ilots_chaleur/values?territories={territory}&period=2025");
            var schools = await Client.GetJsonAsync($"/api/v1/indicators/environnement.batiments_ilots_chaleur_ecole/values?territories={territory}&period=2025");
            Assert.Multiple(() =>
            {
                Assert.That(share.GetProperty("items")[0].GetProperty("value").GetDouble(), Is.EqualTo(30).Within(0.05), territory);
                Assert.That(people.GetProperty("items")[0].GetProperty("value").GetDouble(), Is.EqualTo(60).Within(0.05), territory);
                Assert.That(schools.GetProperty("items")[0].GetProperty("value").GetDouble(), Is.EqualTo(1), territory);
            });
        }

        // The layer says which building is in a hot spot.
        var layer = (await Client.GetJsonAsync("/ogc/collections/environnement-batiments-sensibles/items?limit=100")).GetProperty("features")
            .EnumerateArray().ToDictionary(f => f.GetProperty("id").GetString()!, f => f.GetProperty("properties"));
        Assert.Multiple(() =>
        {
            Assert.That(layer.Keys, Is.EquivalentTo(new[] { "0620001A", "CR-1", "EH-1" }), "the file replaced the demo buildings");
            Assert.That(layer["0620001A"].GetProperty("in_hot_spot").GetBoolean(), Is.True);
            Assert.That(layer["CR-1"].GetProperty("in_hot_spot").GetBoolean(), Is.False);
            Assert.That(layer["EH-1"].GetProperty("in_hot_spot").GetBoolean(), Is.False);
        });
    }

    [Test]
    public async Task A_file_with_problems_is_refused_with_each_line_and_changes_nothing()
    {
        await using var connection = Factory.OpenConnection();
        var before = await connection.QuerySingleAsync<(long, long, long)>("""
            select (select count(*) from environnement.zone), (select count(*) from environnement.building), (select count(*) from environnement.population_cell)
            """);
        var zones = """
            { "type": "FeatureCollection", "features": [
              { "type": "Feature", "geometry": { "type": "Polygon", "coordinates": [[[2.63, 50.52], [2.64, 50.52], [2.64, 50.53], [2.63, 50.52]]] }, "properties": { "classe": "tiède" } },
              { "type": "Feature", "geometry": { "type": "LineString", "coordinates": [[2.63, 50.52], [2.64, 50.53]] }, "properties": { "classe": "chaleur" } },
              { "type": "Feature", "geometry": { "type": "Polygon", "coordinates": [[[2.63, 50.52], [2.64, 50.53], [2.64, 50.52], [2.63, 50.53], [2.63, 50.52]]] }, "properties": { "classe": "chaleur" } }
            ] }
            """;
        var (status, body) = await PostAsync("zones", zones, "zones.geojson", agency, ("imageDate", "2025-07-01"));
        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest), body.ToString());
        var errors = body.GetProperty("errors").EnumerateArray().Select(e => e.Str("reason")).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(errors, Has.Count.EqualTo(3));
            Assert.That(errors[0], Does.StartWith("features[0]: classe 'tiède' is unknown"));
            Assert.That(errors[1], Does.StartWith("features[1]: a zone is a Polygon or MultiPolygon"));
            Assert.That(errors[2], Does.StartWith("features[2]: the polygon is not valid"));
        });

        var buildings = """
            identifiant;nom;type;commune;adresse;lon;lat
            B-1;École;lycée;62119;;2.64;50.53
            B-2;Crèche;creche;75056;;2.64;50.53
            B-3;EHPAD;ehpad;62119;;-1.5;47.2
            B-3;EHPAD bis;ehpad;62119;;2.64;50.53
            """;
        (status, body) = await PostAsync("batiments", buildings, "batiments.csv", agency);
        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest), body.ToString());
        errors = [.. body.GetProperty("errors").EnumerateArray().Select(e => e.Str("reason"))];
        Assert.Multiple(() =>
        {
            Assert.That(errors[0], Does.StartWith("line 2: type 'lycée' is unknown"));
            Assert.That(errors[1], Does.StartWith("line 3: commune '75056' is not a commune of the AULA perimeter"));
            Assert.That(errors[2], Does.StartWith("line 4: the point (-1.5, 47.2) is outside the AULA perimeter"));
            Assert.That(errors[3], Does.StartWith("line 5: identifiant 'B-3' is already given at line 4"));
        });

        (status, body) = await PostAsync("carreaux", "Idcar_200m;Ind\nCRS3035RES200mN100E100;12\nCRS3035RES200mN3000000E3800000;-4\n", "filosofi.csv", agency,
            ("vintage", "Filosofi test"));
        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest), body.ToString());
        errors = [.. body.GetProperty("errors").EnumerateArray().Select(e => e.Str("reason"))];
        Assert.That(errors, Has.Count.EqualTo(2));
        Assert.That(errors[0], Does.StartWith("line 2: idcar_200m"));
        Assert.That(errors[1], Does.StartWith("line 3: ind '-4'"));

        (status, body) = await PostAsync("zones", "{}", "zones.geojson", agency);
        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(body.GetProperty("errors").EnumerateArray().Select(e => e.Str("name")), Does.Contain("imageDate"), body.ToString());

        var after = await connection.QuerySingleAsync<(long, long, long)>("""
            select (select count(*) from environnement.zone), (select count(*) from environnement.building), (select count(*) from environnement.population_cell)
            """);
        Assert.That(after, Is.EqualTo(before), "a refused file changes nothing");
    }

    [Test]
    public async Task Only_the_agency_imports()
    {
        var (anonymous, _) = await PostAsync("batiments", "identifiant;nom;type;commune;adresse;lon;lat\n", "b.csv", null);
        var (asPartner, _) = await PostAsync("batiments", "identifiant;nom;type;commune;adresse;lon;lat\n", "b.csv", partner);
        var (zonesAsPartner, _) = await PostAsync("zones", "{}", "z.geojson", partner, ("imageDate", "2025-07-01"));
        Assert.Multiple(() =>
        {
            Assert.That(anonymous, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(asPartner, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(zonesAsPartner, Is.EqualTo(HttpStatusCode.Forbidden));
        });
    }
}
