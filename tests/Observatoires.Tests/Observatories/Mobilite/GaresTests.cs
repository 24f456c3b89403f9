using System.Net;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Observatoires.Api.Observatories.Mobilite.Gares;
using Observatoires.Api.Platform.Data;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Observatories.Mobilite;

/// <summary>
/// The stations' route, layer and indicators on five hand-made stations whose answers are worked out by hand: the
/// figures and their series, the change since each station's previous survey, an EPCI's totals (counts summed,
/// occupancy as Σ parked ÷ Σ places, not the mean of the rates), the same through the indicators, bad input.
/// </summary>
public sealed class GaresTests : ApiTest
{
    private const string Cabbalr = "epci:200072460", Call = "epci:246200364";
    private const string Bethune = "commune:62119", Lillers = "commune:62516", Lens = "commune:62498";

    [OneTimeSetUp]
    public async Task PlaceTheStations()
    {
        await using var connection = Factory.OpenConnection();
        await using var transaction = await connection.BeginTransactionAsync();
        await connection.ExecuteAsync("""
            delete from mobilite.station;
            -- The demo stations' values go with them (the value writer adds and revises; nothing here retracts a commune's rate).
            delete from platform.indicator_value where indicator_code like 'mobilite.gares\_%';
            insert into mobilite.station (id, uic, name, commune_id, lines, passenger_service, geom)
            select s.id, s.uic, s.name, s.commune, s.lines, s.service, st_pointonsurface(t.geom)
            from (values ('gare-a', '87000001', 'Gare A', @Bethune, array['Ligne 1', 'Ligne 2'], true),
                         ('gare-a2', null, 'Gare A bis', @Bethune, array['Ligne 2'], true),
                         ('gare-b', null, 'Gare B', @Lillers, array['Ligne 1'], true),
                         ('halte-d', null, 'Halte D', @Lillers, array[]::text[], false),
                         ('gare-c', null, 'Gare C', @Lens, array['Ligne 3'], true)) as s (id, uic, name, commune, lines, service)
            join platform.territory t on t.id = s.commune;
            insert into mobilite.station_figure values
                -- station, period, passengers, trains, parking places, parked, bike places, bikes parked
                ('gare-a', '2023', 1000, 10, 100, 80, 20, 5),
                ('gare-a', '2024', 1200, 12, 100, 95, 40, 10),
                ('gare-a2', '2024', 300, 4, 50, 50, null, null),
                ('gare-b', '2022', 500, 6, 40, 10, 10, 2),      -- no survey in 2023: 2024 is compared with 2022
                ('gare-b', '2024', 400, 6, 60, 30, 10, 9),
                ('gare-c', '2024', 9999, 80, 300, 150, 100, 50);
            """, new { Bethune, Lillers, Lens }, transaction);
        await StationIndicators.RecomputeAsync(connection, transaction);
        await connection.ExecuteAsync("select platform.bump_data_version('mobilite')", transaction: transaction);
        await transaction.CommitAsync();
    }

    private static JsonElement Station(JsonElement answer, string id) =>
        answer.GetProperty("stations").EnumerateArray().Single(s => s.Str("id") == id);

