using System.Net;
using System.Text.Json;
using Dapper;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Observatories.Transitions;

/// <summary>
/// The Donut and the risk matrix through HTTP on the seeded database: a commune's Donut and an EPCI's matrix cell equal a
/// hand computation from the stored values (the EPCI's figures recomputed as Σ numerators ÷ Σ denominators of its
/// communes); the partner-only exposure is "réservé" for anonymous callers and partners outside their scope, on every
/// cell, and never scored; bad territories and parameters are 400 or 404.
/// </summary>
public sealed class TransitionsTests : ReadOnlyApiTest
{
    private const string Bethune = "commune:62119", Cabbalr = "epci:200072460", Call = "epci:246200364";
    private const string Seveso = "transitions.part_population_proximite_seveso";

    private static JsonElement Parse(string body) => JsonDocument.Parse(body).RootElement.Clone();

    private static double? Number(JsonElement e, string property) =>
        e.GetProperty(property).ValueKind == JsonValueKind.Number ? e.GetProperty(property).GetDouble() : null;

    private async Task<JsonElement> OkAsync(string url, string? key = null)
    {
        var (status, body) = await GetAsync(url, key);
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), body);
        return Parse(body);
    }

    /// <summary>The stored figure of a territory at an indicator's latest year: (period, value).</summary>
    private async Task<(string Period, double Value)> StoredAsync(string indicator, string territory)
    {
        await using var connection = Factory.OpenConnection();
        return await connection.QuerySingleAsync<(string, double)>("""
            select period, value from platform.indicator_value
            where indicator_code = @indicator and territory_id = @territory and period = (
                select max(period) from platform.indicator_value where indicator_code = @indicator and period ~ '^[0-9]{4}$')
            """, new { indicator, territory });
    }

    /// <summary>An EPCI's ratio by hand: scale × Σ numerators ÷ Σ denominators of its communes at the latest year.</summary>
    private async Task<double> RatioOfCommunesAsync(string indicator, string epci)
    {
        await using var connection = Factory.OpenConnection();
        return await connection.QuerySingleAsync<double>("""
            select i.ratio_scale * sum(v.numerator) / sum(v.denominator)
            from platform.indicator_value v
            join platform.indicator i on i.code = v.indicator_code
            join platform.territory_membership m on m.member_id = v.territory_id and m.parent_id = @epci
            join platform.territory t on t.id = v.territory_id and t.level = 'commune'
            where v.indicator_code = @indicator
              and v.period = (select max(period) from platform.indicator_value where indicator_code = @indicator and period ~ '^[0-9]{4}$')
            group by i.ratio_scale
            """, new { indicator, epci });
    }

    [TestCase("transitions.emissions_ges_par_habitant", Bethune, "compound")]
    [TestCase("transitions.taux_pauvrete", Cabbalr, "bounded")]
    [TestCase("transitions.consommation_eau_par_habitant", Call, "linear")]
    [TestCase("transitions.part_sols_artificialises", Bethune, "bounded")]
    [TestCase("transitions.jours_forte_chaleur", "groupement:aula", "linear")]
    public async Task A_projection_of_a_demo_series_has_an_imperfect_fit_and_a_band_of_some_width(string indicator, string territory, string method)
    {
        var projection = await OkAsync($"/api/v1/indicators/{indicator}/projection?territory={territory}&method={method}");
        var fit = projection.GetProperty("fit");
        var at2030 = projection.GetProperty("projection").EnumerateArray().Single(p => p.Str("period") == "2030");
        Assert.Multiple(() =>
        {
            Assert.That(projection.GetProperty("window").GetProperty("points").GetInt32(), Is.EqualTo(5), "2019 to 2023");
            Assert.That(fit.GetProperty("rSquared").GetDouble(), Is.GreaterThan(0).And.LessThan(0.9999), "the years do not all lie on the trend");
            Assert.That(fit.GetProperty("rmse").GetDouble(), Is.Positive);
            Assert.That(at2030.GetProperty("high").GetDouble() - at2030.GetProperty("low").GetDouble(), Is.Positive, "a band, not a line");
        });
    }

    [Test]
    public async Task The_noisy_demo_values_stay_plausible_and_the_AULA_emissions_of_2022_are_still_the_reports()
    {
        await using var connection = Factory.OpenConnection();
        var shares = await connection.QuerySingleAsync<(double Min, double Max)>("""
            select min(value), max(value) from platform.indicator_value
            where indicator_code in ('transitions.taux_pauvrete', 'transitions.part_sols_artificialises') and territory_id like 'commune:%'
            """);
        var negative = await connection.ExecuteScalarAsync<long>("""
            select count(*) from platform.indicator_value
            where indicator_code like 'transitions.%' and (value < 0 or numerator < 0 or denominator <= 0)
            """);
        // The report's 4.43 Mt CO2e: Σ of the AULA communes' emissions (the numerators), rounded to the tonne each.
        var aula2022 = await connection.QuerySingleAsync<(double Tonnes, long Communes)>("""
            select sum(v.numerator), count(*) from platform.indicator_value v
            where v.indicator_code = 'transitions.emissions_ges_par_habitant' and v.period = '2022'
              and exists (select from platform.territory_membership m where m.member_id = v.territory_id
                          and m.parent_id = any(array['epci:200072460', 'epci:246200364', 'epci:200069672', 'epci:200044030']))
            """);
        Assert.Multiple(() =>
        {
            Assert.That(shares.Min, Is.GreaterThanOrEqualTo(0));
            Assert.That(shares.Max, Is.LessThanOrEqualTo(100));
            Assert.That(negative, Is.Zero, "no negative count nor empty denominator");
            Assert.That(aula2022.Communes, Is.GreaterThan(100));
            Assert.That(aula2022.Tonnes, Is.EqualTo(4_430_000).Within(aula2022.Communes * 0.5));
        });
    }

    [Test]
    public async Task A_communes_Donut_equals_a_hand_computation_from_its_stored_values()
    {
        var donut = await OkAsync($"/api/v1/transitions/donut/{Bethune}");
        var dimensions = donut.GetProperty("dimensions").EnumerateArray().ToList();
        Assert.That(dimensions.Select(d => d.Str("code")), Is.EqualTo(new[] { "pauvrete", "logement-social", "logement-decent", "climat", "eau", "sols" }));
        foreach (var d in dimensions)
        {
            var (period, value) = await StoredAsync(d.GetProperty("indicator").Str("code"), Bethune);
            var bound = d.GetProperty("bound").GetDouble();
            var position = d.Str("direction") == "up" ? (bound - value) / bound : (value - bound) / bound;
            var expected = position <= 0 ? "within" : d.Str("ring") == "social" ? "shortfall" : "overshoot";
            Assert.Multiple(() =>
            {
                Assert.That(d.Str("period"), Is.EqualTo(period), d.Str("code"));
                Assert.That(Number(d, "value"), Is.EqualTo(value).Within(1e-6), d.Str("code"));
                Assert.That(Number(d, "position"), Is.EqualTo(position).Within(1e-6), d.Str("code"));
                Assert.That(Number(d, "gap"), Is.EqualTo(Math.Max(0, position)).Within(1e-6), d.Str("code"));
                Assert.That(d.Str("status"), Is.EqualTo(expected), d.Str("code"));
            });
        }
        var summary = donut.GetProperty("summary");
        Assert.That(summary.GetProperty("shortfalls").GetInt32() + summary.GetProperty("overshoots").GetInt32() + summary.GetProperty("within").GetInt32(),
            Is.EqualTo(6), "every figure of Béthune is public and stored");
        // The demo emissions are calibrated on the report: every commune is far above 2 t per inhabitant.
        Assert.That(dimensions.Single(d => d.Str("code") == "climat").Str("status"), Is.EqualTo("overshoot"));
    }

    [Test]
    public async Task An_EPCIs_Donut_aggregates_its_communes_by_the_indicators_rule()
    {
        var donut = await OkAsync($"/api/v1/transitions/donut/{Cabbalr}");
        var climate = donut.GetProperty("dimensions").EnumerateArray().Single(d => d.Str("code") == "climat");
        var value = await RatioOfCommunesAsync("transitions.emissions_ges_par_habitant", Cabbalr);
        Assert.Multiple(() =>
        {
            Assert.That(Number(climate, "value"), Is.EqualTo(value).Within(1e-6));
            Assert.That(Number(climate, "gap"), Is.EqualTo((value - 2) / 2).Within(1e-6));
            Assert.That(donut.GetProperty("territory").Str("id"), Is.EqualTo(Cabbalr));
        });
    }

    [Test]
    public async Task A_matrix_cell_equals_exposure_times_vulnerability_computed_by_hand()
    {
        var matrix = await OkAsync("/api/v1/transitions/risques?within=groupement:aula&level=epci");
        var row = matrix.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("territory").Str("id") == Cabbalr);
        var flood = row.GetProperty("cells").EnumerateArray().Single(c => c.Str("risk") == "inondation");
        // Exposure: population in flood zones on 0 → 20 %; vulnerability: aged 65 or over on 15 → 30 %.
        var exposedShare = await RatioOfCommunesAsync("transitions.part_population_zone_inondable", Cabbalr);
        var agedShare = await RatioOfCommunesAsync("portrait.part_plus_65_ans", Cabbalr);
        var exposure = Math.Clamp(exposedShare / 20, 0, 1);
        var vulnerability = Math.Clamp((agedShare - 15) / 15, 0, 1);
        var score = exposure * vulnerability;
        Assert.Multiple(() =>
        {
            Assert.That(Number(flood, "exposureValue"), Is.EqualTo(exposedShare).Within(1e-6));
            Assert.That(Number(flood, "vulnerabilityValue"), Is.EqualTo(agedShare).Within(1e-6));
            Assert.That(Number(flood, "exposure"), Is.EqualTo(exposure).Within(1e-6));
            Assert.That(Number(flood, "vulnerability"), Is.EqualTo(vulnerability).Within(1e-6));
            Assert.That(Number(flood, "score"), Is.EqualTo(score).Within(1e-6));
            Assert.That(flood.Str("class"), Is.EqualTo(score < 0.1 ? "faible" : score < 0.25 ? "modéré" : score < 0.5 ? "fort" : "très fort"));
            Assert.That(flood.Str("status"), Is.EqualTo("scored"));
            Assert.That(matrix.GetProperty("rows").GetArrayLength(), Is.EqualTo(4), "the four EPCIs of the AULA perimeter");
            Assert.That(matrix.GetProperty("risks").EnumerateArray().Select(r => r.Str("code")),
                Is.EqualTo(new[] { "inondation", "affaissement-minier", "industriel", "chaleur", "secheresse", "argiles" }));
        });
    }

    [Test]
    public async Task The_partner_only_exposure_is_reserved_for_anonymous_callers_and_partners_outside_their_scope()
    {
        static IReadOnlyList<JsonElement> Industrial(JsonElement matrix) =>
            [.. matrix.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("cells").EnumerateArray().Single(c => c.Str("risk") == "industriel"))];

        var anonymous = await OkAsync("/api/v1/transitions/risques?within=groupement:aula&level=epci");
        var column = anonymous.GetProperty("risks").EnumerateArray().Single(r => r.Str("code") == "industriel");
        Assert.Multiple(() =>
        {
            Assert.That(column.GetProperty("exposure").GetProperty("indicator").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(Industrial(anonymous).Select(c => c.Str("status")).Distinct(), Is.EqualTo(new[] { "restricted" }));
            Assert.That(Industrial(anonymous).Select(c => Number(c, "exposureValue") ?? Number(c, "exposure") ?? Number(c, "score")),
                Is.All.Null, "no exposure, no score: nothing to solve back");
            // The formula names its indicator (it is documented); its label, unit and year are the catalogue's, hidden with it.
            Assert.That(column.GetProperty("exposure").Str("code"), Is.EqualTo(Seveso));
            Assert.That(column.GetProperty("exposure").GetProperty("period").ValueKind, Is.EqualTo(JsonValueKind.Null));
        });

        var partner = await OkAsync("/api/v1/transitions/risques?within=groupement:aula&level=commune", await CreateKeyAsync("partner_reader", Cabbalr));
        var byCommune = partner.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("territory").Str("id"),
            r => r.GetProperty("cells").EnumerateArray().Single(c => c.Str("risk") == "industriel"));
        await using var connection = Factory.OpenConnection();
        var cabbalrCommunes = (await connection.QueryAsync<string>(
            "select member_id from platform.territory_membership where parent_id = @Cabbalr and member_id like 'commune:%'", new { Cabbalr })).ToHashSet();
        Assert.Multiple(() =>
        {
            Assert.That(byCommune.Where(c => cabbalrCommunes.Contains(c.Key)).Select(c => c.Value.Str("status")).Distinct(), Is.EqualTo(new[] { "scored" }));
            Assert.That(byCommune.Where(c => !cabbalrCommunes.Contains(c.Key)).Select(c => c.Value.Str("status")).Distinct(), Is.EqualTo(new[] { "restricted" }));
            Assert.That(byCommune.Where(c => !cabbalrCommunes.Contains(c.Key)).Select(c => Number(c.Value, "exposureValue")), Is.All.Null);
        });

        var agency = await OkAsync("/api/v1/transitions/risques?within=groupement:aula&level=epci", await CreateKeyAsync("agency_editor"));
        var call = agency.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("territory").Str("id") == Call);
        Assert.That(call.GetProperty("cells").EnumerateArray().Single(c => c.Str("risk") == "industriel").Str("status"), Is.EqualTo("scored"));
    }

    [Test]
    public async Task Bad_territories_and_parameters_are_400_or_404_with_the_field()
    {
        var bad = await GetAsync("/api/v1/transitions/donut/nowhere");
        var unknown = await GetAsync("/api/v1/transitions/donut/commune:99999");
        var level = await GetAsync("/api/v1/transitions/risques?level=quartier");
        var within = await GetAsync("/api/v1/transitions/risques?within=epci:000000000");
        Assert.Multiple(() =>
        {
            Assert.That(bad.Status, Is.EqualTo(HttpStatusCode.BadRequest), bad.Body);
            Assert.That(Parse(bad.Body).GetProperty("errors").EnumerateArray().Select(e => e.Str("name")), Is.EqualTo(new[] { "territory" }));
            Assert.That(unknown.Status, Is.EqualTo(HttpStatusCode.NotFound), unknown.Body);
            Assert.That(level.Status, Is.EqualTo(HttpStatusCode.BadRequest), level.Body);
            Assert.That(Parse(level.Body).GetProperty("errors").EnumerateArray().Select(e => e.Str("name")), Is.EqualTo(new[] { "level" }));
            Assert.That(within.Status, Is.EqualTo(HttpStatusCode.NotFound), within.Body);
        });
    }

    [Test]
    public async Task A_custom_zones_Donut_is_computed_from_its_communes()
    {
        var donut = await OkAsync("/api/v1/transitions/donut/custom:62119+62178");
        var climate = donut.GetProperty("dimensions").EnumerateArray().Single(d => d.Str("code") == "climat");
        Assert.That(climate.Str("status"), Is.EqualTo("overshoot"));
        Assert.That(donut.GetProperty("territory").Str("level"), Is.EqualTo("custom"));
    }

    [Test]
    public async Task The_poverty_rate_keeps_Filosofi_s_secrecy_under_11_households() =>
        // The attack: 3 poor of 22 people published for a commune of 8 fiscal households.
        await InheritedSecrecy.AssertMaskedWhereverAsync(Client, "social.menages_fiscaux", "transitions.taux_pauvrete", "epci:200044030", "2021");
}
