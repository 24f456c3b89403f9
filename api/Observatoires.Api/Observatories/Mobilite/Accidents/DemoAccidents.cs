using Bogus;
using Dapper;
using Npgsql;
using NpgsqlTypes;
using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Indicators;

namespace Observatoires.Api.Observatories.Mobilite.Accidents;

/// <summary>
/// Deterministic demo accidents 2015–2024, about as many as the BAAC counts on a territory of this size: placed on the
/// streets radiating from each town's centre (and on a few dangerous junctions) or on the roads between neighbouring
/// communes' centres, weighted by population; pedestrians and cyclists a minority, more in towns and after dark; a few
/// percent killed, more outside built-up areas.
/// </summary>
internal static class DemoAccidents
{
    private const int Seed = 0x41434344;

    private sealed record Town(string Id, int Population, double X, double Y);

    private sealed record Vehicle(string NumVeh, short Category);

    private sealed record RoadUser(int Vehicle, short Category, short Severity, short Sex, short BirthYear);

    // Local sunrise and sunset at 50.5° N by month (hours), for the lighting conditions.
    private static readonly (double Rise, double Set)[] Sun =
    [
        (8.7, 17.2), (8.1, 18.1), (7.1, 18.9), (7.1, 20.7), (6.2, 21.5), (5.7, 22.0),
        (6.0, 21.9), (6.7, 21.1), (7.5, 20.0), (8.2, 18.9), (8.1, 17.3), (8.7, 16.9),
    ];

    private static readonly double[] HourWeights =
        [1, 0.7, 0.6, 0.5, 0.5, 0.8, 1.5, 3, 4, 3, 3, 3.3, 3.6, 3.4, 3.6, 4.2, 5, 5.6, 5.4, 4, 3, 2.4, 1.8, 1.3];

    private static readonly double[] YearWeights = [1.05, 1.03, 1.02, 1.0, 0.98, 0.78, 0.9, 0.93, 0.92, 0.9];