    [Test]
    public async Task A_station_has_its_series_its_latest_figures_and_the_change_since_its_previous_survey()
    {
        var answer = await Client.GetJsonAsync($"/api/v1/mobilite/stations?territory={Cabbalr}");
        var a = Station(answer, "gare-a");
        Assert.Multiple(() =>
        {
            Assert.That(a.Str("name"), Is.EqualTo("Gare A"));
            Assert.That(a.Str("uic"), Is.EqualTo("87000001"));
            Assert.That(a.Str("commune"), Is.EqualTo(Bethune));
            Assert.That(a.Str("communeName"), Is.EqualTo("Béthune"));
            Assert.That(a.GetProperty("lines").EnumerateArray().Select(l => l.GetString()), Is.EqualTo(new[] { "Ligne 1", "Ligne 2" }));
            Assert.That(a.GetProperty("series").EnumerateArray().Select(s => s.Str("period")), Is.EqualTo(new[] { "2023", "2024" }));
            Assert.That(a.GetProperty("latest").GetProperty("parkingOccupancy").GetDouble(), Is.EqualTo(95.0));
            Assert.That(a.GetProperty("previous").GetProperty("parkingOccupancy").GetDouble(), Is.EqualTo(80.0));
            var change = a.GetProperty("change");
            Assert.That(change.Str("period"), Is.EqualTo("2024"));
            Assert.That(change.Str("previousPeriod"), Is.EqualTo("2023"));
            Assert.That(change.GetProperty("passengers").GetInt64(), Is.EqualTo(200));
            Assert.That(change.GetProperty("passengersPercent").GetDouble(), Is.EqualTo(20.0));
            Assert.That(change.GetProperty("trainsPerWeekday").GetInt32(), Is.EqualTo(2));
            Assert.That(change.GetProperty("parkingOccupancyPoints").GetDouble(), Is.EqualTo(15.0), "95 % − 80 %, in points");
            Assert.That(change.GetProperty("bikePlaces").GetInt32(), Is.EqualTo(20));
            Assert.That(change.GetProperty("bikeOccupancyPoints").GetDouble(), Is.EqualTo(0.0), "10/40 and 5/20: 25 % both");
        });

        var b = Station(answer, "gare-b");
        Assert.Multiple(() =>
        {
            Assert.That(b.GetProperty("change").Str("previousPeriod"), Is.EqualTo("2022"), "its previous survey, not the calendar's year before");
            Assert.That(b.GetProperty("change").GetProperty("passengers").GetInt64(), Is.EqualTo(-100), "a fall keeps its sign");
            Assert.That(b.GetProperty("change").GetProperty("passengersPercent").GetDouble(), Is.EqualTo(-20.0));
            Assert.That(b.GetProperty("change").GetProperty("parkingOccupancyPoints").GetDouble(), Is.EqualTo(25.0), "30/60 − 10/40");
            Assert.That(b.GetProperty("previous").GetProperty("passengers").GetInt64(), Is.EqualTo(500));
        });

        var a2 = Station(answer, "gare-a2");
        Assert.That(a2.GetProperty("change").ValueKind, Is.EqualTo(JsonValueKind.Null), "one period only: no change");
        Assert.That(a2.GetProperty("latest").GetProperty("bikeOccupancy").ValueKind, Is.EqualTo(JsonValueKind.Null), "no bike parking surveyed");

        var halt = Station(answer, "halte-d");
        Assert.Multiple(() =>
        {
            Assert.That(halt.GetProperty("passengerService").GetBoolean(), Is.False);
            Assert.That(halt.GetProperty("latest").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(halt.GetProperty("series").GetArrayLength(), Is.Zero);
        });
    }

    [Test]
    public async Task Stations_are_those_of_the_territory_sorted_by_passengers()
    {
        var cabbalr = await Client.GetJsonAsync($"/api/v1/mobilite/stations?territory={Cabbalr}");
        Assert.That(cabbalr.GetProperty("stations").EnumerateArray().Select(s => s.Str("id")),
            Is.EqualTo(new[] { "gare-a", "gare-b", "gare-a2", "halte-d" }), "1,200, 400, 300, then the halt without figures");
        Assert.That(cabbalr.Str("name"), Does.Contain("Béthune-Bruay"));
        var commune = await Client.GetJsonAsync($"/api/v1/mobilite/stations?territory={Lens}");
        Assert.That(commune.GetProperty("stations").EnumerateArray().Select(s => s.Str("id")), Is.EqualTo(new[] { "gare-c" }));
        var zone = await Client.GetJsonAsync("/api/v1/mobilite/stations?territory=custom:62119+62498");
        Assert.That(zone.GetProperty("stations").EnumerateArray().Select(s => s.Str("id")), Is.EqualTo(new[] { "gare-c", "gare-a", "gare-a2" }));
        var all = await Client.GetJsonAsync("/api/v1/mobilite/stations");
        Assert.That(all.GetProperty("stations").GetArrayLength(), Is.EqualTo(5), "groupement:aula by default");
    }

    [Test]
    public async Task An_epcis_totals_sum_the_counts_and_divide_the_sums_for_the_rates()
    {
        var answer = await Client.GetJsonAsync($"/api/v1/mobilite/stations?territory={Cabbalr}");
        var totals = answer.GetProperty("totals").EnumerateArray().ToList();
        Assert.That(totals.Select(t => t.Str("period")), Is.EqualTo(new[] { "2022", "2023", "2024" }));
        var latest = totals[2];
        Assert.Multiple(() =>
        {
            Assert.That(latest.GetProperty("stations").GetInt32(), Is.EqualTo(3));
            Assert.That(latest.GetProperty("passengers").GetInt64(), Is.EqualTo(1200 + 300 + 400));
            Assert.That(latest.GetProperty("trainsPerWeekday").GetInt32(), Is.EqualTo(12 + 4 + 6));
            Assert.That(latest.GetProperty("parkingPlaces").GetInt32(), Is.EqualTo(210));
            Assert.That(latest.GetProperty("parkingOccupied").GetInt32(), Is.EqualTo(175));
            // (95 + 50 + 30) ÷ (100 + 50 + 60) = 83.3 %, where the mean of the three rates would be 81.7 %.
            Assert.That(latest.GetProperty("parkingOccupancy").GetDouble(), Is.EqualTo(83.3));
            // The station without surveyed bikes is left out of the rate: (10 + 9) ÷ (40 + 10).
            Assert.That(latest.GetProperty("bikeOccupancy").GetDouble(), Is.EqualTo(38.0));
            var change = answer.GetProperty("totalsChange");
            Assert.That((change.Str("period"), change.Str("previousPeriod")), Is.EqualTo(("2024", "2023")));
            Assert.That(change.GetProperty("passengers").GetInt64(), Is.EqualTo(1900 - 1000));
        });
    }

    private async Task<double?> ValueAsync(string indicator, string territory, string period)
    {
        var values = await Client.GetJsonAsync($"/api/v1/indicators/{indicator}/values?territories={territory}&period={period}");
        var items = values.GetProperty("items");
        return items.GetArrayLength() == 0 || items[0].GetProperty("value").ValueKind == JsonValueKind.Null ? null : items[0].GetProperty("value").GetDouble();
    }

    [Test]
    public async Task The_indicators_give_the_same_figures_per_commune_and_epci()
    {
        Assert.Multiple(async () =>
        {
            Assert.That(await ValueAsync(StationIndicators.Passengers, Bethune, "2024"), Is.EqualTo(1500));
            Assert.That(await ValueAsync(StationIndicators.Passengers, Cabbalr, "2024"), Is.EqualTo(1900));
            Assert.That(await ValueAsync(StationIndicators.Passengers, Call, "2024"), Is.EqualTo(9999));
            Assert.That(await ValueAsync(StationIndicators.Passengers, "commune:62224", "2024"), Is.Zero, "Chocques has no station here");
            Assert.That(await ValueAsync(StationIndicators.Trains, Cabbalr, "2024"), Is.EqualTo(22));
            Assert.That(await ValueAsync(StationIndicators.ParkingPlaces, Cabbalr, "2024"), Is.EqualTo(210));
            Assert.That(await ValueAsync(StationIndicators.ParkingOccupancy, Bethune, "2024"), Is.EqualTo(100.0 * 145 / 150).Within(0.01));
            Assert.That(await ValueAsync(StationIndicators.ParkingOccupancy, Cabbalr, "2024"), Is.EqualTo(100.0 * 175 / 210).Within(0.01),
                "Σ parked ÷ Σ places over the EPCI");
            Assert.That(await ValueAsync(StationIndicators.BikeOccupancy, Cabbalr, "2024"), Is.EqualTo(38.0).Within(0.01));
            Assert.That(await ValueAsync(StationIndicators.ParkingOccupancy, "commune:62224", "2024"), Is.Null, "no places, no rate");
        });
    }

    [Test]
    public async Task The_layer_serves_each_station_with_its_latest_figures_and_their_change()
    {
        var items = await Client.GetJsonAsync("/ogc/collections/mobilite-gares/items?limit=100");
        Assert.That(items.GetProperty("features").GetArrayLength(), Is.EqualTo(5));
        var b = items.GetProperty("features").EnumerateArray().Single(f => f.GetProperty("id").GetString() == "gare-b");
        var p = b.GetProperty("properties");
        Assert.Multiple(() =>
        {
            Assert.That(b.GetProperty("geometry").Str("type"), Is.EqualTo("Point"));
            Assert.That((p.Str("period"), p.Str("previous_period")), Is.EqualTo(("2024", "2022")));
            Assert.That(p.GetProperty("passengers").GetInt64(), Is.EqualTo(400));
            Assert.That(p.GetProperty("passengers_previous").GetInt64(), Is.EqualTo(500));
            Assert.That(p.GetProperty("passengers_change_pct").GetDouble(), Is.EqualTo(-20.0));
            Assert.That(p.GetProperty("parking_occupancy").GetDouble(), Is.EqualTo(50.0));
            Assert.That(p.GetProperty("parking_occupancy_previous").GetDouble(), Is.EqualTo(25.0));
            Assert.That(p.GetProperty("bike_occupancy").GetDouble(), Is.EqualTo(90.0));
            Assert.That(p.Str("lines"), Is.EqualTo("Ligne 1"));
        });
        var halts = await Client.GetJsonAsync("/ogc/collections/mobilite-gares/items?passenger_service=false");
        Assert.That(halts.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("id").GetString()), Is.EqualTo(new[] { "halte-d" }));
    }

