using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Dapper;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Observatories.Mobilite;

/// <summary>
/// The BAAC importer on a small hand-written sample in the ONISR's 2019+ layout: refused whole with every problem's file
/// and line (nothing written), accepted by the agency only, a year replacing that year, the accidents outside the
/// agency's communes counted and left out.
/// </summary>
public sealed class BaacImportTests : ApiTest
{
    private const string Header = "\"Num_Acc\";\"jour\";\"mois\";\"an\";\"hrmn\";\"lum\";\"dep\";\"com\";\"agg\";\"int\";\"atm\";\"col\";\"adr\";\"lat\";\"long\"";
    private string agency = null!, communeA = null!, communeB = null!, latitude = null!, longitude = null!;

    [OneTimeSetUp]
    public async Task Prepare()
    {
        agency = await CreateKeyAsync("agency_editor");
        await using var connection = Factory.OpenConnection();
        (communeA, communeB) = await connection.QuerySingleAsync<(string, string)>("""
            select min(code), max(code) from (select code from platform.territory where level = 'commune' order by code limit 2) c
            """);
        (latitude, longitude) = await connection.QuerySingleAsync<(string, string)>("""
            select replace(round(st_y(p)::numeric, 7)::text, '.', ','), replace(round(st_x(p)::numeric, 7)::text, '.', ',')
            from platform.territory cross join lateral st_pointonsurface(geom) p where id = 'commune:' || @communeA
            """, new { communeA });
    }

    private string Caracteristiques(string extra = "") => $"""
        {Header}
        "202300000001";"14";"03";"2023";"17:45";"2";"62";"{communeA}";"2";"3";"1";"3";"RUE DE LA GARE";"{latitude}";"{longitude}"
        "202300000002";"02";"11";"2023";"08:10";"1";"75";"75056";"2";"1";"2";"1";"BD PERIPHERIQUE";"48,8566000";"2,3522000"
        "202300000003";"30";"06";"2023";"23:05";"3";"62";"{communeB}";"1";"1";"1";"7";"";"";""
        {extra}
        """;

    private const string Lieux = """
        "Num_Acc";"catr";"voie";"v1";"v2";"circ";"nbv";"vosp";"prof";"pr";"pr1";"plan";"lartpc";"larrout";"surf";"infra";"situ";"vma"
        "202300000001";"4";"GARE";"-1";"";"2";"2";"0";"1";"(1)";"(1)";"1";"";"-1";"1";"0";"1";"50"
        "202300000002";"4";"PERIPHERIQUE";"-1";"";"1";"4";"0";"1";"(1)";"(1)";"1";"";"-1";"1";"0";"1";"70"
        "202300000003";"3";"D 341";"-1";"";"2";"2";"0";"1";"12";"300";"1";"";"-1";"1";"0";"1";"80"
        """;

    private const string Vehicules = """
        "Num_Acc";"id_vehicule";"num_veh";"senc";"catv";"obs";"obsm";"choc";"manv";"motor";"occutc"
        "202300000001";"203 851 184";"A01";"1";"1";"0";"2";"1";"1";"5";""
        "202300000001";"203 851 185";"B01";"1";"7";"0";"1";"1";"15";"1";""
        "202300000002";"203 851 186";"A01";"1";"7";"0";"3";"1";"1";"1";""
        "202300000003";"203 851 187";"A01";"2";"33";"1";"0";"1";"1";"1";""
        """;

    private static string Usagers(string extra = "") => $"""
        "Num_Acc";"id_usager";"id_vehicule";"num_veh";"place";"catu";"grav";"sexe";"an_nais";"trajet";"secu1";"secu2";"secu3";"locp";"actp";"etatp"
        "202300000001";"267 000 001";"203 851 184";"A01";"1";"1";"3";"2";"1978";"5";"2";"-1";"-1";"-1";"-1";"-1"
        "202300000001";"267 000 002";"203 851 185";"B01";"1";"1";"1";"1";"1990";"1";"1";"-1";"-1";"-1";"-1";"-1"
        "202300000002";"267 000 003";"203 851 186";"A01";"1";"1";"4";"1";"2001";"5";"1";"-1";"-1";"-1";"-1";"-1"
        "202300000003";"267 000 004";"203 851 187";"A01";"1";"1";"2";"1";"1999";"5";"2";"-1";"-1";"-1";"-1";"-1"
        {extra}
        """;

