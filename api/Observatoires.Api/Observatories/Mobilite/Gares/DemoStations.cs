using System.Globalization;
using Bogus;
using Dapper;
using Npgsql;
using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Indicators;

namespace Observatoires.Api.Observatories.Mobilite.Gares;

/// <summary>
/// The deterministic demo stations: those of the area's main lines in the referential's communes (Arras, Aire-sur-la-Lys
/// and Lille are outside it), at their approximate location, with figures for 2019–2024 of plausible orders of
/// magnitude — Lens and Béthune a few million passengers a year, the small halts tens of thousands —, the 2020 dip and
/// the recovery, car parks enlarged in the master plan's years. Not real figures: the source says so.
/// </summary>
internal static class DemoStations
{
    public const int FirstYear = 2019, LastYear = 2024;

    private const string ArrasDunkerque = "Arras – Lens – Béthune – Hazebrouck";
    private const string LilleBethune = "Lille – Béthune";
    private const string LensLille = "Lens – Don-Sainghin – Lille";
    private const string LensLibercourt = "Lens – Hénin-Beaumont – Libercourt – Lille";
    private const string DouaiLille = "Douai – Libercourt – Lille";
    private const string SaintPolEtaples = "Arras – Saint-Pol-sur-Ternoise – Hesdin – Étaples";
    private const string BethuneSaintPol = "Béthune – Saint-Pol-sur-Ternoise";
    private const string Tgv = "TGV Paris – Lens / Béthune";

    /// <param name="Passengers">Footfall of the last year (2024); 0 for a station without passenger trains.</param>
    /// <param name="Trains">Trains stopping on a weekday in 2024.</param>
    private sealed record Demo(string Id, string Name, string Insee, string[] Lines, double Lon, double Lat, long Passengers, int Trains,
        int ParkingPlaces, int BikePlaces)
    {
        public bool PassengerService => Passengers > 0;
    }

    private static readonly Demo[] Stations =
    [
        new("lens", "Lens", "62498", [ArrasDunkerque, LensLille, LensLibercourt, Tgv], 2.8288, 50.4275, 2_700_000, 190, 480, 140),
        new("bethune", "Béthune", "62119", [ArrasDunkerque, LilleBethune, BethuneSaintPol, Tgv], 2.6423, 50.5212, 2_400_000, 160, 620, 120),
        new("libercourt", "Libercourt", "62907", [LensLibercourt, DouaiLille], 3.0140, 50.4830, 1_150_000, 150, 420, 60),
        new("henin-beaumont", "Hénin-Beaumont", "62427", [LensLibercourt], 2.9560, 50.4180, 620_000, 70, 260, 40),
        new("lillers", "Lillers", "62516", [ArrasDunkerque], 2.4830, 50.5620, 330_000, 70, 180, 30),
        new("noeux-les-mines", "Nœux-les-Mines", "62617", [ArrasDunkerque], 2.6650, 50.4800, 240_000, 60, 140, 20),
        new("bully-grenay", "Bully-Grenay", "62186", [ArrasDunkerque], 2.7300, 50.4440, 210_000, 60, 120, 20),
        new("saint-pol-sur-ternoise", "Saint-Pol-sur-Ternoise", "62767", [SaintPolEtaples, BethuneSaintPol], 2.3360, 50.3800, 210_000, 40, 150, 24),
        new("leforest", "Leforest", "62497", [DouaiLille], 3.0635, 50.4380, 180_000, 60, 90, 16),
        new("isbergues", "Isbergues", "62473", [ArrasDunkerque], 2.4560, 50.6190, 140_000, 55, 90, 16),
        new("billy-montigny", "Billy-Montigny", "62133", [LensLibercourt], 2.9100, 50.4170, 90_000, 40, 70, 10),
        new("pont-a-vendin", "Pont-à-Vendin", "62666", [LensLille], 2.8850, 50.4730, 70_000, 35, 60, 10),
        new("hesdin", "Hesdin", "62447", [SaintPolEtaples], 2.0400, 50.3730, 65_000, 18, 60, 10),
        new("chocques", "Chocques", "62224", [ArrasDunkerque, BethuneSaintPol], 2.5720, 50.5400, 60_000, 45, 50, 10),
        new("beuvry", "Beuvry", "62126", [LilleBethune], 2.6800, 50.5270, 45_000, 30, 40, 8),
        new("fouquereuil", "Fouquereuil", "62349", [BethuneSaintPol], 2.6050, 50.5180, 25_000, 25, 20, 6),
        new("pernes-camblain", "Pernes-Camblain", "62652", [BethuneSaintPol], 2.4080, 50.4850, 20_000, 20, 25, 6),
        new("beaurainville", "Beaurainville", "62100", [SaintPolEtaples], 1.9000, 50.4230, 15_000, 14, 30, 6),
        // No passenger trains today: on the map, without figures (Bruay's line is closed to passengers; Liévin is served
        // from Lens). A station is not left out for having no service: the master plan counts them too.
        new("bruay-la-buissiere", "Bruay-la-Buissière", "62178", [], 2.5490, 50.4830, 0, 0, 0, 0),
        new("lievin", "Liévin", "62510", [], 2.7780, 50.4230, 0, 0, 0, 0),
    ];

    /// <summary>Passengers each year relative to 2024: the 2020 dip and the recovery.</summary>
    private static readonly double[] Traffic = [0.98, 0.55, 0.74, 0.9, 0.97, 1.0];

