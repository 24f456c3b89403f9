using System.Net;
using System.Text.Json;
using Dapper;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Observatories.FoncierAgricole;

/// <summary>
/// The Observatoire du foncier agricole on its demo data, through HTTP: an EPCI's average farm size is Σ SAU ÷ Σ farms
/// of its communes (never the mean of their averages), the census's secrecy (fewer than 3 farms) on every format and
/// by subtraction, the SAFER figures kept to partners, and the outlets layer with its type queryable.
/// </summary>
public sealed class FoncierAgricoleTests : ReadOnlyApiTest
{
    private const string Cabbalr = "epci:200072460";
    private const string Farms = "foncier_agricole.exploitations", Sau = "foncier_agricole.sau", Size = "foncier_agricole.taille_moyenne";

    [Test]
    public async Task The_EPCI_s_average_farm_size_is_its_communes_SAU_over_their_farms()
    {
        await using var connection = Factory.OpenConnection();
        var communes = (await connection.QueryAsync<(string Id, double Sau, double Farms)>("""
            select s.territory_id, s.value, f.value from platform.indicator_value s
            join platform.indicator_value f on f.territory_id = s.territory_id and f.period = s.period and f.indicator_code = @Farms
            join platform.territory_membership m on m.member_id = s.territory_id and m.parent_id = @Cabbalr
            where s.indicator_code = @Sau and s.period = '2020'
            """, new { Farms, Sau, Cabbalr })).ToList();
        var bySum = communes.Sum(c => c.Sau) / communes.Sum(c => c.Farms);
        var meanOfMeans = communes.Where(c => c.Farms > 0).Average(c => c.Sau / c.Farms);
        var epci = await Client.GetJsonAsync($"/api/v1/indicators/{Size}/values?territories={Cabbalr}&period=2020");
        var item = epci.GetProperty("items")[0];
        Assert.Multiple(() =>
        {
            Assert.That(communes, Has.Count.GreaterThan(90), "every commune of the CABBALR has its census figures");
            Assert.That(item.GetProperty("value").GetDouble(), Is.EqualTo(bySum).Within(1e-6));
            Assert.That(item.GetProperty("numerator").GetDouble(), Is.EqualTo(communes.Sum(c => c.Sau)));
            Assert.That(item.GetProperty("denominator").GetDouble(), Is.EqualTo(communes.Sum(c => c.Farms)));
            Assert.That(Math.Abs(bySum - meanOfMeans), Is.GreaterThan(0.01), "the ratio of sums is not the mean of the communes' averages");
            Assert.That(bySum, Is.InRange(55, 95), "a plausible size for the Artois in 2020 (ha)");
        });

        // By hand on two communes, as a custom zone: (SAU₁ + SAU₂) ÷ (farms₁ + farms₂).
        var (a, b) = (communes.Where(c => c.Farms >= 3).OrderBy(c => c.Id).First(), communes.Where(c => c.Farms >= 3).OrderBy(c => c.Id).Last());
        var zone = $"custom:{a.Id[8..]}+{b.Id[8..]}";
        var pair = await Client.GetJsonAsync($"/api/v1/indicators/{Size}/values?territories={zone}&period=2020");
        Assert.That(pair.GetProperty("items")[0].GetProperty("value").GetDouble(), Is.EqualTo((a.Sau + b.Sau) / (a.Farms + b.Farms)).Within(1e-6));
    }

