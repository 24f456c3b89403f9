using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Observatories.PolitiqueVille;

/// <summary>
/// The QPV level and the observatory through HTTP, on the seeded demo QPVs: listing by level and within an EPCI, a QPV
/// in values, series, comparisons, CSV and the map; commune and EPCI figures unchanged by QPV values; the gaps of a QPV
/// and an NPNRU programme's changes since T0 against sums computed here from the stored parts; writes 401/403/428/412.
/// </summary>
public sealed class PolitiqueVilleTests : ApiTest
{
    private const string MontLiebaut = "qpv:QN06201M", Centre = "qpv:QN06203M", Bethune = "commune:62119", Bruay = "commune:62178",
        Cabbalr = "epci:200072460", Call = "epci:246200364", Pauvrete = "politique_ville.taux_pauvrete", RevenuMedian = "politique_ville.revenu_median";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static JsonElement Parse(string body) => JsonDocument.Parse(body).RootElement;

    [Test]
    public async Task Qpvs_are_listed_by_level_and_within_an_epci_but_not_in_listings_without_level()
    {
        var (status, body) = await GetAsync($"/api/v1/territories?level=qpv&within={Cabbalr}");
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), body);
        var ids = Parse(body).GetProperty("items").EnumerateArray().Select(t => t.Str("id")).ToList();
        Assert.That(ids, Does.Contain(MontLiebaut).And.Contain(Centre).And.Not.Contain("qpv:QN06205M"));
        var (_, all) = await GetAsync($"/api/v1/territories?within={Cabbalr}&limit=1000");
        Assert.That(Parse(all).GetProperty("items").EnumerateArray().Select(t => t.Str("level")), Has.None.EqualTo("qpv"));
        var (_, sheet) = await GetAsync($"/api/v1/territories/{MontLiebaut}");
        Assert.That(Parse(sheet).GetProperty("parents").EnumerateArray().Select(p => p.Str("id")), Does.Contain(Bethune).And.Contain(Cabbalr));
        var (_, straddling) = await GetAsync("/api/v1/territories/qpv:QN06210M");
        Assert.That(Parse(straddling).GetProperty("parents").EnumerateArray().Count(p => p.Str("level") == "commune"), Is.EqualTo(2));
        var (_, csv) = await GetAsync($"/api/v1/territories?level=qpv&format=csv");
        Assert.That(csv, Does.Contain("qpv:QN06201M,qpv,QN06201M,Mont Liébaut"));
    }

    [Test]
    public async Task A_qpv_polygon_lies_inside_its_commune_and_is_an_ogc_feature()
    {
        await using var connection = Factory.OpenConnection();
        var inside = await connection.ExecuteScalarAsync<double>("""
            select st_area(st_difference(q.geom, c.geom)) / st_area(q.geom)
            from platform.territory q, platform.territory c where q.id = @MontLiebaut and c.id = @Bethune
            """, new { MontLiebaut, Bethune });
        Assert.That(inside, Is.LessThan(1e-6), "no part of Mont Liébaut outside Béthune");
        var (status, body) = await GetAsync("/ogc/collections/qpv/items?limit=100");
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), body);
        var feature = Parse(body).GetProperty("features").EnumerateArray().Single(f => f.GetProperty("properties").Str("code") == "QN06210M");
        Assert.That(feature.GetProperty("properties").Str("communes"), Is.EqualTo("commune:62628,commune:62771"));
    }

    [Test]
    public async Task Values_series_comparison_csv_and_map_take_qpvs_and_commune_figures_ignore_them()
    {
        await using var connection = Factory.OpenConnection();
        var stored = await connection.QuerySingleAsync<(double Value, double Numerator, double Denominator)>(
            "select value, numerator, denominator from platform.indicator_value where indicator_code = @Pauvrete and territory_id = @MontLiebaut and period = '2024'",
            new { Pauvrete, MontLiebaut });
        var (status, body) = await GetAsync($"/api/v1/indicators/{Pauvrete}/values?territories={MontLiebaut},{Bethune}&period=2024");
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), body);
        var items = Parse(body).GetProperty("items").EnumerateArray().ToList();
        Assert.That(items[0].GetProperty("value").GetDouble(), Is.EqualTo(stored.Value).Within(1e-9));

        // The EPCI's figure is Σ ÷ Σ over its communes only: the QPVs' parts are not in it.
        var communes = await connection.QuerySingleAsync<(double Numerator, double Denominator)>("""
            select sum(v.numerator), sum(v.denominator) from platform.indicator_value v
            join platform.territory_membership m on m.member_id = v.territory_id and m.parent_id = @Cabbalr
            where v.indicator_code = @Pauvrete and v.period = '2024' and v.territory_id like 'commune:%'
            """, new { Cabbalr, Pauvrete });
        var (_, epci) = await GetAsync($"/api/v1/indicators/{Pauvrete}/values?territories={Cabbalr}&period=2024");
        Assert.That(Parse(epci).GetProperty("items")[0].GetProperty("value").GetDouble(),
            Is.EqualTo(100 * communes.Numerator / communes.Denominator).Within(1e-9));

        var (seriesStatus, series) = await GetAsync($"/api/v1/indicators/{Pauvrete}/series?territories={MontLiebaut}");
        Assert.That(seriesStatus, Is.EqualTo(HttpStatusCode.OK), series);
        var (compareStatus, compare) = await GetAsync($"/api/v1/indicators/{Pauvrete}/compare?territory={MontLiebaut}");
        Assert.That(compareStatus, Is.EqualTo(HttpStatusCode.OK), compare);
        var (csvStatus, csv) = await GetAsync($"/api/v1/indicators/{Pauvrete}/values?level=qpv&within={Cabbalr}&period=2024&format=csv");
        Assert.That(csvStatus, Is.EqualTo(HttpStatusCode.OK), csv);
        Assert.That(csv, Does.Contain(MontLiebaut));
        var (mapStatus, map) = await GetAsync($"/api/v1/indicators/{Pauvrete}/map?level=qpv&period=2024");
        Assert.That(mapStatus, Is.EqualTo(HttpStatusCode.OK), map);
        Assert.That(Parse(map).GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties").Str("level")), Is.All.EqualTo("qpv"));

        // An indicator with no QPV values is not computed from the commune for a QPV.
        var (refused, problem) = await GetAsync($"/api/v1/indicators/habitat.taux_vacance/values?level=qpv");
        Assert.That(refused, Is.EqualTo(HttpStatusCode.BadRequest), problem);
    }

    [Test]
    public async Task A_qpv_sheet_shows_the_qpv_its_commune_and_its_epci_with_the_gaps()
    {
        var (status, body) = await GetAsync("/api/v1/politique-ville/qpv/QN06201M");
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), body);
        var sheet = Parse(body);
        Assert.That(sheet.GetProperty("commune").Str("id"), Is.EqualTo(Bethune));
        Assert.That(sheet.GetProperty("epci").Str("id"), Is.EqualTo(Cabbalr));
        var poverty = sheet.GetProperty("indicators").EnumerateArray().Single(i => i.Str("code") == Pauvrete);
        double qpv = poverty.GetProperty("qpv").GetDouble(), commune = poverty.GetProperty("commune").GetDouble(), epci = poverty.GetProperty("epci").GetDouble();
        Assert.Multiple(() =>
        {
            Assert.That(poverty.Str("gapUnit"), Is.EqualTo("points"));
            Assert.That(poverty.GetProperty("gapToCommune").GetDouble(), Is.EqualTo(qpv - commune).Within(1e-9));
            Assert.That(poverty.GetProperty("gapToEpci").GetDouble(), Is.EqualTo(qpv - epci).Within(1e-9));
            Assert.That(qpv, Is.GreaterThan(commune), "the QPV is poorer than its commune");
            Assert.That(commune, Is.GreaterThan(epci), "the commune is poorer than its EPCI");
            Assert.That(poverty.GetProperty("series").GetArrayLength(), Is.EqualTo(10));
        });
        var income = sheet.GetProperty("indicators").EnumerateArray().Single(i => i.Str("code") == RevenuMedian);
        Assert.That(income.GetProperty("qpv").GetDouble(), Is.LessThan(income.GetProperty("commune").GetDouble()));
        Assert.That((await GetAsync("/api/v1/politique-ville/qpv/QN09999M")).Status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await GetAsync("/api/v1/politique-ville/qpv/QN-1")).Status, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task An_npnru_programmes_change_since_t0_is_the_sum_of_its_qpvs_parts()
    {
        await using var connection = Factory.OpenConnection();
        async Task<double> ProgrammeAsync(string period) => await connection.ExecuteScalarAsync<double>("""
            select 100 * sum(numerator) / sum(denominator) from platform.indicator_value
            where indicator_code = @Pauvrete and period = @period and territory_id = any(@Qpvs)
            """, new { Pauvrete, period, Qpvs = new[] { MontLiebaut, Centre } });
        async Task<double> CommunesAsync(string period) => await connection.ExecuteScalarAsync<double>("""
            select 100 * sum(numerator) / sum(denominator) from platform.indicator_value
            where indicator_code = @Pauvrete and period = @period and territory_id = any(@Communes)
            """, new { Pauvrete, period, Communes = new[] { Bethune, Bruay } });
        double t0 = await ProgrammeAsync("2018"), latest = await ProgrammeAsync("2024");

        var (status, body) = await GetAsync("/api/v1/politique-ville/npnru/npnru-cabbalr");
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), body);
        var poverty = Parse(body).GetProperty("indicators").EnumerateArray().Single(i => i.Str("code") == Pauvrete);
        var programme = poverty.GetProperty("programme");
        var epci = poverty.GetProperty("epci");
        Assert.Multiple(() =>
        {
            Assert.That(poverty.Str("t0"), Is.EqualTo("2018"));
            Assert.That(poverty.Str("latest"), Is.EqualTo("2024"));
            Assert.That(programme.GetProperty("atT0").GetDouble(), Is.EqualTo(t0).Within(1e-9));
            Assert.That(programme.GetProperty("latest").GetDouble(), Is.EqualTo(latest).Within(1e-9));
            Assert.That(programme.GetProperty("change").GetDouble(), Is.EqualTo(latest - t0).Within(1e-9));
            Assert.That(poverty.GetProperty("commune").GetProperty("atT0").GetDouble(), Is.EqualTo(CommunesAsync("2018").Result).Within(1e-9));
            var gapT0 = t0 - epci.GetProperty("atT0").GetDouble();
            var gapLatest = latest - epci.GetProperty("latest").GetDouble();
            Assert.That(poverty.GetProperty("gapToEpciAtT0").GetDouble(), Is.EqualTo(gapT0).Within(1e-9));
            Assert.That(poverty.GetProperty("gapNarrowed").GetBoolean(), Is.EqualTo(Math.Abs(gapLatest) < Math.Abs(gapT0)));
        });
        // A median is not summed: the programme of two QPVs has none.
        var income = Parse(body).GetProperty("indicators").EnumerateArray().Single(i => i.Str("code") == RevenuMedian);
        Assert.That(income.GetProperty("programme").GetProperty("atT0").ValueKind, Is.EqualTo(JsonValueKind.Null));
    }

    private async Task<HttpResponseMessage> PutAsync(string id, object body, string? key, string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/politique-ville/npnru/{id}") { Content = JsonContent.Create(body, options: Json) };
        if (key is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        if (ifMatch is not null)
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return await Client.SendAsync(request);
    }

    [Test]
    public async Task Programmes_are_written_by_the_agency_with_if_match()
    {
        var body = new { name = "NPNRU de Lens", qpvs = new[] { "qpv:QN06205M" }, t0Year = 2019 };
        using (var anonymous = await PutAsync("npnru-lens", body, null))
            Assert.That(anonymous.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        using (var partner = await PutAsync("npnru-lens", body, await CreateKeyAsync("partner_editor", Call)))
            Assert.That(partner.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        var agency = await CreateKeyAsync("agency_editor");
        using (var mixed = await PutAsync("npnru-mixed", new { name = "Deux EPCI", qpvs = new[] { MontLiebaut, "qpv:QN06205M" }, t0Year = 2018 }, agency))
        {
            Assert.That(mixed.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(await mixed.Content.ReadAsStringAsync(), Does.Contain("one EPCI"));
        }
        string etag;
        using (var created = await PutAsync("npnru-lens", body, agency))
        {
            Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.OK), await created.Content.ReadAsStringAsync());
            etag = created.Headers.ETag!.Tag;
        }
        using (var withoutIfMatch = await PutAsync("npnru-lens", body, agency))
            Assert.That(withoutIfMatch.StatusCode, Is.EqualTo(HttpStatusCode.PreconditionRequired));
        using (var replaced = await PutAsync("npnru-lens", body with { t0Year = 2020 }, agency, etag))
        {
            Assert.That(replaced.StatusCode, Is.EqualTo(HttpStatusCode.OK), await replaced.Content.ReadAsStringAsync());
            Assert.That(Parse(await replaced.Content.ReadAsStringAsync()).GetProperty("t0Year").GetInt32(), Is.EqualTo(2020));
        }
        using (var stale = await PutAsync("npnru-lens", body, agency, etag))
            Assert.That(stale.StatusCode, Is.EqualTo(HttpStatusCode.PreconditionFailed));
    }

    [Test]
    public async Task The_communes_poverty_figures_keep_Filosofi_s_secrecy_under_11_households()
    {
        await InheritedSecrecy.AssertMaskedWhereverAsync(Client, "social.menages_fiscaux", "politique_ville.taux_pauvrete", "epci:200044030", "2021");
        await InheritedSecrecy.AssertMaskedWhereverAsync(Client, "social.menages_fiscaux", "politique_ville.revenu_median", "epci:200044030", "2021");
    }
}
