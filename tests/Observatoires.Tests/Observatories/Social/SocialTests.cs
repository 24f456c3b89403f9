using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Dapper;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Observatories.Social;

/// <summary>
/// The social observatory through HTTP, on figures imported with its Filosofi importer for 2021: Béthune's full
/// distribution, Rombly (62720) with 8 fiscal households (under the source's threshold of 11: secret by the platform's
/// rule), Hermin (62441) marked "s" by INSEE, and the CABBALR's own distribution at EPCI level. What a user checks:
/// deciles as published, against the département and the région; a groupement or a custom zone gets "not aggregable",
/// never an average of medians; the secret commune shows no figure on any route or format, nor by subtraction.
/// </summary>
public sealed class SocialTests : ApiTest
{
    private const string Cabbalr = "epci:200072460", Bethune = "commune:62119", Rombly = "commune:62720", Hermin = "commune:62441";
    private const string Header = "CODGEO;NBMENFISC21;NBPERSMENFISC21;MED21;PIMP21;TP6021;D121;D221;D321;D421;D621;D721;D821;D921;RD21;GI21";

    // Decimals with a comma, as INSEE's semicolon files write them.
    private const string Communes = Header + """

        62119;11850;24310;18250;41,5;24,2;10150;12300;14220;16200;20400;22900;26100;31800;3,1;0,29
        62720;8;19;21000;50;10,5;12000;14000;16000;18500;23000;25000;28000;33000;2,8;0,25
        62441;s;s;s;s;s;s;s;s;s;s;s;s;s;s;s
        99999;120;250;20000;40;12;11000;13000;15000;17000;21000;23000;25500;30000;2,7;0,27
        """;

    private const string Epcis = Header + "\n200072460;118400;262100;19930;44,2;18,9;11030;12950;14860;16820;20780;23010;25720;30480;2,8;0,27\n";

    private string agency = "";

