using System.Net;
using System.Text.Json;
using Dapper;
using Observatoires.Api.Observatories.Emploi.Entreprises;
using Observatoires.Api.Platform.Indicators.Choropleth;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Observatories.Emploi;

/// <summary>
/// Business demography as the CABBALR's economic service and the agency's economists check it: the report's real
/// figures come out of the API, a territory's base-100 index and survival rate are computed from its sums, the
/// sectors most hit are ranked, and bad input is a 400.
/// </summary>
public sealed class DemographyTests : ApiTest
{
    private const string Cabbalr = "epci:200072460", Call = "epci:246200364";
    private string first = null!, second = null!;

    [OneTimeSetUp]
    public async Task KnownFailures()
    {
        await using var connection = Factory.OpenConnection();
        // Two communes of the CC7V with known failures: 4 then 6, and 1 then 4 (2013, 2023).
        var communes = (await connection.QueryAsync<string>("""
            select member_id from platform.territory_membership where parent_id = 'epci:200044030' and member_id like 'commune:%'
            order by member_id limit 2
            """)).ToList();
        (first, second) = (communes[0], communes[1]);
        await connection.ExecuteAsync("""
            update platform.indicator_value set value = case
                when territory_id = @first and period = '2013' then 4 when territory_id = @first then 6
                when period = '2013' then 1 else 4 end
            where indicator_code = 'emploi.defaillances' and territory_id in (@first, @second) and period in ('2013', '2023');
            select platform.bump_data_version('indicators');
            """, new { first, second });
    }

    [Test]
    public async Task The_CABBALRs_real_figures_come_out_of_the_API_with_their_source()
    {
        var failures = await Client.GetJsonAsync($"/api/v1/indicators/emploi.defaillances/values?territories={Cabbalr}&period=2023");
        var survival = await Client.GetJsonAsync($"/api/v1/indicators/emploi.survie_5_ans/values?territories={Cabbalr}&period=2023");
        Assert.Multiple(() =>
        {
            Assert.That(failures.GetProperty("items")[0].GetProperty("value").GetDouble(), Is.EqualTo(176));
            Assert.That(survival.GetProperty("items")[0].GetProperty("value").GetDouble(), Is.EqualTo(71.7));
            Assert.That(failures.GetProperty("indicator").Str("source"), Does.Contain("rapport d'activité 2024"));
        });

        var sheet = await Client.GetJsonAsync($"/api/v1/emploi/demography/{Cabbalr}?year=2023");
        Assert.Multiple(() =>
        {
            Assert.That(sheet.GetProperty("failures").GetProperty("value").GetDouble(), Is.EqualTo(176));
            Assert.That(sheet.GetProperty("failures").Str("vintage"), Does.StartWith("Rapport d'activité 2024 de l'AULA"));
            Assert.That(sheet.GetProperty("survival").GetProperty("rate").GetDouble(), Is.EqualTo(71.7));
            Assert.That(sheet.GetProperty("survival").GetProperty("class").GetInt32(), Is.EqualTo(3), "71.7 % is in 71.1–74 %");
            Assert.That(sheet.GetProperty("survival").Str("classLabel"), Is.EqualTo("71,1 à 74 %"));
            Assert.That(sheet.GetProperty("survival").GetProperty("cohortYear").GetInt32(), Is.EqualTo(2018));
        });

        // The demo communes tell the same story: they add up to the report's figure.
        var communes = await Client.GetJsonAsync($"/api/v1/indicators/emploi.defaillances/values?level=commune&within={Cabbalr}&period=2023");
        Assert.That(communes.GetProperty("items").EnumerateArray().Sum(i => i.GetProperty("value").GetDouble()), Is.EqualTo(176));
        var cohorts = (await Client.GetJsonAsync($"/api/v1/indicators/emploi.survie_5_ans/values?level=commune&within={Cabbalr}&period=2023"))
            .GetProperty("items").EnumerateArray().Where(i => i.GetProperty("numerator").ValueKind == JsonValueKind.Number).ToList();
        var rate = 100 * cohorts.Sum(i => i.GetProperty("numerator").GetDouble()) / cohorts.Sum(i => i.GetProperty("denominator").GetDouble());
        Assert.That(Math.Round(rate, 1), Is.EqualTo(71.7), "Σ survivors ÷ Σ cohort of its communes");
        var companies = await Client.GetJsonAsync($"/api/v1/indicators/emploi.entreprises/values?level=commune&within={Cabbalr}&period=2021");
        Assert.That(companies.GetProperty("items").EnumerateArray().Sum(i => i.GetProperty("value").GetDouble()), Is.EqualTo(12_611));
    }

