using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Dapper;
using Observatoires.Api.Observatories.Mobilite.Accidents;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Observatories.Mobilite;

/// <summary>
/// The accident routes, the layer and the indicators on a hand-placed set of seven accidents in two communes of two
/// EPCIs, whose answers are counted by hand: filters, the law's rule, CSV, hot spots, indicators, bad input.
/// </summary>
public sealed class AccidentsTests : ApiTest
{
    private const string Cabbalr = "epci:200072460", Call = "epci:246200364";
    private string communeA = null!, communeB = null!;
    private int populationA;

    [OneTimeSetUp]
    public async Task PlaceTheAccidents()
    {
        await using var connection = Factory.OpenConnection();
        // The largest commune of each EPCI, so that points a few hundred metres from its centre stay inside it.
        (communeA, populationA) = await LargestAsync(connection, Cabbalr);
        (communeB, _) = await LargestAsync(connection, Call);
        await using var transaction = await connection.BeginTransactionAsync();
        await connection.ExecuteAsync("""
            delete from mobilite.accident;
            create temporary table hand (num_acc text, at timestamp, commune text, dx float8, dy float8, agg boolean) on commit drop;
            insert into hand values
                ('1', '2021-06-10 08:15', @A, 0, 0, true),       -- bicycle hit by a car, cyclist hospitalised
                ('2', '2022-12-01 17:30', @A, 600, 0, true),     -- pedestrian killed
                ('3', '2022-03-05 14:00', @A, -600, 0, true),    -- two cars, one lightly injured
                ('4', '2019-07-07 02:00', @B, 0, 0, false),      -- motorbike rider killed by a car, out of town
                ('5', '2023-05-05 18:00', @B, 50, 0, false),     -- e-scooter fall, lightly injured
                ('6', '2021-06-11 08:20', @A, 30, 0, true),      -- e-bike rider hospitalised, 30 m from 1
                ('7', '2022-06-12 11:00', @A, 0, 60, true);      -- two cars, one hospitalised, 60 m from 1
            insert into mobilite.accident (num_acc, year, occurred_at, commune_id, geom, agglomeration, lighting)
            select h.num_acc, extract(year from h.at), h.at, h.commune,
                   st_transform(st_translate(st_transform(st_pointonsurface(t.geom), 2154), h.dx, h.dy), 4326), h.agg, 1
            from hand h join platform.territory t on t.id = h.commune;
            insert into mobilite.vehicle (num_acc, vehicle_id, num_veh, category) values
                ('1', 'a', 'A01', 1), ('1', 'b', 'B01', 7), ('2', 'a', 'A01', 7), ('3', 'a', 'A01', 7), ('3', 'b', 'B01', 7),
                ('4', 'a', 'A01', 33), ('4', 'b', 'B01', 7), ('5', 'a', 'A01', 50), ('6', 'a', 'A01', 80), ('7', 'a', 'A01', 7),
                ('7', 'b', 'B01', 10);
            insert into mobilite.road_user (num_acc, position, vehicle_id, category, severity, sex, birth_year) values
                ('1', 1, 'a', 1, 3, 1, 1980), ('1', 2, 'b', 1, 1, 2, 1990),
                ('2', 1, 'a', 1, 1, 1, 1970), ('2', 2, 'a', 3, 2, 2, 1940),
                ('3', 1, 'a', 1, 4, 1, 2000), ('3', 2, 'b', 1, 1, 1, 1985),
                ('4', 1, 'a', 1, 2, 1, 1995), ('4', 2, 'b', 1, 1, 2, 1960),
                ('5', 1, 'a', 1, 4, 1, 2006),
                ('6', 1, 'a', 1, 3, 2, 1955),
                ('7', 1, 'a', 1, 3, 1, 1975), ('7', 2, 'b', 1, 1, 1, 1980);
            """, new { A = communeA, B = communeB }, transaction);
        await AccidentIndicators.RecomputeAsync(connection, transaction);
        await connection.ExecuteAsync("select platform.bump_data_version('mobilite')", transaction: transaction);
        await transaction.CommitAsync();
    }

    private static Task<(string, int)> LargestAsync(System.Data.Common.DbConnection connection, string epci) =>
        connection.QuerySingleAsync<(string, int)>("""
            select t.id, t.population from platform.territory t
            join platform.territory_membership m on m.member_id = t.id and m.parent_id = @epci
            where t.level = 'commune' order by st_area(t.geom) desc limit 1
            """, new { epci });

