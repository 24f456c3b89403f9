using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Dapper;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Observatories.Mobilite;

/// <summary>
/// The cycling network as the agency and the EPCIs use it, through HTTP on the seeded database: the demo network,
/// the import of a file to the national schema (all or nothing, every problem placed, keys and scopes), the export
/// back in exactly that format, the km by type and status against hand counts, and the priority routes.
/// </summary>
public sealed class CyclableTests : ApiTest
{
    private const string Cabbalr = "epci:200072460", Call = "epci:246200364", Ternois = "epci:200069672";
    private static readonly string Year = DateTime.UtcNow.Year.ToString(CultureInfo.InvariantCulture);

    // A 0.01° stretch of meridian from 50.40° N is 1,112.37 m on the WGS 84 ellipsoid (the meridian arc, by hand:
    // M = a(1 − e²) / (1 − e² sin²φ)^1.5 ≈ 6,373,400 m at 50.405°, times 0.01° in radians).
    private const double MeridianKm = 1.11237;

    private string agency = "", ternoisEditor = "", callEditor = "", reader = "";

    [OneTimeSetUp]
    public async Task CreateKeys()
    {
        agency = await CreateKeyAsync("agency_editor");
        ternoisEditor = await CreateKeyAsync("partner_editor", Ternois);
        callEditor = await CreateKeyAsync("partner_editor", Call);
        reader = await CreateKeyAsync("partner_reader", Ternois);
    }

    private static string Segment(string idLocal, string code, string extra = "", double lon = 2.30, double lat = 50.40)
    {
        string Position(double y) => $"[{lon.ToString(CultureInfo.InvariantCulture)},{y.ToString(CultureInfo.InvariantCulture)}]";
        return "{\"type\":\"Feature\",\"geometry\":{\"type\":\"LineString\",\"coordinates\":[" + Position(lat) + "," + Position(lat + 0.01) + "]}," +
               $"\"properties\":{{\"id_local\":\"{idLocal}\",\"code_com_d\":\"{code}\",\"code_com_g\":\"{code}\",\"ame_d\":\"BANDE CYCLABLE\"," +
               $"\"ame_g\":\"BANDE CYCLABLE\",\"statut_d\":\"EN SERVICE\",\"statut_g\":\"EN SERVICE\"{extra}}}}}";
    }

    private static string Collection(params string[] features) => $$"""{"type":"FeatureCollection","features":[{{string.Join(',', features)}}]}""";

