using System.Globalization;
using System.Net;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Observatoires.Api.Platform.Data;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Observatories.Energie;

/// <summary>
/// The attack the per-answer tests missed: combining answers to place an anonymised site. Its distance class to each
/// public node with an exact position (heat networks, waste-to-energy plants) draws rings around it, and the
/// substation it takes its electricity from (always its nearest) draws the catchment it lies in: together they placed
/// most sites within a kilometre. So, for the anonymous caller and for a partner of the CALL (which could use its own
/// sites as anchors): every distance it gets for a pair with a hidden site is the one from the point the site is shown
/// at, no flow ties a hidden site to a substation, and, the strongest form, nothing it gets changes when the hidden
/// sites move.
/// </summary>
public sealed class ToileTrilaterationTests : ApiTest
{
    private const string Call = "epci:246200364";
    private static readonly double[] DistanceBounds = [0, 5, 10, 20, 50]; // the README's classes, km
    private static readonly double[] Maxima = [1, 2, 5, 7.5, 10, 15, 20, 30, 50, 100];

    private string callKey = null!, agencyKey = null!;
    private List<Site> sites = null!;

    private sealed record Site(int Id, string Name, string CommuneId, string EpciId);

    [OneTimeSetUp]
    public async Task Start()
    {
        callKey = await CreateKeyAsync("partner_reader", Call);
        agencyKey = await CreateKeyAsync("agency_editor");
        await using var connection = Factory.OpenConnection();
        sites = [.. await connection.QueryAsync<Site>("""
            select n.id, n.name, n.commune_id as communeid, e.id as epciid
            from energie.toile_node n
            join platform.territory_membership m on m.member_id = n.commune_id
            join platform.territory e on e.id = m.parent_id and e.level = 'epci'
            where n.kind = 'consommateur' order by n.id
            """)];
        Assert.That(sites, Has.Count.EqualTo(35));
        Assert.That(sites.Count(s => s.EpciId == Call), Is.InRange(1, 34), "the CALL partner sees some sites, not all");
    }

    /// <summary>The callers attacked, and the sites each one sees anonymised.</summary>
    private IEnumerable<(string Who, string? Key, HashSet<int> Hidden)> Attackers() =>
    [
        ("anonymous", null, sites.Select(s => s.Id).ToHashSet()),
        ("CALL partner", callKey, sites.Where(s => s.EpciId != Call).Select(s => s.Id).ToHashSet()),
    ];

    private async Task<JsonElement> JsonAsync(string url, string? key)
    {
        var (status, body) = await GetAsync(url, key);
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), $"{url}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    private static string Km(double km) => km.ToString(CultureInfo.InvariantCulture);

    private static double ClassMin(double km) => DistanceBounds.Last(b => km >= b);

    [Test]
    public async Task Every_distance_given_for_a_hidden_site_is_the_one_from_the_point_it_is_shown_at()
    {
        await using var connection = Factory.OpenConnection();
        foreach (var (who, key, hidden) in Attackers())
        {
            var shown = (await JsonAsync("/api/v1/energie/toile", key)).GetProperty("nodes").EnumerateArray()
                .ToDictionary(n => n.GetProperty("id").GetInt32(), n => (Longitude: n.GetProperty("longitude").GetDouble(), Latitude: n.GetProperty("latitude").GetDouble()));
            var all = (await JsonAsync("/api/v1/energie/toile/synergies?maxDistanceKm=100", key)).GetProperty("items").EnumerateArray().ToList();
            var withHidden = all.Where(c => hidden.Contains(Id(c, "source")) || hidden.Contains(Id(c, "demand"))).ToList();
            Assert.That(withHidden, Has.Count.GreaterThan(10), $"{who}: pairs to attack");

            // The attacker's own computation: the distance between the two points it is shown, on the ellipsoid.
            var seen = new Dictionary<(int, int), double>();
            foreach (var c in withHidden)
            {
                var (s, d) = (shown[Id(c, "source")], shown[Id(c, "demand")]);
                seen[(Id(c, "source"), Id(c, "demand"))] = await connection.ExecuteScalarAsync<double>("""
                    select st_distance(st_setsrid(st_makepoint(@X1, @Y1), 4326)::geography, st_setsrid(st_makepoint(@X2, @Y2), 4326)::geography) / 1000
                    """, new { X1 = s.Longitude, Y1 = s.Latitude, X2 = d.Longitude, Y2 = d.Latitude });
            }
            Assert.Multiple(() =>
            {
                foreach (var c in withHidden)
                {
                    var pair = (Id(c, "source"), Id(c, "demand"));
                    Assert.That(c.GetProperty("distanceKm").ValueKind, Is.EqualTo(JsonValueKind.Null), $"{who} {pair}");
                    Assert.That(c.GetProperty("distanceClass").GetProperty("min").GetDouble(), Is.EqualTo(ClassMin(seen[pair])),
                        $"{who} {pair}: the class of the {seen[pair]:0.00} km between the points it is shown at");
                }
            });

            // The distance filter, asked with every maximum, keeps exactly the pairs whose class (from the shown points)
            // starts below it: no answer sorts the pairs finer than the public points do.
            foreach (var max in Maxima)
            {
                var kept = (await JsonAsync($"/api/v1/energie/toile/synergies?maxDistanceKm={Km(max)}", key)).GetProperty("items").EnumerateArray()
                    .Select(c => (Id(c, "source"), Id(c, "demand"))).Where(seen.ContainsKey).ToHashSet();
                Assert.That(kept, Is.EquivalentTo(seen.Where(p => ClassMin(p.Value) < max).Select(p => p.Key)), $"{who}, maxDistanceKm={max}");
            }
        }
    }