    /// <summary>Adds the demo stations of the referential's communes and their figures, once; then the indicators.</summary>
    public static async Task<int> SeedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DemoTerritory territory)
    {
        if (await connection.ExecuteScalarAsync<bool>("select exists (select from mobilite.station)", transaction: transaction))
            return 0;
        var communes = territory.Communes.Select(c => c.Id).ToHashSet();
        var stations = Stations.Where(s => communes.Contains("commune:" + s.Insee)).ToList();
        if (stations.Count == 0)
            return 0;
        var faker = new Faker("fr") { Random = new Randomizer(0x47415245) };
        var figures = stations.Where(s => s.PassengerService).SelectMany(s => Figures(faker, s)).ToList();
        await connection.ExecuteAsync("""
            insert into mobilite.station (id, name, commune_id, lines, passenger_service, geom, demo)
            select s.id, s.name, 'commune:' || s.insee, coalesce(string_to_array(s.lines, '|'), '{}'), s.service, st_setsrid(st_makepoint(s.lon, s.lat), 4326), true
            from unnest(@Ids, @Names, @Insee, @Lines, @Service, @Lon, @Lat) as s (id, name, insee, lines, service, lon, lat)
            """, new
        {
            Ids = stations.Select(s => s.Id).ToArray(),
            Names = stations.Select(s => s.Name).ToArray(),
            Insee = stations.Select(s => s.Insee).ToArray(),
            // One text per station: arrays of arrays must be rectangular.
            Lines = stations.Select(s => s.Lines.Length == 0 ? null : string.Join('|', s.Lines)).ToArray(),
            Service = stations.Select(s => s.PassengerService).ToArray(),
            Lon = stations.Select(s => s.Lon).ToArray(),
            Lat = stations.Select(s => s.Lat).ToArray(),
        }, transaction);
        await connection.ExecuteAsync("""
            insert into mobilite.station_figure (station_id, period, passengers, trains_per_weekday, parking_places, parking_occupied,
                                                 bike_places, bike_occupied)
            select * from unnest(@Station, @Period, @Passengers, @Trains, @ParkingPlaces, @ParkingOccupied, @BikePlaces, @BikeOccupied)
            """, new
        {
            Station = figures.Select(f => f.Station).ToArray(),
            Period = figures.Select(f => f.Period).ToArray(),
            Passengers = figures.Select(f => f.Passengers).ToArray(),
            Trains = figures.Select(f => f.Trains).ToArray(),
            ParkingPlaces = figures.Select(f => f.ParkingPlaces).ToArray(),
            ParkingOccupied = figures.Select(f => f.ParkingOccupied).ToArray(),
            BikePlaces = figures.Select(f => f.BikePlaces).ToArray(),
            BikeOccupied = figures.Select(f => f.BikeOccupied).ToArray(),
        }, transaction);
        await PlaceAsync(connection, transaction, [.. stations.Select(s => "commune:" + s.Insee).Distinct()]);
        await StationIndicators.RecomputeAsync(connection, transaction);
        return stations.Count + figures.Count;
    }

    private sealed record Figure(string Station, string Period, long Passengers, int Trains, int ParkingPlaces, int ParkingOccupied,
        int BikePlaces, int BikeOccupied);

    private static IEnumerable<Figure> Figures(Faker faker, Demo s)
    {
        var large = s.Passengers >= 500_000;
        // The master plan's works: a larger car park at the two main stations, secure bike shelters from 2021.
        var parkingExtension = s.Id switch { "bethune" => (Year: 2022, Places: 150), "lens" => (Year: 2023, Places: 100), _ => (Year: 0, Places: 0) };
        var shelterYear = faker.Random.Number(2021, 2024);
        var parkingRate = large ? faker.Random.Double(0.88, 1.02) : faker.Random.Double(0.4, 0.75);
        var bikeRate = large ? faker.Random.Double(0.55, 0.85) : faker.Random.Double(0.25, 0.6);
        for (var year = FirstYear; year <= LastYear; year++)
        {
            var i = year - FirstYear;
            var passengers = (long)Math.Round(s.Passengers * Traffic[i] * faker.Random.Double(0.97, 1.03) / 100) * 100;
            var trains = year == 2020 ? (int)Math.Round(s.Trains * 0.8) : s.Trains - (year < 2023 ? faker.Random.Number(0, 4) : 0);
            var parking = s.ParkingPlaces - (year < parkingExtension.Year ? parkingExtension.Places : 0);
            var bikes = year >= shelterYear ? s.BikePlaces : (int)Math.Round(s.BikePlaces * 0.6);
            var demand = Traffic[i] * faker.Random.Double(0.94, 1.06);
            yield return new Figure(s.Id, year.ToString(CultureInfo.InvariantCulture), passengers, trains, parking,
                (int)Math.Round(parking * parkingRate * demand * (year < parkingExtension.Year ? 1.15 : 1)),
                bikes, (int)Math.Round(bikes * bikeRate * demand * (year >= shelterYear ? 1.1 : 1)));
        }
    }

    /// <summary>Brings the demo stations of these communes inside their current contours: at seeding, and after a contour import.</summary>
    public static Task<int> PlaceAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyCollection<string> communes) =>
        connection.ExecuteAsync(SqlResource.Get("Observatories/Mobilite/Gares/PlaceDemoStations.sql"), new { Communes = communes.ToArray() }, transaction);
}
