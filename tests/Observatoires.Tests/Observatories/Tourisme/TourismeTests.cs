using System.Net;
using Dapper;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Observatories.Tourisme;

/// <summary>
/// The Observatoire du tourisme on its demo data, through HTTP: the inventories, the capacity of a territory by type as
/// counted in the database, tourist beds per 1,000 inhabitants and the occupancy as ratios of sums, the layer and its
/// queryables, and bad input.
/// </summary>
public sealed class TourismeTests : ReadOnlyApiTest
{
    private const string Cc7v = "epci:200044030", Cabbalr = "epci:200072460";

    [Test]
    public async Task The_demo_has_two_dated_inventories_newest_first_with_more_gites_in_2025()
    {
        var inventories = (await Client.GetJsonAsync("/api/v1/tourisme/inventories")).EnumerateArray().ToList();
        Assert.That(inventories.Select(i => i.Str("asOf")), Is.EqualTo(new[] { "2025-01-01", "2022-01-01" }));
        Assert.That(inventories[0].GetProperty("establishments").GetInt32(), Is.GreaterThan(inventories[1].GetProperty("establishments").GetInt32()));
    }

    [Test]
    public async Task A_territory_s_capacity_by_type_is_what_the_database_holds_and_its_beds_per_thousand_a_ratio_of_sums()
    {
        var capacity = await Client.GetJsonAsync($"/api/v1/tourisme/capacity?territory={Cc7v}");
        await using var connection = Factory.OpenConnection();
        var latest = await connection.ExecuteScalarAsync<int>("select id from tourisme.inventory order by as_of desc, id desc limit 1");
        var (population, communes) = await connection.QuerySingleAsync<(long, int)>("""
            select sum(t.population)::bigint, count(*)::int from platform.territory t join platform.territory_membership m on m.member_id = t.id
            where t.level = 'commune' and m.parent_id = @Cc7v
            """, new { Cc7v });
        var byType = (await connection.QueryAsync<(string Type, int Count, int Rooms, int Pitches, int TouristBeds)>("""
            select a.type, count(*)::int, coalesce(sum(a.rooms), 0)::int, coalesce(sum(a.pitches), 0)::int, sum(a.tourist_beds)::int
            from tourisme.accommodation a join platform.territory_membership m on m.member_id = a.commune_id
            where a.inventory_id = @latest and m.parent_id = @Cc7v group by a.type
            """, new { latest, Cc7v })).ToDictionary(x => x.Type);
        var beds = byType.Values.Sum(x => x.TouristBeds);
        var types = capacity.GetProperty("byType").EnumerateArray().ToDictionary(t => t.Str("type"));
        Assert.Multiple(() =>
        {
            Assert.That(capacity.GetProperty("territory").Str("name"), Is.EqualTo("CC des 7 Vallées"));
            Assert.That(capacity.GetProperty("inventory").GetProperty("id").GetInt32(), Is.EqualTo(latest));
            Assert.That(capacity.GetProperty("communes").GetInt32(), Is.EqualTo(communes));
            Assert.That(capacity.GetProperty("population").GetInt64(), Is.EqualTo(population));
            Assert.That(capacity.GetProperty("touristBeds").GetInt32(), Is.EqualTo(beds));
            Assert.That(capacity.GetProperty("bedsPerThousand").GetDouble(), Is.EqualTo(Math.Round(1000.0 * beds / population, 1)).And.InRange(120, 300),
                "a rural, touristic EPCI");
            Assert.That(types.Keys, Is.EqualTo(new[] { "hotel", "camping", "gite", "chambre_hotes", "collectif", "residence" }));
            Assert.That(types["hotel"].GetProperty("rooms").GetInt32(), Is.EqualTo(byType["hotel"].Rooms));
            Assert.That(types["hotel"].GetProperty("touristBeds").GetInt32(), Is.EqualTo(2 * byType["hotel"].Rooms), "a room is 2 beds");
            Assert.That(types["camping"].GetProperty("touristBeds").GetInt32(), Is.EqualTo(3 * byType["camping"].Pitches), "a pitch is 3 beds");
            Assert.That(types["gite"].GetProperty("establishments").GetInt32(), Is.EqualTo(byType["gite"].Count));
            Assert.That(types["gite"].GetProperty("share").GetDouble(), Is.EqualTo(Math.Round(100.0 * byType["gite"].TouristBeds / beds, 1)));
        });

        // The platform's indicator gives the same figure for the EPCI: Σ beds ÷ Σ inhabitants of its communes, zeros included.
        var indicator = await Client.GetJsonAsync($"/api/v1/indicators/tourisme.lits_pour_1000_hab/values?territories={Cc7v}&period=2025");
        Assert.That(indicator.GetProperty("items")[0].GetProperty("value").GetDouble(), Is.EqualTo(1000.0 * beds / population).Within(0.05));
        var urban = await Client.GetJsonAsync($"/api/v1/tourisme/capacity?territory={Cabbalr}");
        Assert.That(urban.GetProperty("bedsPerThousand").GetDouble(), Is.InRange(4, 40), "the CABBALR, urban, has far fewer beds per inhabitant");

        var campings = await Client.GetJsonAsync($"/api/v1/tourisme/capacity?territory={Cc7v}&types=camping,hotel");
        Assert.That(campings.GetProperty("touristBeds").GetInt32(), Is.EqualTo(byType["camping"].TouristBeds + byType["hotel"].TouristBeds));
        Assert.That(campings.GetProperty("byType").GetArrayLength(), Is.EqualTo(2));
    }