    public static async Task<int> SeedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DemoTerritory territory)
    {
        if (await connection.ExecuteScalarAsync<bool>("select exists (select from mobilite.accident)", transaction: transaction))
            return 0;
        var towns = (await connection.QueryAsync<Town>("""
            select t.id as Id, coalesce(t.population, 0) as Population, st_x(p) as X, st_y(p) as Y
            from platform.territory t cross join lateral st_pointonsurface(t.geom) p
            where t.level = 'commune' and t.geom is not null and t.id = any(@Ids)
            order by t.id
            """, new { Ids = territory.Communes.Select(c => c.Id).ToArray() }, transaction)).ToList();
        if (towns.Count == 0)
            return 0;
        var index = towns.Select((t, i) => (t.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var neighbours = towns.Select(_ => new List<int>()).ToArray();
        foreach (var (a, b) in await connection.QueryAsync<(string, string)>("""
            select a.id, b.id from platform.territory a
            join platform.territory b on b.level = 'commune' and a.id < b.id and st_dwithin(a.geom, b.geom, 0.0005)
            where a.level = 'commune' and a.id = any(@Ids) and b.id = any(@Ids)
            """, new { Ids = towns.Select(t => t.Id).ToArray() }, transaction))
        {
            neighbours[index[a]].Add(index[b]);
            neighbours[index[b]].Add(index[a]);
        }

        var random = new Randomizer(Seed);
        var townWeights = towns.Select(t => Math.Pow(Math.Max(t.Population, 50), 0.95)).ToArray();
        // A territory of ~600,000 inhabitants has about 400 injury accidents a year.
        var count = (int)Math.Round(towns.Sum(t => t.Population) / 1500.0 * YearWeights.Sum());

        await connection.ExecuteAsync("""
            create temporary table accident_staging (num_acc text, year smallint, occurred_at timestamp, commune_id text, lon float8,
                lat float8, agglomeration boolean, intersection smallint, lighting smallint, weather smallint, collision smallint,
                road_category smallint) on commit drop
            """, transaction: transaction);
        var vehicles = new List<(string NumAcc, Vehicle Vehicle)>();
        var users = new List<(string NumAcc, int Position, RoadUser User)>();
        await using (var copy = await connection.BeginBinaryImportAsync("copy accident_staging from stdin (format binary)"))
        {
            for (var n = 1; n <= count; n++)
            {
                var year = 2015 + Pick(random, YearWeights);
                var numAcc = $"{year}90{n:000000}";
                var month = 1 + Pick(random, [0.8, 0.8, 0.85, 0.85, 0.95, 1.0, 1.0, 0.9, 1.0, 1.1, 1.05, 0.95]);
                if (year == 2020 && month is 3 or 4 && random.Bool(0.6f)) // the spring 2020 lockdown
                    month = 6 + random.Number(0, 5);
                var day = random.Number(1, DateTime.DaysInMonth(year, month));
                var hour = Pick(random, HourWeights);
                var at = new DateTime(year, month, day, hour, random.Number(0, 59), 0, DateTimeKind.Unspecified);
                var town = Pick(random, townWeights);
                var inTown = random.Bool((float)(0.45 + 0.4 * Math.Min(1, towns[town].Population / 20_000.0)));
                var (lon, lat, junction) = Place(random, towns, town, neighbours[town], inTown);
                var (rise, set) = Sun[month - 1];
                var time = hour + at.Minute / 60.0;
                var dark = time < rise - 0.5 || time > set + 0.5;
                var dusk = !dark && (Math.Abs(time - rise) <= 0.5 || Math.Abs(time - set) <= 0.5);
                short lighting = dusk ? (short)2 : !dark ? (short)1 : inTown ? (random.Bool(0.88f) ? (short)5 : (short)4) : (short)3;
                var (accidentVehicles, accidentUsers) = Involved(random, year, inTown, dark || dusk);
                vehicles.AddRange(accidentVehicles.Select(v => (numAcc, v)));
                users.AddRange(accidentUsers.Select((u, i) => (numAcc, i + 1, u)));

                await copy.StartRowAsync();
                await copy.WriteAsync(numAcc, NpgsqlDbType.Text);
                await copy.WriteAsync((short)year, NpgsqlDbType.Smallint);
                await copy.WriteAsync(at, NpgsqlDbType.Timestamp);
                await copy.WriteAsync(towns[town].Id, NpgsqlDbType.Text);
                await copy.WriteAsync(lon, NpgsqlDbType.Double);
                await copy.WriteAsync(lat, NpgsqlDbType.Double);
                await copy.WriteAsync(inTown, NpgsqlDbType.Boolean);
                await copy.WriteAsync(junction ? (short)(new short[] { 2, 3, 6, 3, 2 })[random.Number(0, 4)]
                    : (short)(inTown ? PickOf(random, [1, 2, 3, 6, 7, 4, 9], [55, 12, 15, 8, 3, 3, 4]) : PickOf(random, [1, 3, 2, 6, 4], [80, 8, 5, 5, 2])), NpgsqlDbType.Smallint);
                await copy.WriteAsync(lighting, NpgsqlDbType.Smallint);
                await copy.WriteAsync((short)PickOf(random, [1, 2, 3, 8, 5, 4, 6, 7, 9], [75, 10, 3, 8, 1.5, 0.5, 0.5, 1, 0.5]), NpgsqlDbType.Smallint);
                await copy.WriteAsync((short)(accidentVehicles.Count == 1 ? 7 : accidentVehicles.Count >= 3 ? PickOf(random, [4, 5], [1, 1])
                    : PickOf(random, [1, 2, 3, 6], [15, 30, 40, 15])), NpgsqlDbType.Smallint);
                await copy.WriteAsync((short)(inTown ? PickOf(random, [4, 3, 2], [55, 40, 5]) : PickOf(random, [3, 4, 2], [80, 13, 7])), NpgsqlDbType.Smallint);
            }
            await copy.CompleteAsync();
        }

        // Each accident goes to the commune its point falls in, then any point outside every commune is brought inside its own.
        var added = await connection.ExecuteAsync("""
            insert into mobilite.accident (num_acc, year, occurred_at, commune_id, geom, agglomeration, intersection, lighting, weather,
                collision, road_category, demo)
            select s.num_acc, s.year, s.occurred_at, coalesce(inside.id, s.commune_id), st_setsrid(st_makepoint(s.lon, s.lat), 4326),
                   s.agglomeration, s.intersection, s.lighting, s.weather, s.collision, s.road_category, true
            from accident_staging s
            left join lateral (
                select t.id from platform.territory t
                where t.level = 'commune' and t.id = any(@Ids) and st_intersects(t.geom, st_setsrid(st_makepoint(s.lon, s.lat), 4326))
                order by t.id = s.commune_id desc, t.id limit 1
            ) inside on true
            """, new { Ids = towns.Select(t => t.Id).ToArray() }, transaction);
        await PlaceAsync(connection, transaction, [.. towns.Select(t => t.Id)]);

        await using (var copy = await connection.BeginBinaryImportAsync("copy mobilite.vehicle (num_acc, vehicle_id, num_veh, category) from stdin (format binary)"))
        {
            foreach (var (numAcc, v) in vehicles)
                await copy.WriteRowAsync(default, numAcc, v.NumVeh, v.NumVeh, v.Category);
            await copy.CompleteAsync();
        }
        await using (var copy = await connection.BeginBinaryImportAsync(
            "copy mobilite.road_user (num_acc, position, vehicle_id, category, severity, sex, birth_year) from stdin (format binary)"))
        {
            foreach (var (numAcc, position, u) in users)
                await copy.WriteRowAsync(default, numAcc, (short)position, NumVeh(u.Vehicle), u.Category, u.Severity, u.Sex, u.BirthYear);
            await copy.CompleteAsync();
        }
        return added;
    }

    /// <summary>Brings the demo accidents of these communes inside their current contours (PlaceDemoAccidents.sql); how many moved.</summary>
    public static Task<int> PlaceAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyCollection<string> communes) =>
        connection.ExecuteAsync(SqlResource.Get("Observatories/Mobilite/Accidents/PlaceDemoAccidents.sql"), new { Communes = communes.ToArray() }, transaction);

    private static string NumVeh(int vehicle) => $"{(char)('A' + vehicle)}01";

    /// <summary>
    /// In town: along one of the town's streets radiating from its centre, or at one of its dangerous junctions; out of
    /// town: on the road to a neighbouring commune, weighted by that commune's size. A few metres off the line.
    /// </summary>
    private static (double Lon, double Lat, bool Junction) Place(Randomizer random, IReadOnlyList<Town> towns, int town, List<int> neighbours, bool inTown)
    {
        var t = towns[town];
        var metresPerLon = 111_320 * Math.Cos(t.Y * Math.PI / 180);
        (double, double) Offset(double x, double y, double dx, double dy) => (x + dx / metresPerLon, y + dy / 111_320);
        if (!inTown && neighbours.Count > 0)
        {
            var other = towns[neighbours[Pick(random, [.. neighbours.Select(i => Math.Sqrt(Math.Max(towns[i].Population, 50)))])]];
            var along = random.Double(0.1, 0.9);
            var (x, y) = (t.X + (other.X - t.X) * along, t.Y + (other.Y - t.Y) * along);
            var (ox, oy) = Offset(x, y, Gaussian(random, 12), Gaussian(random, 12));
            return (ox, oy, false);
        }
        // Each town's streets and junctions are its own: drawn from a generator seeded by its code.
        var streets = new Randomizer(t.Id.Aggregate(17, (h, c) => unchecked(h * 31 + c)) & 0x7fffffff);
        var angles = Enumerable.Range(0, 4 + streets.Number(0, 3)).Select(_ => streets.Double(0, 2 * Math.PI)).ToArray();
        var scale = Math.Min(2_500, 250 + 700 * Math.Sqrt(t.Population / 10_000.0));
        if (random.Bool(0.15f))
        {
            // A dangerous junction: one of the town's two or three, a few dozen metres around it.
            var spot = random.Number(0, 2);
            var junctionAngle = angles[spot % angles.Length];
            var distance = scale * (0.15 + 0.25 * spot);
            var (jx, jy) = Offset(t.X, t.Y, distance * Math.Cos(junctionAngle) + Gaussian(random, 18), distance * Math.Sin(junctionAngle) + Gaussian(random, 18));
            return (jx, jy, true);
        }
        var angle = angles[random.Number(0, angles.Length - 1)];
        var d = Math.Abs(Gaussian(random, scale));
        var (sx, sy) = Offset(t.X, t.Y, d * Math.Cos(angle) + Gaussian(random, 8), d * Math.Sin(angle) + Gaussian(random, 8));
        return (sx, sy, false);
    }

    /// <summary>Who was involved: the vehicles, and their users with their severity, age and sex.</summary>
    private static (List<Vehicle>, List<RoadUser>) Involved(Randomizer random, int year, bool inTown, bool afterDark)
    {
        var vehicles = new List<Vehicle>();
        var users = new List<RoadUser>();
        short Add(short category)
        {
            vehicles.Add(new(NumVeh(vehicles.Count), category));
            return (short)(vehicles.Count - 1);
        }
        short OtherVehicle() => (short)PickOf(random, [7, 10, 14, 37, 33], [80, 10, 6, 2, 2]);
        short Born(int low, int high) => (short)(year - random.Number(low, high));
        short Sex(double male) => random.Bool((float)male) ? (short)1 : (short)2;
        // The vulnerable user's severity: worse out of town, and for pedestrians after dark.
        short Vulnerable(double factor)
        {
            var killed = (inTown ? 0.025 : 0.09) * factor;
            var hospitalised = inTown ? 0.33 : 0.45;
            var draw = random.Double();
            return draw < killed ? (short)2 : draw < killed + hospitalised ? (short)3 : draw < 0.97 ? (short)4 : (short)1;
        }
        short Occupant(bool protectedFromVulnerable)
        {
            if (protectedFromVulnerable)
                return random.Bool(0.97f) ? (short)1 : (short)4;
            var draw = random.Double();
            var (killed, hospitalised, light) = inTown ? (0.008, 0.12, 0.45) : (0.035, 0.25, 0.4);
            return draw < killed ? (short)2 : draw < killed + hospitalised ? (short)3 : draw < killed + hospitalised + light ? (short)4 : (short)1;
        }

        var pedestrian = (inTown ? 0.16 : 0.04) * (afterDark ? 1.6 : 1);
        var cyclist = (inTown ? 0.08 : 0.05) * (year >= 2020 ? 1.2 : 1) * (afterDark ? 1.3 : 1);
        var scooter = year >= 2019 ? (inTown ? 0.04 : 0.005) : 0;
        var motorbike = inTown ? 0.2 : 0.22;
        var kind = Pick(random, [pedestrian, cyclist, scooter, motorbike, Math.Max(0.1, 1 - pedestrian - cyclist - scooter - motorbike)]);
        switch (kind)
        {
            case 0:
                var car = Add((short)PickOf(random, [7, 10, 33, 37, 14], [80, 10, 5, 2, 3]));
                users.Add(new(car, 1, Occupant(true), Sex(0.65), Born(18, 85)));
                users.Add(new(car, 3, Vulnerable(afterDark ? 1.6 : 1), Sex(0.5), random.Bool(0.2f) ? Born(5, 14) : random.Bool(0.3f) ? Born(65, 92) : Born(15, 64)));
                break;
            case 1 or 2 or 3:
                short category = kind switch
                {
                    1 => random.Bool((float)Math.Min(0.4, 0.08 + 0.03 * (year - 2015))) ? (short)80 : (short)1,
                    2 => random.Bool(0.85f) ? (short)50 : (short)60,
                    _ => (short)PickOf(random, [2, 30, 31, 32, 33, 34], [15, 15, 15, 10, 35, 10]),
                };
                var rider = Add(category);
                users.Add(new(rider, 1, Vulnerable(1), Sex(kind == 3 ? 0.9 : 0.75), kind == 1 ? Born(8, 80) : kind == 2 ? Born(14, 50) : Born(16, 65)));
                if (random.Bool(0.75f))
                {
                    var other = Add(OtherVehicle());
                    users.Add(new(other, 1, Occupant(true), Sex(0.65), Born(18, 85)));
                }
                break;
            default:
                var count = random.Bool(inTown ? 0.15f : 0.35f) ? 1 : random.Bool(0.85f) ? 2 : 3;
                for (var v = 0; v < count; v++)
                {
                    var vehicle = Add(v == 0 ? (short)PickOf(random, [7, 10, 14, 37, 21], [80, 12, inTown ? 4 : 8, 1, 1]) : OtherVehicle());
                    var heavy = vehicles[vehicle].Category is 14 or 37 or 21;
                    users.Add(new(vehicle, 1, heavy ? Occupant(true) : Occupant(false), Sex(0.65), Born(18, 85)));
                    for (var p = random.Bool(0.3f) ? random.Number(1, 2) : 0; p > 0; p--)
                        users.Add(new(vehicle, 2, heavy ? Occupant(true) : Occupant(false), Sex(0.45), Born(1, 85)));
                }
                break;
        }
        // An injury accident has a victim: the first user is at least lightly injured.
        if (users.All(u => u.Severity == 1))
            users[users.Count - 1] = users[^1] with { Severity = 4 };
        return (vehicles, users);
    }

    private static int Pick(Randomizer random, double[] weights)
    {
        var draw = random.Double() * weights.Sum();
        for (var i = 0; i < weights.Length; i++)
        {
            draw -= weights[i];
            if (draw < 0)
                return i;
        }
        return weights.Length - 1;
    }

    private static int PickOf(Randomizer random, int[] values, double[] weights) => values[Pick(random, weights)];

    private static double Gaussian(Randomizer random, double deviation) =>
        deviation * Math.Sqrt(-2 * Math.Log(1 - random.Double())) * Math.Cos(2 * Math.PI * random.Double());
}