    [Test]
    public async Task The_base_100_index_is_the_territorys_sum_over_its_2013_sum_not_an_average_of_indices()
    {
        var zone = $"custom:{first[8..]}+{second[8..]}";
        var series = await Client.GetJsonAsync($"/api/v1/indicators/emploi.defaillances/series?territories={zone}&from=2013&to=2023&index=2013");
        var points = series.GetProperty("series")[0].GetProperty("points").EnumerateArray().ToDictionary(p => p.Str("period"));
        Assert.Multiple(() =>
        {
            Assert.That(points["2013"].GetProperty("index").GetDouble(), Is.EqualTo(100));
            // (6 + 4) / (4 + 1) × 100 = 200, where the mean of the communes' indices would be (150 + 400) / 2 = 275.
            Assert.That(points["2023"].GetProperty("index").GetDouble(), Is.EqualTo(200));
        });
        var sheet = await Client.GetJsonAsync($"/api/v1/emploi/demography/{zone}?year=2023");
        Assert.That(sheet.GetProperty("failuresIndex").GetDouble(), Is.EqualTo(200));
        Assert.That(sheet.GetProperty("indexBaseYear").GetInt32(), Is.EqualTo(2013));
    }

    [Test]
    public async Task An_EPCIs_survival_rate_is_its_survivors_over_its_cohort_the_creations_five_years_before()
    {
        await using var connection = Factory.OpenConnection();
        var parts = (await connection.QueryAsync<(string Commune, double Survivors, double Cohort)>("""
            select v.territory_id, v.numerator, v.denominator from platform.indicator_value v
            join platform.territory_membership m on m.member_id = v.territory_id and m.parent_id = @Call
            where v.indicator_code = 'emploi.survie_5_ans' and v.period = '2023'
            """, new { Call })).ToList();
        var creations2018 = (await connection.QueryAsync<(string Commune, double Value)>("""
            select v.territory_id, v.value from platform.indicator_value v
            join platform.territory_membership m on m.member_id = v.territory_id and m.parent_id = @Call
            where v.indicator_code = 'emploi.creations' and v.period = '2018'
            """, new { Call })).ToDictionary(c => c.Commune, c => c.Value);
        Assert.That(parts, Has.Count.GreaterThan(5));
        Assert.That(parts.Select(p => p.Cohort), Is.EqualTo(parts.Select(p => creations2018[p.Commune])), "each commune's cohort is its 2018 creations");
        var expected = 100 * parts.Sum(p => p.Survivors) / parts.Sum(p => p.Cohort);

        var values = await Client.GetJsonAsync($"/api/v1/indicators/emploi.survie_5_ans/values?territories={Call}&period=2023");
        var item = values.GetProperty("items")[0];
        Assert.Multiple(() =>
        {
            Assert.That(item.GetProperty("value").GetDouble(), Is.EqualTo(expected).Within(1e-9));
            Assert.That(item.GetProperty("numerator").GetDouble(), Is.EqualTo(parts.Sum(p => p.Survivors)));
            Assert.That(item.GetProperty("denominator").GetDouble(), Is.EqualTo(parts.Sum(p => p.Cohort)));
        });
        var sheet = await Client.GetJsonAsync($"/api/v1/emploi/demography/{Call}?year=2023");
        var survival = sheet.GetProperty("survival");
        Assert.That(survival.GetProperty("rate").GetDouble(), Is.EqualTo(expected).Within(1e-9));
        Assert.That(survival.GetProperty("class").GetInt32(), Is.EqualTo(Demography.ClassOf(expected).Number));
        Assert.That(survival.GetProperty("vintage").ValueKind, Is.EqualTo(JsonValueKind.Null), "a sum of communes, not a stored figure");
    }

