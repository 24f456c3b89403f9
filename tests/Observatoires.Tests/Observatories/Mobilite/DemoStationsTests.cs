using System.Text.Json;
using Dapper;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Observatories.Mobilite;

/// <summary>The demo stations as a visitor finds them: the area's main stations, plausible figures, inside their communes.</summary>
public sealed class DemoStationsTests : ReadOnlyApiTest
{
    [Test]
    public async Task The_main_stations_carry_millions_the_small_halts_tens_of_thousands()
    {
        var answer = await Client.GetJsonAsync("/api/v1/mobilite/stations?territory=departement:62");
        var stations = answer.GetProperty("stations").EnumerateArray().ToDictionary(s => s.Str("id"));
        long Passengers(string id) => stations[id].GetProperty("latest").GetProperty("passengers").GetInt64();
        Assert.Multiple(() =>
        {
            Assert.That(stations.Keys, Is.SupersetOf(new[]
            {
                "bethune", "lens", "henin-beaumont", "lillers", "saint-pol-sur-ternoise", "hesdin", "libercourt", "noeux-les-mines",
                "chocques", "isbergues", "bruay-la-buissiere",
            }));
            Assert.That(answer.GetProperty("stations")[0].Str("id"), Is.EqualTo("lens"), "the busiest first");
            Assert.That(Passengers("lens"), Is.InRange(2_000_000, 4_000_000));
            Assert.That(Passengers("bethune"), Is.InRange(2_000_000, 4_000_000));
            Assert.That(Passengers("chocques"), Is.InRange(10_000, 100_000));
            Assert.That(Passengers("hesdin"), Is.InRange(10_000, 100_000));
            Assert.That(stations["bruay-la-buissiere"].GetProperty("passengerService").GetBoolean(), Is.False, "no passenger trains");
            Assert.That(stations["bruay-la-buissiere"].GetProperty("latest").ValueKind, Is.EqualTo(JsonValueKind.Null));
            var lens = stations["lens"].GetProperty("series").EnumerateArray().ToList();
            Assert.That(lens.Select(s => s.Str("period")), Is.EqualTo(new[] { "2019", "2020", "2021", "2022", "2023", "2024" }));
            Assert.That(lens[1].GetProperty("passengers").GetInt64(), Is.LessThan(lens[0].GetProperty("passengers").GetInt64() * 0.7), "the 2020 dip");
            Assert.That(stations["lens"].GetProperty("demo").GetBoolean(), Is.True);
        });
        foreach (var s in stations.Values.Where(s => s.GetProperty("passengerService").GetBoolean()))
        {
            var latest = s.GetProperty("latest");
            Assert.That(latest.GetProperty("parkingOccupancy").GetDouble(), Is.InRange(20, 130), s.Str("id"));
            Assert.That(latest.GetProperty("bikeOccupancy").GetDouble(), Is.InRange(10, 110), s.Str("id"));
            Assert.That(latest.GetProperty("trainsPerWeekday").GetInt32(), Is.InRange(10, 250), s.Str("id"));
        }
    }

    [Test]
    public async Task Every_demo_station_lies_inside_its_commune()
    {
        await using var connection = Factory.OpenConnection();
        var outside = await connection.QueryAsync<string>("""
            select s.id from mobilite.station s join platform.territory c on c.id = s.commune_id where not st_intersects(c.geom, s.geom)
            """);
        Assert.That(outside, Is.Empty);
        Assert.That(await connection.ExecuteScalarAsync<int>("select count(*) from mobilite.station"), Is.GreaterThanOrEqualTo(15));
    }
}
