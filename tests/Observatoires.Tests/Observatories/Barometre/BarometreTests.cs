using System.Net;
using System.Text.Json;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Observatories.Barometre;

/// <summary>
/// The quarterly barometer through HTTP on the seeded demo data, as the agency checks a publication: the report's
/// figures come out (the CABBALR's 176 failures of 2023 are its four quarters, its 49,556 private jobs its Q4), the PMA is
/// the sum of its EPCIs, changes recomputed by hand, the seeded URSSAF revision, the provisional latest quarter, and bad input.
/// </summary>
public sealed class BarometreTests : ApiTest
{
    private const string Cabbalr = "epci:200072460", Call = "epci:246200364", Cahc = "epci:246200299", Pma = "groupement:pma";

    private async Task<JsonElement> BarometerAsync(string territory, string quarter, string? key = null)
    {
        var (status, body) = await GetAsync($"/api/v1/barometre/{territory}/{quarter}", key);
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static JsonElement Card(JsonElement barometer, string key) =>
        barometer.GetProperty("indicators").EnumerateArray().Single(i => i.Str("key") == key);

    private static double? Number(JsonElement e, string property) =>
        e.GetProperty(property).ValueKind == JsonValueKind.Number ? e.GetProperty(property).GetDouble() : null;

    [Test]
    public async Task The_CABBALR_failures_of_2023_are_the_report_s_176_quarter_by_quarter()
    {
        var barometer = await BarometerAsync(Cabbalr, "2023-Q4");
        var series = Card(barometer, "defaillances").GetProperty("series").EnumerateArray()
            .Where(p => p.Str("period").StartsWith("2023-", StringComparison.Ordinal)).ToList();
        var rolling = Card(barometer, "defaillances").GetProperty("details").EnumerateArray().Single(d => d.Str("code") == "barometre.defaillances_12_mois");
        var yearly = JsonDocument.Parse((await GetAsync($"/api/v1/indicators/emploi.defaillances/values?territories={Cabbalr}&period=2023")).Body)
            .RootElement.GetProperty("items")[0];

        Assert.Multiple(() =>
        {
            Assert.That(series, Has.Count.EqualTo(4));
            Assert.That(series.Sum(p => p.GetProperty("value").GetDouble()), Is.EqualTo(176), "the report's figure");
            Assert.That(rolling.GetProperty("value").GetDouble(), Is.EqualTo(176), "the rolling 12 months at Q4 are the year");
            Assert.That(yearly.GetProperty("value").GetDouble(), Is.EqualTo(176), "the Emploi observatory's yearly figure");
        });
    }

    [Test]
    public async Task The_CABBALR_private_jobs_at_the_end_of_2023_are_the_report_s()
    {
        var card = Card(await BarometerAsync(Cabbalr, "2023-Q4"), "emploi_prive");
        Assert.Multiple(() =>
        {
            Assert.That(card.Str("status"), Is.EqualTo("ok"));
            Assert.That(card.GetProperty("value").GetDouble(), Is.EqualTo(49_556));
            Assert.That(card.Str("code"), Is.EqualTo("barometre.emploi_prive"));
        });
    }

    [Test]
    public async Task The_pole_metropolitain_is_the_sum_of_its_EPCIs()
    {
        var pma = await BarometerAsync(Pma, "2024-Q2");
        var epcis = new List<JsonElement>();
        foreach (var epci in new[] { Cabbalr, Call, Cahc })
            epcis.Add(await BarometerAsync(epci, "2024-Q2"));

        Assert.Multiple(() =>
        {
            Assert.That(pma.GetProperty("territory").Str("name"), Is.EqualTo("Pôle Métropolitain de l'Artois"));
            foreach (var key in new[] { "emploi_prive", "demandeurs_emploi", "defaillances" })
            {
                Assert.That(Card(pma, key).GetProperty("value").GetDouble(),
                    Is.EqualTo(epcis.Sum(e => Card(e, key).GetProperty("value").GetDouble())), key);
                Assert.That(Card(pma, key).GetProperty("details")[0].GetProperty("value").GetDouble(),
                    Is.EqualTo(epcis.Sum(e => Card(e, key).GetProperty("details")[0].GetProperty("value").GetDouble())), key + " details");
            }
        });
    }

    [Test]
    public async Task Changes_are_the_differences_of_the_quarters_figures()
    {
        var barometer = await BarometerAsync(Pma, "2024-Q2");
        foreach (var key in new[] { "emploi_prive", "demandeurs_emploi", "defaillances" })
        {
            var card = Card(barometer, key);
            var series = card.GetProperty("series").EnumerateArray().ToDictionary(p => p.Str("period"), p => p.GetProperty("value").GetDouble());
            var (value, previous, yearBefore) = (card.GetProperty("value").GetDouble(), series["2024-Q1"], series["2023-Q2"]);
            var qoq = card.GetProperty("quarterOnQuarter");
            var yoy = card.GetProperty("yearOnYear");
            Assert.Multiple(() =>
            {
                Assert.That(card.GetProperty("series").GetArrayLength(), Is.EqualTo(20));
                Assert.That(card.GetProperty("series")[19].Str("period"), Is.EqualTo("2024-Q2"));
                Assert.That(card.GetProperty("series")[0].Str("period"), Is.EqualTo("2019-Q3"));
                Assert.That(qoq.Str("period"), Is.EqualTo("2024-Q1"));
                Assert.That(qoq.GetProperty("value").GetDouble(), Is.EqualTo(previous));
                Assert.That(qoq.GetProperty("change").GetDouble(), Is.EqualTo(value - previous), key);
                Assert.That(qoq.GetProperty("changePercent").GetDouble(), Is.EqualTo(Math.Round(100 * (value - previous) / previous, 2)).Within(0.005), key);
                Assert.That(yoy.Str("period"), Is.EqualTo("2023-Q2"));
                Assert.That(yoy.GetProperty("change").GetDouble(), Is.EqualTo(value - yearBefore), key);
                Assert.That(yoy.GetProperty("changePercent").GetDouble(), Is.EqualTo(Math.Round(100 * (value - yearBefore) / yearBefore, 2)).Within(0.005), key);
            });
        }
    }

    [Test]
    public async Task The_lockdown_shows_in_the_second_quarter_of_2020()
    {
        var series = Card(await BarometerAsync(Pma, "2021-Q4"), "emploi_prive").GetProperty("series").EnumerateArray()
            .Where(p => p.Str("status") == "ok").ToDictionary(p => p.Str("period"), p => p.GetProperty("value").GetDouble());
        Assert.That(series["2020-Q2"], Is.LessThan(series["2020-Q1"] * 0.98).And.LessThan(series["2020-Q3"]));
    }

    [Test]
    public async Task The_latest_quarter_is_provisional_and_the_one_before_is_not()
    {
        var latest = await BarometerAsync(Pma, "2024-Q4");
        var before = await BarometerAsync(Pma, "2024-Q3");
        Assert.Multiple(() =>
        {
            Assert.That(latest.Str("latestQuarter"), Is.EqualTo("2024-Q4"));
            Assert.That(latest.GetProperty("quarters")[0].GetString(), Is.EqualTo("2019-Q1"));
            Assert.That(latest.GetProperty("quarters").EnumerateArray().Last().GetString(), Is.EqualTo("2024-Q4"));
            Assert.That(Card(latest, "emploi_prive").GetProperty("provisional").GetBoolean(), Is.True);
            Assert.That(Card(latest, "defaillances").GetProperty("provisional").GetBoolean(), Is.True);
            Assert.That(Card(before, "emploi_prive").GetProperty("provisional").GetBoolean(), Is.False);
            Assert.That(Card(latest, "emploi_prive").GetProperty("series").EnumerateArray().Last().GetProperty("provisional").GetBoolean(), Is.True);
            Assert.That(Card(latest, "emploi_prive").GetProperty("series")[18].GetProperty("provisional").GetBoolean(), Is.False);
        });
    }

    [Test]
    public async Task The_seeded_URSSAF_revision_of_2024_Q3_shows_with_the_first_estimate()
    {
        var card = Card(await BarometerAsync(Pma, "2024-Q3"), "emploi_prive");
        var revision = card.GetProperty("revision");
        var asOf = JsonDocument.Parse((await GetAsync(
                $"/api/v1/indicators/barometre.emploi_prive/values?territories={Pma}&period=2024-Q3&asOf=2025-01-15")).Body)
            .RootElement.GetProperty("items")[0];
        var later = Card(await BarometerAsync(Pma, "2024-Q4"), "emploi_prive");

        Assert.Multiple(() =>
        {
            Assert.That(revision.ValueKind, Is.EqualTo(JsonValueKind.Object));
            Assert.That(revision.GetProperty("previousValue").GetDouble(), Is.LessThan(card.GetProperty("value").GetDouble()), "revised upwards");
            Assert.That(revision.GetProperty("previousValue").GetDouble(), Is.EqualTo(asOf.GetProperty("value").GetDouble()),
                "the first estimate, as the platform's asOf gives it");
            Assert.That(later.GetProperty("revision").ValueKind, Is.EqualTo(JsonValueKind.Null), "Q4 was not revised");
            Assert.That(later.GetProperty("series").EnumerateArray().Single(p => p.Str("period") == "2024-Q3").GetProperty("revised").GetBoolean(), Is.True);
            Assert.That(later.GetProperty("series").EnumerateArray().Single(p => p.Str("period") == "2024-Q2").GetProperty("revised").GetBoolean(), Is.False);
        });
    }

    [Test]
    public async Task Key_figures_are_french_formatted_from_the_cards()
    {
        var barometer = await BarometerAsync(Cabbalr, "2023-Q4");
        var figures = barometer.GetProperty("keyFigures").EnumerateArray().ToList();
        var jobs = Card(barometer, "emploi_prive");
        var percent = jobs.GetProperty("yearOnYear").GetProperty("changePercent").GetDouble();
        var expected = (percent > 0 ? "+" : "\u2212") + Math.Abs(Math.Round(percent, 1, MidpointRounding.AwayFromZero))
            .ToString("0.0", System.Globalization.CultureInfo.InvariantCulture).Replace('.', ',') + "\u202f%";

        Assert.Multiple(() =>
        {
            Assert.That(figures, Has.Count.InRange(3, 5));
            Assert.That(figures[0].Str("value"), Is.EqualTo(expected));
            Assert.That(figures[0].Str("label"), Is.EqualTo("d'emplois salariés privés en un an"));
            Assert.That(figures.Select(f => f.Str("value")), Does.Contain("176"));
            Assert.That(figures.Select(f => f.Str("value")), Does.Contain("49\u202f556"));
            Assert.That(figures.Select(f => f.Str("label")), Has.None.Contains("Nota-PME"), "anonymous: no key figure from a restricted card");
            Assert.That(barometer.GetProperty("sources").GetArrayLength(), Is.EqualTo(4));
            Assert.That(barometer.GetProperty("brief").ValueKind, Is.EqualTo(JsonValueKind.Null));
        });
    }

    [TestCase("2024-Q5")]
    [TestCase("2024Q3")]
    [TestCase("2024-S1")]
    [TestCase("2024")]
    public async Task A_malformed_quarter_is_a_400_on_the_quarter(string quarter)
    {
        var problem = await (await Client.GetAsync($"/api/v1/barometre/{Pma}/{quarter}")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").EnumerateArray().Select(e => e.Str("name")), Does.Contain("quarter"));
    }

    [Test]
    public async Task A_quarter_without_data_is_a_404_naming_the_range()
    {
        var problem = await (await Client.GetAsync($"/api/v1/barometre/{Pma}/2031-Q1")).ProblemAsync(HttpStatusCode.NotFound);
        Assert.That(problem.Str("detail"), Does.Contain("2019-Q1").And.Contain("2024-Q4"));
    }

    [TestCase("epci:999999999")]
    [TestCase("groupement:nowhere")]
    [TestCase("departement:62")]
    public async Task An_unknown_territory_is_a_404(string territory) =>
        await (await Client.GetAsync($"/api/v1/barometre/{territory}/2024-Q3")).ProblemAsync(HttpStatusCode.NotFound);

    [Test]
    public async Task The_semestrial_failures_are_the_sum_of_their_two_quarters_by_sector_size_and_procedure()
    {
        var (status, body) = await GetAsync($"/api/v1/barometre/defaillances/{Cabbalr}?semester=2023-S2");
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), body);
        var semester = JsonDocument.Parse(body).RootElement;
        var quarters = Card(await BarometerAsync(Cabbalr, "2023-Q4"), "defaillances").GetProperty("series").EnumerateArray()
            .ToDictionary(p => p.Str("period"), p => p.GetProperty("value").GetDouble());
        var total = semester.GetProperty("total").GetProperty("failures").GetInt32();
        var first = JsonDocument.Parse((await GetAsync($"/api/v1/barometre/defaillances/{Cabbalr}?semester=2023-S1")).Body).RootElement;

        Assert.Multiple(() =>
        {
            Assert.That(total, Is.EqualTo(quarters["2023-Q3"] + quarters["2023-Q4"]));
            Assert.That(total + first.GetProperty("total").GetProperty("failures").GetInt32(), Is.EqualTo(176), "the year's two semesters");
            Assert.That(semester.GetProperty("quarters").EnumerateArray().Select(q => q.GetString()), Is.EqualTo(new[] { "2023-Q3", "2023-Q4" }));
            foreach (var breakdown in new[] { "bySector", "bySize", "byProcedure" })
                Assert.That(semester.GetProperty(breakdown).EnumerateArray().Sum(b => b.GetProperty("failures").GetInt32()), Is.EqualTo(total), breakdown);
            Assert.That(semester.GetProperty("bySize").EnumerateArray().Select(s => s.Str("code")),
                Is.EqualTo(new[] { "0", "1-2", "3-5", "6-9", "10-19", "20+" }));
            Assert.That(semester.GetProperty("total").GetProperty("yearBefore").Str("semester"), Is.EqualTo("2022-S2"));
            Assert.That(semester.GetProperty("provisional").GetBoolean(), Is.False);
            Assert.That(semester.GetProperty("inDifficulty").GetProperty("underProcedureTotal").GetInt32(), Is.GreaterThan(0));
        });
    }

    [Test]
    public async Task The_semestrial_barometer_refuses_a_bad_semester_and_an_unknown_territory()
    {
        var problem = await (await Client.GetAsync($"/api/v1/barometre/defaillances/{Cabbalr}?semester=2024-Q3")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").EnumerateArray().Select(e => e.Str("name")), Does.Contain("semester"));
        await (await Client.GetAsync($"/api/v1/barometre/defaillances/{Cabbalr}?semester=2031-S1")).ProblemAsync(HttpStatusCode.NotFound);
        await (await Client.GetAsync("/api/v1/barometre/defaillances/epci:999999999")).ProblemAsync(HttpStatusCode.NotFound);
    }
}
