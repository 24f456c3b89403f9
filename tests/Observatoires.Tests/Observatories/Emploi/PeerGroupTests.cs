using System.Net;
using System.Text.Json;
using Dapper;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Observatories.Emploi;

/// <summary>
/// The CABBALR against its similar EPCIs of the Hauts-de-France, and the job-concentration index, as an economist checks
/// them: the group's figure is its members' sums divided (never an average of their ratios), the answer names the
/// members, the report's real figures come out, the report's classes map the index, and the 87 reference EPCIs loaded
/// for comparisons stay out of the perimeter's lists.
/// </summary>
public sealed class PeerGroupTests : ApiTest
{
    private const string Cabbalr = "epci:200072460", Group = "groupement:pairs-cabbalr";

    private static readonly string[] Members =
        ["epci:245901160", "epci:200044618", "epci:200033579", "epci:200042190", "epci:200043396", "epci:200069037"];

    [Test]
    public async Task The_group_of_the_CABBALR_names_its_six_similar_EPCIs()
    {
        var groups = await Client.GetJsonAsync($"/api/v1/peer-groups?subject={Cabbalr}");
        var group = groups.GetProperty("items").EnumerateArray().Single();
        Assert.Multiple(() =>
        {
            Assert.That(group.Str("id"), Is.EqualTo(Group));
            Assert.That(group.GetProperty("subject").Str("id"), Is.EqualTo(Cabbalr));
            Assert.That(group.GetProperty("members").EnumerateArray().Select(m => m.Str("id")), Is.EquivalentTo(Members));
            Assert.That(group.GetProperty("members").EnumerateArray().Select(m => m.Str("name")),
                Does.Contain("CA Valenciennes Métropole").And.Contain("CA Douaisis Agglo").And.Contain("CU d'Arras"));
            Assert.That(group.GetProperty("members").EnumerateArray().All(m => !m.GetProperty("inPerimeter").GetBoolean()));
        });
    }

