using Bogus;
using Dapper;
using Npgsql;
using NpgsqlTypes;
using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Indicators;

namespace Observatoires.Api.Observatories.Friches;

/// <summary>
/// Deterministic demo brownfields: the mining and industrial past of the Artois, so more sites in the larger
/// towns; each with a plausible sheet and a status history from its identification (2015–2023) to today's status.
/// </summary>
internal static class DemoSites
{
    private static readonly (string Activity, float Weight)[] Activities =
    [
        ("Carreau de fosse (houillère)", 0.10f), ("Industrie métallurgique", 0.12f), ("Industrie textile", 0.08f),
        ("Sucrerie, industrie agroalimentaire", 0.08f), ("Entrepôt logistique", 0.12f), ("Commerce de grande surface", 0.12f),
        ("Garage, station-service", 0.10f), ("Équipement public désaffecté", 0.10f), ("Friche ferroviaire", 0.06f),
        ("Briqueterie, tuilerie", 0.06f), ("Exploitation agricole", 0.06f),
    ];

    public static async Task<int> SeedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DemoTerritory territory)
    {
        await connection.ExecuteAsync("""
            create temporary table site_staging (
                id integer, name text, commune_id text, former_activity text, ownership text, pollution text,
                building_surface_m2 integer, building_state text, planning_zone text, distance_road_m integer,
                distance_station_m integer, distance_waterway_m integer, flood_risk boolean, protected_area boolean,
                identified_on date, area_m2 double precision, statuses text[], dates date[]) on commit drop
            """, transaction: transaction);

        var faker = new Faker("fr") { Random = new Randomizer(0x46524943) };
        var towns = territory.Communes.Where(c => c.Population > 0).ToList();
        // Bogus draws by cumulative weights that must add up to 1.
        var sum = towns.Sum(c => Math.Sqrt(c.Population));
        var weights = towns.Select(c => (float)(Math.Sqrt(c.Population) / sum)).ToArray();
        await using (var copy = await connection.BeginBinaryImportAsync("copy site_staging from stdin (format binary)"))
        {
            for (var id = 1; id <= 250; id++)
            {
                var commune = faker.Random.WeightedRandom(towns.ToArray(), weights);
                var (activity, _) = faker.Random.WeightedRandom(Activities, [.. Activities.Select(a => a.Weight)]);
                var industrial = activity.Contains("Industrie", StringComparison.Ordinal) || activity.Contains("fosse", StringComparison.Ordinal);
                var identified = new DateOnly(faker.Random.Number(2015, 2023), faker.Random.Number(1, 12), faker.Random.Number(1, 28));
                var (statuses, dates) = History(faker.Random, identified);
                var state = faker.Random.WeightedRandom(["none", "good", "degraded", "ruined", "unknown"], [0.25f, 0.15f, 0.35f, 0.15f, 0.1f]);
                await copy.StartRowAsync();
                await copy.WriteAsync(id, NpgsqlDbType.Integer);
                await copy.WriteAsync($"{activity.Split(',')[0].Split(' ')[0]} {faker.Address.StreetName()}", NpgsqlDbType.Text);
                await copy.WriteAsync(commune.Id, NpgsqlDbType.Text);
                await copy.WriteAsync(activity, NpgsqlDbType.Text);
                await copy.WriteAsync(faker.Random.WeightedRandom(["public", "private", "mixed", "unknown"], [0.3f, 0.5f, 0.1f, 0.1f]), NpgsqlDbType.Text);
                await copy.WriteAsync(industrial
                    ? faker.Random.WeightedRandom(["known", "suspected", "none", "unknown"], [0.4f, 0.35f, 0.1f, 0.15f])
                    : faker.Random.WeightedRandom(["known", "suspected", "none", "unknown"], [0.1f, 0.25f, 0.45f, 0.2f]), NpgsqlDbType.Text);
                if (state == "none")
                    await copy.WriteAsync(0, NpgsqlDbType.Integer);
                else
                    await copy.WriteAsync(faker.Random.Number(200, industrial ? 40_000 : 6_000), NpgsqlDbType.Integer);
                await copy.WriteAsync(state, NpgsqlDbType.Text);
                await copy.WriteAsync(faker.Random.WeightedRandom(["U", "AU", "A", "N"], [0.6f, 0.15f, 0.15f, 0.1f]), NpgsqlDbType.Text);
                await copy.WriteAsync(faker.Random.Number(50, 6_000), NpgsqlDbType.Integer);
                await copy.WriteAsync(faker.Random.Number(300, 15_000), NpgsqlDbType.Integer);
                await copy.WriteAsync(faker.Random.Number(100, 20_000), NpgsqlDbType.Integer);
                await copy.WriteAsync(faker.Random.Bool(0.15f), NpgsqlDbType.Boolean);
                await copy.WriteAsync(faker.Random.Bool(0.1f), NpgsqlDbType.Boolean);
                await copy.WriteAsync(identified, NpgsqlDbType.Date);
                // Mostly under 2 ha, a few large industrial sites.
                await copy.WriteAsync(10_000 * (industrial ? faker.Random.Double(0.8, 14) : faker.Random.Double(0.15, 3)), NpgsqlDbType.Double);
                await copy.WriteAsync(statuses, NpgsqlDbType.Array | NpgsqlDbType.Text);
                await copy.WriteAsync(dates, NpgsqlDbType.Array | NpgsqlDbType.Date);
            }
            await copy.CompleteAsync();
        }

        // Inserted where the commune is, then placed from its contour like after a contour import (PlaceAsync).
        var added = await connection.ExecuteAsync("""
            insert into friches.site (id, name, commune_id, former_activity, ownership, pollution, building_surface_m2,
                building_state, planning_zone, distance_road_m, distance_station_m, distance_waterway_m, flood_risk,
                protected_area, status, identified_on, field_checked_on, status_changed_on, demo_area_m2, geom)
            select s.id, s.name, s.commune_id, s.former_activity, s.ownership, s.pollution, s.building_surface_m2,
                   s.building_state, s.planning_zone, s.distance_road_m, s.distance_station_m, s.distance_waterway_m,
                   s.flood_risk, s.protected_area, s.statuses[array_upper(s.statuses, 1)], s.identified_on,
                   s.dates[array_position(s.statuses, 'verifiee_terrain')], s.dates[array_upper(s.dates, 1)], s.area_m2,
                   st_multi(st_buffer(st_pointonsurface(c.geom), 0.001))
            from site_staging s join platform.territory c on c.id = s.commune_id and c.geom is not null
            on conflict (id) do nothing
            """, transaction: transaction);
        if (added > 0)
        {
            await PlaceAsync(connection, transaction, [.. territory.Communes.Select(c => c.Id)]);
            await connection.ExecuteAsync("""
                insert into friches.status_change (site_id, from_status, to_status, changed_on, actor)
                select s.id, s.statuses[i - 1], s.statuses[i], s.dates[i], 'démonstration'
                from site_staging s join friches.site f on f.id = s.id
                cross join lateral generate_subscripts(s.statuses, 1) as i
                where not exists (select from friches.status_change x where x.site_id = s.id)
                order by s.id, i
                """, transaction: transaction);
        }
        return added;
    }

    /// <summary>
    /// Places the demo sites of these communes inside their current contours (PlaceDemoSites.sql): at seeding, and
    /// after a contour import. Real sites (no demo area) never move. Returns how many were placed.
    /// </summary>
    public static Task<int> PlaceAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyCollection<string> communes) =>
        connection.ExecuteAsync(SqlResource.Get("Observatories/Friches/PlaceDemoSites.sql"), new { Communes = communes.ToArray() }, transaction);

    /// <summary>From identification, each step a few months to two years after the last; most stop on the way.</summary>
    private static (string[] Statuses, DateOnly[] Dates) History(Randomizer random, DateOnly identified)
    {
        var statuses = new List<string> { "identifiee" };
        var dates = new List<DateOnly> { identified };
        var last = new DateOnly(2024, 12, 31);
        foreach (var (next, chance) in new[] { ("verifiee_terrain", 0.8), ("caracterisee", 0.7), ("en_projet", 0.45), ("reconvertie", 0.5) })
        {
            var date = dates[^1].AddDays(random.Number(60, 700));
            if (date > last)
                break;
            if (!random.Bool((float)chance))
            {
                if (random.Bool(0.15f))
                {
                    statuses.Add("abandonnee");
                    dates.Add(date);
                }
                break;
            }
            statuses.Add(next);
            dates.Add(date);
        }
        return ([.. statuses], [.. dates]);
    }
}