    private async Task<(HttpStatusCode Status, string Body)> ImportAsync(string json, string? key, bool replace = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/mobilite/cycle-facilities/import" + (replace ? "?replace=true" : ""))
        {
            Content = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(json)), "file", "reseau.geojson" } },
        };
        if (key is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await Client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private async Task<int> CountAsync()
    {
        await using var connection = Factory.OpenConnection();
        return await connection.ExecuteScalarAsync<int>("select count(*) from mobilite.cycle_facility");
    }

    private async Task<double?> ValueAsync(string indicator, string territory)
    {
        var values = await Client.GetJsonAsync($"/api/v1/indicators/{indicator}/values?territories={territory}&period={Year}");
        var items = values.GetProperty("items");
        return items.GetArrayLength() == 0 || items[0].GetProperty("value").ValueKind == JsonValueKind.Null ? null : items[0].GetProperty("value").GetDouble();
    }

    private async Task<JsonElement> ExportAsync(string territory) =>
        await Client.GetJsonAsync($"/api/v1/mobilite/cycle-facilities?territory={territory}");

    [Test]
    public async Task The_demo_network_is_a_few_hundred_km_mostly_in_the_two_agglomerations_and_inside_its_communes()
    {
        var aula = await Client.GetJsonAsync("/api/v1/mobilite/cycle-network?territory=groupement:aula");
        var agglomerations = (await Client.GetJsonAsync($"/api/v1/mobilite/cycle-network?territory=custom:{await CommunesOfAsync(Cabbalr, Call)}"))
            .GetProperty("inServiceKm").GetDouble();
        var total = aula.GetProperty("statuses").EnumerateArray().Sum(s => s.GetProperty("km").GetDouble());
        Assert.Multiple(() =>
        {
            Assert.That(total, Is.InRange(200, 600), "a few hundred km of facility");
            Assert.That(agglomerations / aula.GetProperty("inServiceKm").GetDouble(), Is.GreaterThan(0.85), "concentrated in the CABBALR and the CALL");
            Assert.That(aula.GetProperty("statuses")[0].GetProperty("km").GetDouble() / total, Is.GreaterThan(0.75), "mostly in service");
            Assert.That(aula.GetProperty("types").EnumerateArray().Count(t => t.GetProperty("total").GetDouble() > 0), Is.GreaterThanOrEqualTo(8),
                "many of the schema's types");
            Assert.That(aula.GetProperty("priorityRoutes").GetArrayLength(), Is.GreaterThan(20));
            Assert.That(aula.GetProperty("priorityShare").GetDouble(), Is.InRange(20, 95));
        });
        await using var connection = Factory.OpenConnection();
        var outside = await connection.ExecuteScalarAsync<int>("""
            select count(*) from mobilite.cycle_facility f join platform.territory c on c.id = 'commune:' || f.code_com_d
            where f.demo and not st_coveredby(f.geom, st_buffer(c.geom, 0.000001))
            """);
        Assert.That(outside, Is.Zero, "every demo segment lies inside its commune");
    }

    private async Task<string> CommunesOfAsync(params string[] epcis)
    {
        await using var connection = Factory.OpenConnection();
        return string.Join('+', await connection.QueryAsync<string>(
            "select substr(member_id, 9) from platform.territory_membership where parent_id = any (@epcis) and member_id like 'commune:%'", new { epcis }));
    }

    [Test]
    public async Task The_whole_exported_network_is_valid_against_the_schema_file()
    {
        var export = await Client.GetJsonAsync("/api/v1/mobilite/cycle-facilities");
        Assert.That(export.GetProperty("features").GetArrayLength(), Is.GreaterThan(250));
        Assert.That(export.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "type", "features" }), "exactly the schema's format");
        Assert.That(JsonSchemaCheck.Errors(CycleFacilitySchemaTests.Read(CycleFacilitySchemaTests.SchemaFile), export), Is.Empty);
    }

    [Test]
    public async Task The_schemas_example_moved_to_Bethune_is_imported_and_exported_back_identical_and_valid()
    {
        var example = JsonSerializer.Serialize(CycleFacilitySchemaTests.Read(CycleFacilitySchemaTests.ExampleFile))
            .Replace("75107", "62119", StringComparison.Ordinal).Replace("75017", "62119", StringComparison.Ordinal)
            .Replace("2.304044", "2.6397", StringComparison.Ordinal).Replace("48.8496", "50.5303", StringComparison.Ordinal)
            .Replace("2.305224", "2.6409", StringComparison.Ordinal).Replace("48.850409", "50.5311", StringComparison.Ordinal);
        var (status, body) = await ImportAsync(example, agency);
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), body);
        var answer = JsonDocument.Parse(body).RootElement;
        Assert.That((answer.GetProperty("inserted").GetInt32(), answer.GetProperty("updated").GetInt32()), Is.EqualTo((1, 0)));

        var export = await ExportAsync("commune:62119");
        Assert.That(JsonSchemaCheck.Errors(CycleFacilitySchemaTests.Read(CycleFacilitySchemaTests.SchemaFile), export), Is.Empty);
        var sent = JsonDocument.Parse(example).RootElement.GetProperty("features")[0];
        var back = export.GetProperty("features").EnumerateArray().Single(f => f.GetProperty("properties").Str("id_local") == "013");
        Assert.That(back.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(),
            Is.EqualTo(sent.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order()), "every property back");
        foreach (var property in sent.GetProperty("properties").EnumerateObject())
            Assert.That(JsonElement.DeepEquals(back.GetProperty("properties").GetProperty(property.Name), property.Value), Is.True,
                $"{property.Name}: {back.GetProperty("properties").GetProperty(property.Name)} for {property.Value}");
        Assert.That(JsonElement.DeepEquals(back.GetProperty("geometry"), sent.GetProperty("geometry")), Is.True, back.GetProperty("geometry").ToString());

        // Imported again: the same segment, replaced rather than doubled.
        (status, body) = await ImportAsync(example, agency);
        Assert.That(JsonDocument.Parse(body).RootElement.GetProperty("updated").GetInt32(), Is.EqualTo(1), body);
    }

    [Test]
    public async Task The_schemas_example_as_published_is_refused_for_its_Paris_communes_and_nothing_is_written()
    {
        var before = await CountAsync();
        var (status, body) = await ImportAsync(JsonSerializer.Serialize(CycleFacilitySchemaTests.Read(CycleFacilitySchemaTests.ExampleFile)), agency);
        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest), body);
        var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors").EnumerateArray().Select(e => e.Str("name")).ToList();
        Assert.That(errors, Is.EqualTo(new[] { "features[0].properties.code_com_d", "features[0].properties.code_com_g" }));
        Assert.That(await CountAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task A_file_with_a_missing_required_field_is_refused_with_every_problem_and_changes_nothing()
    {
        var before = await CountAsync();
        var broken = Segment("T-MISSING-2", "62791").Replace("\"ame_g\":\"BANDE CYCLABLE\",", "", StringComparison.Ordinal);
        var (status, body) = await ImportAsync(Collection(Segment("T-MISSING-1", "62791"), broken,
            Segment("T-MISSING-3", "62791", ",\"date_maj\":\"2024-13-01\"")), agency);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest), body);
        Assert.That(problem.GetProperty("errors").EnumerateArray().Select(e => (e.Str("name"), e.Str("reason"))), Is.EqualTo(new[]
        {
            ("features[1].properties.ame_g", "is required"),
            ("features[2].properties.date_maj", "'2024-13-01' is not a date written YYYY-MM-DD"),
        }));
        Assert.That(problem.Str("detail"), Does.Contain("reseau.geojson was refused, nothing was changed: 2 problems"));
        Assert.That(await CountAsync(), Is.EqualTo(before), "the valid first segment was not written either");
    }

    [TestCase("not json")]
    [TestCase("""{"type":"FeatureCollection","features":[""")]
    [TestCase("[1,2]")]
    public async Task A_file_that_is_not_a_feature_collection_is_a_400(string content)
    {
        var (status, body) = await ImportAsync(content, agency);
        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest), body);
    }

    [Test]
    public async Task Only_editors_import_and_a_partner_only_in_its_scope()
    {
        var before = await CountAsync();
        var file = Collection(Segment("T-SCOPE-1", "62396"));
        Assert.That((await ImportAsync(file, null)).Status, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await ImportAsync(file, reader)).Status, Is.EqualTo(HttpStatusCode.Forbidden), "a reader");
        var (status, body) = await ImportAsync(file, callEditor);
        Assert.That(status, Is.EqualTo(HttpStatusCode.Forbidden), "the CALL's editor, for a commune of the Ternois: " + body);
        Assert.That(await CountAsync(), Is.EqualTo(before));
        (status, body) = await ImportAsync(file, ternoisEditor);
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), body);

        // Nor may it take over a segment of another EPCI by its id_local.
        (status, body) = await ImportAsync(Collection(Segment("T-SCOPE-1", "62003")), callEditor);
        Assert.That(status, Is.EqualTo(HttpStatusCode.Forbidden), body);
        var kept = await ExportAsync("commune:62396");
        Assert.That(kept.GetProperty("features").EnumerateArray().Count(f => f.GetProperty("properties").Str("id_local") == "T-SCOPE-1"), Is.EqualTo(1));
    }

    [Test]
    public async Task The_km_of_a_commune_are_its_sides_lengths_by_type_and_status()
    {
        // Séricourt has no demo network: a street with a lane on each side (1.113 km, counted twice), a two-way track on one
        // side under works, and a greenway whose status is not given.
        const string code = "62791";
        var (status, body) = await ImportAsync(Collection(
            Segment("T-KM-1", code),
            Segment("T-KM-2", code, lon: 2.31).Replace("\"ame_g\":\"BANDE CYCLABLE\"", "\"ame_g\":\"AUCUN\"", StringComparison.Ordinal)
                .Replace("\"ame_d\":\"BANDE CYCLABLE\"", "\"ame_d\":\"PISTE CYCLABLE\"", StringComparison.Ordinal)
                .Replace("\"statut_d\":\"EN SERVICE\"", "\"statut_d\":\"EN TRAVAUX\"", StringComparison.Ordinal),
            Segment("T-KM-3", code, lon: 2.32).Replace("\"ame_d\":\"BANDE CYCLABLE\"", "\"ame_d\":\"VOIE VERTE\"", StringComparison.Ordinal)
                .Replace("\"ame_g\":\"BANDE CYCLABLE\"", "\"ame_g\":\"AUCUN\"", StringComparison.Ordinal)
                .Replace("\"statut_d\":\"EN SERVICE\",", "", StringComparison.Ordinal)), agency);
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), body);

        var network = await Client.GetJsonAsync($"/api/v1/mobilite/cycle-network?territory=commune:{code}");
        double Type(string type, string column) =>
            network.GetProperty("types").EnumerateArray().Single(t => t.Str("type") == type).GetProperty(column).GetDouble();
        var population = network.GetProperty("population").GetInt32();
        await Assert.MultipleAsync(async () =>
        {
            Assert.That(network.GetProperty("segments").GetInt32(), Is.EqualTo(3));
            Assert.That(Type("BANDE CYCLABLE", "enService"), Is.EqualTo(2 * MeridianKm).Within(0.01));
            Assert.That(Type("PISTE CYCLABLE", "enTravaux"), Is.EqualTo(MeridianKm).Within(0.01));
            Assert.That(Type("VOIE VERTE", "nonRenseigne"), Is.EqualTo(MeridianKm).Within(0.01));
            Assert.That(network.GetProperty("inServiceKm").GetDouble(), Is.EqualTo(2 * MeridianKm).Within(0.01), "only what is in service");
            Assert.That(network.GetProperty("kmPerThousand").GetDouble(), Is.EqualTo(1000 * 2 * MeridianKm / population).Within(0.5));

            // The platform's indicators say the same, and sum up into the EPCI.
            Assert.That(await ValueAsync("mobilite.cyclable_km", $"commune:{code}"), Is.EqualTo(2 * MeridianKm).Within(0.01));
            Assert.That(await ValueAsync("mobilite.cyclable_km_bande", $"commune:{code}"), Is.EqualTo(2 * MeridianKm).Within(0.01));
            Assert.That(await ValueAsync("mobilite.cyclable_km_piste", $"commune:{code}"), Is.EqualTo(0));
            Assert.That(await ValueAsync("mobilite.cyclable_km_en_travaux", $"commune:{code}"), Is.EqualTo(MeridianKm).Within(0.01));
            Assert.That(await ValueAsync("mobilite.cyclable_km_pour_1000_hab", $"commune:{code}"),
                Is.EqualTo(1000 * 2 * MeridianKm / population).Within(0.5));
        });
        var epci = await Client.GetJsonAsync($"/api/v1/mobilite/cycle-network?territory={Ternois}");
        Assert.That(await ValueAsync("mobilite.cyclable_km", Ternois), Is.EqualTo(epci.GetProperty("inServiceKm").GetDouble()).Within(0.01),
            "the EPCI's indicator is the sum of its communes, as the network says");
    }

    [Test]
    public async Task Replace_deletes_the_segments_of_the_files_communes_that_it_does_not_list()
    {
        var before = (await ExportAsync("commune:62178")).GetProperty("features").GetArrayLength();
        Assert.That(before, Is.GreaterThan(1), "Bruay-la-Buissière has demo segments");
        var (status, body) = await ImportAsync(Collection(Segment("T-REPLACE-1", "62178")), agency, replace: true);
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), body);
        Assert.That(JsonDocument.Parse(body).RootElement.GetProperty("deleted").GetInt32(), Is.EqualTo(before));
        var after = (await ExportAsync("commune:62178")).GetProperty("features");
        Assert.That(after.EnumerateArray().Select(f => f.GetProperty("properties").Str("id_local")), Is.EqualTo(new[] { "T-REPLACE-1" }));
        Assert.That((await ExportAsync("commune:62119")).GetProperty("features").GetArrayLength(), Is.GreaterThan(1), "other communes keep theirs");
    }

    [Test]
    public async Task A_priority_route_is_the_agencys_and_its_share_built_follows_the_segments()
    {
        const string commune = "commune:62143";
        var (status, body) = await ImportAsync(Collection(
            Segment("T-IP-1", "62143", ",\"nom_loc\":[\"Liaison Boffles\"]"),
            Segment("T-IP-2", "62143", ",\"nom_loc\":[\"Liaison Boffles\"]", lon: 2.31).Replace("EN SERVICE", "EN TRAVAUX", StringComparison.Ordinal)), agency);
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), body);
        const string route = """{"name":"Liaison Boffles","plannedKm":2}""";
        Assert.That((await PutRouteAsync(commune, route, null)).Status, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await PutRouteAsync(commune, route, ternoisEditor)).Status, Is.EqualTo(HttpStatusCode.Forbidden), "an EPCI's editor");
        (status, body) = await PutRouteAsync(commune, route, agency);
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), body);
        var answer = JsonDocument.Parse(body).RootElement;
        await Assert.MultipleAsync(async () =>
        {
            Assert.That(answer.GetProperty("builtKm").GetDouble(), Is.EqualTo(MeridianKm).Within(0.01), "the segment in service only, once");
            Assert.That(answer.GetProperty("share").GetDouble(), Is.EqualTo(100 * MeridianKm / 2).Within(0.5));
            Assert.That(await ValueAsync("mobilite.cyclable_part_itineraire_prioritaire", commune), Is.EqualTo(100 * MeridianKm / 2).Within(0.5));
        });
        var network = await Client.GetJsonAsync($"/api/v1/mobilite/cycle-network?territory={commune}");
        Assert.That(network.GetProperty("priorityRoutes")[0].Str("name"), Is.EqualTo("Liaison Boffles"));

        // Planned shorter than built: fully built, never more.
        (status, body) = await PutRouteAsync(commune, """{"name":"Liaison Boffles","plannedKm":0.5}""", agency);
        Assert.That(JsonDocument.Parse(body).RootElement.GetProperty("share").GetDouble(), Is.EqualTo(100), body);
        await using var connection = Factory.OpenConnection();
        Assert.That(await connection.ExecuteScalarAsync<int>("select count(*) from platform.audit_log where action = 'mobilite_priority_route'"),
            Is.EqualTo(2), "audited");
    }

    [TestCase("commune:62143", "null")]
    [TestCase("commune:62143", "{}")]
    [TestCase("commune:62143", """{"name":"","plannedKm":2}""")]
    [TestCase("commune:62143", """{"name":"Liaison","plannedKm":0}""")]
    [TestCase("commune:62143", """{"name":"Liaison","plannedKm":"deux"}""")]
    [TestCase("epci:200069672", """{"name":"Liaison","plannedKm":2}""")]
    public async Task A_bad_priority_route_is_a_400(string commune, string body)
    {
        var (status, text) = await PutRouteAsync(commune, body, agency);
        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest), text);
    }

    [Test]
    public async Task A_priority_route_of_an_unknown_commune_is_a_404() =>
        Assert.That((await PutRouteAsync("commune:75056", """{"name":"Liaison","plannedKm":2}""", agency)).Status, Is.EqualTo(HttpStatusCode.NotFound));

    private async Task<(HttpStatusCode Status, string Body)> PutRouteAsync(string commune, string json, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/mobilite/priority-routes/{commune}")
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        if (key is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await Client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task The_csv_export_has_the_schemas_columns_and_one_row_per_segment()
    {
        var geojson = await ExportAsync(Call);
        using var response = await Client.GetAsync($"/api/v1/mobilite/cycle-facilities?territory={Call}&format=csv");
        var csv = await response.Content.ReadAsStringAsync();
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
        var lines = csv.TrimEnd('\n').Split('\n');
        Assert.That(lines[0], Does.StartWith("id_local,reseau_loc,nom_loc,id_osm,num_iti,code_com_d,ame_d,"));
        Assert.That(lines[0], Does.EndWith(",ref_geo,longueur_m,geometrie_wkt"));
        Assert.That(lines, Has.Length.EqualTo(geojson.GetProperty("features").GetArrayLength() + 1));
        Assert.That(lines[1], Does.Contain("LINESTRING("));
    }

    [Test]
    public async Task The_ogc_collection_serves_the_segments_with_their_main_facility()
    {
        var items = await Client.GetJsonAsync("/ogc/collections/mobilite-amenagements-cyclables/items?limit=5&famille=voie_verte");
        Assert.That(items.GetProperty("features").GetArrayLength(), Is.EqualTo(5));
        foreach (var feature in items.GetProperty("features").EnumerateArray())
        {
            Assert.That(feature.GetProperty("geometry").Str("type"), Is.EqualTo("MultiLineString"));
            Assert.That(feature.GetProperty("properties").Str("amenagement"), Is.EqualTo("VOIE VERTE"));
        }
    }

    [TestCase("/api/v1/mobilite/cycle-network?territory=nowhere")]
    [TestCase("/api/v1/mobilite/cycle-facilities?territory=Béthune")]
    [TestCase("/api/v1/mobilite/cycle-facilities?format=xls")]
    public async Task Bad_parameters_are_a_400(string url) =>
        await (await Client.GetAsync(url)).ProblemAsync(HttpStatusCode.BadRequest);

    [TestCase("/api/v1/mobilite/cycle-network?territory=epci:999999999")]
    [TestCase("/api/v1/mobilite/cycle-facilities?territory=commune:75056")]
    public async Task An_unknown_territory_is_a_404(string url) =>
        await (await Client.GetAsync(url)).ProblemAsync(HttpStatusCode.NotFound);


    [Test]
    public async Task The_network_downloads_as_CSV_with_its_metadata_and_as_a_workbook_of_the_same_segments()
    {
        var downloads = await TableDownload.CheckAsync(Client, $"/api/v1/mobilite/cycle-facilities?territory={Call}&format=csv");
        var geojson = await Client.GetJsonAsync($"/api/v1/mobilite/cycle-facilities?territory={Call}");
        var columns = downloads.Csvw.GetProperty("tableSchema").GetProperty("columns").EnumerateArray().ToDictionary(c => c.Str("name"));
        Assert.Multiple(() =>
        {
            Assert.That(downloads.Rows.Select(r => r[0]), Is.EquivalentTo(geojson.GetProperty("features").EnumerateArray()
                .Select(f => f.GetProperty("properties").Str("id_local"))));
            Assert.That(columns["largeur_d"].Str("datatype"), Is.EqualTo("number"));
            Assert.That(columns["date_maj"].Str("datatype"), Is.EqualTo("date"));
            Assert.That(columns["ame_d"].Str("dc:description"), Does.Contain("schéma national"), "the layer's descriptions, not typed twice");
            Assert.That(downloads.Header[^1], Is.EqualTo("geometrie_wkt"));
        });
    }
}