    private async Task<string[]> NumbersAsync(string query)
    {
        var collection = await Client.GetJsonAsync("/api/v1/mobilite/accidents?" + query);
        return [.. collection.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties").GetProperty("numAcc").GetString()!).Order()];
    }

    [Test]
    public async Task Each_filter_keeps_the_accidents_counted_by_hand()
    {
        Assert.Multiple(async () =>
        {
            Assert.That(await NumbersAsync(""), Is.EqualTo(new[] { "1", "2", "3", "4", "5", "6", "7" }));
            Assert.That(await NumbersAsync($"territory={Cabbalr}"), Is.EqualTo(new[] { "1", "2", "3", "6", "7" }));
            Assert.That(await NumbersAsync($"territory={communeB}"), Is.EqualTo(new[] { "4", "5" }));
            Assert.That(await NumbersAsync("from=2022&to=2022"), Is.EqualTo(new[] { "2", "3", "7" }));
            Assert.That(await NumbersAsync("month=6"), Is.EqualTo(new[] { "1", "6", "7" }));
            Assert.That(await NumbersAsync("hourBand=07-09"), Is.EqualTo(new[] { "1", "6" }));
            Assert.That(await NumbersAsync("hourBand=16-19"), Is.EqualTo(new[] { "2", "5" }));
            Assert.That(await NumbersAsync("agglomeration=false"), Is.EqualTo(new[] { "4", "5" }));
            Assert.That(await NumbersAsync("mode=velo"), Is.EqualTo(new[] { "1", "6" }), "bicycles and e-bikes");
            Assert.That(await NumbersAsync("mode=pieton,edp"), Is.EqualTo(new[] { "2", "5" }), "any of the modes");
            Assert.That(await NumbersAsync("mode=utilitaire"), Is.EqualTo(new[] { "7" }));
            Assert.That(await NumbersAsync("severity=tue"), Is.EqualTo(new[] { "2", "4" }));
            Assert.That(await NumbersAsync("severity=hospitalise"), Is.EqualTo(new[] { "1", "6", "7" }), "the worst-hurt user's severity");
        });
    }

    [Test]
    public async Task The_laws_rule_keeps_the_accidents_with_a_pedestrian_or_a_cyclist_only()
    {
        Assert.That(await NumbersAsync("loi=pieton-cycliste"), Is.EqualTo(new[] { "1", "2", "6" }),
            "a pedestrian (2), a bicycle (1), an e-bike (6); not the e-scooter (5) nor the motorbike (4)");
        var collection = await Client.GetJsonAsync("/api/v1/mobilite/accidents?loi=pieton-cycliste");
        var totals = collection.GetProperty("totals");
        Assert.Multiple(() =>
        {
            Assert.That(totals.GetProperty("accidents").GetInt32(), Is.EqualTo(3));
            Assert.That(totals.GetProperty("killed").GetInt32(), Is.EqualTo(1));
            Assert.That(totals.GetProperty("hospitalised").GetInt32(), Is.EqualTo(2));
            Assert.That(totals.GetProperty("ksi").GetInt32(), Is.EqualTo(3));
        });
        var pedestrian = collection.GetProperty("features").EnumerateArray().Single(f => f.GetProperty("id").GetString() == "2").GetProperty("properties");
        Assert.Multiple(() =>
        {
            Assert.That(pedestrian.GetProperty("severity").GetString(), Is.EqualTo("tue"));
            Assert.That(pedestrian.GetProperty("modes").EnumerateArray().Select(m => m.GetString()), Is.EqualTo(new[] { "pieton", "voiture" }));
            Assert.That(pedestrian.GetProperty("users")[1].GetProperty("ageBand").GetString(), Is.EqualTo("75+"), "born 1940, in 2022");
            Assert.That(pedestrian.GetProperty("lighting").GetString(), Is.EqualTo("Plein jour"));
        });

        var layer = await Client.GetJsonAsync("/ogc/collections/mobilite-accidents/items?pieton_ou_cycliste=true&limit=100");
        Assert.That(layer.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("id").GetString()).Order(), Is.EqualTo(new[] { "1", "2", "6" }));
        var killed = await Client.GetJsonAsync("/ogc/collections/mobilite-accidents/items?severity=tue&limit=100");
        Assert.That(killed.GetProperty("features").GetArrayLength(), Is.EqualTo(2));
    }

    [Test]
    public async Task The_technicians_export_is_the_csv_of_exactly_the_filtered_accidents()
    {
        var query = $"/api/v1/mobilite/accidents?from=2020&to=2024&mode=velo&severity=tue,hospitalise&territory={Cabbalr}";
        using var response = await Client.GetAsync(query + "&f=csv");
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
        var lines = text.TrimEnd('\n').Split('\n');
        Assert.That(lines[0], Does.StartWith("numAcc,date,time,year,month,hourBand,commune,communeName,agglomeration"));
        Assert.That(lines.Skip(1).Select(l => l.Split(',')[0]), Is.EqualTo(new[] { "1", "6" }));
        Assert.That(lines[1], Does.Contain(",2021-06-10,08:15,2021,6,07-09," + communeA + ","));

        using var request = new HttpRequestMessage(HttpMethod.Get, query);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        using var byAccept = await Client.SendAsync(request);
        Assert.That(await byAccept.Content.ReadAsStringAsync(), Is.EqualTo(text), "Accept: text/csv gives the same file");
    }

