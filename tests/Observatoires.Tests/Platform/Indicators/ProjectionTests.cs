using System.Net;
using System.Text.Json;
using Observatoires.Api.Platform.Indicators.Engine;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Platform.Indicators;

/// <summary>
/// Projections to 2030 and 2050 as an analyst checks them: the model's figures against a computation by hand on a known
/// series, the band, the fit's quality; through HTTP, a territory's projection against least squares redone here on
/// the values the series route gives, never stored as a value, and a confidential indicator's figures never fitted
/// for a caller who may not see them.
/// </summary>
public sealed class ProjectionTests : ReadOnlyApiTest
{
    private const string Commune = "commune:62119", Cabbalr = "epci:200072460", Call = "epci:246200364";

    private static List<Observation> Points(params double[] values) => [.. values.Select((y, i) => new Observation(i, y))];

    [Test]
    public void A_straight_series_projects_on_its_line_with_no_band()
    {
        var fit = ProjectionFit.Fit(ProjectionMethod.Linear, Points(10, 12, 14, 16))!;
        Assert.Multiple(() =>
        {
            Assert.That(fit.Slope, Is.EqualTo(2).Within(1e-9));
            Assert.That(fit.Predict(10), Is.EqualTo(30).Within(1e-9), "2020 + 10 years: 10 + 2 × 10");
            Assert.That(fit.Interval(10).Low, Is.EqualTo(30).Within(1e-9));
            Assert.That(fit.RSquared, Is.EqualTo(1).Within(1e-12));
        });
    }

    [Test]
    public void A_noisy_series_matches_least_squares_by_hand()
    {
        // x = 0..4, y = 1, 3, 2, 5, 4: slope 8/10 = 0.8, intercept 3 − 0.8 × 2 = 1.4; residuals −0.4, 0.8, −1, 1.2, −0.6
        // (sum of squares 3.6, s = √(3.6/3)); R² = 1 − 3.6/10. At x = 6: 6.2 ± t(3) × s × √(1 + 1/5 + (6 − 2)²/10).
        var fit = ProjectionFit.Fit(ProjectionMethod.Linear, Points(1, 3, 2, 5, 4))!;
        var half = 3.182 * Math.Sqrt(1.2) * Math.Sqrt(2.8);
        Assert.Multiple(() =>
        {
            Assert.That(fit.Slope, Is.EqualTo(0.8).Within(1e-12));
            Assert.That(fit.Intercept, Is.EqualTo(1.4).Within(1e-12));
            Assert.That(fit.RSquared, Is.EqualTo(0.64).Within(1e-12));
            Assert.That(fit.Rmse, Is.EqualTo(Math.Sqrt(3.6 / 5)).Within(1e-12));
            Assert.That(fit.Predict(6), Is.EqualTo(6.2).Within(1e-12));
            Assert.That(fit.Interval(6).Low, Is.EqualTo(6.2 - half).Within(1e-9));
            Assert.That(fit.Interval(6).High, Is.EqualTo(6.2 + half).Within(1e-9));
        });
    }

    [Test]
    public void Compound_growth_keeps_its_rate_and_bounded_shares_never_leave_their_bounds()
    {
        var compound = ProjectionFit.Fit(ProjectionMethod.Compound, Points(100, 110, 121, 133.1))!;
        Assert.That(Math.Exp(compound.Slope) - 1, Is.EqualTo(0.10).Within(1e-9));
        Assert.That(compound.Predict(10), Is.EqualTo(100 * Math.Pow(1.1, 10)).Within(1e-6));
        Assert.That(ProjectionFit.Fit(ProjectionMethod.Compound, Points(3, 0, 2)), Is.Null, "no logarithm of zero");

        // A share whose logit grows by 0.5 a year from 20 %: 20 % is logit −1.386…; in 30 years it nears 100 %, never beyond.
        static double Share(double x) => 100 / (1 + Math.Exp(-(Math.Log(0.25) + (0.5 * x))));
        var bounded = ProjectionFit.Fit(ProjectionMethod.Bounded, Points(Share(0), Share(1), Share(2), Share(3), Share(4)))!;
        Assert.Multiple(() =>
        {
            Assert.That(bounded.Slope, Is.EqualTo(0.5).Within(1e-9));
            Assert.That(bounded.Predict(10), Is.EqualTo(Share(10)).Within(1e-6));
            Assert.That(bounded.Predict(30), Is.LessThan(100).And.GreaterThan(99));
            Assert.That(ProjectionFit.Fit(ProjectionMethod.Linear, Points(Share(0), Share(1), Share(2), Share(3), Share(4)))!.Predict(30),
                Is.GreaterThan(100), "the straight line would cross 100 %, which is why shares are bounded");
        });
        Assert.That(ProjectionFit.Fit(ProjectionMethod.Linear, Points(1, 2)), Is.Null, "two points: no spread to estimate");
    }

