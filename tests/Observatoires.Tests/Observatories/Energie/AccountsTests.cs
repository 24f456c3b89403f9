using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Dapper;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Observatories.Energie;

/// <summary>
/// The energy accounts as the agency's energy team checks them against its 2024 activity report: the headline
/// figures, the wind and rooftop PV per EPCI, the région's shares, out of the API from the stored demo data.
/// </summary>
public sealed class AccountsTests : ApiTest
{
    private const string Aula = "groupement:aula", Cabbalr = "epci:200072460", Call = "epci:246200364", Ternois = "epci:200069672",
        Cc7v = "epci:200044030", Cahc = "epci:246200299";

    private static JsonElement Year(JsonElement accounts, int year) =>
        accounts.GetProperty("years").EnumerateArray().Single(y => y.GetProperty("year").GetInt32() == year);

    private static double Source(JsonElement accounts, int year, string source) =>
        Year(accounts, year).GetProperty("production").GetProperty("bySource").TryGetProperty(source, out var gwh) ? gwh.GetDouble() : 0;

    private async Task<JsonElement> AccountsAsync(string territory, string? compare = "none") =>
        (await Client.GetJsonAsync($"/api/v1/energie/accounts?territory={territory}" + (compare is null ? "" : $"&compare={compare}"))).GetProperty("territory");

    [Test]
    public async Task The_AULA_headline_is_the_reports()
    {
        var headline = (await AccountsAsync(Aula)).GetProperty("headline");
        Assert.Multiple(() =>
        {
            Assert.That(headline.GetProperty("consumptionYear").GetInt32(), Is.EqualTo(2022));
            Assert.That(headline.GetProperty("consumptionGwh").GetDouble(), Is.EqualTo(12_756), "12,756 GWh in 2022");
            Assert.That(Math.Round(headline.GetProperty("gasShare").GetDouble() * 100), Is.EqualTo(47), "gas 47 %");
            Assert.That(headline.GetProperty("productionYear").GetInt32(), Is.EqualTo(2023));
            Assert.That(headline.GetProperty("productionGwh").GetDouble(), Is.EqualTo(1_192), "1,192 GWh in 2023");
            var balance = headline.GetProperty("decarbonisedBalance");
            Assert.That(Math.Round(balance.GetProperty("share").GetDouble() * 100, 1), Is.EqualTo(9.3), "9.3 %");
            Assert.That(balance.GetProperty("productionYear").GetInt32(), Is.EqualTo(2023));
            Assert.That(balance.GetProperty("consumptionYear").GetInt32(), Is.EqualTo(2022), "production 2023 ÷ consumption 2022, as the report");
            Assert.That(headline.GetProperty("emissionsKt").GetDouble(), Is.EqualTo(4_430), "4.43 Mt CO2e");
        });
    }

    [Test]
    public async Task The_AULA_is_7_percent_of_the_regions_consumption_and_9_percent_of_its_emissions()
    {
        var answer = await Client.GetJsonAsync($"/api/v1/energie/accounts?territory={Aula}&compare=region:32");
        var (aula, region) = (answer.GetProperty("territory").GetProperty("headline"), answer.GetProperty("comparison").GetProperty("headline"));
        Assert.That(answer.GetProperty("comparison").GetProperty("coverage").GetProperty("ownFigures").GetBoolean(), Is.True, "the région's own totals");
        Assert.That(Math.Round(100 * aula.GetProperty("consumptionGwh").GetDouble() / region.GetProperty("consumptionGwh").GetDouble(), 1), Is.EqualTo(7.0));
        Assert.That(Math.Round(100 * aula.GetProperty("emissionsKt").GetDouble() / region.GetProperty("emissionsKt").GetDouble(), 1), Is.EqualTo(9.0));
    }

    [Test]
    public async Task The_comparison_is_the_departement_by_default()
    {
        var answer = await Client.GetJsonAsync($"/api/v1/energie/accounts?territory={Cabbalr}");
        Assert.That(answer.GetProperty("comparison").GetProperty("id").GetString(), Is.EqualTo("departement:62"));
        Assert.That(answer.GetProperty("labels").GetProperty("sources").GetProperty("eolien").GetString(), Is.EqualTo("Éolien"));
        var noComparison = await Client.GetJsonAsync($"/api/v1/energie/accounts?territory={Cabbalr}&compare=none");
        Assert.That(noComparison.GetProperty("comparison").ValueKind, Is.EqualTo(JsonValueKind.Null));
    }