    [Test]
    public async Task The_peers_index_is_their_jobs_summed_over_their_employed_residents_summed()
    {
        var compare = await Client.GetJsonAsync($"/api/v1/indicators/emploi.indice_concentration/compare?territory={Cabbalr}&references={Group}&period=2021");
        var reference = compare.GetProperty("references").EnumerateArray().Single();
        await using var connection = Factory.OpenConnection();
        var parts = (await connection.QueryAsync<(double Value, double Numerator, double Denominator)>("""
            select value, numerator, denominator from platform.indicator_value
            where indicator_code = 'emploi.indice_concentration' and period = '2021' and territory_id = any(@Members)
            """, new { Members })).ToList();
        Assert.That(parts, Has.Count.EqualTo(Members.Length), "every member has its figure");
        var ofSums = parts.Sum(p => p.Numerator) / parts.Sum(p => p.Denominator);
        var meanOfRatios = parts.Average(p => p.Value);
        Assert.Multiple(() =>
        {
            Assert.That(compare.GetProperty("territory").GetProperty("value").GetDouble(), Is.EqualTo(0.76), "the report's index");
            Assert.That(reference.GetProperty("value").GetDouble(), Is.EqualTo(ofSums).Within(1e-12));
            Assert.That(Math.Abs(ofSums - meanOfRatios), Is.GreaterThan(1e-6), "the demo tells a ratio of sums from a mean of ratios");
            Assert.That(reference.GetProperty("gap").GetDouble(), Is.EqualTo(0.76 - ofSums).Within(1e-12));
            Assert.That(reference.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("territory").Str("id")), Is.EquivalentTo(Members));
            Assert.That(reference.GetProperty("members").EnumerateArray().Sum(m => m.GetProperty("numerator").GetDouble()),
                Is.EqualTo(parts.Sum(p => p.Numerator)), "each member's parts are shown");
        });
    }

    [Test]
    public async Task The_peers_survival_rate_is_their_survivors_summed_over_their_cohorts_summed_about_the_reports_71_percent()
    {
        var compare = await Client.GetJsonAsync($"/api/v1/indicators/emploi.survie_5_ans/compare?territory={Cabbalr}&references={Group}&period=2023");
        var reference = compare.GetProperty("references").EnumerateArray().Single();
        var members = reference.GetProperty("members").EnumerateArray().ToList();
        var ofSums = 100 * members.Sum(m => m.GetProperty("numerator").GetDouble()) / members.Sum(m => m.GetProperty("denominator").GetDouble());
        Assert.Multiple(() =>
        {
            Assert.That(compare.GetProperty("territory").GetProperty("value").GetDouble(), Is.EqualTo(71.7), "the report's rate");
            Assert.That(members.Select(m => m.GetProperty("territory").Str("id")), Is.EquivalentTo(Members), "every peer has its rate");
            Assert.That(reference.GetProperty("value").GetDouble(), Is.EqualTo(ofSums).Within(1e-9));
            Assert.That(ofSums, Is.InRange(69.5, 72.5), "about the 71 % of the report's similar EPCIs");
        });
    }

    [Test]
    public async Task A_sum_of_the_peers_adds_their_values_and_a_weighted_mean_weighs_them()
    {
        var employees = await Client.GetJsonAsync($"/api/v1/indicators/emploi.salaries_prives/compare?territory={Cabbalr}&references={Group}&period=2023");
        var wages = await Client.GetJsonAsync($"/api/v1/indicators/emploi.salaire_moyen/compare?territory={Cabbalr}&references={Group}&period=2023");
        await using var connection = Factory.OpenConnection();
        var rows = (await connection.QueryAsync<(string Code, string Territory, double Value)>("""
            select indicator_code, territory_id, value from platform.indicator_value
            where indicator_code in ('emploi.salaries_prives', 'emploi.salaire_moyen') and period = '2023' and territory_id = any(@Members)
            """, new { Members })).ToList();
        var jobs = rows.Where(r => r.Code == "emploi.salaries_prives").ToDictionary(r => r.Territory, r => r.Value);
        var weighted = rows.Where(r => r.Code == "emploi.salaire_moyen").Sum(r => r.Value * jobs[r.Territory]) / jobs.Values.Sum();
        Assert.Multiple(() =>
        {
            Assert.That(employees.GetProperty("territory").GetProperty("value").GetDouble(), Is.EqualTo(49_556), "the report's 2023 figure");
            Assert.That(employees.GetProperty("references")[0].GetProperty("value").GetDouble(), Is.EqualTo(jobs.Values.Sum()));
            Assert.That(wages.GetProperty("references")[0].GetProperty("value").GetDouble(), Is.EqualTo(weighted).Within(1e-9));
        });
    }

    [TestCase("emploi.salaries_prives", "2013", 48_468)]
    [TestCase("emploi.salaries_prives", "2018", 45_944)]
    [TestCase("emploi.salaries_prives", "2023", 49_556)]
    [TestCase("emploi.etablissements_employeurs", "2023", 4_603)]
    [TestCase("emploi.indice_concentration", "2021", 0.76)]
    public async Task The_reports_figures_of_the_CABBALR_come_out_at_its_level_and_from_its_communes(string code, string period, double expected)
    {
        var stored = await Client.GetJsonAsync($"/api/v1/indicators/{code}/values?territories={Cabbalr}&period={period}");
        // Its communes' demo values are anchored on the same figure: what the AULA perimeter's total adds up.
        await using var connection = Factory.OpenConnection();
        var (sum, numerators, denominators) = await connection.QuerySingleAsync<(double, double?, double?)>("""
            select sum(v.value), sum(v.numerator), sum(v.denominator)
            from platform.indicator_value v join platform.territory_membership m on m.member_id = v.territory_id
            where m.parent_id = @Cabbalr and v.territory_id like 'commune:%' and v.indicator_code = @code and v.period = @period
            """, new { Cabbalr, code, period });
        var vintage = await connection.ExecuteScalarAsync<string>(
            "select source_vintage from platform.indicator_value where indicator_code = @code and territory_id = @Cabbalr and period = @period",
            new { code, Cabbalr, period });
        Assert.Multiple(() =>
        {
            Assert.That(Value(stored), Is.EqualTo(expected));
            Assert.That(Math.Round(numerators is { } n ? n / denominators!.Value : sum, 2), Is.EqualTo(expected));
            Assert.That(vintage, Does.StartWith("AULA, rapport d'activité 2024"), "a real value, with its source");
        });
    }

    [Test]
    public async Task The_fixed_classes_are_the_reports_and_classify_the_communes()
    {
        var breaks = await Client.GetJsonAsync("/api/v1/indicators/emploi.indice_concentration/breaks?level=commune&within=groupement:aula&period=2021&method=fixed");
        var legend = breaks.GetProperty("legend");
        var map = await Client.GetJsonAsync("/api/v1/indicators/emploi.indice_concentration/map?level=commune&within=groupement:aula&period=2021&method=fixed&resolution=low");
        var classes = new[] { 0.09, 0.37, 0.70, 1, 1.52, 4.66 };
        var features = map.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties"))
            .Where(p => p.GetProperty("value").ValueKind == JsonValueKind.Number).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(legend.Str("method"), Is.EqualTo("fixed"));
            Assert.That(legend.Str("scheme"), Is.EqualTo("Classes du rapport d'activité 2024"));
            Assert.That(legend.GetProperty("breaks").EnumerateArray().Select(b => b.GetDouble()), Is.EqualTo(classes));
            Assert.That(breaks.GetProperty("indicator").GetProperty("fixedClasses").GetProperty("breaks").GetArrayLength(), Is.EqualTo(6));
            Assert.That(features, Has.Count.GreaterThan(250));
            foreach (var p in features)
            {
                var value = p.GetProperty("value").GetDouble();
                var expected = Math.Clamp(classes.Count(b => b <= value) - 1, 0, 4);
                Assert.That(p.GetProperty("classIndex").GetInt32(), Is.EqualTo(expected), $"{p.Str("id")}: {value}");
            }
            Assert.That(legend.GetProperty("classes").EnumerateArray().Sum(c => c.GetProperty("count").GetInt32()), Is.EqualTo(features.Count));
            Assert.That(features.Select(p => p.GetProperty("classIndex").GetInt32()).Distinct().Count(), Is.GreaterThanOrEqualTo(4),
                "residential villages and employment poles");
        });
    }

    [Test]
    public async Task Fixed_classes_on_an_indicator_without_a_scheme_are_a_400_on_method()
    {
        var response = await Client.GetAsync("/api/v1/indicators/emploi.salaries_prives/map?level=epci&method=fixed");
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        var error = problem.GetProperty("errors").EnumerateArray().Single();
        Assert.That(error.Str("name"), Is.EqualTo("method"));
        Assert.That(error.Str("reason"), Does.Contain("no fixed class scheme"));
    }

    [Test]
    public async Task Reference_EPCIs_stay_out_of_the_perimeters_lists()
    {
        var epcis = await Client.GetJsonAsync("/api/v1/territories?level=epci");
        var values = await Client.GetJsonAsync("/api/v1/indicators/emploi.salaries_prives/values?level=epci&period=2023");
        var region = await Client.GetJsonAsync("/api/v1/territories?level=epci&within=region:32");
        var references = await Client.GetJsonAsync("/api/v1/territories?level=epci&scope=reference&limit=1000");
        var members = await Client.GetJsonAsync($"/api/v1/territories?within={Group}");
        var valenciennes = await Client.GetJsonAsync("/api/v1/territories/epci:245901160");
        var layer = await Client.GetJsonAsync("/ogc/collections/epci/items?limit=100");
        Assert.Multiple(() =>
        {
            Assert.That(epcis.GetProperty("total").GetInt64(), Is.EqualTo(5), "the perimeter's EPCIs");
            Assert.That(values.GetProperty("items").GetArrayLength(), Is.EqualTo(5));
            Assert.That(region.GetProperty("total").GetInt64(), Is.EqualTo(5), "a reference EPCI is in no région of the referential");
            Assert.That(references.GetProperty("total").GetInt64(), Is.EqualTo(85),
                "the other EPCIs of the Hauts-de-France (most of their communes in it)");
            Assert.That(members.GetProperty("items").EnumerateArray().Select(m => m.Str("id")), Is.EquivalentTo(Members));
            Assert.That(valenciennes.GetProperty("parents").EnumerateArray().Select(p => p.Str("id")), Is.EqualTo(new[] { Group }));
            Assert.That(valenciennes.GetProperty("geometrySource").ValueKind, Is.EqualTo(JsonValueKind.Null), "no contour");
            Assert.That(layer.GetProperty("features").GetArrayLength(), Is.EqualTo(5), "the EPCI layer has the perimeter's");
        });
    }

    [Test]
    public async Task A_partner_sees_no_partner_figure_of_the_peers()
    {
        var key = await CreateKeyAsync("partner_reader", Cabbalr);
        var (status, body) = await GetAsync(
            $"/api/v1/indicators/emploi.etablissements_fragiles/compare?territory={Cabbalr}&references={Group}&period=2024-Q4", key);
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), body);
        var json = JsonDocument.Parse(body).RootElement;
        var reference = json.GetProperty("references")[0];
        Assert.Multiple(() =>
        {
            Assert.That(json.GetProperty("territory").GetProperty("value").ValueKind, Is.EqualTo(JsonValueKind.Number), "its own");
            Assert.That(reference.Str("status"), Is.EqualTo("restricted"));
            Assert.That(reference.GetProperty("value").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(reference.GetProperty("members").EnumerateArray().All(m => m.Str("status") == "restricted"
                && m.GetProperty("value").ValueKind == JsonValueKind.Null && m.GetProperty("numerator").ValueKind == JsonValueKind.Null));
        });
    }

    [Test]
    public async Task A_key_listing_the_peer_group_sees_no_partner_figure_of_it_and_the_command_refuses_such_a_scope()
    {
        // Stored directly, as a key created before the command refused it: the group has no communes of its own.
        var key = await CreateKeyAsync("partner_reader", Group);
        var (status, body) = await GetAsync($"/api/v1/indicators/emploi.etablissements_fragiles/values?territories={Group}&period=2024-Q4", key);
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), body);
        var item = JsonDocument.Parse(body).RootElement.GetProperty("items")[0];
        Assert.Multiple(() =>
        {
            Assert.That(item.Str("status"), Is.EqualTo("restricted"));
            Assert.That(item.GetProperty("value").ValueKind, Is.EqualTo(JsonValueKind.Null));
        });
        var (exitCode, output) = await CliRunner.RunAsync(Factory.Services, "keys", "create", "--name", "Pairs", "--role", "partner_reader", "--scope", Group);
        Assert.That(exitCode, Is.Not.Zero, output);
        Assert.That(output, Does.Contain("outside the agency's perimeter"));
    }

    private static double Value(JsonElement values) => values.GetProperty("items")[0].GetProperty("value").GetDouble();
}
