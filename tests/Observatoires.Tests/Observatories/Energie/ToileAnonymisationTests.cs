using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Dapper;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Observatories.Energie;

/// <summary>
/// The Toile's industrial sites are partner data, tried as an attacker would: anonymously, with a partner key of
/// another territory, with a key that sees all sites but one or two, on every route (graph, GeoJSON, neighbourhoods,
/// synergies and their filters), and through the cache after a partner's request.
/// </summary>
public sealed class ToileAnonymisationTests : ReadOnlyApiTest
{
    private const string Cabbalr = "epci:200072460", Call = "epci:246200364";
    private const string Aperam = "Aperam Stainless France", McCainHarnes = "McCain Alimentaire, usine de Harnes";

    private string cabbalrKey = null!, callKey = null!, agencyKey = null!;
    private List<Site> sites = null!;

    private sealed record Site(int Id, string Name, string CommuneId, string EpciId, double Longitude, double Latitude, double EpciLongitude,
        double EpciLatitude);

    [OneTimeSetUp]
    public async Task Start()
    {
        cabbalrKey = await CreateKeyAsync("partner_reader", Cabbalr);
        callKey = await CreateKeyAsync("partner_reader", Call);
        agencyKey = await CreateKeyAsync("agency_editor");
        await using var connection = Factory.OpenConnection();
        sites = [.. await connection.QueryAsync<Site>("""
            select n.id, n.name, n.commune_id as communeid, e.id as epciid, st_x(n.geom) as longitude, st_y(n.geom) as latitude,
                   st_x(st_pointonsurface(e.geom)) as epcilongitude, st_y(st_pointonsurface(e.geom)) as epcilatitude
            from energie.toile_node n
            join platform.territory_membership m on m.member_id = n.commune_id
            join platform.territory e on e.id = m.parent_id and e.level = 'epci'
            where n.kind = 'consommateur' order by n.id
            """)];
        Assert.That(sites, Has.Count.EqualTo(35));
    }

    private async Task<List<string>> EveryRouteAsync(string? key)
    {
        var urls = new List<string>
        {
            "/api/v1/energie/toile", "/api/v1/energie/toile/edges", "/api/v1/energie/toile/edges?status=potential",
            "/api/v1/energie/toile/edges?carrier=electricite", "/api/v1/energie/toile/synergies?maxDistanceKm=100",
            "/api/v1/energie/toile/synergies?maxDistanceKm=2&minGwh=1",
        };
        var toile = JsonDocument.Parse((await GetAsync("/api/v1/energie/toile", key)).Body).RootElement;
        urls.AddRange(toile.GetProperty("nodes").EnumerateArray().Select(n => $"/api/v1/energie/toile/nodes/{n.GetProperty("id").GetInt32()}/neighbourhood"));
        var bodies = new List<string>();
        foreach (var url in urls)
        {
            var (status, body) = await GetAsync(url, key);
            Assert.That(status, Is.EqualTo(HttpStatusCode.OK), $"{url}: {body}");
            bodies.Add(body);
        }
        return bodies;
    }