    [TestCase(Ternois, 492, 16)]
    [TestCase(Cc7v, 298, 4)]
    [TestCase(Cahc, 39, 1)]
    [TestCase(Cabbalr, 91, 3)]
    public async Task Wind_2023_per_EPCI_is_the_reports_on_as_many_communes(string epci, double gwh, int communes)
    {
        Assert.That(Source(await AccountsAsync(epci), 2023, "eolien"), Is.EqualTo(gwh));
        var values = await Client.GetJsonAsync($"/api/v1/indicators/energie.production_eolien/values?level=commune&within={epci}&period=2023");
        var withWind = values.GetProperty("items").EnumerateArray().Count(v => v.GetProperty("value") is { ValueKind: JsonValueKind.Number } value && value.GetDouble() > 0);
        Assert.That(withWind, Is.EqualTo(communes), "communes with turbines");
    }

    [TestCase(Cabbalr, 7, 2_555)]
    [TestCase(Call, 3.8, 1_270)]
    [TestCase(Ternois, 3.5, 441)]
    [TestCase(Cc7v, 2.3, 306)]
    [TestCase(Cahc, 1.8, 705)]
    public async Task Rooftop_PV_2023_per_EPCI_is_the_reports(string epci, double gwh, int installations)
    {
        var production = Year(await AccountsAsync(epci), 2023).GetProperty("production");
        Assert.That(production.GetProperty("bySource").GetProperty("pv_toiture").GetDouble(), Is.EqualTo(gwh));
        Assert.That(production.GetProperty("rooftopPvInstallations").GetInt32(), Is.EqualTo(installations));
    }

    [Test]
    public async Task Ground_PV_mine_gas_and_non_renewable_heat_2023_are_the_reports()
    {
        Assert.Multiple(async () =>
        {
            Assert.That(Source(await AccountsAsync("commune:62480"), 2023, "pv_sol"), Is.EqualTo(5.9), "Labourse");
            Assert.That(Source(await AccountsAsync("commune:62497"), 2023, "pv_sol"), Is.EqualTo(18), "Leforest");
            Assert.That(Source(await AccountsAsync("commune:62065"), 2023, "gaz_de_mine"), Is.EqualTo(8.5), "Avion");
            Assert.That(Source(await AccountsAsync("commune:62270"), 2023, "gaz_de_mine"), Is.EqualTo(3), "Divion");
            foreach (var (epci, gwh) in new[] { (Call, 85.0), (Cabbalr, 37.0), (Cc7v, 2.2) })
            {
                var accounts = await AccountsAsync(epci);
                Assert.That(Math.Round(Source(accounts, 2023, "thermique_non_renouvelable") + Source(accounts, 2023, "gaz_de_mine"), 3), Is.EqualTo(gwh),
                    $"non-renewable thermal of {epci}, mine gas included");
            }
        });
        var call = Year(await AccountsAsync(Call), 2023).GetProperty("production");
        Assert.That(call.GetProperty("nonRenewableThermalGwh").GetDouble(), Is.EqualTo(76.5), "left out of the decarbonised total");
    }

    [Test]
    public async Task The_catalogues_balance_of_the_AULA_is_the_reports_ratio_of_sums()
    {
        var values = await Client.GetJsonAsync($"/api/v1/indicators/energie.bilan_decarbone/values?territories={Aula}&period=2023");
        var aula = values.GetProperty("items")[0];
        Assert.That(Math.Round(aula.GetProperty("value").GetDouble(), 1), Is.EqualTo(9.3));
        Assert.That(aula.GetProperty("numerator").GetDouble(), Is.EqualTo(1_192).Within(1e-6));
        Assert.That(aula.GetProperty("denominator").GetDouble(), Is.EqualTo(12_756).Within(1e-6));
        var consumption = await Client.GetJsonAsync($"/api/v1/indicators/energie.consommation/values?territories={Aula}&period=2022");
        Assert.That(consumption.GetProperty("items")[0].GetProperty("value").GetDouble(), Is.EqualTo(12_756).Within(1e-6));
    }