    private async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(string? key, string caracteristiques, string usagers, bool zipped = false)
    {
        using var form = new MultipartFormDataContent();
        var files = new[] { ("caracteristiques", "carcteristiques-2023.csv", caracteristiques), ("lieux", "lieux-2023.csv", Lieux),
            ("vehicules", "vehicules-2023.csv", Vehicules), ("usagers", "usagers-2023.csv", usagers) };
        if (zipped)
        {
            using var buffer = new MemoryStream();
            using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
                foreach (var (_, name, text) in files)
                {
                    await using var entry = zip.CreateEntry("baac-2023/" + name).Open();
                    await entry.WriteAsync(Encoding.UTF8.GetBytes(text));
                }
            form.Add(new ByteArrayContent(buffer.ToArray()), "archive", "baac-2023.zip");
        }
        else
            foreach (var (field, name, text) in files)
                form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(text)), field, name);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/mobilite/imports/accidents") { Content = form };
        if (key is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone());
    }

    private async Task<long> AccidentsOf2023Async()
    {
        await using var connection = Factory.OpenConnection();
        return await connection.ExecuteScalarAsync<long>("select count(*) from mobilite.accident where year = 2023");
    }

    [Test, Order(1)]
    public async Task A_user_of_an_unknown_accident_is_refused_with_its_file_and_line_and_nothing_is_written()
    {
        var before = await AccidentsOf2023Async();
        var (status, problem) = await PostAsync(agency, Caracteristiques(),
            Usagers("\"202300099999\";\"267 000 009\";\"203 851 184\";\"A01\";\"1\";\"1\";\"3\";\"2\";\"1978\";\"5\";\"2\";\"-1\";\"-1\";\"-1\";\"-1\";\"-1\""));
        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest), problem.ToString());
        var errors = problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("reason").GetString()).ToList();
        Assert.That(errors, Is.EqualTo(new[] { "usagers-2023.csv line 6: accident 202300099999 is not in the caractéristiques file" }));
        Assert.That(await AccidentsOf2023Async(), Is.EqualTo(before), "nothing written");
    }

    [Test, Order(2)]
    public async Task Every_problem_is_listed_with_its_file_and_line()
    {
        var (status, problem) = await PostAsync(agency,
            Caracteristiques("\"202300000004\";\"31\";\"02\";\"2023\";\"25:00\";\"8\";\"62\";\"62\";\"2\";\"1\";\"1\";\"1\";\"\";\"\";\"\""),
            Usagers("\"202300000003\";\"267 000 010\";\"999\";\"A01\";\"1\";\"4\";\"3\";\"2\";\"78\";\"5\";\"2\";\"-1\";\"-1\";\"-1\";\"-1\";\"-1\""));
        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
        var errors = problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("reason").GetString()).ToList();
        Assert.That(errors, Is.EqualTo(new[]
        {
            "carcteristiques-2023.csv line 5: hrmn '25:00' is not a time (HH:MM)",
            "carcteristiques-2023.csv line 5: com '62' is not a commune's INSEE code (5 characters)",
            "carcteristiques-2023.csv line 5: lum '8' is not a BAAC code (1, 2, 3, 4, 5 or -1)",
            "carcteristiques-2023.csv line 5: 31/2/2023 is not a date",
            "usagers-2023.csv line 6: vehicle 999 of accident 202300000003 is not in the vehicules file",
        }));
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("5 problems"));
    }

    [Test, Order(3)]
    public async Task Only_the_agency_imports()
    {
        var partner = await CreateKeyAsync("partner_editor", "epci:200072460");
        Assert.That((await PostAsync(partner, Caracteristiques(), Usagers())).Status, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await PostAsync(null, Caracteristiques(), Usagers())).Status, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test, Order(4)]
    public async Task A_valid_year_replaces_that_year_and_keeps_the_agencys_communes_only()
    {
        var before = await AccidentsOf2023Async();
        var (status, result) = await PostAsync(agency, Caracteristiques(), Usagers());
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), result.ToString());
        Assert.Multiple(() =>
        {
            Assert.That(result.GetProperty("years").EnumerateArray().Select(y => y.GetInt32()), Is.EqualTo(new[] { 2023 }));
            Assert.That(result.GetProperty("accidents").GetInt32(), Is.EqualTo(2));
            Assert.That(result.GetProperty("outside").GetInt32(), Is.EqualTo(1), "Paris is not the agency's");
            Assert.That(result.GetProperty("replaced").GetInt32(), Is.EqualTo(before), "the demo accidents of 2023");
            Assert.That(result.GetProperty("placedAtCommuneCentre").GetInt32(), Is.EqualTo(1), "the third has no coordinates");
            Assert.That(result.GetProperty("users").GetInt32(), Is.EqualTo(3));
        });
        var accidents = await Client.GetJsonAsync("/api/v1/mobilite/accidents?from=2023&to=2023");
        var first = accidents.GetProperty("features")[0];
        Assert.Multiple(() =>
        {
            Assert.That(accidents.GetProperty("features").GetArrayLength(), Is.EqualTo(2));
            Assert.That(first.GetProperty("properties").GetProperty("numAcc").GetString(), Is.EqualTo("202300000001"));
            Assert.That(first.GetProperty("properties").GetProperty("pietonOuCycliste").GetBoolean(), "a bicycle (catv 1)");
            Assert.That(first.GetProperty("properties").GetProperty("lighting").GetString(), Is.EqualTo("Crépuscule ou aube"));
            Assert.That(first.GetProperty("geometry").GetProperty("coordinates")[1].GetDouble(),
                Is.EqualTo(double.Parse(latitude.Replace(',', '.'), CultureInfo.InvariantCulture)).Within(1e-6));
        });
        var indicator = await Client.GetJsonAsync($"/api/v1/indicators/mobilite.accidents_pieton_cycliste/values?territories=commune:{communeA}&period=2023");
        Assert.That(indicator.GetProperty("items")[0].GetProperty("value").GetDouble(), Is.EqualTo(1), "recomputed from the import");
        Assert.That(await Client.GetJsonAsync("/api/v1/mobilite/accidents?from=2022&to=2022") is var y2022
            && y2022.GetProperty("features").GetArrayLength() > 0, "the other years' accidents are still there");

        var (again, zipped) = await PostAsync(agency, Caracteristiques(), Usagers(), zipped: true);
        Assert.That(again, Is.EqualTo(HttpStatusCode.OK), zipped.ToString());
        Assert.That(zipped.GetProperty("replaced").GetInt32(), Is.EqualTo(2), "the same year again, from a zip: the two accidents replaced");
        Assert.That(await AccidentsOf2023Async(), Is.EqualTo(2));
    }

    [Test]
    public async Task Missing_files_are_a_400_naming_them()
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(Lieux)), "lieux", "lieux-2023.csv" } };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/mobilite/imports/accidents") { Content = form };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", agency);
        using var response = await Client.SendAsync(request);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("caracteristiques, lieux, vehicules and usagers"));
    }

    [Test]
    public async Task The_import_route_takes_the_files_of_a_whole_year_beyond_the_1_MB_of_other_routes()
    {
        // Two megabytes of lines that are not BAAC: read and refused as such (400), not cut by the body limit (413).
        var big = Caracteristiques() + string.Concat(Enumerable.Repeat("\"x\";\"x\"\n", 2 * 1024 * 1024 / 10));
        var (status, problem) = await PostAsync(agency, big, Usagers());
        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest), problem.ToString());
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("problems"));
    }
}