    [Test]
    public async Task Anonymously_no_route_gives_a_sites_name_exact_volume_or_position()
    {
        // The detector finds what the agency sees: the same search on the public answers means something.
        var agencyView = JsonDocument.Parse((await GetAsync("/api/v1/energie/toile/edges", agencyKey)).Body).RootElement;
        Assert.That(Positions(agencyView).Count(p => Math.Abs(p.Longitude - sites[0].Longitude) < 1e-6 && Math.Abs(p.Latitude - sites[0].Latitude) < 1e-6),
            Is.GreaterThan(0));
        foreach (var body in await EveryRouteAsync(null))
        {
            var root = JsonDocument.Parse(body).RootElement;
            var strings = Strings(root).ToList();
            var positions = Positions(root).ToList();
            foreach (var site in sites)
            {
                Assert.That(strings.Where(s => s.Contains(site.Name, StringComparison.Ordinal)), Is.Empty, $"{site.Name} named");
                Assert.That(positions.Where(p => Math.Abs(p.Longitude - site.Longitude) < 1e-6 && Math.Abs(p.Latitude - site.Latitude) < 1e-6),
                    Is.Empty, $"{site.Name}'s position given");
            }
            foreach (var node in Objects(root).Where(o => o.TryGetProperty("kind", out var k) && k.GetString() == "consommateur" && o.TryGetProperty("positionPrecision", out _)))
            {
                var site = sites.Single(s => s.Id == node.GetProperty("id").GetInt32());
                Assert.Multiple(() =>
                {
                    Assert.That(node.GetProperty("anonymised").GetBoolean(), Is.True);
                    Assert.That(node.GetProperty("name").ValueKind, Is.EqualTo(JsonValueKind.Null));
                    foreach (var hidden in new[] { "consumptionGwh", "consumptionByCarrier", "emissionsKt", "wasteHeatGwh", "heatDemandGwh" })
                        Assert.That(node.GetProperty(hidden).ValueKind, Is.EqualTo(JsonValueKind.Null), hidden);
                    Assert.That(node.Str("positionPrecision"), Is.EqualTo("epci"));
                    Assert.That(node.Str("territory"), Is.EqualTo(site.EpciId), "its EPCI, not its commune");
                    Assert.That(node.GetProperty("longitude").GetDouble(), Is.EqualTo(site.EpciLongitude).Within(1e-5), "the EPCI's point");
                    Assert.That(node.GetProperty("latitude").GetDouble(), Is.EqualTo(site.EpciLatitude).Within(1e-5));
                    Assert.That(node.GetProperty("consumptionClass").Str("label"), Does.Contain("GWh/an"), "a size class instead");
                });
            }
            // Every flow object (graph, neighbourhoods, GeoJSON properties) touching a site: no volume.
            var siteIds = sites.Select(s => s.Id).ToHashSet();
            foreach (var edge in Objects(root).Where(o => o.TryGetProperty("from", out var f) && f.ValueKind == JsonValueKind.Number && o.TryGetProperty("gwh", out _)))
            {
                if (siteIds.Contains(edge.GetProperty("from").GetInt32()) || siteIds.Contains(edge.GetProperty("to").GetInt32()))
                    Assert.That(edge.GetProperty("gwh").ValueKind, Is.EqualTo(JsonValueKind.Null), edge.ToString());
            }
            foreach (var candidate in Objects(root).Where(o => o.TryGetProperty("exchangeableClass", out _)))
            {
                var anonymised = candidate.GetProperty("source").GetProperty("anonymised").GetBoolean() || candidate.GetProperty("demand").GetProperty("anonymised").GetBoolean();
                if (anonymised || siteIds.Contains(candidate.GetProperty("source").GetProperty("id").GetInt32()) || siteIds.Contains(candidate.GetProperty("demand").GetProperty("id").GetInt32()))
                {
                    Assert.That(anonymised, Is.True);
                    Assert.That(candidate.GetProperty("distanceKm").ValueKind, Is.EqualTo(JsonValueKind.Null), "a distance would place the site");
                    Assert.That(candidate.GetProperty("exchangeableGwh").ValueKind, Is.EqualTo(JsonValueKind.Null));
                }
            }
        }
    }