    [Test]
    public async Task Every_year_has_its_lines_and_the_sector_carrier_cells_add_up()
    {
        var accounts = await AccountsAsync(Aula);
        var years = accounts.GetProperty("years").EnumerateArray().ToList();
        Assert.That(years.Where(y => y.GetProperty("consumption").ValueKind == JsonValueKind.Object).Select(y => y.GetProperty("year").GetInt32()),
            Is.EqualTo(Enumerable.Range(2012, 11)), "consumption 2012–2022");
        Assert.That(years.Where(y => y.GetProperty("production").ValueKind == JsonValueKind.Object).Select(y => y.GetProperty("year").GetInt32()),
            Is.EqualTo(Enumerable.Range(2012, 12)), "production 2012–2023");
        var consumption = Year(accounts, 2022).GetProperty("consumption");
        var cells = consumption.GetProperty("bySectorAndCarrier").EnumerateObject().SelectMany(s => s.Value.EnumerateObject()).Sum(c => c.Value.GetDouble());
        Assert.That(cells, Is.EqualTo(12_756).Within(1e-6));
        Assert.That(consumption.GetProperty("byCarrier").GetProperty("gaz").GetDouble(), Is.EqualTo(5_995.3).Within(1e-6));
        Assert.That(accounts.GetProperty("coverage").GetProperty("communesWithData").GetInt32(),
            Is.EqualTo(accounts.GetProperty("coverage").GetProperty("communes").GetInt32()));
        Assert.That(accounts.GetProperty("targets").EnumerateArray().All(t => t.GetProperty("demo").GetBoolean()), Is.True, "demo targets say so");
    }

    [Test]
    public async Task The_CSV_gives_the_summed_lines_in_the_imports_format()
    {
        using var response = await Client.GetAsync($"/api/v1/energie/accounts?territory={Cabbalr}&format=csv&from=2023&to=2023");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines[0], Is.EqualTo("territoire,annee,nature,secteur,vecteur,valeur"));
        Assert.That(lines, Does.Contain($"{Cabbalr},2023,production,,eolien,91"));
    }

    [TestCase("/api/v1/energie/accounts?territory=commune:99999", HttpStatusCode.NotFound)]
    [TestCase("/api/v1/energie/accounts?territory=epci:200072460&compare=region:99", HttpStatusCode.NotFound)]
    [TestCase("/api/v1/energie/accounts?territory=nowhere", HttpStatusCode.BadRequest)]
    [TestCase("/api/v1/energie/accounts?territory=epci:200072460&from=1800", HttpStatusCode.BadRequest)]
    [TestCase("/api/v1/energie/accounts?territory=epci:200072460&from=abc", HttpStatusCode.BadRequest)]
    [TestCase("/api/v1/energie/accounts?territory=epci:200072460&from=2020&to=2015", HttpStatusCode.BadRequest)]
    [TestCase("/api/v1/energie/accounts?territory=epci:200072460&format=xml", HttpStatusCode.BadRequest)]
    [TestCase("/api/v1/energie/accounts", HttpStatusCode.BadRequest)]
    public async Task Bad_input_is_a_problem_not_a_500(string url, HttpStatusCode expected)
    {
        using var response = await Client.GetAsync(url);
        Assert.That(response.StatusCode, Is.EqualTo(expected), await response.Content.ReadAsStringAsync());
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        if (expected == HttpStatusCode.BadRequest)
            Assert.That(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").GetArrayLength(), Is.GreaterThan(0));
    }

    [Test]
    public async Task A_second_read_is_served_by_its_ETag()
    {
        using var first = await Client.GetAsync($"/api/v1/energie/accounts?territory={Ternois}");
        Assert.That(first.Headers.ETag, Is.Not.Null);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/energie/accounts?territory={Ternois}");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var second = await Client.SendAsync(request);
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
    }
}

