using System.Globalization;
using System.Net;
using System.Text.Json;
using Dapper;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Observatories.Habitat;

/// <summary>
/// Property prices through HTTP on hand-built sales put in years the demo data does not have (2030, 2031): a custom
/// zone's median and quartiles equal a computation by hand from the same sales; a zone-year-type with 10 sales shows no
/// price on any route or format, and the 11th sale publishes it; an EPCI's median is its sales' median (never a median of
/// its communes'); the distribution's bars hold 11 sales or more; bad input.
/// </summary>
public sealed class PricesTests : ApiTest
{
    private const string Bethune = "commune:62119", Lens = "commune:62498", Zone = "custom:62119+62498", Call = "epci:246200364";

    // € per m² chosen by hand: Béthune's 7 houses and Lens's 8 in 2030, each commune alone secret, the zone published.
    private static readonly (string Commune, double Price, double Surface)[] Houses2030 =
    [
        (Bethune, 150_000, 100), (Bethune, 99_000, 90), (Bethune, 212_000, 106), (Bethune, 120_600, 67), (Bethune, 180_000, 120),
        (Bethune, 64_400, 46), (Bethune, 139_200, 96),
        (Lens, 101_500, 70), (Lens, 88_000, 80), (Lens, 126_000, 84), (Lens, 96_600, 69), (Lens, 142_500, 95), (Lens, 57_400, 41),
        (Lens, 117_000, 78), (Lens, 133_200, 111),
    ];

    // Béthune's flats in 2031: 10 sales, one short of publication.
    private static readonly double[] Flats2031PerM2 = [1_730, 1_810, 1_955, 2_040, 2_115, 2_190, 2_260, 2_330, 2_425, 2_510];

    [OneTimeSetUp]
    public async Task InsertHandBuiltSales()
    {
        await using var connection = Factory.OpenConnection();
        var n = 0;
        foreach (var (commune, price, surface) in Houses2030)
            await InsertAsync(connection, $"test-2030-{++n}", new DateOnly(2030, 1 + (n % 12), 10), commune, "maison", price, surface);
        foreach (var perM2 in Flats2031PerM2)
            await InsertAsync(connection, $"test-2031-{++n}", new DateOnly(2031, 3, 1 + n % 28), Bethune, "appartement", perM2 * 50, 50);
        // Two flats in Lens in 2030: another type, another cell.
        await InsertAsync(connection, "test-2030-flat-1", new DateOnly(2030, 5, 5), Lens, "appartement", 90_000, 50);
        await InsertAsync(connection, "test-2030-flat-2", new DateOnly(2030, 6, 6), Lens, "appartement", 110_000, 50);
    }