    [Test]
    public async Task A_partner_sees_the_sites_of_its_territory_and_no_other()
    {
        var aperam = sites.Single(s => s.Name == Aperam);
        var harnes = sites.Single(s => s.Name == McCainHarnes);
        foreach (var (key, own, other) in new[] { (cabbalrKey, aperam, harnes), (callKey, harnes, aperam) })
        {
            var toile = JsonDocument.Parse((await GetAsync("/api/v1/energie/toile", key)).Body).RootElement;
            var nodes = toile.GetProperty("nodes").EnumerateArray().ToDictionary(n => n.GetProperty("id").GetInt32());
            Assert.Multiple(() =>
            {
                Assert.That(nodes[own.Id].Str("name"), Is.EqualTo(own.Name));
                Assert.That(nodes[own.Id].GetProperty("consumptionGwh").GetDouble(), Is.GreaterThan(10));
                Assert.That(nodes[own.Id].GetProperty("longitude").GetDouble(), Is.EqualTo(own.Longitude).Within(1e-6), "its own position");
                Assert.That(nodes[other.Id].GetProperty("anonymised").GetBoolean(), Is.True, $"{other.Name} is not this partner's");
                Assert.That(nodes[other.Id].GetProperty("consumptionGwh").ValueKind, Is.EqualTo(JsonValueKind.Null));
                Assert.That(nodes.Values.Where(n => n.Str("kind") == "consommateur" && !n.GetProperty("anonymised").GetBoolean())
                    .Select(n => n.Str("territory")), Is.Not.Empty.And.All.Matches<string>(t => sites.Single(s => s.CommuneId == t).EpciId == (key == cabbalrKey ? Cabbalr : Call)));
            });
            var edges = toile.GetProperty("edges").EnumerateArray().ToList();
            Assert.That(edges.Where(e => e.GetProperty("to").GetInt32() == own.Id).Select(e => e.GetProperty("gwh").ValueKind), Has.None.EqualTo(JsonValueKind.Null));
            var touchingOther = edges.Where(e => e.GetProperty("to").GetInt32() == other.Id || e.GetProperty("from").GetInt32() == other.Id).ToList();
            Assert.That(touchingOther.Select(e => e.GetProperty("gwh").ValueKind), Is.All.EqualTo(JsonValueKind.Null));
            Assert.That(touchingOther.Where(e => nodes[e.GetProperty("from").GetInt32()].Str("kind") == "poste_source"), Is.Empty,
                "its substation's supply is withheld (ToileTrilaterationTests)");

            var around = JsonDocument.Parse((await GetAsync($"/api/v1/energie/toile/nodes/{other.Id}/neighbourhood", key)).Body).RootElement;
            Assert.That(around.GetProperty("node").GetProperty("name").ValueKind, Is.EqualTo(JsonValueKind.Null), "its neighbourhood does not name it");
            var lines = JsonDocument.Parse((await GetAsync("/api/v1/energie/toile/edges", key)).Body).RootElement.GetProperty("features").EnumerateArray().ToList();
            // A flow touching a site this partner does not see: that end drawn at its EPCI.
            var (toHidden, end) = lines.Select(f => (Feature: f, End: f.GetProperty("properties").Str("toPositionPrecision") == "epci" ? "to"
                    : f.GetProperty("properties").Str("fromPositionPrecision") == "epci" ? "from" : null))
                .First(f => f.End is not null);
            var hiddenSite = sites.Single(s => s.Id == toHidden.GetProperty("properties").GetProperty(end!).GetInt32());
            Assert.That(hiddenSite.EpciId, Is.Not.EqualTo(key == cabbalrKey ? Cabbalr : Call));
            Assert.That(toHidden.GetProperty("geometry").GetProperty("coordinates")[end == "to" ? 1 : 0][0].GetDouble(),
                Is.EqualTo(hiddenSite.EpciLongitude).Within(1e-5), "drawn at its EPCI");
            var toOwn = lines.First(f => f.GetProperty("properties").GetProperty("to").GetInt32() == own.Id);
            Assert.That(toOwn.GetProperty("geometry").GetProperty("coordinates")[1][0].GetDouble(), Is.EqualTo(own.Longitude).Within(1e-6), "drawn where it is");
        }
        var agency = JsonDocument.Parse((await GetAsync("/api/v1/energie/toile", agencyKey)).Body).RootElement;
        Assert.That(agency.GetProperty("nodes").EnumerateArray().Count(n => n.GetProperty("anonymised").GetBoolean()), Is.Zero, "the agency sees every site");
        Assert.That(agency.GetProperty("totals").GetProperty("anonymisedSites").GetInt32(), Is.Zero);
    }