/// <summary>
/// What the agency writes: the objectives of the decarbonised balance, and an accounts file; each with its roles,
/// its audit entry, and the balance recomputed as a ratio of sums on a hand-computed two-commune example.
/// </summary>
public sealed class AccountWritesTests : ApiTest
{
    private const string Cahc = "epci:246200299";
    private string agency = null!, partner = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        agency = await CreateKeyAsync("agency_editor");
        partner = await CreateKeyAsync("partner_editor", Cahc);
    }

    private async Task<(HttpStatusCode Status, string Body)> SendAsync(HttpMethod method, string url, HttpContent content, string? key)
    {
        using var request = new HttpRequestMessage(method, url) { Content = content };
        if (key is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await Client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private Task<(HttpStatusCode Status, string Body)> PutTargetsAsync(string territory, string json, string? key) =>
        SendAsync(HttpMethod.Put, $"/api/v1/energie/targets/{territory}", new StringContent(json, Encoding.UTF8, "application/json"), key);

    private Task<(HttpStatusCode Status, string Body)> ImportAsync(string csv, string? key) =>
        SendAsync(HttpMethod.Post, "/api/v1/energie/accounts/import",
            new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", "comptes.csv" } }, key);

    [Test]
    public async Task Targets_are_the_agencys_audited_and_read_back()
    {
        const string body = """{"targets":[{"year":2050,"share":0.5},{"year":2030,"share":0.2}],"document":"PCAET de la CAHC 2024–2030"}""";
        Assert.That((await PutTargetsAsync(Cahc, body, null)).Status, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await PutTargetsAsync(Cahc, body, partner)).Status, Is.EqualTo(HttpStatusCode.Forbidden), "a partner editor, even in its scope");
        var (status, text) = await PutTargetsAsync(Cahc, body, agency);
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), text);

        var targets = (await Client.GetJsonAsync($"/api/v1/energie/accounts?territory={Cahc}&compare=none")).GetProperty("territory").GetProperty("targets");
        Assert.That(targets.EnumerateArray().Select(t => (t.GetProperty("year").GetInt32(), t.GetProperty("share").GetDouble(), t.GetProperty("demo").GetBoolean())),
            Is.EqualTo(new[] { (2030, 0.2, false), (2050, 0.5, false) }));
        await using var connection = Factory.OpenConnection();
        var audit = await connection.QueryFirstAsync<(string Actor, string After)>(
            "select actor, after::text from platform.audit_log where action = 'energie_targets' and entity_id = @Cahc order by id desc", new { Cahc });
        Assert.That(audit.After, Does.Contain("PCAET de la CAHC"));
        Assert.That(audit.Actor, Does.Contain("agency_editor"));
    }

    [TestCase("null")]
    [TestCase("{}")]
    [TestCase("""{"targets":[{"year":2030,"share":0.2}]}""")]
    [TestCase("""{"targets":[{"year":2030,"share":-1}],"document":"PCAET"}""")]
    [TestCase("""{"targets":[{"year":2030,"share":0.2},{"year":2030,"share":0.3}],"document":"PCAET"}""")]
    [TestCase("""{"targets":[{"year":"soon","share":0.2}],"document":"PCAET"}""")]
    [TestCase("""{"targets":[{"year":2030,"share":0.2},null],"document":"PCAET"}""")]
    public async Task Bad_targets_are_400_and_change_nothing(string body)
    {
        var (status, text) = await PutTargetsAsync("groupement:aula", body, agency);
        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest), text);
        await using var connection = Factory.OpenConnection();
        Assert.That(await connection.ExecuteScalarAsync<int>("select count(*) from energie.balance_target where territory_id = 'groupement:aula'"), Is.EqualTo(2),
            "the demo targets are still there");
    }

    [Test]
    public async Task Targets_of_an_unknown_territory_are_404()
    {
        var (status, _) = await PutTargetsAsync("epci:999999999", """{"targets":[],"document":null}""", agency);
        Assert.That(status, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task A_file_with_a_bad_line_is_refused_with_its_number_and_writes_nothing()
    {
        await using var connection = Factory.OpenConnection();
        var before = await connection.ExecuteScalarAsync<long>("select count(*) + coalesce(sum(value), 0)::bigint from energie.account");
        const string csv = """
            territoire;annee;nature;secteur;vecteur;valeur
            62427;2023;production;;eolien;12,5
            62427;2023;consommation;industrie;charbon;40
            62427;1850;emissions;industrie;;4
            """;
        var (status, text) = await ImportAsync(csv, agency);
        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest), text);
        var errors = JsonDocument.Parse(text).RootElement.GetProperty("errors").EnumerateArray().Select(e => e.Str("reason")).ToList();
        Assert.That(errors, Has.Count.EqualTo(2));
        Assert.That(errors[0], Does.StartWith("line 3: vecteur 'charbon'"));
        Assert.That(errors[1], Does.StartWith("line 4: annee '1850'"));
        Assert.That(await connection.ExecuteScalarAsync<long>("select count(*) + coalesce(sum(value), 0)::bigint from energie.account"), Is.EqualTo(before),
            "the good line was not written either");
        Assert.That(await connection.ExecuteScalarAsync<int>("select count(*) from platform.audit_log where action = 'energie_import'"), Is.Zero);
    }

    [Test]
    public async Task Imports_are_for_the_agency()
    {
        const string csv = "territoire;annee;nature;secteur;vecteur;valeur\n62427;2023;production;;eolien;1\n";
        Assert.That((await ImportAsync(csv, null)).Status, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await ImportAsync(csv, partner)).Status, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task The_balance_of_an_EPCI_is_the_ratio_of_its_communes_sums()
    {
        // Two communes of the CAHC keep accounts, by hand: A consumes 100 GWh and produces 50 (50 %), B consumes 900 and
        // produces 10 (1.1 %). The EPCI: (50 + 10) ÷ (100 + 900) = 6 %, where the mean of the shares would be 25.6 %.
        await using var connection = Factory.OpenConnection();
        var communes = (await connection.QueryAsync<string>(
            "select member_id from platform.territory_membership where parent_id = @Cahc and member_id like 'commune:%' order by 1", new { Cahc })).ToList();
        var (a, b) = (communes[0], communes[1]);
        await connection.ExecuteAsync("""
            delete from energie.account where territory_id = any(@communes);
            delete from energie.installation where territory_id = any(@communes);
            delete from platform.indicator_value where territory_id = any(@communes) and indicator_code like 'energie.%';
            select platform.bump_data_version('energie');
            select platform.bump_data_version('indicators');
            """, new { communes = communes.ToArray() });
        var csv = $"""
            territoire;annee;nature;secteur;vecteur;valeur
            {a};2022;consommation;residentiel;gaz;60
            {a};2022;consommation;industrie;electricite;40
            {a};2023;production;;eolien;50
            {b[8..]};2022;consommation;industrie;gaz;900
            {b[8..]};2023;production;;pv_toiture;10
            {b[8..]};2023;production;;thermique_non_renouvelable;30
            {b[8..]};2023;installations;;pv_toiture;12
            """;
        var (status, text) = await ImportAsync(csv, agency);
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), text);
        var summary = JsonDocument.Parse(text).RootElement;
        Assert.That((summary.GetProperty("lines").GetInt32(), summary.GetProperty("inserted").GetInt32(), summary.GetProperty("territories").GetInt32()),
            Is.EqualTo((7, 7, 2)));

        var epci = (await Client.GetJsonAsync($"/api/v1/energie/accounts?territory={Cahc}&compare=none")).GetProperty("territory");
        var balance = epci.GetProperty("headline").GetProperty("decarbonisedBalance");
        Assert.That(balance.GetProperty("share").GetDouble(), Is.EqualTo(0.06), "60 ÷ 1,000: the non-renewable heat is not counted");
        Assert.That((balance.GetProperty("productionYear").GetInt32(), balance.GetProperty("consumptionYear").GetInt32()), Is.EqualTo((2023, 2022)));
        Assert.That(epci.GetProperty("coverage").GetProperty("communesWithData").GetInt32(), Is.EqualTo(2));
        Assert.That(epci.GetProperty("coverage").GetProperty("communes").GetInt32(), Is.EqualTo(communes.Count));
        Assert.That(epci.GetProperty("origins").EnumerateArray().Single().GetString(), Does.StartWith("Import comptes.csv"));

        // The platform's engine gives the same ratio from the recomputed commune values.
        var values = await Client.GetJsonAsync($"/api/v1/indicators/energie.bilan_decarbone/values?territories={Cahc},{a},{b}&period=2023");
        var byTerritory = values.GetProperty("items").EnumerateArray().ToDictionary(v => v.GetProperty("territory").GetProperty("id").GetString()!, v => v.GetProperty("value").GetDouble());
        Assert.That(byTerritory[Cahc], Is.EqualTo(6).Within(1e-9));
        Assert.That(byTerritory[a], Is.EqualTo(50).Within(1e-9));
        Assert.That(byTerritory[b], Is.EqualTo(100.0 / 90).Within(1e-3));

        Assert.That(await connection.ExecuteScalarAsync<int>("select count(*) from platform.audit_log where action = 'energie_import'"), Is.EqualTo(1));
        var again = await ImportAsync(csv, agency);
        Assert.That(JsonDocument.Parse(again.Body).RootElement.GetProperty("updated").GetInt32(), Is.EqualTo(7), "the same file again replaces, adds nothing");
    }


    [Test]
    public async Task The_accounts_download_with_their_metadata_and_as_a_workbook_of_the_same_lines()
    {
        var downloads = await TableDownload.CheckAsync(Client, $"/api/v1/energie/accounts?territory={Cahc}&format=csv&from=2022&to=2023");
        Assert.Multiple(() =>
        {
            Assert.That(downloads.Header, Is.EqualTo(new[] { "territoire", "annee", "nature", "secteur", "vecteur", "valeur" }));
            Assert.That(downloads.Rows, Is.Not.Empty);
            Assert.That(downloads.Workbook.Metadata()["Unité"], Does.Contain("GWh"));
        });
        var problem = await (await Client.GetAsync($"/api/v1/energie/accounts?territory={Cahc}&format=ods")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").ToString(), Does.Contain("format is json, csv, csvw or xlsx"));
    }
}
