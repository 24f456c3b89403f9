using System.Net;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Observatoires.Api.Platform.Data;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Observatories.Energie;

/// <summary>
/// The Toile énergétique® as the agency reads it: the demo graph anchored on the report, and the large sites' share of
/// the AULA's industrial consumption computed from the energy accounts (78 % with the accounts the demo expects).
/// </summary>
public sealed class ToileTests : ApiTest
{
    private const string Aula = "groupement:aula";
    private string agencyKey = null!;

    [OneTimeSetUp]
    public async Task Start() => agencyKey = await CreateKeyAsync("agency_editor");

    /// <summary>Replaces the AULA communes' industrial consumption: <paramref name="gwh"/> in 2022 spread over its communes,
    /// and twice as much in 2021 (an older year the share must not read).</summary>
    private async Task SetIndustrialConsumptionAsync(double gwh)
    {
        await using var connection = Factory.OpenConnection();
        await connection.ExecuteAsync("""
            delete from energie.account where kind = 'consumption' and sector = 'industrie';
            with commune as (
                select t.id, count(*) over () as n from platform.territory t
                join platform.territory_membership m on m.member_id = t.id and m.parent_id = @Aula
                where t.level = 'commune')
            insert into energie.account (territory_id, year, kind, sector, carrier, value)
            select id, 2022, 'consumption', 'industrie', 'gaz', @gwh / n / 2 from commune
            union all select id, 2022, 'consumption', 'industrie', 'electricite', @gwh / n / 2 from commune
            union all select id, 2021, 'consumption', 'industrie', 'gaz', 2 * @gwh / n from commune;
            -- a reference territory's own row is not the AULA's
            insert into energie.account (territory_id, year, kind, sector, carrier, value)
            values ('departement:62', 2022, 'consumption', 'industrie', 'gaz', 99999);
            select platform.bump_data_version('energie');
            """, new { Aula, gwh });
        // Seen at once by the API's next request, not when the NOTIFY arrives.
        await Factory.Services.GetRequiredService<DataVersions>().RefreshAsync();
    }

    [Test]
    public async Task The_large_sites_hold_78_percent_of_the_accounts_industrial_consumption_computed_not_typed()
    {
        await SetIndustrialConsumptionAsync(5360);
        var toile = await GetJsonAsync("/api/v1/energie/toile", agencyKey);
        var totals = toile.GetProperty("totals");
        Assert.Multiple(() =>
        {
            Assert.That(totals.Str("perimeter"), Is.EqualTo(Aula));
            Assert.That(totals.GetProperty("largeSites").GetInt32(), Is.EqualTo(35), "the report's ~35 sites over 10 GWh");
            Assert.That(totals.GetProperty("industrialConsumptionYear").GetInt32(), Is.EqualTo(2022), "the accounts' latest year");
            Assert.That(totals.GetProperty("industrialConsumptionGwh").GetDouble(), Is.EqualTo(5360).Within(0.05));
            Assert.That(totals.GetProperty("largeSitesGwh").GetDouble(), Is.EqualTo(4180.8).Within(0.05));
            Assert.That(totals.GetProperty("largeSitesShare").GetDouble(), Is.EqualTo(78.0), "as the report says");
            Assert.That(totals.GetProperty("withheld").GetBoolean(), Is.False);
        });

        // Other accounts, another share: it is read from energie.account, not typed.
        await SetIndustrialConsumptionAsync(8361.6);
        var other = (await GetJsonAsync("/api/v1/energie/toile", agencyKey)).GetProperty("totals");
        Assert.That(other.GetProperty("largeSitesShare").GetDouble(), Is.EqualTo(50.0), "4,180.8 ÷ 8,361.6");
    }

    [Test]
    public async Task The_demo_graph_holds_the_reports_sites_and_networks_and_consistent_flows()
    {
        var toile = await GetJsonAsync("/api/v1/energie/toile", agencyKey);
        var nodes = toile.GetProperty("nodes").EnumerateArray().ToList();
        var byName = nodes.ToDictionary(n => n.Str("label"));

        var aperam = byName["Aperam Stainless France"];
        Assert.Multiple(() =>
        {
            Assert.That(aperam.Str("territory"), Is.EqualTo("commune:62473"), "at Isbergues");
            Assert.That(aperam.Str("sector"), Is.EqualTo("metallurgie"));
            Assert.That(aperam.GetProperty("emissionsKt").GetDouble(), Is.EqualTo(26.8), "the report's 26.8 kt CO2e");
            Assert.That(byName.Keys, Has.Some.StartsWith("McCain Alimentaire, usine de Béthune").And.Some.StartsWith("McCain Alimentaire, usine de Harnes"));
            Assert.That(byName["Réseau de chaleur de Béthune"].GetProperty("createdYear").GetInt32(), Is.EqualTo(1972));
            Assert.That(byName["Réseau de chaleur de Béthune"].GetProperty("deliveryPoints").GetInt32(), Is.EqualTo(127));
            Assert.That(byName["Réseau de chaleur d'Avion"].GetProperty("deliveryPoints").GetInt32(), Is.EqualTo(23));
            Assert.That(byName["Réseau de chaleur de Lens"].GetProperty("createdYear").GetInt32(), Is.EqualTo(1968));
            Assert.That(byName["Réseau de chaleur de Liévin"].GetProperty("deliveryPoints").GetInt32(), Is.EqualTo(34));
            Assert.That(nodes.Count(n => n.Str("kind") == "poste_source"), Is.EqualTo(12));
        });

        // Every site: over 10 GWh, its carriers adding up to its consumption, inside its commune.
        await using var connection = Factory.OpenConnection();
        var outside = await connection.ExecuteScalarAsync<int>("""
            select count(*) from energie.toile_node n join platform.territory c on c.id = n.commune_id
            where not st_contains(c.geom, n.geom)
            """);
        Assert.That(outside, Is.Zero, "every node lies inside its commune");
        foreach (var site in nodes.Where(n => n.Str("kind") == "consommateur"))
        {
            var total = site.GetProperty("consumptionGwh").GetDouble();
            Assert.That(total, Is.GreaterThan(10), site.Str("label"));
            Assert.That(site.GetProperty("consumptionByCarrier").EnumerateArray().Sum(c => c.GetProperty("gwh").GetDouble()), Is.EqualTo(total).Within(0.11));
        }
        // Each site's electricity comes from a substation, as much as it uses.
        var edges = toile.GetProperty("edges").EnumerateArray().ToList();
        var ids = nodes.ToDictionary(n => n.GetProperty("id").GetInt32());
        foreach (var site in nodes.Where(n => n.Str("kind") == "consommateur"))
        {
            var id = site.GetProperty("id").GetInt32();
            var supply = edges.Single(e => e.GetProperty("to").GetInt32() == id && e.Str("carrier") == "electricite");
            Assert.That(ids[supply.GetProperty("from").GetInt32()].Str("kind"), Is.EqualTo("poste_source"));
            Assert.That(supply.GetProperty("gwh").GetDouble(), Is.EqualTo(site.GetProperty("consumptionByCarrier").EnumerateArray()
                .Single(c => c.Str("carrier") == "electricite").GetProperty("gwh").GetDouble()));
        }
        Assert.That(edges.Where(e => e.Str("status") == "potential").Select(e => e.Str("kind")), Is.Not.Empty.And.All.EqualTo("waste_heat"));
    }

