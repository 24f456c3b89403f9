using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Observatoires.Api.Platform.Data;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Observatories.Energie;

/// <summary>
/// The synergy candidates on a small hand-built Toile, every node on one meridian so that distances are computed by
/// hand (a degree of latitude is 111.24 km at 50.5° N on the ellipsoid). The meridian is the one of the point the
/// public is shown the hidden sites at (P, its EPCI's), 5 km south of S1:
/// <code>
///   km from S1:  -12     -5     0     3      8     9
///                 D2      P    S1    D1     S2    D3
///   S1 industrial site (hidden from the public), waste heat 30 GWh
///   S2 waste-to-energy plant (public), waste heat 12 GWh
///   D1 heat network, demand 20; D3 heat network, demand 5; D2 industrial site (hidden), demand 50
///   flows: S2 → D3 existing waste heat, S1 → D1 potential waste heat
/// </code>
/// </summary>
public sealed class ToileSynergyTests : ApiTest
{
    private const double KmPerDegree = 111.2396, PublicPointKm = -5;
    private double longitude, latitude;
    private const int S1 = 1, S2 = 2, D1 = 3, D2 = 4, D3 = 5;
    private string agencyKey = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        agencyKey = await CreateKeyAsync("agency_editor");
        await using var connection = Factory.OpenConnection();
        (longitude, latitude) = await connection.QuerySingleAsync<(double, double)>("""
            select st_x(st_pointonsurface(t.geom)), st_y(st_pointonsurface(t.geom))
            from platform.territory_membership m join platform.territory t on t.id = m.parent_id and t.level = 'epci'
            where m.member_id = 'commune:62119'
            """);
        latitude -= PublicPointKm / KmPerDegree;
        await connection.ExecuteAsync("""
            delete from energie.toile_edge; delete from energie.toile_consumption; delete from energie.toile_node;
            insert into energie.toile_node (id, kind, name, commune_id, sector, waste_heat_gwh, heat_demand_gwh, geom)
            select id, kind, name, 'commune:62119', sector, waste, demand, st_setsrid(st_makepoint(@Longitude, @Latitude + km / @KmPerDegree), 4326)
            from (values (1, 'consommateur', 'Source S1', 'chimie', 30, null, 0),
                         (2, 'producteur', 'Source S2', 'valorisation_dechets', 12, null, 8),
                         (3, 'reseau_chaleur', 'Demande D1', null, null, 20, 3),
                         (4, 'consommateur', 'Demande D2', 'agroalimentaire', null, 50, -12),
                         (5, 'reseau_chaleur', 'Demande D3', null, null, 5, 9)) as n(id, kind, name, sector, waste, demand, km);
            insert into energie.toile_consumption (node_id, carrier, gwh) values (1, 'gaz', 40), (4, 'gaz', 80);
            insert into energie.toile_edge (id, from_node, to_node, carrier, gwh, status, kind)
            values (1, 2, 5, 'chaleur', 5, 'existing', 'waste_heat'), (2, 1, 3, 'chaleur', 20, 'potential', 'waste_heat');
            select platform.bump_data_version('energie');
            """, new { Longitude = longitude, Latitude = latitude, KmPerDegree });
        // Seen at once by the API's next request, not when the NOTIFY arrives.
        await Factory.Services.GetRequiredService<DataVersions>().RefreshAsync();
    }

    private async Task<List<JsonElement>> CandidatesAsync(string query, string? key)
    {
        var (_, body) = await GetAsync($"/api/v1/energie/toile/synergies?{query}", key);
        return [.. JsonDocument.Parse(body).RootElement.GetProperty("items").EnumerateArray()];
    }

    private static (int Source, int Demand) Pair(JsonElement c) =>
        (c.GetProperty("source").GetProperty("id").GetInt32(), c.GetProperty("demand").GetProperty("id").GetInt32());

    [Test]
    public async Task Pairs_within_the_distance_rank_by_exchangeable_volume_then_distance()
    {
        var within10 = await CandidatesAsync("maxDistanceKm=10", agencyKey);
        Assert.Multiple(() =>
        {
            Assert.That(within10.Select(Pair), Is.EqualTo(new[] { (S1, D1), (S2, D1), (S2, D3), (S1, D3) }),
                "20 GWh, 12 GWh, then two of 5 GWh: the nearer first; D2 is 12 and 20 km away");
            Assert.That(within10.Select(c => c.GetProperty("rank").GetInt32()), Is.EqualTo(new[] { 1, 2, 3, 4 }));
            Assert.That(within10.Select(c => c.GetProperty("exchangeableGwh").GetDouble()), Is.EqualTo(new[] { 20.0, 12, 5, 5 }),
                "min(30, 20), min(12, 20), min(12, 5), min(30, 5)");
            Assert.That(within10.Select(c => c.GetProperty("distanceKm").GetDouble()), Is.EqualTo(new[] { 3.0, 5, 1, 9 }).Within(0.02));
            Assert.That(within10.Select(c => c.GetProperty("link").GetString()), Is.EqualTo(new[] { "potential", null, "existing", null }));
        });

        var within15 = await CandidatesAsync("maxDistanceKm=15", agencyKey);
        Assert.That(within15.Select(Pair), Is.EqualTo(new[] { (S1, D2), (S1, D1), (S2, D1), (S2, D3), (S1, D3) }),
            "D2 at 12 km comes first: min(30, 50) = 30 GWh");

        var atLeast6 = await CandidatesAsync("maxDistanceKm=10&minGwh=6", agencyKey);
        Assert.That(atLeast6.Select(Pair), Is.EqualTo(new[] { (S1, D1), (S2, D1) }));
        var nearest = await CandidatesAsync("maxDistanceKm=2", agencyKey);
        Assert.That(nearest.Select(Pair), Is.EqualTo(new[] { (S2, D3) }));
    }

    [Test]
    public async Task The_public_gets_the_pairs_of_hidden_sites_by_class_from_the_point_it_sees_them_at()
    {
        // Seen from P: S1–D1 8 km (5–10), S1–D3 14 km (10–20), S1–D2 0 km (both at P: under 5), S2–D2 13 km (10–20).
        var within10 = await CandidatesAsync("maxDistanceKm=10", null);
        Assert.Multiple(() =>
        {
            // S1–D2: 30 GWh in 25–50 (key 25) first; S2–D1's exact 12; S1–D1: 20 GWh in 10–25 (key 10); S2–D3 5 GWh.
            // S1–D3 and S2–D2 are 9 and 20 km apart, but 14 and 13 km from P: their class starts at 10, dropped.
            Assert.That(within10.Select(Pair), Is.EqualTo(new[] { (S1, D2), (S2, D1), (S1, D1), (S2, D3) }));
            var s1d1 = within10[2];
            Assert.That(s1d1.GetProperty("source").GetProperty("anonymised").GetBoolean(), Is.True);
            Assert.That(s1d1.GetProperty("source").Str("label"), Is.EqualTo("Site industriel : chimie, 25 à 50 GWh/an"));
            Assert.That(s1d1.GetProperty("distanceKm").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(s1d1.GetProperty("distanceClass").Str("label"), Is.EqualTo("5 à 10 km"), "8 km from P, not its own 3 km");
            Assert.That(s1d1.GetProperty("exchangeableGwh").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(s1d1.GetProperty("exchangeableClass").Str("label"), Is.EqualTo("10 à 25 GWh/an"));
            Assert.That(within10[1].GetProperty("exchangeableGwh").GetDouble(), Is.EqualTo(12), "a pair of public nodes stays exact");
            Assert.That(within10[1].GetProperty("distanceKm").GetDouble(), Is.EqualTo(5).Within(0.02));
        });

        // S1–D3 is 9 km apart, 14 km from P: a maximum of 10 drops it, one of 10.5 keeps it (10–20 starts below).
        Assert.That((await CandidatesAsync("maxDistanceKm=10.5", null)).Select(Pair), Does.Contain((S1, D3)));
        // S1–D2 is 12 km apart, which the agency's maximum of 1 km drops; both are shown at P: the public's keeps it.
        Assert.That((await CandidatesAsync("maxDistanceKm=1", agencyKey)).Select(Pair), Does.Not.Contain((S1, D2)));
        Assert.That((await CandidatesAsync("maxDistanceKm=1", null)).Select(Pair), Does.Contain((S1, D2)), "read from P, not from the sites");
        // Its 30 GWh lie in 25–50: a minimum of 40 keeps it, one of 50 does not.
        Assert.That((await CandidatesAsync("maxDistanceKm=15&minGwh=40", null)).Select(Pair), Does.Contain((S1, D2)));
        Assert.That((await CandidatesAsync("maxDistanceKm=15&minGwh=50", null)).Select(Pair), Does.Not.Contain((S1, D2)));
    }
}