    [Test]
    public async Task A_territory_projection_is_least_squares_on_its_published_values_and_says_it_is_a_projection()
    {
        var series = await Client.GetJsonAsync($"/api/v1/indicators/test.population/series?territories={Cabbalr}&from=2015");
        var points = series.GetProperty("series")[0].GetProperty("points").EnumerateArray()
            .Select(p => (Year: int.Parse(p.Str("period")), Value: p.GetProperty("value").GetDouble())).ToList();
        var projection = await Client.GetJsonAsync($"/api/v1/indicators/test.population/projection?territory={Cabbalr}&from=2015&method=linear");

        // Least squares by hand on those values, in years since 2015.
        var xMean = points.Average(p => p.Year - 2015.0);
        var yMean = points.Average(p => p.Value);
        var slope = points.Sum(p => (p.Year - 2015 - xMean) * (p.Value - yMean)) / points.Sum(p => Math.Pow(p.Year - 2015 - xMean, 2));
        var at2050 = yMean + (slope * (2050 - 2015 - xMean));

        var milestones = projection.GetProperty("milestones").EnumerateArray().ToDictionary(m => m.Str("period"), m => m.GetProperty("value").GetDouble());
        Assert.Multiple(() =>
        {
            Assert.That(projection.Str("status"), Is.EqualTo("projection"));
            Assert.That(projection.GetProperty("method").Str("name"), Is.EqualTo("linear"));
            Assert.That(projection.GetProperty("window").GetProperty("points").GetInt32(), Is.EqualTo(points.Count));
            Assert.That(projection.GetProperty("fit").GetProperty("annualChange").GetDouble(), Is.EqualTo(slope).Within(1e-6));
            Assert.That(milestones["2050"], Is.EqualTo(at2050).Within(1e-6));
            Assert.That(milestones.Keys, Is.EqualTo(new[] { "2030", "2050" }));
            var first = projection.GetProperty("projection")[0];
            Assert.That(first.Str("period"), Is.EqualTo((points[^1].Year + 1).ToString()));
            Assert.That(first.GetProperty("low").GetDouble(), Is.LessThan(first.GetProperty("value").GetDouble()));
        });

        // Never stored: the indicator still has no value in 2030.
        var values = await Client.GetJsonAsync($"/api/v1/indicators/test.population/values?territories={Cabbalr}&period=2030");
        var item = values.GetProperty("items")[0];
        Assert.That(item.GetProperty("value").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(item.GetProperty("status").ValueKind, Is.EqualTo(JsonValueKind.Null));
    }

    [Test]
    public async Task A_share_defaults_to_the_bounded_model_and_the_CSV_separates_observed_from_projected()
    {
        var projection = await Client.GetJsonAsync($"/api/v1/indicators/test.part_seniors/projection?territory={Commune}&horizon=2100");
        Assert.That(projection.GetProperty("method").Str("name"), Is.EqualTo("bounded"));
        Assert.That(projection.GetProperty("projection").EnumerateArray().Select(p => p.GetProperty("high").GetDouble()), Is.All.LessThanOrEqualTo(100));

        var csv = await Client.GetStringAsync($"/api/v1/indicators/test.part_seniors/projection?territory={Commune}&format=csv");
        var lines = csv.Trim().Split('\n');
        Assert.That(lines[0].Trim(), Is.EqualTo("territory_id,indicator,period,kind,value,low,high,method,unit"));
        Assert.That(lines.Skip(1).Select(l => l.Split(',')[3]).Distinct(), Is.EqualTo(new[] { "observed", "projection" }));
        Assert.That(lines.Last(), Does.StartWith($"{Commune},test.part_seniors,2050,projection,"));
    }

    [Test]
    public async Task A_confidential_indicator_is_never_fitted_on_figures_the_caller_may_not_see()
    {
        var url = $"/api/v1/indicators/test.fragiles/projection?territory={Cabbalr}";
        var (anonymous, _) = await GetAsync(url);
        var (outside, outsideBody) = await GetAsync(url, await CreateKeyAsync("partner_reader", Call));
        var (inside, insideBody) = await GetAsync(url, await CreateKeyAsync("partner_reader", Cabbalr));
        Assert.Multiple(() =>
        {
            Assert.That(anonymous, Is.EqualTo(HttpStatusCode.NotFound), "its existence does not leak");
            Assert.That(outside, Is.EqualTo(HttpStatusCode.UnprocessableEntity), outsideBody);
            Assert.That(outsideBody, Does.Contain("0 published value"));
            Assert.That(inside, Is.EqualTo(HttpStatusCode.OK), insideBody);
        });
        Assert.That(JsonDocument.Parse(insideBody).RootElement.GetProperty("window").GetProperty("points").GetInt32(), Is.GreaterThanOrEqualTo(3));
    }

    [Test]
    public async Task An_indicator_without_targets_has_none()
    {
        var population = await Client.GetJsonAsync($"/api/v1/indicators/test.population/projection?territory={Cabbalr}");
        Assert.That(population.GetProperty("targets").GetArrayLength(), Is.Zero, "no module sets targets for it");
    }

    [TestCase("method=cubic", "method")]
    [TestCase("horizon=1990", "horizon")]
    [TestCase("from=20x5", "from")]
    [TestCase("from=2015-Q1", "from")]
    [TestCase("from=2020&to=2015", "from")]
    [TestCase("method=bounded", "lower")]
    [TestCase("lower=5&upper=1", "upper")]
    [TestCase("method=bounded&lower=-1e308&upper=1e308", "upper")]
    [TestCase("format=xml", "format")]
    public async Task Bad_requests_get_a_field_error(string query, string field)
    {
        var response = await Client.GetAsync($"/api/v1/indicators/test.population/projection?territory={Cabbalr}&{query}");
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(problem.GetRawText(), Does.Contain(field));
    }

    [Test]
    public async Task Too_few_values_or_an_unknown_territory_are_said_plainly()
    {
        var few = await Client.GetAsync($"/api/v1/indicators/test.population/projection?territory={Cabbalr}&from=2023&to=2024");
        Assert.That((await few.ProblemAsync(HttpStatusCode.UnprocessableEntity)).Str("detail"), Does.Contain("at least 3"));
        await (await Client.GetAsync("/api/v1/indicators/test.population/projection?territory=commune:99999")).ProblemAsync(HttpStatusCode.NotFound);
        var outside = await Client.GetAsync($"/api/v1/indicators/test.population/projection?territory={Cabbalr}&method=bounded&lower=0&upper=1");
        Assert.That((await outside.ProblemAsync(HttpStatusCode.UnprocessableEntity)).Str("detail"), Does.Contain("outside [0, 1]"));
        await (await Client.GetAsync("/api/v1/indicators/test.nothing/projection?territory=commune:62119")).ProblemAsync(HttpStatusCode.NotFound);
    }


    [Test]
    public async Task The_projection_downloads_with_its_metadata_and_as_a_workbook_and_a_bad_format_is_a_400()
    {
        var downloads = await TableDownload.CheckAsync(Client, $"/api/v1/indicators/test.part_seniors/projection?territory={Commune}&format=csv");
        var metadata = downloads.Workbook.Metadata();
        var problem = await (await Client.GetAsync($"/api/v1/indicators/test.part_seniors/projection?territory={Commune}&format=xls"))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Multiple(() =>
        {
            Assert.That(downloads.Header, Is.EqualTo(new[] { "territory_id", "indicator", "period", "kind", "value", "low", "high", "method", "unit" }));
            Assert.That(metadata["Indicateur"], Does.Contain("test.part_seniors"));
            Assert.That(metadata["Méthode"], Does.Contain("logistique"));
            Assert.That(downloads.Workbook.Sheet("Données").Skip(1).Select(r => r[downloads.Column("value")].Format), Is.All.EqualTo("#,##0.0"),
                "the indicator's decimals");
            Assert.That(problem.GetProperty("errors").ToString(), Does.Contain("format must be json, csv, csvw or xlsx"));
        });
    }
}