    private static Task InsertAsync(System.Data.IDbConnection connection, string id, DateOnly date, string commune, string type, double price, double surface) =>
        connection.ExecuteAsync("""
            insert into habitat.sale (mutation_id, sold_on, commune_id, property_type, built_surface, rooms, price)
            values (@id, @date::date, @commune, @type, @surface, 3, @price)
            """, new { id, date = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), commune, type, surface, price });

    /// <summary>PostgreSQL's percentile_cont, by hand: the value at p × (n − 1) in the sorted list, interpolated.</summary>
    private static double Percentile(IReadOnlyList<double> values, double p)
    {
        var sorted = values.Order().ToList();
        var position = p * (sorted.Count - 1);
        var (below, above) = ((int)Math.Floor(position), (int)Math.Ceiling(position));
        return sorted[below] + ((position - below) * (sorted[above] - sorted[below]));
    }

    private static double Rounded(double value) => Math.Round(value / 10, MidpointRounding.AwayFromZero) * 10;

    private static JsonElement Year(JsonElement prices, string type, int year) =>
        prices.GetProperty("series").EnumerateArray().Single(s => s.Str("type") == type)
            .GetProperty("years").EnumerateArray().Single(y => y.GetProperty("year").GetInt32() == year);

    private static double? Number(JsonElement e, string property) =>
        e.GetProperty(property).ValueKind == JsonValueKind.Null ? null : e.GetProperty(property).GetDouble();

    [Test]
    public async Task A_custom_zones_median_and_quartiles_equal_those_computed_by_hand_from_its_sales()
    {
        var perM2 = Houses2030.Select(h => h.Price / h.Surface).ToList();
        var prices = await Client.GetJsonAsync($"/api/v1/habitat/prices/{Zone}?from=2030&to=2030");
        var house = Year(prices, "maison", 2030);
        Assert.Multiple(() =>
        {
            Assert.That(prices.GetProperty("territory").Str("id"), Is.EqualTo(Zone));
            Assert.That(house.Str("status"), Is.EqualTo("published"));
            Assert.That(house.GetProperty("count").GetInt32(), Is.EqualTo(15));
            Assert.That(Number(house, "median"), Is.EqualTo(Rounded(Percentile(perM2, 0.5))), "the 8th of 15: 1,450 €/m²");
            Assert.That(Number(house, "median"), Is.EqualTo(1_450));
            Assert.That(Number(house, "q1"), Is.EqualTo(Rounded(Percentile(perM2, 0.25))));
            Assert.That(Number(house, "q3"), Is.EqualTo(Rounded(Percentile(perM2, 0.75))));
            // Not the mean of the two communes' medians (1,500 and 1,425 → 1,460 once rounded).
            Assert.That(Number(house, "median"), Is.Not.EqualTo(Rounded((Percentile(perM2.Take(7).ToList(), 0.5) + Percentile(perM2.Skip(7).ToList(), 0.5)) / 2)));
            Assert.That(Year(prices, "appartement", 2030).Str("status"), Is.EqualTo("secret"), "the two flats are another cell");
        });
        // Each commune alone has fewer than 11 sales: secret.
        foreach (var commune in new[] { Bethune, Lens })
            Assert.That(Year(await Client.GetJsonAsync($"/api/v1/habitat/prices/{commune}?from=2030&to=2030"), "maison", 2030).Str("status"),
                Is.EqualTo("secret"), commune);
    }

    [Test]
    public async Task An_EPCIs_median_is_the_median_of_its_sales_not_of_its_communes_medians()
    {
        await using var connection = Factory.OpenConnection();
        var sales = (await connection.QueryAsync<(string Commune, double PerM2)>("""
            select s.commune_id, s.price_per_m2 from habitat.sale s
            join platform.territory_membership m on m.member_id = s.commune_id and m.parent_id = @Call
            where s.year = 2023 and s.property_type = 'maison'
            """, new { Call })).ToList();
        var prices = await Client.GetJsonAsync($"/api/v1/habitat/prices/{Call}?from=2023&to=2023&type=maison");
        var house = Year(prices, "maison", 2023);
        Assert.Multiple(() =>
        {
            Assert.That(sales, Has.Count.GreaterThan(500), "the demo sales of the CALL");
            Assert.That(house.GetProperty("count").GetInt32(), Is.EqualTo(sales.Count));
            Assert.That(Number(house, "median"), Is.EqualTo(Rounded(Percentile([.. sales.Select(s => s.PerM2)], 0.5))));
            Assert.That(Number(house, "q1"), Is.EqualTo(Rounded(Percentile([.. sales.Select(s => s.PerM2)], 0.25))));
            Assert.That(Number(house, "median"), Is.InRange(1_100, 2_000), "a house in the CALL");
            Assert.That(prices.GetProperty("series").GetArrayLength(), Is.EqualTo(1), "type=maison: houses only");
        });
    }

    [Test]
    public async Task A_zone_with_10_sales_shows_no_price_anywhere_and_the_11th_sale_publishes_it()
    {
        var secretValues = Flats2031PerM2.Select(v => v.ToString(CultureInfo.InvariantCulture))
            .Append(Percentile(Flats2031PerM2, 0.5).ToString(CultureInfo.InvariantCulture)).Append("2150").Append("2152").ToList();
        void NoPriceIn(string body, string where)
        {
            foreach (var value in secretValues)
                Assert.That(body, Does.Not.Contain(value), $"{where} shows {value}");
        }

        // JSON: the year and the period, by type and for both types.
        foreach (var url in new[] { $"/api/v1/habitat/prices/{Bethune}?from=2031&to=2031", $"/api/v1/habitat/prices/{Bethune}?from=2031&to=2031&type=appartement" })
        {
            var (status, body) = await GetAsync(url);
            Assert.That(status, Is.EqualTo(HttpStatusCode.OK), body);
            var flats = JsonDocument.Parse(body).RootElement.GetProperty("series").EnumerateArray().Single(s => s.Str("type") == "appartement");
            foreach (var cell in new[] { flats.GetProperty("years")[0], flats.GetProperty("period") })
                Assert.Multiple(() =>
                {
                    Assert.That(cell.Str("status"), Is.EqualTo("secret"), url);
                    Assert.That(cell.Str("countLabel"), Is.EqualTo("< 11"));
                    Assert.That(Number(cell, "count"), Is.Null, "not even the count");
                    Assert.That(Number(cell, "median"), Is.Null);
                    Assert.That(Number(cell, "q1"), Is.Null);
                    Assert.That(Number(cell, "q3"), Is.Null);
                });
            NoPriceIn(body, url);
        }
        // CSV.
        var (csvStatus, csv) = await GetAsync($"/api/v1/habitat/prices/{Bethune}?from=2031&to=2031&format=csv");
        Assert.That(csvStatus, Is.EqualTo(HttpStatusCode.OK));
        var flatRows = csv.Split('\n').Where(l => l.Contains(",appartement,", StringComparison.Ordinal)).ToList();
        Assert.That(flatRows, Is.EqualTo(new[] { $"{Bethune},appartement,2031,secret,< 11,,,", $"{Bethune},appartement,2031-2031,secret,< 11,,," }));
        NoPriceIn(csv, "the CSV");
        // The distribution.
        var (distributionStatus, distribution) = await GetAsync($"/api/v1/habitat/prices/{Bethune}/distribution?year=2031&type=appartement");
        Assert.That(distributionStatus, Is.EqualTo(HttpStatusCode.OK), distribution);
        var d = JsonDocument.Parse(distribution).RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(d.Str("status"), Is.EqualTo("secret"));
            Assert.That(d.GetProperty("bins").GetArrayLength(), Is.Zero);
            Assert.That(Number(d, "median"), Is.Null);
            Assert.That(Number(d, "count"), Is.Null);
        });
        NoPriceIn(distribution, "the distribution");
        // No layer, no indicator and no OGC collection serves the sales or their prices.
        var (_, collections) = await GetAsync("/ogc/collections");
        Assert.That(collections, Does.Not.Contain("habitat"), "no OGC collection of sales");
        var (_, catalogue) = await GetAsync("/api/v1/indicators?observatory=habitat");
        var codes = System.Text.RegularExpressions.Regex.Matches(catalogue, "\"code\":\"(habitat\\.[a-z_]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.That(codes, Is.Not.Empty);
        Assert.That(codes.Where(c => c.Contains("prix", StringComparison.Ordinal) || c.Contains("vente", StringComparison.Ordinal)), Is.Empty,
            "no price indicator the engine would aggregate");

        // The 11th sale: published.
        await using (var connection = Factory.OpenConnection())
            await InsertAsync(connection, "test-2031-eleventh", new DateOnly(2031, 9, 9), Bethune, "appartement", 2_600 * 50, 50);
        // Inserted behind the API's back (no data version bump): a URL not asked before, so that no cached answer is served.
        var published = (await Client.GetJsonAsync($"/api/v1/habitat/prices/{Bethune}?from=2031&to=2031&type=appartement&format=json"))
            .GetProperty("series")[0].GetProperty("years")[0];
        Assert.Multiple(() =>
        {
            Assert.That(published.Str("status"), Is.EqualTo("published"));
            Assert.That(published.GetProperty("count").GetInt32(), Is.EqualTo(11));
            Assert.That(Number(published, "median"), Is.EqualTo(Rounded(Percentile([.. Flats2031PerM2, 2_600], 0.5))));
        });
    }

    [Test]
    public async Task The_distributions_bars_hold_11_sales_or_more_and_add_up_to_the_count()
    {
        var d = await Client.GetJsonAsync($"/api/v1/habitat/prices/{Call}/distribution?year=2023&type=maison");
        var bins = d.GetProperty("bins").EnumerateArray().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(d.Str("status"), Is.EqualTo("published"));
            Assert.That(bins, Has.Count.EqualTo(10), "deciles: the CALL has hundreds of sales");
            Assert.That(bins.Sum(b => b.GetProperty("count").GetInt32()), Is.EqualTo(d.GetProperty("count").GetInt32()));
            Assert.That(bins.All(b => b.GetProperty("count").GetInt32() >= 11));
            Assert.That(bins[0].GetProperty("from").ValueKind, Is.EqualTo(JsonValueKind.Null), "open below: the cheapest sale is not shown");
            Assert.That(bins[^1].GetProperty("to").ValueKind, Is.EqualTo(JsonValueKind.Null), "open above");
            Assert.That(bins.Skip(1).Select(b => b.GetProperty("from").GetDouble() % 10), Is.All.EqualTo(0), "bounds rounded to 10 €");
        });
        // The PMA's 15 houses of 2030 (Béthune's and Lens's): one bar of 15 (two bars would isolate fewer than 11).
        var pma = await Client.GetJsonAsync("/api/v1/habitat/prices/groupement:pma/distribution?year=2030&type=maison");
        Assert.That(pma.GetProperty("bins").EnumerateArray().Select(b => b.GetProperty("count").GetInt32()), Is.EqualTo(new[] { 15 }));
    }

    [Test]
    public async Task The_distribution_refuses_custom_zones_whose_bars_would_be_subtracted()
    {
        // An EPCI and "the EPCI without one commune" often share their bars: their difference would place a secret
        // commune's sales in price bands. Only the referential's territories get a distribution.
        var problem = await (await Client.GetAsync($"/api/v1/habitat/prices/{Zone}/distribution?year=2030&type=maison"))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(problem.ToString(), Does.Contain("custom zone"));
        Assert.That((await Client.GetJsonAsync($"/api/v1/habitat/prices/{Zone}?from=2030&to=2030")).GetProperty("to").GetInt32(), Is.EqualTo(2030),
            "the prices route still takes custom zones");
    }

    [TestCase("/api/v1/habitat/prices/nope", "territory")]
    [TestCase("/api/v1/habitat/prices/commune:62119?type=villa", "type")]
    [TestCase("/api/v1/habitat/prices/commune:62119?from=2010", "from")]
    [TestCase("/api/v1/habitat/prices/commune:62119?from=2024&to=2020", "to")]
    [TestCase("/api/v1/habitat/prices/commune:62119?from=abc", "from")]
    [TestCase("/api/v1/habitat/prices/commune:62119?format=xls", "format")]
    [TestCase("/api/v1/habitat/prices/commune:62119/distribution?type=appart", "type")]
    [TestCase("/api/v1/habitat/prices/commune:62119/distribution?year=1999", "year")]
    public async Task Bad_input_is_a_400_naming_the_field(string url, string field)
    {
        var problem = await (await Client.GetAsync(url)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").EnumerateArray().Select(e => e.Str("name").ToLowerInvariant()), Does.Contain(field), problem.ToString());
    }

    [Test]
    public async Task An_unknown_territory_is_a_404()
    {
        await (await Client.GetAsync("/api/v1/habitat/prices/commune:99999")).ProblemAsync(HttpStatusCode.NotFound);
        await (await Client.GetAsync("/api/v1/habitat/prices/commune:99999/distribution")).ProblemAsync(HttpStatusCode.NotFound);
    }


    [Test]
    public async Task The_prices_download_with_their_metadata_and_as_a_workbook_that_keeps_a_secret_cell_empty()
    {
        // Lens' two flats of 2030 (the set-up's), with the town's houses.
        var downloads = await TableDownload.CheckAsync(Client, $"/api/v1/habitat/prices/{Lens}?from=2029&to=2030&format=csv");
        var json = JsonDocument.Parse((await GetAsync($"/api/v1/habitat/prices/{Lens}?from=2029&to=2030")).Body).RootElement;
        var statuses = json.GetProperty("series").EnumerateArray()
            .SelectMany(s => s.GetProperty("years").EnumerateArray().Select(y => y.Str("status")).Append(s.GetProperty("period").Str("status"))).ToList();
        var data = downloads.Workbook.Sheet("Données").Skip(1).ToList();
        var (status, median) = (downloads.Column("status"), downloads.Column("median_eur_m2"));
        Assert.Multiple(() =>
        {
            Assert.That(data.Select(r => r[status].Text), Is.EqualTo(statuses), "the JSON's cells, in its order");
            Assert.That(data.Where(r => r[status].Text == "secret").Select(r => r[downloads.Column("type")].Text), Does.Contain("appartement"),
                "two flats: secret");
            foreach (var row in data.Where(r => r[status].Text != "published"))
            {
                Assert.That(row.Skip(median).Select(c => c.IsEmpty), Is.All.True, "no price where none is published");
                Assert.That(row[downloads.Column("sales")].Text, Is.AnyOf("< 11", "0"));
            }
            Assert.That(downloads.Workbook.Metadata()["Secret statistique"], Does.Contain("moins de 11 ventes"));
        });
    }
}