    [Test]
    public async Task No_answer_ties_a_hidden_site_to_the_substation_it_takes_its_electricity_from()
    {
        var agency = await JsonAsync("/api/v1/energie/toile", agencyKey);
        var substations = agency.GetProperty("nodes").EnumerateArray().Where(n => n.Str("kind") == "poste_source")
            .Select(n => n.GetProperty("id").GetInt32()).ToHashSet();
        var supplies = agency.GetProperty("edges").EnumerateArray().Select(e => (From: e.GetProperty("from").GetInt32(), To: e.GetProperty("to").GetInt32()))
            .Where(e => substations.Contains(e.From)).ToList();
        Assert.That(sites.Where(s => supplies.Any(e => e.To == s.Id)).Count(), Is.EqualTo(35), "the agency still sees every site's substation");
        Assert.That(agency.GetProperty("totals").GetProperty("withheldFlows").GetInt32(), Is.Zero);

        foreach (var (who, key, hidden) in Attackers())
        {
            var toile = await JsonAsync("/api/v1/energie/toile", key);
            var urls = new List<string> { "/api/v1/energie/toile", "/api/v1/energie/toile/edges", "/api/v1/energie/toile/edges?carrier=electricite",
                "/api/v1/energie/toile/edges?status=existing" };
            urls.AddRange(agency.GetProperty("nodes").EnumerateArray().Select(n => $"/api/v1/energie/toile/nodes/{n.GetProperty("id").GetInt32()}/neighbourhood"));
            var ties = new List<string>();
            foreach (var url in urls)
            {
                foreach (var edge in Flows(await JsonAsync(url, key)))
                {
                    if ((hidden.Contains(edge.From) && substations.Contains(edge.To)) || (hidden.Contains(edge.To) && substations.Contains(edge.From)))
                        ties.Add($"{url}: {edge.From} → {edge.To}");
                }
            }
            Assert.That(ties, Is.Empty, $"{who}: a substation tied to a hidden site names its catchment");
            var withheld = supplies.Count(e => hidden.Contains(e.To));
            Assert.That(toile.GetProperty("totals").GetProperty("withheldFlows").GetInt32(), Is.EqualTo(withheld), $"{who}: how many are withheld");
            Assert.That(toile.GetProperty("edges").GetArrayLength(), Is.EqualTo(agency.GetProperty("edges").GetArrayLength() - withheld),
                $"{who}: only those are left out");
        }
        // A partner still sees its own sites' supply.
        var callEdges = Flows(await JsonAsync("/api/v1/energie/toile", callKey)).ToList();
        foreach (var own in sites.Where(s => s.EpciId == Call))
            Assert.That(callEdges.Where(e => e.To == own.Id && substations.Contains(e.From)), Is.Not.Empty, own.Name);
    }