    [TestCase(68.44, 1)]
    [TestCase(68.45, 2)]
    [TestCase(71.0, 2)]
    [TestCase(71.04, 2)]
    [TestCase(71.05, 3)]
    [TestCase(74.0, 3)]
    [TestCase(74.05, 4)]
    public void The_reports_survival_classes_read_the_rate_rounded_to_one_decimal(double rate, int expected)
    {
        Assert.That(Demography.ClassOf(rate).Number, Is.EqualTo(expected));
        // The map's fixed classes (the indicator's scheme) put the rate in the same class as the sheet.
        var scheme = DemographyIndicators.All.Single(i => i.Code == Demography.Survival).FixedClasses!;
        var onTheMap = ClassBreaks.ComputeFixed([rate], scheme.Breaks, null).ClassOf(rate) + 1;
        Assert.That(onTheMap, Is.EqualTo(expected), "the map's class");
    }

    [Test]
    public async Task The_sectors_most_hit_are_ranked_and_add_up_to_the_years_failures()
    {
        var sheet = await Client.GetJsonAsync($"/api/v1/emploi/demography/{Cabbalr}?year=2023");
        var sectors = sheet.GetProperty("mostHitSectors").EnumerateArray().ToList();
        var counts = sectors.Select(s => s.GetProperty("failures").GetDouble()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(sectors.Select(s => s.GetProperty("rank").GetInt32()), Is.EqualTo(Enumerable.Range(1, 6)));
            Assert.That(counts, Is.Ordered.Descending);
            Assert.That(counts.Sum(), Is.EqualTo(176), "the sectors share the year's failures");
            Assert.That(sheet.GetProperty("failuresByProcedure").EnumerateArray().Sum(p => p.GetProperty("failures").GetDouble()), Is.EqualTo(176));
            Assert.That(sheet.GetProperty("companiesBySector").EnumerateArray().Sum(p => p.GetProperty("companies").GetDouble()),
                Is.EqualTo(sheet.GetProperty("companies").GetProperty("value").GetDouble()));
        });
        foreach (var sector in sectors.Where(s => s.GetProperty("previous").GetDouble() > 0))
        {
            Assert.That(sector.GetProperty("change").GetDouble(),
                Is.EqualTo((sector.GetProperty("failures").GetDouble() / sector.GetProperty("previous").GetDouble()) - 1).Within(1e-12));
        }
        // The same figures as the platform's indicator for the first sector.
        var top = sectors[0].Str("sector");
        var values = await Client.GetJsonAsync($"/api/v1/indicators/emploi.defaillances_{top}/values?territories={Cabbalr}&period=2023");
        Assert.That(values.GetProperty("items")[0].GetProperty("value").GetDouble(), Is.EqualTo(counts[0]));
    }

    [TestCase("/api/v1/emploi/demography/epci:200072460?year=1800", "year")]
    [TestCase("/api/v1/emploi/demography/epci:200072460?year=2035", "year")]
    [TestCase("/api/v1/emploi/demography/epci:200072460?year=abc", "year")]
    [TestCase("/api/v1/emploi/demography/nowhere", "territory")]
    public async Task Bad_input_is_a_400_naming_the_field(string url, string field)
    {
        var problem = await (await Client.GetAsync(url)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").EnumerateArray().Select(e => e.Str("name")), Does.Contain(field));
    }

    [Test]
    public async Task An_unknown_territory_is_a_404() =>
        await (await Client.GetAsync("/api/v1/emploi/demography/epci:999999999")).ProblemAsync(HttpStatusCode.NotFound);
}
