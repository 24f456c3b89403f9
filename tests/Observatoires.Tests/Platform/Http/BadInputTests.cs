using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Dapper;
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
    [TestCase("/api/v1/test/counts?within=epci:200072460%00", "within")]
    [TestCase("/api/v1/indicators/test.population/values?territories=epci:200072460&period=2020%1F", "period")]
    [TestCase("/ogc/collections/test-points/items?naf_section=G%00", "naf_section")]
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
        var problem = await ProblemAsync(await NoteAsync("""{"text":"Transports\u0000Leclercq"}"""), HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors")[0].Str("name"), Is.EqualTo("text"));

        problem = await ProblemAsync(await NoteAsync("""{"text":"vu","scores":{"acces":5,"area\u0007":1}}"""), HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors")[0].Str("name"), Does.StartWith("scores"));
        await using var connection = Factory.OpenConnection();
        Assert.That(await connection.ExecuteScalarAsync<int>("select count(*) from test.note"), Is.Zero, "nothing was written");
    }

    [TestCase("""{"text":"a\ud800b"}""", "text")]
    [TestCase("""{"text":"vu","note":"a\ud800b"}""", "note")]
    [TestCase("""{"text":"vu","scores":{"acces\udc00":5}}""", "scores.acces\\udc00")]
    [TestCase("\"\\ud800\"", "body")]
    public async Task An_escaped_lone_surrogate_in_a_JSON_body_is_a_400_naming_the_member(string body, string field)
    {
        var problem = await ProblemAsync(await NoteAsync(body), HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors")[0].Str("name"), Is.EqualTo(field));
        Assert.That(problem.GetProperty("errors")[0].Str("reason"), Does.Contain("surrogate"));
    }

    [Test]
    public async Task A_control_character_in_a_CSV_cell_is_a_problem_of_its_line_over_HTTP_and_on_the_command_line()
    {
        const string csv = "indicator,territory,period,value,vintage\ntest.salaries,commune:62119,2023,1,INSEE\u00002025\n";
        var problem = await ProblemAsync(await UploadAsync(csv), HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors")[0].Str("reason"), Does.StartWith("line 2: vintage").And.Contain("control character"));

        var file = Path.Combine(folder, "nul.csv");
        await File.WriteAllTextAsync(file, csv);
        var (exitCode, output) = await CliRunner.RunAsync(Factory.Services, "import", "values", "--file", file);
        Assert.That(exitCode, Is.EqualTo(1), output);
        Assert.That(output, Does.Contain("line 2: vintage").And.Contain("control character"));
    }

    [TestCase("""{"text":"vu","scores":null}""", "scores")]
    [TestCase("""{"text":"vu","parts":null}""", "parts")]
    [TestCase("""{"text":"vu","parts":[null,null]}""", "parts[0]")]
    public async Task A_body_member_that_is_null_or_empty_where_a_value_is_needed_is_a_400_naming_it(string body, string field)
    {
        var problem = await ProblemAsync(await NoteAsync(body), HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").EnumerateArray().Select(e => e.Str("name")), Does.Contain(field));
    }

    [Test]
    public async Task A_column_given_twice_is_a_problem_of_the_header()
    {
        var problem = await ProblemAsync(await UploadAsync("indicator,territory,period,value,Value\ntest.salaries,commune:62119,2023,1,2\n"),
            HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors")[0].Str("reason"), Is.EqualTo("line 1: column 'value' is given twice"));
    }

    [Test]
    public async Task An_uploaded_file_is_refused_with_every_problem_as_the_command_line_lists_them()
    {
        var csv = new StringBuilder("indicator,territory,period,value\n");
        csv.Append("test.nothing,commune:62119,2023,1\n");
        csv.Append("test.salaries,commune:99999,2023,1\n");
        csv.Append("test.salaries,commune:62119,2023,douze\n");
        var problem = await ProblemAsync(await UploadAsync(csv.ToString()), HttpStatusCode.BadRequest);
        var reasons = problem.GetProperty("errors").EnumerateArray().Select(e => e.Str("reason")).ToList();
        Assert.That(reasons, Has.Count.EqualTo(3));
        Assert.That(reasons[0], Does.StartWith("line 2:"));
        Assert.That(reasons[2], Does.StartWith("line 4:"));
        Assert.That(problem.Str("detail"), Does.Contain("3 problems"));

        for (var i = 0; i < 147; i++)
            csv.Append("test.salaries,commune:62119,2023,douze\n");
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
        var body = $$"""{"text":"vu","padding":"{{new string('x', 1024 * 1024)}}"}""";
        var problem = await ProblemAsync(await NoteAsync(body), HttpStatusCode.RequestEntityTooLarge);
        Assert.That(problem.Str("detail"), Does.Contain("1 MB"));

        // Without a length announced: cut while it is read.
        var chunked = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(body)));
        chunked.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/test/points/{await EstablishmentAsync()}/notes") { Content = chunked };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", editorKey);
        request.Headers.TransferEncodingChunked = true;
        await ProblemAsync(await Client.SendAsync(request), HttpStatusCode.RequestEntityTooLarge);

        // Before the key is even read.
        await ProblemAsync(await Client.PostAsync($"/api/v1/test/points/{await EstablishmentAsync()}/notes",
            new StringContent(body, Encoding.UTF8, "application/json")), HttpStatusCode.RequestEntityTooLarge);
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

    /// <summary>A test establishment inside the editor's EPCI.</summary>
    private async Task<int> EstablishmentAsync()
    {
        await using var connection = Factory.OpenConnection();
        return await connection.QueryFirstAsync<int>("""
            select e.id from test.etablissement e
            join platform.territory_membership m on m.member_id = e.commune_id and m.parent_id = 'epci:200072460'
            order by e.id
            """);
    }

    /// <summary>A JSON body to a module's write route (the test observatory's notes), as an editor allowed to write there.</summary>
    private async Task<HttpResponseMessage> NoteAsync(string json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/test/points/{await EstablishmentAsync()}/notes")
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", editorKey);
        return await Client.SendAsync(request);
    }

    private async Task<HttpResponseMessage> UploadAsync(string csv)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/imports/values");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", agencyKey);
        request.Content = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", "values.csv" } };
        return await Client.SendAsync(request);
    }

    private static Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected) => response.ProblemAsync(expected);

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