    [Test]
    public async Task Nothing_a_caller_gets_changes_when_the_sites_it_does_not_see_move()
    {
        var urls = new List<string> { "/api/v1/energie/toile", "/api/v1/energie/toile/edges" };
        urls.AddRange(Maxima.Select(m => $"/api/v1/energie/toile/synergies?maxDistanceKm={Km(m)}"));
        urls.Add("/api/v1/energie/toile/synergies?maxDistanceKm=20&minGwh=5");
        urls.AddRange((await JsonAsync("/api/v1/energie/toile", agencyKey)).GetProperty("nodes").EnumerateArray()
            .Select(n => $"/api/v1/energie/toile/nodes/{n.GetProperty("id").GetInt32()}/neighbourhood"));
        async Task<Dictionary<string, string>> AnswersAsync(string? key)
        {
            var answers = new Dictionary<string, string>();
            foreach (var url in urls)
                answers[url] = (await GetAsync(url, key)).Body;
            return answers;
        }

        var outsideCall = sites.Where(s => s.EpciId != Call).Select(s => s.Id).ToArray();
        var inCall = sites.Where(s => s.EpciId == Call).Select(s => s.Id).ToArray();
        var anonymous = await AnswersAsync(null);
        var call = await AnswersAsync(callKey);
        var agencySynergies = (await GetAsync("/api/v1/energie/toile/synergies?maxDistanceKm=100", agencyKey)).Body;
        try
        {
            // About 25 km away: every distance class to them would change.
            await MoveAsync(outsideCall, 0.25, -0.2);
            Assert.That((await GetAsync("/api/v1/energie/toile/synergies?maxDistanceKm=100", agencyKey)).Body, Is.Not.EqualTo(agencySynergies),
                "the move changes what the agency sees: the comparison below can fail");
            Assert.That(await AnswersAsync(callKey), Is.EqualTo(call), "the CALL partner's answers, after moving the sites it does not see");
            Assert.That(await AnswersAsync(null), Is.EqualTo(anonymous), "the public's answers, after moving the sites outside the CALL");
            await MoveAsync(inCall, -0.2, 0.15);
            Assert.That(await AnswersAsync(null), Is.EqualTo(anonymous), "the public's answers, after moving every site");
        }
        finally
        {
            await MoveAsync(outsideCall, -0.25, 0.2);
            await MoveAsync(inCall, 0.2, -0.15);
        }
    }

    [Test]
    public async Task A_hidden_site_of_a_commune_in_no_EPCI_is_shown_at_its_departement_never_finer()
    {
        var site = sites[0];
        await using var connection = Factory.OpenConnection();
        var departement = await connection.QuerySingleAsync<(string Id, double Longitude, double Latitude)>("""
            select t.id, st_x(st_pointonsurface(t.geom)), st_y(st_pointonsurface(t.geom))
            from platform.territory_membership m join platform.territory t on t.id = m.parent_id and t.level = 'departement'
            where m.member_id = @CommuneId
            """, new { site.CommuneId });
        await connection.ExecuteAsync("delete from platform.territory_membership where member_id = @CommuneId and parent_id = @EpciId", site);
        await BumpAsync();
        try
        {
            foreach (var (who, key, _) in Attackers().Where(a => a.Hidden.Contains(site.Id)))
            {
                var node = (await JsonAsync("/api/v1/energie/toile", key)).GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("id").GetInt32() == site.Id);
                Assert.Multiple(() =>
                {
                    Assert.That(node.Str("territory"), Is.EqualTo(departement.Id), $"{who}: its département, not its commune");
                    Assert.That(node.Str("positionPrecision"), Is.EqualTo("departement"));
                    Assert.That(node.GetProperty("longitude").GetDouble(), Is.EqualTo(departement.Longitude).Within(1e-5), $"{who}: the département's point, not (0, 0)");
                    Assert.That(node.GetProperty("latitude").GetDouble(), Is.EqualTo(departement.Latitude).Within(1e-5));
                });
            }
        }
        finally
        {
            await connection.ExecuteAsync("insert into platform.territory_membership (member_id, parent_id) values (@CommuneId, @EpciId)", site);
            await BumpAsync();
        }
    }

    private static int Id(JsonElement candidate, string end) => candidate.GetProperty(end).GetProperty("id").GetInt32();

    /// <summary>Every flow in an answer: the graph's and a neighbourhood's edges, the GeoJSON features' properties.</summary>
    private static IEnumerable<(int From, int To)> Flows(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object when e.TryGetProperty("from", out var f) && e.TryGetProperty("to", out var t) && f.ValueKind == JsonValueKind.Number =>
            [(f.GetInt32(), t.GetInt32())],
        JsonValueKind.Object => e.EnumerateObject().SelectMany(p => Flows(p.Value)),
        JsonValueKind.Array => e.EnumerateArray().SelectMany(Flows),
        _ => [],
    };

    private async Task MoveAsync(int[] ids, double longitude, double latitude)
    {
        await using var connection = Factory.OpenConnection();
        await connection.ExecuteAsync("update energie.toile_node set geom = st_translate(geom, @Longitude, @Latitude) where id = any(@Ids)",
            new { Ids = ids, Longitude = longitude, Latitude = latitude });
        await BumpAsync();
    }

    private async Task BumpAsync()
    {
        await using var connection = Factory.OpenConnection();
        await connection.ExecuteAsync("select platform.bump_data_version('energie'); select platform.bump_data_version('territories');");
        // Seen at once by the API's next request, not when the NOTIFY arrives.
        await Factory.Services.GetRequiredService<DataVersions>().RefreshAsync();
    }
}
