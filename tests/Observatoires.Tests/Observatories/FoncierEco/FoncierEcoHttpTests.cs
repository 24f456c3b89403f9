using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Dapper;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Observatories.FoncierEco;

/// <summary>
/// The platform's HTTP rules on the foncier économique routes (Platform/Http tests them on the test observatory): reads
/// revalidated by data version, a malformed or unknown EPCI, control characters, nulls and GeoJSON PostGIS would refuse
/// in lot bodies, the body limit. A 4xx problem that says what is wrong, never a 500, and nothing written.
/// </summary>
public sealed class FoncierEcoHttpTests : ApiTest
{
    private string editorKey = null!, agencyKey = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        editorKey = await CreateKeyAsync("partner_editor", "epci:200072460");
        agencyKey = await CreateKeyAsync("agency_editor");
    }

    [TestCase("/api/v1/foncier-eco/parks")]
    [TestCase("/api/v1/foncier-eco/parks?epci=epci:200072460")]
    public async Task Reads_carry_validators_and_answer_304(string url)
    {
        using var first = await Client.GetAsync(url);
        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK), await first.Content.ReadAsStringAsync());
        Assert.That(first.Headers.ETag, Is.Not.Null, "an ETag");
        Assert.That(first.Headers.CacheControl?.NoCache, Is.True, "revalidated before reuse");

        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var second = await Client.SendAsync(request);
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
    }

    [TestCase("bogus", HttpStatusCode.BadRequest)]
    [TestCase("commune:62119", HttpStatusCode.BadRequest)]
    [TestCase("epci:999999999", HttpStatusCode.NotFound)]
    public async Task Parks_of_an_unknown_or_malformed_EPCI_are_an_error(string epci, HttpStatusCode expected)
    {
        using var response = await Client.GetAsync($"/api/v1/foncier-eco/parks?epci={epci}");
        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(expected));
            Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain(epci));
        });
    }

    [Test]
    public async Task A_control_character_in_the_EPCI_is_a_400_naming_it()
    {
        var problem = await (await Client.GetAsync("/api/v1/foncier-eco/parks?epci=epci:200072460%00")).ProblemAsync(HttpStatusCode.BadRequest);
        var error = problem.GetProperty("errors").EnumerateArray().Single();
        Assert.That(error.Str("name"), Is.EqualTo("epci"));
        Assert.That(error.Str("reason"), Does.Contain("control character"));
    }

    [Test]
    public async Task A_control_character_in_a_lot_body_is_a_400_naming_the_member_and_changes_nothing()
    {
        var lot = await LotAsync();
        using var read = await Client.GetAsync($"/api/v1/foncier-eco/lots/{lot}");
        using var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/foncier-eco/lots/{lot}")
        {
            Content = new StringContent("""{"status":"occupe","occupantName":"Transports\u0000Leclercq"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", editorKey);
        request.Headers.TryAddWithoutValidation("If-Match", read.Headers.ETag!.ToString());
        var problem = await (await Client.SendAsync(request)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors")[0].Str("name"), Is.EqualTo("occupantName"));
        var after = await Client.GetJsonAsync($"/api/v1/foncier-eco/lots/{lot}");
        Assert.That(after.GetProperty("version").GetInt32(), Is.EqualTo(1), "nothing was written");
    }

    [TestCase("POST", "/api/v1/foncier-eco/lots/{lot}/split?dryRun=true",
        """{"cutLine":{"type":"LineString","coordinates":[[2.5,50.3],[2.6,50.6]]},"parts":null}""", "parts")]
    [TestCase("POST", "/api/v1/foncier-eco/lots/{lot}/split?dryRun=true", """{"parts":[null,null]}""", "parts[0]")]
    [TestCase("POST", "/api/v1/foncier-eco/parks/{park}/lots", """{"geometry":{"type":"Polygon"},"status":"friche"}""", "geometry")]
    public async Task A_body_member_that_is_null_or_empty_where_a_value_is_needed_is_a_400_naming_it(string method, string url, string body, string field)
    {
        var lot = await LotAsync();
        using var request = new HttpRequestMessage(new HttpMethod(method), url.Replace("{lot}", $"{lot}").Replace("{park}", $"{await ParkOfAsync(lot)}"))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", agencyKey);
        request.Headers.TryAddWithoutValidation("If-Match", "*");
        var problem = await (await Client.SendAsync(request)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").EnumerateArray().Select(e => e.Str("name")), Does.Contain(field));
    }

    // GeoJSON that NetTopologySuite reads leniently and PostGIS refuses: a numeric type, a type bigger than an int, a crs
    // naming an SRID bigger than an int.
    [TestCase("/api/v1/foncier-eco/parks/{park}/lots", """{"status":"friche","geometry":{"type":"5","coordinates":[[[[2.5,50.4],[2.6,50.4],[2.6,50.5],[2.5,50.4]]]]}}""", 201, 400)]
    [TestCase("/api/v1/foncier-eco/parks/{park}/lots", """{"status":"friche","geometry":{"type":"99999999999","coordinates":[]}}""", 400)]
    [TestCase("/api/v1/foncier-eco/parks/{park}/lots", """{"status":"friche","geometry":{"type":"Polygon","coordinates":[[[2.5,50.4],[2.6,50.4],[2.6,50.5],[2.5,50.4]]],"crs":{"type":"name","properties":{"name":"EPSG:99999999999"}}}}""", 400)]
    [TestCase("/api/v1/foncier-eco/lots/{lot}/split?dryRun=true", """{"cutLine":{"type":"99999999999","coordinates":[[2.5,50.3],[2.6,50.6]]}}""", 400)]
    [TestCase("/api/v1/foncier-eco/lots/{lot}/split?dryRun=true", """{"cutLine":{"type":"LineString","coordinates":[[2.5,50.3],[2.6,50.6]],"crs":{"type":"name","properties":{"name":"EPSG:99999999999"}}}}""", 200, 400)]
    public async Task GeoJSON_that_PostGIS_would_refuse_is_read_once_and_given_to_it_as_written_back(string url, string body, params int[] statuses)
    {
        var lot = await LotAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, url.Replace("{lot}", $"{lot}").Replace("{park}", $"{await ParkOfAsync(lot)}"))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", agencyKey);
        request.Headers.TryAddWithoutValidation("If-Match", await LotETagAsync(lot));
        using var response = await Client.SendAsync(request);
        Assert.That((int)response.StatusCode, Is.AnyOf(statuses.Cast<object>().ToArray()), await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task A_lot_drawn_with_heights_is_refused_before_PostGIS_stores_it()
    {
        // A lot retired leaves room in its park for the same polygon, given here with a third coordinate.
        var lot = await LotAsync();
        var park = await ParkOfAsync(lot);
        var geometry = JsonNode.Parse((await Client.GetJsonAsync($"/ogc/collections/foncier-eco-lots/items/{lot}")).GetProperty("geometry").GetRawText())!;
        foreach (var point in geometry["coordinates"]!.AsArray().SelectMany(p => p!.AsArray()).SelectMany(r => r!.AsArray()))
            point!.AsArray().Add(12.5);
        using (var retire = new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/foncier-eco/lots/{lot}"))
        {
            retire.Headers.Authorization = new AuthenticationHeaderValue("Bearer", agencyKey);
            retire.Headers.TryAddWithoutValidation("If-Match", await LotETagAsync(lot));
            using var retired = await Client.SendAsync(retire);
            Assert.That(retired.IsSuccessStatusCode, await retired.Content.ReadAsStringAsync());
        }
        using var create = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/foncier-eco/parks/{park}/lots")
        {
            Content = new StringContent($$"""{"status":"friche","geometry":{{geometry.ToJsonString()}}}""", Encoding.UTF8, "application/json"),
        };
        create.Headers.Authorization = new AuthenticationHeaderValue("Bearer", agencyKey);
        var problem = await (await Client.SendAsync(create)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors")[0].Str("reason"), Does.Contain("longitude, latitude"));
    }

    [Test]
    public async Task A_lot_body_over_1_MB_is_a_413()
    {
        var lot = await LotAsync();
        using var patch = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/foncier-eco/lots/{lot}")
        {
            Content = new StringContent($$"""{"occupantName":"{{new string('x', 2 * 1024 * 1024)}}"}""", Encoding.UTF8, "application/json"),
        };
        patch.Headers.Authorization = new AuthenticationHeaderValue("Bearer", editorKey);
        patch.Headers.TryAddWithoutValidation("If-Match", "\"lot-1-v1\"");
        var problem = await (await Client.SendAsync(patch)).ProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.That(problem.Str("detail"), Does.Contain("1 MB"));
    }

    /// <summary>The first lot of the editor's EPCI still at its first version.</summary>
    private async Task<int> LotAsync()
    {
        await using var connection = Factory.OpenConnection();
        return await connection.QueryFirstAsync<int>("""
            select l.lot_id from foncier_eco.lot_version l join foncier_eco.zae z on z.id = l.zae_id
            join platform.territory_membership m on m.member_id = z.commune_id and m.parent_id = 'epci:200072460'
            where l.valid_to is null and l.version = 1 order by l.lot_id
            """);
    }

    private async Task<int> ParkOfAsync(int lot)
    {
        await using var connection = Factory.OpenConnection();
        return await connection.QueryFirstAsync<int>("select zae_id from foncier_eco.lot_version where lot_id = @lot", new { lot });
    }

    /// <summary>The lot's current ETag: a write to a lot needs the version read (If-Match: * is refused).</summary>
    private async Task<string> LotETagAsync(int lot)
    {
        using var read = await Client.GetAsync($"/api/v1/foncier-eco/lots/{lot}");
        Assert.That(read.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return read.Headers.ETag!.ToString();
    }
}