    [Test]
    public async Task A_neighbourhood_is_the_node_its_flows_and_the_nodes_at_their_other_end()
    {
        var toile = await GetJsonAsync("/api/v1/energie/toile", agencyKey);
        var network = toile.GetProperty("nodes").EnumerateArray().Single(n => n.Str("label") == "Réseau de chaleur de Lens").GetProperty("id").GetInt32();
        var expected = toile.GetProperty("edges").EnumerateArray()
            .Where(e => e.GetProperty("from").GetInt32() == network || e.GetProperty("to").GetInt32() == network).ToList();

        var around = await GetJsonAsync($"/api/v1/energie/toile/nodes/{network}/neighbourhood", agencyKey);
        Assert.Multiple(() =>
        {
            Assert.That(around.GetProperty("node").GetProperty("id").GetInt32(), Is.EqualTo(network));
            Assert.That(around.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("id").GetInt32()),
                Is.EquivalentTo(expected.Select(e => e.GetProperty("id").GetInt32())));
            Assert.That(around.GetProperty("neighbours").EnumerateArray().Select(n => n.GetProperty("id").GetInt32()),
                Is.EquivalentTo(expected.Select(e => e.GetProperty("from").GetInt32() == network ? e.GetProperty("to").GetInt32() : e.GetProperty("from").GetInt32()).Distinct()));
            Assert.That(expected, Has.Count.GreaterThanOrEqualTo(3), "the incinerator's heat, and two potential waste-heat flows");
        });
    }

    [Test]
    public async Task Bad_input_gets_a_problem_with_its_field_and_an_unknown_node_a_404()
    {
        foreach (var (url, field) in new[]
                 {
                     ("/api/v1/energie/toile/synergies?maxDistanceKm=0", "maxDistanceKm"),
                     ("/api/v1/energie/toile/synergies?maxDistanceKm=500", "maxDistanceKm"),
                     ("/api/v1/energie/toile/synergies?maxDistanceKm=abc", "maxDistanceKm"),
                     ("/api/v1/energie/toile/synergies?minGwh=-1", "minGwh"),
                     ("/api/v1/energie/toile/edges?status=maybe", "status"),
                     ("/api/v1/energie/toile/edges?carrier=uranium", "carrier"),
                     ("/api/v1/energie/toile/nodes/abc/neighbourhood", "id"),
                 })
        {
            var problem = await (await Client.GetAsync(url)).ProblemAsync(HttpStatusCode.BadRequest);
            Assert.That(problem.GetProperty("errors").EnumerateArray().Select(e => e.Str("name")), Does.Contain(field), url);
        }
        var missing = await (await Client.GetAsync("/api/v1/energie/toile/nodes/99999/neighbourhood")).ProblemAsync(HttpStatusCode.NotFound);
        Assert.That(missing.Str("detail"), Does.Contain("99999"));
    }

    private async Task<JsonElement> GetJsonAsync(string url, string? key)
    {
        var (status, body) = await GetAsync(url, key);
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}

/// <summary>The demo as it is seeded: the Toile's large sites and the accounts' industrial consumption agree on 78 %.</summary>
public sealed class ToileDemoShareTests : ApiTest
{
    [Test]
    public async Task The_seeded_large_sites_hold_78_percent_of_the_seeded_accounts_industrial_consumption()
    {
        var key = await CreateKeyAsync("agency_editor");
        var (status, body) = await GetAsync("/api/v1/energie/toile", key);
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), body);
        var totals = JsonDocument.Parse(body).RootElement.GetProperty("totals");
        Assert.Multiple(() =>
        {
            Assert.That(totals.GetProperty("industrialConsumptionYear").GetInt32(), Is.EqualTo(2022));
            Assert.That(totals.GetProperty("industrialConsumptionGwh").GetDouble(), Is.EqualTo(5360).Within(0.05), "the demo accounts' industry");
            Assert.That(totals.GetProperty("largeSitesShare").GetDouble(), Is.EqualTo(78.0), "as the report says");
        });
    }
}