    [Test]
    public async Task A_commune_of_fewer_than_3_farms_shows_no_census_figure_in_json_or_csv_nor_by_subtraction()
    {
        await using var connection = Factory.OpenConnection();
        var few = (await connection.QueryAsync<string>("""
            select f.territory_id from platform.indicator_value f
            join platform.territory_membership m on m.member_id = f.territory_id and m.parent_id = @Cabbalr
            where f.indicator_code = @Farms and f.period = '2020' and f.value between 1 and 2 order by 1
            """, new { Farms, Cabbalr })).ToList();
        Assert.That(few, Is.Not.Empty, "the demo has communes with one or two farms");
        foreach (var code in new[] { Farms, Sau, Size, "foncier_agricole.part_chefs_55_plus", "foncier_agricole.ugb" })
        {
            var values = await Client.GetJsonAsync($"/api/v1/indicators/{code}/values?level=commune&within={Cabbalr}&period=2020");
            var items = values.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("territory").GetProperty("id").GetString()!);
            foreach (var commune in few)
            {
                Assert.That(items[commune].GetProperty("status").GetString(), Is.EqualTo("secret"), $"{code} {commune}");
                Assert.That(items[commune].GetProperty("value").ValueKind, Is.EqualTo(JsonValueKind.Null), $"{code} {commune}");
                Assert.That(items[commune].GetProperty("numerator").ValueKind, Is.EqualTo(JsonValueKind.Null), $"{code} {commune}");
            }
            var (_, csv) = await GetAsync($"/api/v1/indicators/{code}/values?level=commune&within={Cabbalr}&period=2020&format=csv");
            foreach (var commune in few)
            {
                var row = csv.Split('\n').Single(l => l.StartsWith(commune + ",", StringComparison.Ordinal)).Split(',');
                Assert.That(row[5..8], Is.All.Empty, $"{code} {commune} CSV value, numerator, denominator");
                Assert.That(row[8], Is.EqualTo("secret"), $"{code} {commune} CSV status");
            }
            // The EPCI's total minus the published communes must not give a masked one back: never exactly one masked non-zero commune.
            var masked = items.Values.Count(i => i.GetProperty("status").GetString() == "secret");
            Assert.That(masked, Is.Not.EqualTo(1), code);
        }
    }

    [Test]
    public async Task The_land_sales_are_kept_to_partners_and_their_price_is_a_ratio_of_sums()
    {
        const string Price = "foncier_agricole.safer_prix_ha";
        var (anonymousStatus, anonymous) = await GetAsync($"/api/v1/indicators/{Price}/values?territories={Cabbalr}&period=2023");
        var partner = await CreateKeyAsync("partner_reader", Cabbalr);
        var (status, body) = await GetAsync($"/api/v1/indicators/{Price}/values?territories={Cabbalr}&period=2023", partner);
        await using var connection = Factory.OpenConnection();
        var (euros, hectares) = await connection.QuerySingleAsync<(double, double)>("""
            select sum(v.numerator), sum(v.denominator) from platform.indicator_value v
            join platform.territory_membership m on m.member_id = v.territory_id and m.parent_id = @Cabbalr
            where v.indicator_code = @Price and v.period = '2023'
            """, new { Price, Cabbalr });
        Assert.Multiple(() =>
        {
            Assert.That(anonymousStatus == HttpStatusCode.OK ? JsonDocument.Parse(anonymous).RootElement.GetProperty("items")[0].GetProperty("value").ValueKind
                : JsonValueKind.Null, Is.EqualTo(JsonValueKind.Null), "no price without a key");
            Assert.That(status, Is.EqualTo(HttpStatusCode.OK), body);
            Assert.That(JsonDocument.Parse(body).RootElement.GetProperty("items")[0].GetProperty("value").GetDouble(), Is.EqualTo(euros / hectares).Within(1e-6));
            Assert.That(euros / hectares, Is.InRange(7_000, 13_000), "€/ha of farmland in the Pas-de-Calais");
        });
    }

    [Test]
    public async Task The_outlets_layer_filters_by_type_and_its_points_lie_in_their_communes()
    {
        await using var connection = Factory.OpenConnection();
        var (amaps, all, outside) = await connection.QuerySingleAsync<(int, int, int)>("""
            select count(*) filter (where o.type = 'amap')::int, count(*)::int, count(*) filter (where not st_contains(t.geom, o.geom))::int
            from foncier_agricole.outlet o join platform.territory t on t.id = o.commune_id
            """);
        var layer = await Client.GetJsonAsync("/ogc/collections/foncier-agricole-circuits-courts/items?type=amap&limit=1000");
        var features = layer.GetProperty("features").EnumerateArray().ToList();
        var queryables = await Client.GetJsonAsync("/ogc/collections/foncier-agricole-circuits-courts/queryables");
        var (csvStatus, csv) = await GetAsync("/ogc/collections/foncier-agricole-circuits-courts/items?f=csv&limit=1000");
        Assert.Multiple(() =>
        {
            Assert.That(all, Is.GreaterThan(40), "farm shops, markets, AMAP, drives across the CABBALR");
            Assert.That(outside, Is.Zero, "every demo point inside its commune's contour");
            Assert.That(amaps, Is.GreaterThan(0));
            Assert.That(features, Has.Count.EqualTo(amaps));
            Assert.That(features.Select(f => f.GetProperty("properties").GetProperty("type_label").GetString()), Is.All.EqualTo("AMAP"));
            Assert.That(queryables.GetProperty("properties").TryGetProperty("type", out _), Is.True);
            Assert.That(csvStatus, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(csv.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(all + 1));
        });
    }

    [Test]
    public async Task The_organic_share_never_gives_back_a_secret_census_SAU_as_its_denominator() =>
        // The attack: part_sau_bio of a commune of 2 farms, 0 % over 173 ha, gave the census SAU the census hides.
        await InheritedSecrecy.AssertMaskedWhereverAsync(Client, Sau, "foncier_agricole.part_sau_bio", Cabbalr, "2020");
}