    [Test]
    public async Task Capacity_refuses_bad_input_and_territories_outside_the_observatory()
    {
        Assert.That((await GetAsync("/api/v1/tourisme/capacity?types=hotel,motel")).Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await GetAsync("/api/v1/tourisme/capacity?territory=nowhere")).Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await GetAsync("/api/v1/tourisme/capacity?inventory=abc")).Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await GetAsync("/api/v1/tourisme/capacity?inventory=9999")).Status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await GetAsync("/api/v1/tourisme/capacity?territory=epci:999999999")).Status, Is.EqualTo(HttpStatusCode.NotFound));
        var (status, body) = await GetAsync("/api/v1/tourisme/capacity?territory=epci:246200364");
        Assert.That(status, Is.EqualTo(HttpStatusCode.NotFound), "the CALL is not in this observatory");
        Assert.That(body, Does.Contain("CC des 7 Vallées and the CABBALR"));
    }

    [Test]
    public async Task The_year_s_occupancy_is_the_sum_of_nights_sold_over_the_sum_offered()
    {
        var occupancy = await Client.GetJsonAsync($"/api/v1/tourisme/occupancy?territory={Cc7v}&year=2024");
        await using var connection = Factory.OpenConnection();
        var rows = (await connection.QueryAsync<(string Month, long Sold, long Offered)>(
            "select month, nights_sold, nights_offered from tourisme.occupancy where epci_id = @Cc7v and month like '2024-%' order by month",
            new { Cc7v })).ToList();
        var summer = rows.Where(r => r.Month is "2024-06" or "2024-07" or "2024-08" or "2024-09").ToList();
        var months = occupancy.GetProperty("months").EnumerateArray().ToList();
        var meanOfRates = rows.Average(r => 100.0 * r.Sold / r.Offered);
        var ratio = 100.0 * rows.Sum(r => r.Sold) / rows.Sum(r => r.Offered);
        Assert.Multiple(() =>
        {
            Assert.That(occupancy.GetProperty("years").EnumerateArray().Select(y => y.GetInt32()), Is.EqualTo(new[] { 2023, 2024 }));
            Assert.That(months, Has.Count.EqualTo(12));
            Assert.That(months[7].Str("month"), Is.EqualTo("2024-08"));
            Assert.That(months[7].GetProperty("rate").GetDouble(), Is.EqualTo(Math.Round(100.0 * rows[7].Sold / rows[7].Offered, 1)));
            Assert.That(months[7].GetProperty("rate").GetDouble(), Is.GreaterThan(months[0].GetProperty("rate").GetDouble()), "August beats January");
            Assert.That(occupancy.GetProperty("total").GetProperty("rate").GetDouble(), Is.EqualTo(Math.Round(ratio, 1)));
            Assert.That(Math.Abs(ratio - meanOfRates), Is.GreaterThan(0.1), "the busy months weigh more: the ratio of sums is not the mean of rates");
            Assert.That(occupancy.GetProperty("summer").GetProperty("rate").GetDouble(),
                Is.EqualTo(Math.Round(100.0 * summer.Sum(r => r.Sold) / summer.Sum(r => r.Offered), 1)));
            Assert.That(occupancy.GetProperty("previousYear").GetProperty("nightsOffered").GetInt64(), Is.GreaterThan(0));
        });
        // The monthly indicator at the EPCI, and a quarter of it through the platform: Σ ÷ Σ as well.
        var august = await Client.GetJsonAsync($"/api/v1/indicators/tourisme.taux_occupation/values?territories={Cc7v}&period=2024-08");
        Assert.That(august.GetProperty("items")[0].GetProperty("value").GetDouble(), Is.EqualTo(100.0 * rows[7].Sold / rows[7].Offered).Within(0.05));

        Assert.That((await GetAsync("/api/v1/tourisme/occupancy?territory=commune:62447")).Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await GetAsync("/api/v1/tourisme/occupancy?year=1800")).Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await GetAsync("/api/v1/tourisme/occupancy?territory=epci:246200364")).Status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await GetAsync($"/api/v1/tourisme/occupancy?territory={Cc7v}&year=2019")).Status, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task The_layer_holds_the_latest_inventory_inside_its_communes_and_filters_by_type_and_stars()
    {
        var queryables = await Client.GetJsonAsync("/ogc/collections/tourisme-hebergements/queryables");
        Assert.That(queryables.GetProperty("properties").TryGetProperty("stars", out _), Is.True);
        Assert.That(queryables.GetProperty("properties").TryGetProperty("type", out _), Is.True);
        var hotels = await Client.GetJsonAsync("/ogc/collections/tourisme-hebergements/items?type=hotel&stars=3&limit=1000");
        var features = hotels.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties")).ToList();
        await using var connection = Factory.OpenConnection();
        var expected = await connection.ExecuteScalarAsync<int>("""
            select count(*) from tourisme.accommodation where type = 'hotel' and stars = 3
              and inventory_id = (select id from tourisme.inventory order by as_of desc, id desc limit 1)
            """);
        var outside = await connection.ExecuteScalarAsync<int>("""
            select count(*) from tourisme.accommodation a join platform.territory t on t.id = a.commune_id where not st_intersects(t.geom, a.geom)
            """);
        Assert.Multiple(() =>
        {
            Assert.That(features, Has.Count.EqualTo(expected).And.Count.GreaterThan(0));
            Assert.That(features.Select(p => p.Str("type_label")).Distinct(), Is.EqualTo(new[] { "Hôtels" }));
            Assert.That(features.All(p => p.GetProperty("tourist_beds").GetInt32() == 2 * p.GetProperty("rooms").GetInt32()), Is.True);
            Assert.That(outside, Is.Zero, "every demo establishment lies in its commune");
        });
    }
}
