using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Observatoires.Api.Platform.Access.Keys;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Platform.Http;

/// <summary>What a malformed request gets: a 4xx problem that says what is wrong, never a 500.</summary>
public sealed class BadInputTests : ApiTest
{
    private string editorKey = null!, agencyKey = null!;
    private string folder = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        editorKey = await CreateKeyAsync("partner_editor", "epci:200072460");
        agencyKey = await CreateKeyAsync("agency_editor");
        folder = Directory.CreateTempSubdirectory("observatoires-bad-input-").FullName;
    }

    [OneTimeTearDown]
    public void Stop() => Directory.Delete(folder, true);

    [TestCase("/api/v1/territories?q=beth%00une", "q")]
    [TestCase("/api/v1/territories?level=epci&q=%01", "q")]
    [TestCase("/api/v1/territories?limit=2%00", "limit")]
    [TestCase("/api/v1/territories/commune:62119%01", "id")]
    [TestCase("/api/v1/foncier-eco/parks?epci=epci:200072460%00", "epci")]
    [TestCase("/api/v1/indicators/portrait.population/values?territories=epci:200072460&period=2020%1F", "period")]
    [TestCase("/ogc/collections/emploi-etablissements/items?naf_section=G%00", "naf_section")]
    [TestCase("/ogc/collections/communes/items/62119%1F", "featureId")]
    public async Task A_control_character_in_a_query_or_route_value_is_a_400_naming_it(string url, string field)
    {
        var problem = await ProblemAsync(await Client.GetAsync(url), HttpStatusCode.BadRequest);
        var error = problem.GetProperty("errors").EnumerateArray().Single();
        Assert.That(error.Str("name"), Is.EqualTo(field));
        Assert.That(error.Str("reason"), Does.Contain("control character"));
    }

    [Test]
    public async Task A_control_character_in_a_key_header_is_a_400_naming_it()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/territories?level=epci");
        request.Headers.TryAddWithoutValidation("X-Api-Key", "obs_\0\0\0\0\0\0\0\0_" + new string('a', 32));
        var problem = await ProblemAsync(await Client.SendAsync(request), HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors")[0].Str("name"), Is.EqualTo("x-api-key"));
    }

    [Test]
    public async Task A_control_character_in_a_JSON_body_is_a_400_naming_the_member_and_changes_nothing()
    {
        var lot = await LotAsync();
        using var read = await Client.GetAsync($"/api/v1/foncier-eco/lots/{lot}");
        using var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/foncier-eco/lots/{lot}")
        {
            Content = new StringContent("""{"status":"occupe","occupantName":"Transports\u0000Leclercq"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", editorKey);
        request.Headers.TryAddWithoutValidation("If-Match", read.Headers.ETag!.ToString());
        var problem = await ProblemAsync(await Client.SendAsync(request), HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors")[0].Str("name"), Is.EqualTo("occupantName"));

        using var whatIf = await Client.PostAsync("/api/v1/friches/scores/what-if",
            new StringContent("""{"weights":{"pollution":5,"area\u0007":1}}""", Encoding.UTF8, "application/json"));
        problem = await ProblemAsync(whatIf, HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors")[0].Str("name"), Does.StartWith("weights"));
        var after = await Client.GetJsonAsync($"/api/v1/foncier-eco/lots/{lot}");
        Assert.That(after.GetProperty("version").GetInt32(), Is.EqualTo(1), "nothing was written");
    }

    [TestCase("""{"weights":{"pollution":5},"note":"a\ud800b"}""", "note")]
    [TestCase("""{"weights":{"pollution\udc00":5}}""", "weights.pollution\\udc00")]
    [TestCase("\"\\ud800\"", "body")]
    public async Task An_escaped_lone_surrogate_in_a_JSON_body_is_a_400_naming_the_member(string body, string field)
    {
        var problem = await ProblemAsync(await Client.PostAsync("/api/v1/friches/scores/what-if",
            new StringContent(body, Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors")[0].Str("name"), Is.EqualTo(field));
        Assert.That(problem.GetProperty("errors")[0].Str("reason"), Does.Contain("surrogate"));
    }

    [Test]
    public async Task A_control_character_in_a_CSV_cell_is_a_problem_of_its_line_over_HTTP_and_on_the_command_line()
    {
        const string csv = "indicator,territory,period,value,vintage\nemploi.salaries_prives,commune:62119,2023,1,INSEE\u00002025\n";
        var problem = await ProblemAsync(await UploadAsync(csv), HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors")[0].Str("reason"), Does.StartWith("line 2: vintage").And.Contain("control character"));

        var file = Path.Combine(folder, "nul.csv");
        await File.WriteAllTextAsync(file, csv);
        var (exitCode, output) = await CliRunner.RunAsync(Factory.Services, "import", "values", "--file", file);
        Assert.That(exitCode, Is.EqualTo(1), output);
        Assert.That(output, Does.Contain("line 2: vintage").And.Contain("control character"));
    }

    [TestCase("POST", "/api/v1/friches/scores/what-if", """{"weights":null}""", "weights")]
    [TestCase("PUT", "/api/v1/zan/trajectory", """{"shares":null}""", "shares")]
    [TestCase("POST", "/api/v1/foncier-eco/lots/{lot}/split?dryRun=true",
        """{"cutLine":{"type":"LineString","coordinates":[[2.5,50.3],[2.6,50.6]]},"parts":null}""", "parts")]
    [TestCase("POST", "/api/v1/foncier-eco/lots/{lot}/split?dryRun=true", """{"parts":[null,null]}""", "parts[0]")]
    [TestCase("POST", "/api/v1/foncier-eco/parks/{park}/lots", """{"geometry":{"type":"Polygon"},"status":"friche"}""", "geometry")]
    public async Task A_body_member_that_is_null_or_empty_where_a_value_is_needed_is_a_400_naming_it(string method, string url, string body, string field)
    {
        var lot = await LotAsync();
        int park;
        await using (var connection = Factory.OpenConnection())
            park = await connection.QueryFirstAsync<int>("select zae_id from foncier_eco.lot_version where lot_id = @lot", new { lot });
        using var request = new HttpRequestMessage(new HttpMethod(method), url.Replace("{lot}", $"{lot}").Replace("{park}", $"{park}"))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", agencyKey);
        request.Headers.TryAddWithoutValidation("If-Match", "*");
        var problem = await ProblemAsync(await Client.SendAsync(request), HttpStatusCode.BadRequest);
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
        int park;
        await using (var connection = Factory.OpenConnection())
            park = await connection.QueryFirstAsync<int>("select zae_id from foncier_eco.lot_version where lot_id = @lot", new { lot });
        using var request = new HttpRequestMessage(HttpMethod.Post, url.Replace("{lot}", $"{lot}").Replace("{park}", $"{park}"))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", agencyKey);
        request.Headers.TryAddWithoutValidation("If-Match", await LotETagAsync(lot));
        using var response = await Client.SendAsync(request);
        Assert.That((int)response.StatusCode, Is.AnyOf(statuses.Cast<object>().ToArray()), await response.Content.ReadAsStringAsync());
    }

    /// <summary>The lot's current ETag: a write to a lot needs the version read (If-Match: * is refused).</summary>
    private async Task<string> LotETagAsync(int lot)
    {
        using var read = await Client.GetAsync($"/api/v1/foncier-eco/lots/{lot}");
        Assert.That(read.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return read.Headers.ETag!.ToString();
    }

    [Test]
    public async Task A_lot_drawn_with_heights_is_refused_before_PostGIS_stores_it()
    {
        // A lot retired leaves room in its park for the same polygon, given here with a third coordinate.
        var lot = await LotAsync();
        int park;
        await using (var connection = Factory.OpenConnection())
            park = await connection.QueryFirstAsync<int>("select zae_id from foncier_eco.lot_version where lot_id = @lot", new { lot });
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
        var problem = await ProblemAsync(await Client.SendAsync(create), HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors")[0].Str("reason"), Does.Contain("longitude, latitude"));
    }

    [Test]
    public async Task A_column_given_twice_is_a_problem_of_the_header()
    {
        var problem = await ProblemAsync(await UploadAsync("indicator,territory,period,value,Value\nemploi.salaries_prives,commune:62119,2023,1,2\n"),
            HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors")[0].Str("reason"), Is.EqualTo("line 1: column 'value' is given twice"));
    }

    [Test]
    public async Task An_uploaded_file_is_refused_with_every_problem_as_the_command_line_lists_them()
    {
        var csv = new StringBuilder("indicator,territory,period,value\n");
        csv.Append("emploi.nothing,commune:62119,2023,1\n");
        csv.Append("emploi.salaries_prives,commune:99999,2023,1\n");
        csv.Append("emploi.salaries_prives,commune:62119,2023,douze\n");
        var problem = await ProblemAsync(await UploadAsync(csv.ToString()), HttpStatusCode.BadRequest);
        var reasons = problem.GetProperty("errors").EnumerateArray().Select(e => e.Str("reason")).ToList();
        Assert.That(reasons, Has.Count.EqualTo(3));
        Assert.That(reasons[0], Does.StartWith("line 2:"));
        Assert.That(reasons[2], Does.StartWith("line 4:"));
        Assert.That(problem.Str("detail"), Does.Contain("3 problems"));

        for (var i = 0; i < 147; i++)
            csv.Append("emploi.salaries_prives,commune:62119,2023,douze\n");
        problem = await ProblemAsync(await UploadAsync(csv.ToString()), HttpStatusCode.BadRequest);
        reasons = [.. problem.GetProperty("errors").EnumerateArray().Select(e => e.Str("reason"))];
        var file = Path.Combine(folder, "many.csv");
        await File.WriteAllTextAsync(file, csv.ToString());
        var (_, output) = await CliRunner.RunAsync(Factory.Services, "import", "values", "--file", file);
        Assert.That(reasons, Has.Count.EqualTo(100), "capped as on the command line");
        Assert.That(problem.Str("detail"), Does.Contain("150 problems").And.Contain("first 100"));
        Assert.That(output, Does.Contain("150 problems").And.Contain("and 50 more"));
        Assert.That(reasons.Where(r => !output.Contains(r, StringComparison.Ordinal)), Is.Empty, "the same lines both ways");
    }

    [Test]
    public async Task Echoed_values_are_cut_to_100_characters()
    {
        var random = new Random(5);
        var huge = string.Concat(Enumerable.Range(0, 5 * 1024 * 1024).Select(_ => (char)random.Next('a', 'z' + 1)));
        // A URL holds at most 65,519 characters in .NET (and 8 KB in Kestrel's request line); an upload holds 5 MB.
        var problem = await ProblemAsync(await Client.GetAsync($"/api/v1/territories?level={huge[..20_000]}"), HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors")[0].Str("reason"), Does.Contain(huge[..100] + "…").And.Not.Contain(huge[..101]));

        problem = await ProblemAsync(await Client.GetAsync($"/ogc/collections/{huge[..20_000]}"), HttpStatusCode.NotFound);
        Assert.That(problem.Str("detail"), Does.Contain(huge[..100] + "…").And.Not.Contain(huge[..101]));

        using var response = await UploadAsync($"indicator,territory,period,value\n{huge},commune:62119,2023,1\n");
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(body.Length, Is.LessThan(2000));
        problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors")[0].Str("reason"), Does.Contain(huge[..100] + "…").And.Not.Contain(huge[..101]));
    }

    [Test]
    public async Task A_JSON_body_over_1_MB_is_a_413_saying_the_limit()
    {
        var body = $$"""{"weights":{"pollution":5},"padding":"{{new string('x', 1024 * 1024)}}"}""";
        var problem = await ProblemAsync(await Client.PostAsync("/api/v1/friches/scores/what-if",
            new StringContent(body, Encoding.UTF8, "application/json")), HttpStatusCode.RequestEntityTooLarge);
        Assert.That(problem.Str("detail"), Does.Contain("1 MB"));

        // Without a length announced: cut while it is read.
        var chunked = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(body)));
        chunked.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/friches/scores/what-if") { Content = chunked };
        request.Headers.TransferEncodingChunked = true;
        await ProblemAsync(await Client.SendAsync(request), HttpStatusCode.RequestEntityTooLarge);

        var lot = await LotAsync();
        using var patch = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/foncier-eco/lots/{lot}")
        {
            Content = new StringContent($$"""{"occupantName":"{{new string('x', 2 * 1024 * 1024)}}"}""", Encoding.UTF8, "application/json"),
        };
        patch.Headers.Authorization = new AuthenticationHeaderValue("Bearer", editorKey);
        patch.Headers.TryAddWithoutValidation("If-Match", "\"lot-1-v1\"");
        await ProblemAsync(await Client.SendAsync(patch), HttpStatusCode.RequestEntityTooLarge);
    }

    [TestCase(true)]
    [TestCase(false)]
    public async Task An_upload_over_256_MB_is_a_413_saying_the_limit(bool lengthAnnounced)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/imports/values");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", agencyKey);
        var file = new StreamContent(new ZeroStream(257L * 1024 * 1024, seekable: lengthAnnounced));
        request.Content = new MultipartFormDataContent { { file, "file", "huge.csv" } };
        var problem = await ProblemAsync(await Client.SendAsync(request), HttpStatusCode.RequestEntityTooLarge);
        Assert.That(problem.Str("detail"), Does.Contain("256 MB"));
    }

    [Test]
    public async Task Another_authorization_scheme_is_a_401_saying_which_are_accepted()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/territories?level=epci");
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("agence:secret")));
        using var response = await Client.SendAsync(request);
        var challenge = response.Headers.WwwAuthenticate.ToString();
        var problem = await ProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.That(challenge, Does.StartWith("Bearer").And.Contain("X-Api-Key"));
        Assert.That(problem.Str("detail"), Does.Contain("Basic").And.Contain("Bearer").And.Contain("X-Api-Key"));

        using var empty = new HttpRequestMessage(HttpMethod.Get, "/api/v1/territories?level=epci");
        empty.Headers.TryAddWithoutValidation("Authorization", "Bearer");
        await ProblemAsync(await Client.SendAsync(empty), HttpStatusCode.Unauthorized);
    }

    private async Task<int> LotAsync()
    {
        await using var connection = Factory.OpenConnection();
        return await connection.QueryFirstAsync<int>("""
            select l.lot_id from foncier_eco.lot_version l join foncier_eco.zae z on z.id = l.zae_id
            join platform.territory_membership m on m.member_id = z.commune_id and m.parent_id = 'epci:200072460'
            where l.valid_to is null and l.version = 1 order by l.lot_id
            """);
    }

    private async Task<HttpResponseMessage> UploadAsync(string csv)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/imports/values");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", agencyKey);
        request.Content = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", "values.csv" } };
        return await Client.SendAsync(request);
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.That(response.StatusCode, Is.EqualTo(expected), body.Length > 2000 ? body[..2000] : body);
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            return JsonDocument.Parse(body).RootElement.Clone();
        }
    }

    /// <summary>
    /// A body of zeros made as it is read, so that a test can send more than it could hold. Seekable, its length is
    /// announced (Content-Length); otherwise the body is sent chunked.
    /// </summary>
    private sealed class ZeroStream(long length, bool seekable) : Stream
    {
        private long position;

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - position);
            Array.Clear(buffer, offset, n);
            position += n;
            return n;
        }

        public override bool CanRead => true;
        public override bool CanSeek => seekable;
        public override bool CanWrite => false;
        public override long Length => seekable ? length : throw new NotSupportedException();
        public override long Position { get => position; set => position = value; }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => position = origin == SeekOrigin.Begin ? offset : throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