    [TestCase("/api/v1/mobilite/stations?territory=nowhere")]
    [TestCase("/api/v1/mobilite/stations?territory=B%C3%A9thune")]
    [TestCase("/api/v1/mobilite/stations?territory=")]
    public async Task Bad_parameters_are_a_400_naming_the_field(string url)
    {
        var problem = await (await Client.GetAsync(url)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").EnumerateArray().Select(e => e.Str("name")), Does.Contain("territory"));
    }

    [TestCase("/api/v1/mobilite/stations?territory=epci:999999999")]
    [TestCase("/api/v1/mobilite/stations?territory=commune:75056")]
    public async Task An_unknown_territory_is_a_404(string url) =>
        await (await Client.GetAsync(url)).ProblemAsync(HttpStatusCode.NotFound);

    [Test]
    public async Task A_station_without_its_latest_passenger_count_has_no_change_in_passengers_and_the_territory_still_answers()
    {
        await using var connection = Factory.OpenConnection();
        const string set = "update mobilite.station_figure set passengers = @Passengers where station_id = 'gare-b' and period = '2024'; " +
                           "select platform.bump_data_version('mobilite')";
        await connection.ExecuteAsync(set, new { Passengers = (long?)null });
        await Factory.Services.GetRequiredService<DataVersions>().RefreshAsync(); // seen at once, not when the NOTIFY arrives
        try
        {
            var answer = await Client.GetJsonAsync($"/api/v1/mobilite/stations?territory={Cabbalr}");
            var change = Station(answer, "gare-b").GetProperty("change");
            Assert.Multiple(() =>
            {
                Assert.That(change.GetProperty("passengers").ValueKind, Is.EqualTo(JsonValueKind.Null));
                Assert.That(change.GetProperty("passengersPercent").ValueKind, Is.EqualTo(JsonValueKind.Null));
                Assert.That(change.GetProperty("parkingPlaces").GetInt32(), Is.EqualTo(20), "the other figures still compare");
            });
        }
        finally
        {
            await connection.ExecuteAsync(set, new { Passengers = (long?)400 });
            await Factory.Services.GetRequiredService<DataVersions>().RefreshAsync();
        }
    }
}