    [Test]
    public async Task Hot_spots_are_the_dbscan_clusters_ranked_by_severity_index()
    {
        var three = await Client.GetJsonAsync("/api/v1/mobilite/accidents/hot-spots?radiusM=100&minAccidents=3");
        var spot = three.GetProperty("items").EnumerateArray().Single();
        Assert.Multiple(() =>
        {
            Assert.That(spot.GetProperty("numAcc").EnumerateArray().Select(n => n.GetString()), Is.EqualTo(new[] { "1", "6", "7" }),
                "1, 6 at 30 m and 7 at 60 m; 2 and 3 are 600 m away");
            Assert.That(spot.GetProperty("ksi").GetInt32(), Is.EqualTo(3));
            Assert.That(spot.GetProperty("hospitalised").GetInt32(), Is.EqualTo(3));
            Assert.That(spot.GetProperty("pietonOuCycliste").GetInt32(), Is.EqualTo(2));
            Assert.That(spot.GetProperty("communes")[0].GetProperty("id").GetString(), Is.EqualTo(communeA));
            Assert.That(spot.GetProperty("spreadM").GetInt32(), Is.InRange(25, 45), "the centroid is (10 m, 20 m) from 1: 1 is 22 m away, 6 is 22 m, 7 is 41 m");
        });

        var two = (await Client.GetJsonAsync("/api/v1/mobilite/accidents/hot-spots?radiusM=100&minAccidents=2")).GetProperty("items");
        Assert.That(two.GetArrayLength(), Is.EqualTo(2));
        Assert.That(two[1].GetProperty("numAcc").EnumerateArray().Select(n => n.GetString()), Is.EqualTo(new[] { "4", "5" }), "KSI 1 ranks after KSI 3");
        Assert.That(two[1].GetProperty("rank").GetInt32(), Is.EqualTo(2));

        var tight = await Client.GetJsonAsync("/api/v1/mobilite/accidents/hot-spots?radiusM=40&minAccidents=3");
        Assert.That(tight.GetProperty("items").GetArrayLength(), Is.Zero, "at 40 m, 7 is 60 m from 1 and 67 m from 6: no three together");
        var cyclists = await Client.GetJsonAsync($"/api/v1/mobilite/accidents/hot-spots?radiusM=100&minAccidents=2&mode=velo&territory={Cabbalr}");
        Assert.That(cyclists.GetProperty("items")[0].GetProperty("accidents").GetInt32(), Is.EqualTo(2));
    }

