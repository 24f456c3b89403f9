using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Observatories.Barometre;

/// <summary>
/// The Nota-PME scoring is licensed to the barometer's partners: tried as an attacker would, on every path that could
/// carry it — the barometer's JSON, the semestrial barometer (JSON and CSV), the platform's values, series, map, CSV,
/// comparison and profile, and the response cache (the same URL asked by different callers in a row). Anonymous callers
/// and partners outside the territory get no figure; a partner of the territory and the agency get the same figures.
/// </summary>
public sealed class NotaPmeConfidentialityTests : ReadOnlyApiTest
{
    private const string Cabbalr = "epci:200072460", Call = "epci:246200364", Pma = "groupement:pma", HighRisk = "barometre.nota_pme_risque_eleve";
    private string cabbalrKey = "", callKey = "", agencyKey = "";

    [OneTimeSetUp]
    public async Task CreateKeys()
    {
        cabbalrKey = await CreateKeyAsync("partner_reader", Cabbalr);
        callKey = await CreateKeyAsync("partner_reader", Call);
        agencyKey = await CreateKeyAsync("agency_editor");
    }

    private async Task<JsonElement> NotaCardAsync(string territory, string? key)
    {
        var (status, body) = await GetAsync($"/api/v1/barometre/{territory}/2024-Q3", key);
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), body);
        var barometer = JsonDocument.Parse(body).RootElement.Clone();
        return barometer.GetProperty("indicators").EnumerateArray().Single(i => i.Str("key") == "nota_pme");
    }

    [Test]
    public async Task The_barometer_shows_the_scoring_to_the_territory_s_partner_and_the_agency_only()
    {
        var anonymous = await NotaCardAsync(Cabbalr, null);
        var outsider = await NotaCardAsync(Cabbalr, callKey);
        var partner = await NotaCardAsync(Cabbalr, cabbalrKey);
        var agency = await NotaCardAsync(Cabbalr, agencyKey);
        var partnerOnPma = await NotaCardAsync(Pma, cabbalrKey);

        Assert.Multiple(() =>
        {
            foreach (var (card, who) in new[] { (anonymous, "anonymous"), (outsider, "the CALL's partner"), (partnerOnPma, "the CABBALR's partner on the PMA") })
            {
                Assert.That(card.Str("status"), Is.EqualTo("restricted"), who);
                Assert.That(card.GetProperty("value").ValueKind, Is.EqualTo(JsonValueKind.Null), who);
                Assert.That(card.GetProperty("classes").ValueKind, Is.EqualTo(JsonValueKind.Null), who);
                Assert.That(card.GetProperty("quarterOnQuarter").ValueKind, Is.EqualTo(JsonValueKind.Null), who);
                Assert.That(card.GetProperty("yearOnYear").ValueKind, Is.EqualTo(JsonValueKind.Null), who);
                Assert.That(card.GetProperty("series").EnumerateArray().All(p => p.GetProperty("value").ValueKind == JsonValueKind.Null
                    && p.Str("status") == "restricted"), who);
            }
            Assert.That(partner.Str("status"), Is.EqualTo("ok"));
            Assert.That(partner.GetProperty("value").GetDouble(), Is.EqualTo(agency.GetProperty("value").GetDouble()).And.InRange(5, 40));
            var classes = partner.GetProperty("classes").EnumerateArray().ToList();
            Assert.That(classes, Has.Count.EqualTo(6));
            Assert.That(classes.Sum(c => c.GetProperty("share").GetDouble()), Is.EqualTo(100).Within(0.5));
            Assert.That(classes.Skip(4).Sum(c => c.GetProperty("share").GetDouble()), Is.EqualTo(partner.GetProperty("value").GetDouble()).Within(0.11),
                "the high-risk share is classes 5 and 6");
        });
    }

    [Test]
    public async Task Key_figures_never_carry_a_restricted_figure()
    {
        var anonymous = JsonDocument.Parse((await GetAsync($"/api/v1/barometre/{Cabbalr}/2024-Q3")).Body).RootElement;
        var partner = JsonDocument.Parse((await GetAsync($"/api/v1/barometre/{Cabbalr}/2024-Q3", cabbalrKey)).Body).RootElement;
        Assert.That(anonymous.GetProperty("keyFigures").EnumerateArray().Select(f => f.Str("label")), Has.None.Contains("Nota-PME"));
        Assert.That(partner.GetProperty("keyFigures").EnumerateArray().Select(f => f.Str("label")), Has.Some.Contains("Nota-PME"));
    }

    [Test]
    public async Task The_same_url_asked_by_different_callers_in_a_row_never_shares_an_answer()
    {
        var url = $"/api/v1/barometre/{Cabbalr}/2024-Q2";
        foreach (var round in Enumerable.Range(0, 2))
        {
            var partner = await NotaStatusAsync(url, cabbalrKey);
            var anonymous = await NotaStatusAsync(url, null);
            var outsider = await NotaStatusAsync(url, callKey);
            var agency = await NotaStatusAsync(url, agencyKey);
            Assert.Multiple(() =>
            {
                Assert.That(partner, Is.EqualTo("ok"), $"round {round}");
                Assert.That(anonymous, Is.EqualTo("restricted"), $"round {round}: not the partner's cached answer");
                Assert.That(outsider, Is.EqualTo("restricted"), $"round {round}");
                Assert.That(agency, Is.EqualTo("ok"), $"round {round}");
            });
        }
    }

    private async Task<string> NotaStatusAsync(string url, string? key)
    {
        var (status, body) = await GetAsync(url, key);
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), body);
        return JsonDocument.Parse(body).RootElement.GetProperty("indicators").EnumerateArray().Single(i => i.Str("key") == "nota_pme").Str("status");
    }

    [Test]
    public async Task The_semestrial_barometer_keeps_the_high_risk_smes_to_the_partners_in_json_and_csv()
    {
        var url = $"/api/v1/barometre/defaillances/{Cabbalr}?semester=2024-S1";
        Assert.Multiple(async () =>
        {
            Assert.That(await HighRiskStatusAsync(url, null), Is.EqualTo((null as double?, "restricted")));
            Assert.That(await HighRiskStatusAsync(url, callKey), Is.EqualTo((null as double?, "restricted")));
            var partner = await HighRiskStatusAsync(url, cabbalrKey);
            Assert.That(partner.Status, Is.EqualTo("ok"));
            Assert.That(partner.Companies, Is.GreaterThan(0).And.EqualTo((await HighRiskStatusAsync(url, agencyKey)).Companies));

            var anonymousCsv = await CsvAsync(url, null);
            var partnerCsv = await CsvAsync(url, cabbalrKey);
            var anonymousRow = anonymousCsv.Single(l => l.Contains("nota_pme_high_risk", StringComparison.Ordinal));
            Assert.That(anonymousRow, Does.EndWith(",,,restricted"), "no number in the anonymous CSV");
            Assert.That(partnerCsv.Single(l => l.Contains("nota_pme_high_risk", StringComparison.Ordinal)),
                Does.EndWith($",{partner.Companies},,ok"));
        });
    }

    private async Task<(double? Companies, string Status)> HighRiskStatusAsync(string url, string? key)
    {
        var (status, body) = await GetAsync(url, key);
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), body);
        var highRisk = JsonDocument.Parse(body).RootElement.GetProperty("inDifficulty").GetProperty("highRisk");
        return (highRisk.GetProperty("companies").ValueKind == JsonValueKind.Number ? highRisk.GetProperty("companies").GetDouble() : null, highRisk.Str("status"));
    }

    private async Task<List<string>> CsvAsync(string url, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        if (key is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
        return [.. body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r'))];
    }

    /// <summary>Every platform route of the indicator: anonymous 404 (it does not exist for them), restricted outside the scope, figures inside.</summary>
    [TestCase("/api/v1/indicators/{0}/values?territories={1}&period=2024-Q3")]
    [TestCase("/api/v1/indicators/{0}/values?territories={1}&period=2024-Q3&format=csv")]
    [TestCase("/api/v1/indicators/{0}/values?level=commune&within={1}&period=2024-Q3")]
    [TestCase("/api/v1/indicators/{0}/series?territories={1}&from=2023-Q1")]
    [TestCase("/api/v1/indicators/{0}/map?level=commune&within={1}&period=2024-Q3")]
    [TestCase("/api/v1/indicators/{0}/compare?territory={1}&period=2024-Q3")]
    [TestCase("/api/v1/indicators/{0}")]
    public async Task Every_platform_route_of_the_scoring_is_closed_to_anonymous_callers(string template)
    {
        foreach (var code in new[] { HighRisk, "barometre.nota_pme_classe_6" })
        {
            var (status, body) = await GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, code, Cabbalr));
            Assert.That(status, Is.EqualTo(HttpStatusCode.NotFound), $"{code}: {body}");
        }
    }

    [Test]
    public async Task Values_series_map_and_csv_give_the_scoring_to_the_territory_s_partner_only()
    {
        var values = $"/api/v1/indicators/{HighRisk}/values?territories={Cabbalr},{Call},{Pma}&period=2024-Q3";
        var partner = await ItemsAsync(values, cabbalrKey);
        var agency = await ItemsAsync(values, agencyKey);
        var series = JsonDocument.Parse((await GetAsync($"/api/v1/indicators/{HighRisk}/series?territories={Call}&from=2024-Q1", cabbalrKey)).Body).RootElement;
        var (mapStatus, map) = await GetAsync($"/api/v1/indicators/{HighRisk}/map?level=commune&within={Call}&period=2024-Q3", cabbalrKey);
        var (csvStatus, csv) = await GetAsync($"/api/v1/indicators/{HighRisk}/values?level=commune&within={Call}&period=2024-Q3&format=csv", cabbalrKey);

        Assert.Multiple(() =>
        {
            Assert.That(partner[Cabbalr].Value, Is.EqualTo(agency[Cabbalr].Value).And.GreaterThan(0));
            Assert.That(partner[Call], Is.EqualTo((null as double?, "restricted")));
            Assert.That(partner[Pma], Is.EqualTo((null as double?, "restricted")), "the PMA aggregates communes outside the CABBALR");
            Assert.That(agency[Pma].Value, Is.GreaterThan(0));
            Assert.That(series.GetProperty("series")[0].GetProperty("points").EnumerateArray()
                .All(p => p.GetProperty("value").ValueKind == JsonValueKind.Null && p.Str("status") == "restricted"), Is.True, series.ToString());
            Assert.That(mapStatus, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(System.Text.RegularExpressions.Regex.IsMatch(map, "\"value\":[0-9]"), Is.False, "no commune of the CALL on the CABBALR partner's map");
            Assert.That(csvStatus, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(csv.Split('\n').Skip(1).Where(l => l.Length > 0).All(l => l.Contains("restricted", StringComparison.Ordinal)), Is.True, csv);
        });
    }

    [Test]
    public async Task A_territory_profile_lists_the_scoring_only_for_its_partner()
    {
        var anonymous = await ProfileStatusAsync(null);
        var outsider = await ProfileStatusAsync(callKey);
        var partner = await ProfileStatusAsync(cabbalrKey);
        Assert.Multiple(() =>
        {
            Assert.That(anonymous, Is.Null, "not listed: it does not exist for anonymous callers");
            Assert.That(outsider, Is.EqualTo((null as double?, "restricted")));
            Assert.That(partner?.Status, Is.Not.EqualTo("restricted").And.Not.Null);
            Assert.That(partner?.Value, Is.GreaterThan(0));
        });
    }

    private async Task<(double? Value, string Status)?> ProfileStatusAsync(string? key)
    {
        var (status, body) = await GetAsync($"/api/v1/territories/{Cabbalr}/profile", key);
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), body);
        var figure = JsonDocument.Parse(body).RootElement.GetProperty("observatories").EnumerateArray()
            .SelectMany(o => o.GetProperty("figures").EnumerateArray())
            .Where(f => f.GetProperty("indicator").Str("code") == HighRisk).ToList();
        return figure.Count == 0 ? null
            : (figure[0].GetProperty("value").ValueKind == JsonValueKind.Number ? figure[0].GetProperty("value").GetDouble() : null, figure[0].Str("status"));
    }

    private async Task<Dictionary<string, (double? Value, string Status)>> ItemsAsync(string url, string key)
    {
        var (status, body) = await GetAsync(url, key);
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), body);
        return JsonDocument.Parse(body).RootElement.GetProperty("items").EnumerateArray().ToDictionary(
            i => i.GetProperty("territory").Str("id"),
            i => (i.GetProperty("value").ValueKind == JsonValueKind.Number ? i.GetProperty("value").GetDouble() : (double?)null, i.Str("status")));
    }


    [Test]
    public async Task The_semestrial_barometer_s_workbook_and_metadata_show_each_caller_what_its_JSON_shows_and_no_more()
    {
        var url = $"/api/v1/barometre/defaillances/{Cabbalr}?semester=2024-S1&format=csv";
        var partner = await HighRiskStatusAsync(url.Replace("&format=csv", "", StringComparison.Ordinal), cabbalrKey);
        foreach (var (key, who) in new[] { ((string?)null, "anonymous"), (callKey, "the CALL's partner"), (cabbalrKey, "the CABBALR's partner") })
        {
            var downloads = await TableDownload.CheckAsync(Client, url, key);
            var json = await HighRiskStatusAsync(url.Replace("&format=csv", "", StringComparison.Ordinal), key);
            var row = downloads.Workbook.Sheet("Données").Single(r => r[downloads.Column("breakdown")].Text == "nota_pme_high_risk");
            var sources = downloads.Csvw.GetProperty("prov:wasDerivedFrom").EnumerateArray().Select(s => s.Str("dc:identifier")).ToList();
            Assert.Multiple(() =>
            {
                Assert.That(row[downloads.Column("status")].Text, Is.EqualTo(json.Status), who);
                Assert.That(row[downloads.Column("value")].Number, Is.EqualTo(json.Companies), who);
                Assert.That(downloads.Rows.Count(r => r[^1] != "ok"), Is.EqualTo(json.Status == "ok" ? 0 : 1), $"{who}: only the scoring's row is withheld");
                if (key == cabbalrKey)
                    Assert.That(sources, Does.Contain(HighRisk), "its definition for whom may see it");
                else
                    Assert.That(row[downloads.Column("value")].IsEmpty, Is.True, $"{who}: an empty cell, never the partner's {partner.Companies}");
                if (key is null)
                    Assert.That(sources, Does.Not.Contain(HighRisk), "nothing of the partner indicator's catalogue entry for the public");
            });
        }
    }
}