    [OneTimeSetUp]
    public async Task ImportTheFiles()
    {
        agency = await CreateKeyAsync("agency_editor");
        var (status, body) = await ImportAsync(Communes, "commune", agency);
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), body.ToString());
        Assert.That(body.GetProperty("year").GetInt32(), Is.EqualTo(2021));
        Assert.That(body.GetProperty("territories").GetInt32(), Is.EqualTo(3));
        Assert.That(body.GetProperty("outsideObservatory").GetInt32(), Is.EqualTo(1), "99999 is no commune of the observatory");
        Assert.That(body.GetProperty("secretCells").GetInt32(), Is.EqualTo(14), "Hermin's fourteen cells read (GI21 is not)");
        (status, body) = await ImportAsync(Epcis, "epci", agency);
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), body.ToString());
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> ImportAsync(string csv, string? level, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/social/imports/filosofi" + (level is null ? "" : $"?level={level}"))
        {
            Content = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", "FILO2021_DISP_COM.csv" } },
        };
        if (key is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    private static List<string?> Errors(JsonElement problem, string field) =>
        [.. problem.GetProperty("errors").EnumerateArray().Where(e => e.GetProperty("name").GetString() == field).Select(e => e.GetProperty("reason").GetString())];

    private async Task<JsonElement> JsonAsync(string url, string? key = null)
    {
        var (status, body) = await GetAsync(url, key);
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), $"{url}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static JsonElement Column(JsonElement deciles, string id) =>
        deciles.GetProperty("territories").EnumerateArray().Single(c => c.GetProperty("territory").GetProperty("id").GetString() == id);

    private static double?[] Deciles(JsonElement column) =>
        [.. column.GetProperty("deciles").EnumerateArray().Select(d => d.GetProperty("value").ValueKind == JsonValueKind.Null ? (double?)null : d.GetProperty("value").GetDouble())];

    [Test]
    public async Task A_communes_deciles_are_shown_as_published_against_its_departement_and_region()
    {
        var deciles = await JsonAsync($"/api/v1/social/deciles/{Bethune}?year=2021");
        Assert.That(deciles.GetProperty("territories").EnumerateArray().Select(c => c.GetProperty("territory").GetProperty("id").GetString()),
            Is.EqualTo(new[] { Bethune, "departement:62", "region:32" }));
        var bethune = Column(deciles, Bethune);
        Assert.That(bethune.GetProperty("status").GetString(), Is.EqualTo("published"));
        Assert.That(Deciles(bethune), Is.EqualTo(new double?[] { 10150, 12300, 14220, 16200, 18250, 20400, 22900, 26100, 31800 }));
        Assert.That(bethune.GetProperty("median").GetDouble(), Is.EqualTo(18250));
        Assert.That(bethune.GetProperty("interdecileRatio").GetDouble(), Is.EqualTo(3.1));
        Assert.That(bethune.GetProperty("households").GetDouble(), Is.EqualTo(11850));
        foreach (var reference in new[] { "departement:62", "region:32" })
        {
            var column = Column(deciles, reference);
            Assert.That(column.GetProperty("status").GetString(), Is.EqualTo("published"), reference);
            Assert.That(Deciles(column), Is.All.Not.Null, reference);
            Assert.That(Deciles(column), Is.Ordered, $"{reference}: deciles rise");
        }

        // The CSV says the same.
        var (status, csv) = await GetAsync($"/api/v1/social/deciles/{Bethune}?year=2021&format=csv");
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.That(lines[0], Is.EqualTo("territory_id,territory_name,level,year,status,households,d1_eur,d2_eur,d3_eur,d4_eur,d5_eur,d6_eur,d7_eur,d8_eur,d9_eur,interdecile_ratio"));
        Assert.That(lines[1], Does.StartWith($"{Bethune},Béthune,commune,2021,published,11850,10150,12300,14220,16200,18250,20400,22900,26100,31800,3.1"));
        Assert.That(lines, Has.Length.EqualTo(4));
    }

    [Test]
    public async Task An_epcis_deciles_are_those_published_for_it_not_an_average_of_its_communes()
    {
        var deciles = await JsonAsync($"/api/v1/social/deciles/{Cabbalr}?year=2021");
        var epci = Column(deciles, Cabbalr);
        Assert.That(epci.GetProperty("status").GetString(), Is.EqualTo("published"));
        Assert.That(Deciles(epci), Is.EqualTo(new double?[] { 11030, 12950, 14860, 16820, 19930, 20780, 23010, 25720, 30480 }));
        var values = await JsonAsync($"/api/v1/indicators/social.revenu_median/values?territories={Cabbalr}&period=2021");
        Assert.That(values.GetProperty("items")[0].GetProperty("value").GetDouble(), Is.EqualTo(19930));
    }

    [TestCase("groupement:aula")]
    [TestCase("custom:62119+62178")]
    public async Task A_groupement_or_a_custom_zone_has_no_decile_it_is_not_aggregable(string zone)
    {
        var deciles = await JsonAsync($"/api/v1/social/deciles/{zone}?year=2021");
        var column = deciles.GetProperty("territories")[0];
        Assert.That(column.GetProperty("status").GetString(), Is.EqualTo("not_aggregable"));
        Assert.That(column.GetProperty("statusLabel").GetString(), Does.Contain("ne s'agrègent pas"));
        Assert.That(Deciles(column), Is.All.Null);
        Assert.That(column.GetProperty("median").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(column.GetProperty("interdecileRatio").ValueKind, Is.EqualTo(JsonValueKind.Null));
        // Households add up: they are given.
        Assert.That(column.GetProperty("households").GetDouble(), Is.GreaterThan(0));

        // The platform's routes refuse it explicitly (400, the field named), whatever the format: values, CSV, series,
        // map, comparison.
        var level = zone.Split(':')[0];
        foreach (var code in new[] { "social.revenu_median", "social.revenu_d1", "social.rapport_interdecile" })
        {
            foreach (var url in new[]
                     {
                         $"/api/v1/indicators/{code}/values?territories={zone}&period=2021",
                         $"/api/v1/indicators/{code}/values?territories={zone}&period=2021&format=csv",
                         $"/api/v1/indicators/{code}/series?territories={zone}",
                         $"/api/v1/indicators/{code}/compare?territory={zone}&period=2021",
                     }.Concat(level == "groupement" ? [$"/api/v1/indicators/{code}/map?level=groupement&period=2021"] : []))
            {
                var (status, body) = await GetAsync(url);
                Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest), url);
                Assert.That(body, Does.Contain($"indicator {code} is not aggregable (aggregation none)").And.Contain($"not for {level}"), url);
            }
        }
    }

    [Test]
    public async Task The_poverty_rate_of_a_zone_is_its_poor_over_its_persons()
    {
        // Béthune: 24.2 % of 24,310 persons; Béthune and Bruay together from the stored parts, Σ ÷ Σ.
        var values = await JsonAsync($"/api/v1/indicators/social.taux_pauvrete/values?territories={Bethune},commune:62178,custom:62119+62178&period=2021");
        var items = values.GetProperty("items").EnumerateArray().ToList();
        Assert.That(items[0].GetProperty("numerator").GetDouble(), Is.EqualTo(24310 * 0.242).Within(1e-6));
        Assert.That(items[0].GetProperty("denominator").GetDouble(), Is.EqualTo(24310));
        var (poor, persons) = (items[0].GetProperty("numerator").GetDouble() + items[1].GetProperty("numerator").GetDouble(),
            items[0].GetProperty("denominator").GetDouble() + items[1].GetProperty("denominator").GetDouble());
        Assert.That(items[2].GetProperty("value").GetDouble(), Is.EqualTo(100 * poor / persons).Within(1e-9));
    }

    [Test]
    public async Task A_commune_of_fewer_than_11_households_shows_no_figure_on_any_route()
    {
        // The deciles page, JSON and CSV.
        var deciles = await JsonAsync($"/api/v1/social/deciles/{Rombly}?year=2021");
        var rombly = Column(deciles, Rombly);
        Assert.That(rombly.GetProperty("status").GetString(), Is.EqualTo("secret"));
        Assert.That(Deciles(rombly), Is.All.Null);
        Assert.That(rombly.GetProperty("households").ValueKind, Is.EqualTo(JsonValueKind.Null));
        var (_, csv) = await GetAsync($"/api/v1/social/deciles/{Rombly}?year=2021&format=csv");
        Assert.That(csv.Split('\n')[1], Does.StartWith($"{Rombly},Rombly,commune,2021,secret,,,,,,,,,,,"));
        // Hermin, secret by INSEE, likewise.
        Assert.That(Column(await JsonAsync($"/api/v1/social/deciles/{Hermin}?year=2021"), Hermin).GetProperty("status").GetString(), Is.EqualTo("secret"));

        foreach (var code in new[] { "social.menages_fiscaux", "social.personnes_menages_fiscaux", "social.revenu_median", "social.revenu_d9",
                     "social.rapport_interdecile", "social.taux_pauvrete", "social.part_menages_imposes" })
        {
            // Values of the EPCI's communes, JSON and CSV.
            var values = await JsonAsync($"/api/v1/indicators/{code}/values?level=commune&within={Cabbalr}&period=2021");
            var item = values.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("territory").GetProperty("id").GetString() == Rombly);
            Assert.That(item.GetProperty("status").GetString(), Is.EqualTo("secret"), code);
            Assert.That(item.GetProperty("value").ValueKind, Is.EqualTo(JsonValueKind.Null), code);
            Assert.That(item.GetProperty("numerator").ValueKind, Is.EqualTo(JsonValueKind.Null), code);
            Assert.That(item.GetProperty("denominator").ValueKind, Is.EqualTo(JsonValueKind.Null), code);
            var (_, table) = await GetAsync($"/api/v1/indicators/{code}/values?level=commune&within={Cabbalr}&period=2021&format=csv");
            var row = table.Split('\n').Single(l => l.StartsWith(Rombly + ",", StringComparison.Ordinal)).Split(',');
            Assert.That(row[5..8], Is.All.Empty, $"{code} CSV value, numerator, denominator");
            Assert.That(row[8], Is.EqualTo("secret"), $"{code} CSV status");
            // Its series, the map, the comparison.
            var series = await JsonAsync($"/api/v1/indicators/{code}/series?territories={Rombly}&from=2021&to=2021");
            Assert.That(series.GetProperty("series")[0].GetProperty("points")[0].GetProperty("value").ValueKind, Is.EqualTo(JsonValueKind.Null), code);
            var map = await JsonAsync($"/api/v1/indicators/{code}/map?level=commune&within={Cabbalr}&period=2021");
            var feature = map.GetProperty("features").EnumerateArray().Single(f => f.GetProperty("id").GetString() == Rombly);
            Assert.That(feature.GetProperty("properties").GetProperty("value").ValueKind, Is.EqualTo(JsonValueKind.Null), $"{code} map");
            var compare = await JsonAsync($"/api/v1/indicators/{code}/compare?territory={Rombly}&period=2021");
            Assert.That(compare.GetProperty("territory").GetProperty("value").ValueKind, Is.EqualTo(JsonValueKind.Null), $"{code} compare");
            // A custom zone holding it: secret where the indicator adds up, refused where it does not.
            var (zoneStatus, zoneBody) = await GetAsync($"/api/v1/indicators/{code}/values?territories=custom:62720+62119&period=2021");
            if (code is "social.revenu_median" or "social.revenu_d9" or "social.rapport_interdecile")
                Assert.That(zoneStatus, Is.EqualTo(HttpStatusCode.BadRequest), $"{code} custom zone");
            else
                Assert.That(JsonDocument.Parse(zoneBody).RootElement.GetProperty("items")[0].GetProperty("value").ValueKind, Is.EqualTo(JsonValueKind.Null),
                    $"{code} custom zone");
        }
    }

    [Test]
    public async Task The_secret_commune_cannot_be_found_by_subtraction()
    {
        foreach (var code in new[] { "social.menages_fiscaux", "social.taux_pauvrete" })
        {
            var values = await JsonAsync($"/api/v1/indicators/{code}/values?level=commune&within={Cabbalr}&period=2021&format=json");
            var items = values.GetProperty("items").EnumerateArray().ToList();
            // Besides Rombly (and Hermin, which INSEE masked), another commune is masked: the EPCI's total less the others gives two communes, not one.
            var masked = items.Where(i => i.GetProperty("status").GetString() == "secret").Select(i => i.GetProperty("territory").GetProperty("id").GetString()).ToList();
            Assert.That(masked, Does.Contain(Rombly).And.Contain(Hermin), code);
            Assert.That(masked, Has.Count.GreaterThanOrEqualTo(3), $"{code}: a complement is masked too");
            // The EPCI minus Rombly as a custom zone: it holds the complement, so it is secret too.
            var others = string.Join('+', items.Select(i => i.GetProperty("territory").GetProperty("id").GetString()!["commune:".Length..]).Where(c => c != "62720"));
            var zone = await JsonAsync($"/api/v1/indicators/{code}/values?territories=custom:{others}&period=2021");
            Assert.That(zone.GetProperty("items")[0].GetProperty("value").ValueKind, Is.EqualTo(JsonValueKind.Null), $"{code}: the EPCI without Rombly");
        }
    }

    [Test]
    public async Task A_file_with_problems_is_refused_whole_with_its_lines()
    {
        var before = await JsonAsync($"/api/v1/social/deciles/{Bethune}?year=2021");
        var file = Header + """

            62119;11850;24310;18000;41,5;24,2;10150;12300;14220;16200;20400;22900;26100;31800;3,1;0,29
            62178;9000;abc;17000;40;25;9800;11900;14000;16000;19000;21000;24000;29000;3,0;0,28
            62617;5000;11000;19000;40;20;10000;13000;12000;17000;21000;23000;26000;30000;3,0;0,28
            62498;4000;9000;18000;40;101;9000;11000;13000;15000;20000;22000;25000;30000;3,3;0,28
            62119;1;1;18000;41,5;24,2;10150;12300;14220;16200;20400;22900;26100;31800;3,1;0,29
            """;
        var (status, body) = await ImportAsync(file, "commune", agency);
        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
        var problems = Errors(body, "file");
        Assert.That(problems, Has.Some.StartsWith("line 3: NBPERSMENFISC21 'abc' is not a number"));
        Assert.That(problems, Has.Some.StartsWith("line 4: D3 12000 is below the decile before it (13000)"));
        Assert.That(problems, Has.Some.StartsWith("line 5: TP60 101 is not a percentage"));
        Assert.That(problems, Has.Some.StartsWith("line 6: commune:62119 is already given on line 2"));
        // Nothing changed: Béthune's median is still 18,250.
        Assert.That(Column(await JsonAsync($"/api/v1/social/deciles/{Bethune}?year=2021"), Bethune).GetProperty("median").GetDouble(), Is.EqualTo(18250));
        Assert.That(before.GetProperty("territories")[0].GetProperty("median").GetDouble(), Is.EqualTo(18250));

        (status, body) = await ImportAsync("CODGEO;MED21\n62119;18000\n", "commune", agency);
        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(Errors(body, "file")[0], Does.Contain("NBMENFISC"));
        (status, body) = await ImportAsync(Header + "\n62119;1;1;1;1;1;1;1;1;1;1;1;1;1;1;1\n", "canton", agency);
        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(Errors(body, "level")[0], Does.Contain("commune, epci"));
        (status, body) = await ImportAsync(Header + "\n200072460;1;1;1;1;1;1;1;1;1;1;1;1;1;1;1\n", "commune", agency);
        Assert.That(Errors(body, "file")[0], Does.Contain("is not the INSEE code of a commune"));
        (status, body) = await ImportAsync(Header + "\n62119;100;200;20000;40;20;11000;13000;15000;17000;21000;23000;25000;30000;4,5;0,28\n", "commune", agency);
        Assert.That(Errors(body, "file")[0], Does.Contain("RD 4.5 is not D9 ÷ D1"));
    }

    [Test]
    public async Task Only_the_agency_imports_and_each_import_is_audited()
    {
        Assert.That((await ImportAsync(Communes, "commune", null)).Status, Is.EqualTo(HttpStatusCode.Unauthorized));
        var partner = await CreateKeyAsync("partner_editor", Cabbalr);
        Assert.That((await ImportAsync(Communes, "commune", partner)).Status, Is.EqualTo(HttpStatusCode.Forbidden));
        await using var connection = Factory.OpenConnection();
        var audited = await connection.QueryAsync<string>(
            "select entity_id from platform.audit_log where action = 'social_filosofi_import' order by id");
        Assert.That(audited, Is.EqualTo(new[] { "FILO2021_DISP_COM.csv", "FILO2021_DISP_COM.csv" }));
    }

    [Test]
    public async Task A_bad_request_for_deciles_is_a_400_and_an_unknown_territory_a_404()
    {
        var (status, body) = await GetAsync("/api/v1/social/deciles/nowhere:1");
        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest), body);
        Assert.That(body, Does.Contain("\"territory\""));
        (status, body) = await GetAsync($"/api/v1/social/deciles/{Bethune}?year=abc");
        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest), body);
        (status, body) = await GetAsync($"/api/v1/social/deciles/{Bethune}?format=xml");
        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest), body);
        (status, _) = await GetAsync("/api/v1/social/deciles/commune:62999");
        Assert.That(status, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task The_demo_gives_every_level_its_own_distribution()
    {
        // 2020 is the demo's: the CALL's median is stored at its level and lies between its communes' extremes.
        var call = Column(await JsonAsync("/api/v1/social/deciles/epci:246200364?year=2020"), "epci:246200364");
        Assert.That(call.GetProperty("status").GetString(), Is.EqualTo("published"));
        Assert.That(Deciles(call), Is.Ordered);
        var communes = await JsonAsync("/api/v1/indicators/social.revenu_median/values?level=commune&within=epci:246200364&period=2020");
        var medians = communes.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("value").GetDouble()).ToList();
        Assert.That(call.GetProperty("median").GetDouble(), Is.InRange(medians.Min(), medians.Max()));
        var years = (await JsonAsync("/api/v1/social/deciles/epci:246200364")).GetProperty("years").EnumerateArray().Select(y => y.GetInt32());
        Assert.That(years, Is.EqualTo(new[] { 2017, 2018, 2019, 2020, 2021 }));
    }

    [Test]
    public async Task The_RSA_share_never_gives_back_the_households_of_a_secret_commune_nor_a_secret_RSA_count()
    {
        // The attack: a commune of 8 households and no RSA household published 0 % over 8 households.
        await InheritedSecrecy.AssertMaskedWhereverAsync(Client, "social.menages_fiscaux", "social.part_foyers_rsa", "epci:200044030", "2021");
        await InheritedSecrecy.AssertMaskedWhereverAsync(Client, "social.foyers_rsa", "social.part_foyers_rsa", Cabbalr, "2021");
    }


    [Test]
    public async Task The_deciles_download_as_CSV_with_its_metadata_and_as_a_workbook_with_the_same_rows_and_no_figure_for_a_secret()
    {
        var downloads = await TableDownload.CheckAsync(Client, $"/api/v1/social/deciles/{Rombly}?year=2021&format=csv");
        var rombly = downloads.Workbook.Sheet("Données")[1];
        var json = Column(await JsonAsync($"/api/v1/social/deciles/{Rombly}?year=2021"), Rombly);
        Assert.Multiple(() =>
        {
            Assert.That(downloads.Rows[0][..5], Is.EqualTo(new[] { Rombly, "Rombly", "commune", "2021", "secret" }));
            Assert.That(rombly[downloads.Column("status")].Text, Is.EqualTo(json.Str("status")));
            Assert.That(rombly.Skip(downloads.Column("households")).Select(c => c.IsEmpty), Is.All.True,
                "a secret commune: no number in the workbook, neither households nor deciles");
            Assert.That(downloads.Csvw.GetProperty("prov:wasDerivedFrom").EnumerateArray().Select(s => s.Str("dc:identifier")),
                Does.Contain("social.revenu_median"), "the catalogue's indicators, with their definitions");
            Assert.That(downloads.Workbook.Metadata()["Secret statistique"], Does.Contain("Secret statistique"));
        });
    }

    [Test]
    public async Task Pandas_reads_the_deciles_CSV_as_numbers_that_equal_the_JSON()
    {
        if (!Python.HasPandas())
            Assert.Ignore("pandas is missing for /usr/bin/python3: ./observatoires test installs it (python3-pandas)");
        var file = Path.Combine(Path.GetTempPath(), $"observatoires-deciles-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, (await GetAsync($"/api/v1/social/deciles/{Bethune}?year=2021&format=csv")).Body);
        try
        {
            var (exit, output) = Python.Run("""
                import json, sys, pandas
                df = pandas.read_csv(sys.argv[1])
                print(json.dumps({'rows': len(df), 'd5': str(df['d5_eur'].dtype), 'ids': list(df.territory_id),
                    'medians': [None if pandas.isna(v) else float(v) for v in df['d5_eur']]}))
                """, file);
            Assert.That(exit, Is.Zero, output);
            var read = JsonDocument.Parse(output).RootElement;
            var json = (await JsonAsync($"/api/v1/social/deciles/{Bethune}?year=2021")).GetProperty("territories").EnumerateArray().ToList();
            Assert.Multiple(() =>
            {
                Assert.That(read.GetProperty("rows").GetInt32(), Is.EqualTo(json.Count));
                Assert.That(read.Str("d5"), Is.AnyOf("int64", "float64"), "numbers (whole euros), never text");
                Assert.That(read.GetProperty("ids").EnumerateArray().Select(i => i.GetString()), Is.EqualTo(json.Select(c => c.GetProperty("territory").Str("id"))));
                Assert.That(read.GetProperty("medians").EnumerateArray().Select(m => m.ValueKind == JsonValueKind.Null ? (double?)null : m.GetDouble()),
                    Is.EqualTo(json.Select(c => c.GetProperty("median").ValueKind == JsonValueKind.Null ? (double?)null : c.GetProperty("median").GetDouble())));
            });
        }
        finally
        {
            File.Delete(file);
        }
    }
}