    [Test]
    public async Task Indicators_per_commune_and_year_match_a_hand_count()
    {
        async Task<double?> ValueAsync(string indicator, string territory, int year)
        {
            var answer = await Client.GetJsonAsync($"/api/v1/indicators/{indicator}/values?territories={territory}&period={year}");
            var value = answer.GetProperty("items")[0].GetProperty("value");
            return value.ValueKind == JsonValueKind.Null ? null : value.GetDouble();
        }
        Assert.Multiple(async () =>
        {
            Assert.That(await ValueAsync("mobilite.accidents", communeA, 2022), Is.EqualTo(3), "2, 3 and 7");
            Assert.That(await ValueAsync("mobilite.tues", communeA, 2022), Is.EqualTo(1));
            Assert.That(await ValueAsync("mobilite.blesses_hospitalises", communeA, 2022), Is.EqualTo(1));
            Assert.That(await ValueAsync("mobilite.blesses_legers", communeA, 2022), Is.EqualTo(1));
            Assert.That(await ValueAsync("mobilite.tues_blesses_graves", communeA, 2022), Is.EqualTo(2));
            Assert.That(await ValueAsync("mobilite.accidents_pieton", communeA, 2022), Is.EqualTo(1));
            Assert.That(await ValueAsync("mobilite.accidents_cycliste", communeA, 2021), Is.EqualTo(2), "a bicycle and an e-bike");
            Assert.That(await ValueAsync("mobilite.accidents_pieton_cycliste", communeA, 2021), Is.EqualTo(2));
            Assert.That(await ValueAsync("mobilite.accidents_pieton_cycliste", communeB, 2023), Is.EqualTo(0), "an e-scooter is not a bicycle");
            Assert.That(await ValueAsync("mobilite.accidents_3ans", communeA, 2023), Is.EqualTo(5), "2021–2023: 2 + 3 + 0");
            Assert.That(await ValueAsync("mobilite.accidents_5ans", communeA, 2024), Is.EqualTo(5), "2020–2024");
            Assert.That(await ValueAsync("mobilite.accidents_3ans", communeA, 2016), Is.Null, "no moving total before a full window");
            Assert.That(await ValueAsync("mobilite.accidents_pieton_cycliste_5ans", communeA, 2023), Is.EqualTo(3));
            Assert.That(await ValueAsync("mobilite.tues_blesses_graves_pieton_cycliste", communeA, 2021), Is.EqualTo(2),
                "the cyclist (1) and the e-bike rider (6), both hospitalised");
            Assert.That(await ValueAsync("mobilite.tues_blesses_graves_pieton_cycliste", communeA, 2022), Is.EqualTo(1),
                "the pedestrian killed (2); not the car driver hospitalised (7)");
            Assert.That(await ValueAsync("mobilite.tues_blesses_graves_pieton_cycliste", communeB, 2019), Is.EqualTo(0), "a motorbike rider killed");
            Assert.That(await ValueAsync("mobilite.tues_blesses_graves_pieton_cycliste_5ans", communeA, 2024), Is.EqualTo(3), "2020–2024");
            Assert.That(await ValueAsync("mobilite.taux_accidents", communeA, 2022), Is.EqualTo(10_000.0 * 3 / populationA).Within(0.05));
            Assert.That(await ValueAsync("mobilite.accidents", Cabbalr, 2022), Is.EqualTo(3), "the EPCI sums its communes");
            Assert.That(await ValueAsync("mobilite.accidents", "groupement:aula", 2019), Is.EqualTo(1));
        });
    }

    [TestCase("severity=grave", "severity")]
    [TestCase("mode=velo,avion", "mode")]
    [TestCase("hourBand=8", "hourBand")]
    [TestCase("month=13", "month")]
    [TestCase("from=2024&to=2020", "to")]
    [TestCase("loi=pieton", "loi")]
    [TestCase("f=xml", "f")]
    [TestCase("territory=62119", "territory")]
    [TestCase("agglomeration=peut-etre", "agglomeration")]
    public async Task Bad_filters_are_400_problems_naming_the_field(string query, string field)
    {
        using var response = await Client.GetAsync("/api/v1/mobilite/accidents?" + query);
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), body);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(JsonDocument.Parse(body).RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("name").GetString()),
            Does.Contain(field).IgnoreCase);
    }

    [TestCase("radiusM=5")]
    [TestCase("minAccidents=1")]
    [TestCase("limit=0")]
    [TestCase("severity=grave")]
    public async Task Bad_hot_spot_parameters_are_400(string query) =>
        await Client.GetJsonAsync("/api/v1/mobilite/accidents/hot-spots?" + query, HttpStatusCode.BadRequest);

    [Test]
    public async Task An_unknown_territory_is_a_404()
    {
        await Client.GetJsonAsync("/api/v1/mobilite/accidents?territory=epci:999999999", HttpStatusCode.NotFound);
        await Client.GetJsonAsync("/api/v1/mobilite/accidents/hot-spots?territory=commune:99999", HttpStatusCode.NotFound);
    }


    [Test]
    public async Task The_filtered_accidents_download_with_their_metadata_and_as_a_workbook_by_f_or_by_Accept()
    {
        var query = $"/api/v1/mobilite/accidents?from=2020&to=2024&mode=velo&severity=tue,hospitalise&territory={Cabbalr}";
        var downloads = await TableDownload.CheckAsync(Client, query + "&f=csv", parameter: "f");
        using var byAccept = await TableDownload.SendAsync(Client, query, null, TableDownload.XlsxType);
        var workbook = Workbook.Read(await byAccept.Content.ReadAsByteArrayAsync());
        var bad = await (await Client.GetAsync(query + "&f=xls")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Multiple(() =>
        {
            Assert.That(downloads.Rows.Select(r => r[0]), Is.EqualTo(new[] { "1", "6" }), "exactly the filtered accidents");
            Assert.That(workbook.Sheet("Données").Skip(1).Select(r => r[0].Text), Is.EqualTo(new[] { "1", "6" }), "Accept gives the same workbook");
            Assert.That(downloads.Workbook.Metadata()["Indicateur"], Does.Contain("mobilite-accidents"), "described as its layer");
            Assert.That(downloads.Csvw.Str("dc:source"), Does.Contain("BAAC"));
            Assert.That(bad.GetProperty("errors").ToString(), Does.Contain("f must be geojson, csv, csvw or xlsx"));
        });
    }
}