    [Test]
    public async Task After_the_agency_the_same_urls_anonymously_are_still_anonymised_and_its_etag_matches_nothing()
    {
        foreach (var url in new[] { "/api/v1/energie/toile", "/api/v1/energie/toile/edges", "/api/v1/energie/toile/synergies?maxDistanceKm=30",
                     $"/api/v1/energie/toile/nodes/{sites[0].Id}/neighbourhood" })
        {
            using var asAgency = new HttpRequestMessage(HttpMethod.Get, url);
            asAgency.Headers.Authorization = new AuthenticationHeaderValue("Bearer", agencyKey);
            using var agencyAnswer = await Client.SendAsync(asAgency);
            Assert.That(await agencyAnswer.Content.ReadAsStringAsync(), Does.Contain("Aperam").Or.Contain(sites[0].Name), url);
            var etag = agencyAnswer.Headers.ETag;
            Assert.That(etag, Is.Not.Null, $"{url} is cached by data version");

            var (_, anonymousBody) = await GetAsync(url);
            Assert.That(anonymousBody, Does.Not.Contain("Aperam"), url);
            using var replay = new HttpRequestMessage(HttpMethod.Get, url);
            replay.Headers.IfNoneMatch.Add(etag!);
            using var replayed = await Client.SendAsync(replay);
            Assert.That(replayed.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the agency's ETag is not the public answer's");
            Assert.That(await replayed.Content.ReadAsStringAsync(), Does.Not.Contain("Aperam"));
        }
    }

    [Test]
    public async Task The_large_sites_sum_is_withheld_from_a_key_that_would_find_one_or_two_sites_by_subtraction()
    {
        // A key that sees every site's commune but the last one's (then the last two's, three's).
        foreach (var (hiddenSites, withheld) in new[] { (1, true), (2, true), (3, false) })
        {
            var key = await CreateKeyAsync("partner_reader", [.. sites.SkipLast(hiddenSites).Select(s => s.CommuneId)]);
            var totals = JsonDocument.Parse((await GetAsync("/api/v1/energie/toile", key)).Body).RootElement.GetProperty("totals");
            Assert.Multiple(() =>
            {
                Assert.That(totals.GetProperty("anonymisedSites").GetInt32(), Is.EqualTo(hiddenSites));
                Assert.That(totals.GetProperty("withheld").GetBoolean(), Is.EqualTo(withheld), $"{hiddenSites} hidden");
                Assert.That(totals.GetProperty("largeSitesGwh").ValueKind, withheld ? Is.EqualTo(JsonValueKind.Null) : Is.EqualTo(JsonValueKind.Number));
                if (withheld)
                    Assert.That(totals.GetProperty("largeSitesShare").ValueKind, Is.EqualTo(JsonValueKind.Null), "the share would give the sum back");
            });
        }
        var anonymous = JsonDocument.Parse((await GetAsync("/api/v1/energie/toile")).Body).RootElement.GetProperty("totals");
        Assert.That(anonymous.GetProperty("withheld").GetBoolean(), Is.False, "35 hidden sites: their sum hides each of them");
        Assert.That(anonymous.GetProperty("largeSitesGwh").GetDouble(), Is.GreaterThan(0));
    }

    [Test]
    public async Task The_synergy_filters_and_ranks_answer_the_public_with_the_classes_only()
    {
        var exact = JsonDocument.Parse((await GetAsync("/api/v1/energie/toile/synergies?maxDistanceKm=100", agencyKey)).Body).RootElement
            .GetProperty("items").EnumerateArray().ToList();
        var siteIds = sites.Select(s => s.Id).ToHashSet();
        var hiddenPairs = exact.Where(c => siteIds.Contains(c.GetProperty("source").GetProperty("id").GetInt32())
                                           || siteIds.Contains(c.GetProperty("demand").GetProperty("id").GetInt32())).ToList();
        Assert.That(hiddenPairs, Has.Count.GreaterThan(5));
        foreach (var pair in hiddenPairs.Take(12))
        {
            var key = (pair.GetProperty("source").GetProperty("id").GetInt32(), pair.GetProperty("demand").GetProperty("id").GetInt32());
            var distance = pair.GetProperty("distanceKm").GetDouble();
            var low = pair.GetProperty("distanceClass").GetProperty("min").GetDouble();
            var volume = pair.GetProperty("exchangeableGwh").GetDouble();
            var volumeMax = pair.GetProperty("exchangeableClass").GetProperty("max");
            // Just above the class's lower bound, below the exact distance: the exact filter would drop it; the public's keeps it.
            var below = Math.Round(low + 0.01, 2);
            if (below < distance)
                Assert.That(await PublicPairsAsync($"maxDistanceKm={below.ToString(System.Globalization.CultureInfo.InvariantCulture)}"), Does.Contain(key),
                    $"a maximum of {below} km under its {distance} km does not drop it");
            // A minimum over its exact volume, inside its class: kept as well.
            var above = volumeMax.ValueKind == JsonValueKind.Number ? Math.Min(volume + 0.05, volumeMax.GetDouble() - 0.01) : volume + 0.05;
            if (above > volume)
                Assert.That(await PublicPairsAsync($"maxDistanceKm=100&minGwh={above.ToString(System.Globalization.CultureInfo.InvariantCulture)}"), Does.Contain(key),
                    $"a minimum of {above} GWh over its {volume} GWh does not drop it");
        }

        // The public ranking reads each anonymised pair's classes only.
        var ranked = JsonDocument.Parse((await GetAsync("/api/v1/energie/toile/synergies?maxDistanceKm=100")).Body).RootElement.GetProperty("items").EnumerateArray()
            .Select(c => c.GetProperty("exchangeableGwh").ValueKind == JsonValueKind.Number
                ? c.GetProperty("exchangeableGwh").GetDouble() : c.GetProperty("exchangeableClass").GetProperty("min").GetDouble()).ToList();
        Assert.That(ranked, Is.Ordered.Descending);
    }

    private async Task<List<(int, int)>> PublicPairsAsync(string query) =>
        [.. JsonDocument.Parse((await GetAsync($"/api/v1/energie/toile/synergies?{query}")).Body).RootElement.GetProperty("items").EnumerateArray()
            .Select(c => (c.GetProperty("source").GetProperty("id").GetInt32(), c.GetProperty("demand").GetProperty("id").GetInt32()))];

    private static IEnumerable<JsonElement> Objects(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => e.EnumerateObject().SelectMany(p => Objects(p.Value)).Prepend(e),
        JsonValueKind.Array => e.EnumerateArray().SelectMany(Objects),
        _ => [],
    };

    private static IEnumerable<string> Strings(JsonElement e) => Objects(e).SelectMany(o => o.EnumerateObject())
        .SelectMany(p => p.Value.ValueKind == JsonValueKind.Array ? p.Value.EnumerateArray().ToArray() : new[] { p.Value })
        .Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!);

    /// <summary>Every position in a body: objects' longitude and latitude, and GeoJSON's [longitude, latitude].</summary>
    private static IEnumerable<(double Longitude, double Latitude)> Positions(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object when e.TryGetProperty("longitude", out var x) && e.TryGetProperty("latitude", out var y)
            && x.ValueKind == JsonValueKind.Number && y.ValueKind == JsonValueKind.Number =>
            e.EnumerateObject().SelectMany(p => Positions(p.Value)).Prepend((x.GetDouble(), y.GetDouble())),
        JsonValueKind.Object => e.EnumerateObject().SelectMany(p => Positions(p.Value)),
        JsonValueKind.Array when e.GetArrayLength() == 2 && e[0].ValueKind == JsonValueKind.Number && e[1].ValueKind == JsonValueKind.Number =>
            [(e[0].GetDouble(), e[1].GetDouble())],
        JsonValueKind.Array => e.EnumerateArray().SelectMany(Positions),
        _ => [],
    };
}
