using Bogus;
using Dapper;
using Npgsql;
using NpgsqlTypes;
using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Indicators;

namespace Observatoires.Api.Observatories.Habitat.Prix;

/// <summary>
/// Deterministic demo sales 2019–2024 in proportion to population (about 12 dwelling sales a year per 1,000
/// inhabitants, as DVF counts in the Pas-de-Calais; fewer in 2020 and after 2023), mostly houses (flats in the towns),
/// at prices plausible for the Artois: houses about 1,300–1,900 €/m², flats a fifth dearer, dearer in Béthune and the
/// CABBALR's villages, cheaper in the mining towns of the CALL and the CAHC; +18 % from 2019 to 2022, then a slight
/// fall. Each sale is a point drawn inside its commune's contour (PostGIS's ST_GeneratePoints, seeded).
/// </summary>
internal static class DemoSales
{
    public const int FirstYear = 2019, LastYear = 2024;
    private const int Seed = 0x44564631;
    private const string Bethune = "commune:62119", Call = "epci:246200364", Cahc = "epci:246200299", Cabbalr = "epci:200072460";

    private static readonly Dictionary<int, (double Volume, double Price)> Years = new()
    {
        [2019] = (1.0, 1.0),
        [2020] = (0.9, 1.04),
        [2021] = (1.1, 1.11),
        [2022] = (1.08, 1.18),
        [2023] = (0.88, 1.19),
        [2024] = (0.82, 1.16),
    };

    public static async Task<int> SeedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DemoTerritory territory)
    {
        if (await connection.ExecuteScalarAsync<bool>("select exists (select from habitat.sale)", transaction: transaction))
            return 0;
        var known = (await connection.QueryAsync<string>("select id from platform.territory where id = any(@Ids)",
            new { Ids = territory.Communes.Select(c => c.Id).ToArray() }, transaction)).ToHashSet();
        var random = new Randomizer(Seed);
        await connection.ExecuteAsync("""
            create temporary table sale_staging (mutation_id text, sold_on date, commune_id text, property_type text, built_surface float8,
                rooms smallint, price float8, n int) on commit drop
            """, transaction: transaction);
        var number = 0;
        await using (var copy = await connection.BeginBinaryImportAsync("copy sale_staging from stdin (format binary)"))
        {
            foreach (var commune in territory.Communes.Where(c => known.Contains(c.Id)).OrderBy(c => c.Id, StringComparer.Ordinal))
            {
                var level = HouseLevel(commune, random);
                var flatShare = commune.Population switch { >= 20_000 => 0.25, >= 8_000 => 0.15, >= 2_500 => 0.07, _ => 0.02 };
                var inCommune = 0;
                foreach (var (year, (volume, priceIndex)) in Years)
                {
                    var sales = Poisson(random, commune.Population * 0.012 * volume);
                    for (var i = 0; i < sales; i++)
                    {
                        var flat = random.Double() < flatShare;
                        var surface = flat ? Math.Clamp(Gaussian(random, 60, 18), 20, 150) : Math.Clamp(Gaussian(random, 95, 25), 40, 250);
                        surface = Math.Round(surface);
                        var perM2 = level * (flat ? 1.18 : 1) * priceIndex * Math.Exp(Gaussian(random, 0, 0.24));
                        var price = Math.Max(5_000, Math.Round(perM2 * surface / 100) * 100);
                        var soldOn = new DateOnly(year, 1, 1).AddDays(random.Number(0, DateTime.IsLeapYear(year) ? 365 : 364));
                        await copy.StartRowAsync();
                        await copy.WriteAsync($"demo-{year}-{++number:000000}", NpgsqlDbType.Text);
                        await copy.WriteAsync(soldOn, NpgsqlDbType.Date);
                        await copy.WriteAsync(commune.Id, NpgsqlDbType.Text);
                        await copy.WriteAsync(flat ? PropertyTypes.Flat : PropertyTypes.House, NpgsqlDbType.Text);
                        await copy.WriteAsync(surface, NpgsqlDbType.Double);
                        await copy.WriteAsync((short)Math.Max(1, Math.Round(surface / (flat ? 22 : 20))), NpgsqlDbType.Smallint);
                        await copy.WriteAsync(price, NpgsqlDbType.Double);
                        await copy.WriteAsync(++inCommune, NpgsqlDbType.Integer);
                    }
                }
            }
            await copy.CompleteAsync();
        }
        // The n-th sale of a commune takes the n-th point PostGIS draws inside its contour (none without a contour).
        return await connection.ExecuteAsync("""
            insert into habitat.sale (mutation_id, sold_on, commune_id, property_type, built_surface, rooms, price, geom, demo)
            select s.mutation_id, s.sold_on, s.commune_id, s.property_type, s.built_surface, s.rooms, s.price, p.geom, true
            from sale_staging s
            left join (
                select t.id, d.path[1] as n, d.geom
                from (select commune_id, count(*)::int as k from sale_staging group by commune_id) c
                join platform.territory t on t.id = c.commune_id and t.geom is not null
                cross join lateral st_dump(st_generatepoints(t.geom, c.k, 4242)) d
            ) p on p.id = s.commune_id and p.n = s.n
            """, transaction: transaction);
    }

    /// <summary>Brings the demo sales of these communes inside their current contours (PlaceDemoSales.sql); how many moved.</summary>
    public static Task<int> PlaceAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyCollection<string> communes) =>
        connection.ExecuteAsync(SqlResource.Get("Observatories/Habitat/Prix/PlaceDemoSales.sql"), new { Communes = communes.ToArray() }, transaction);

    /// <summary>A house's € per m² in 2019: the EPCI's level, dearer in Béthune and the CABBALR's villages, cheaper in the mining towns.</summary>
    private static double HouseLevel(DemoCommune commune, Randomizer random)
    {
        var level = commune.EpciId switch { Cabbalr => 1_420, Call => 1_300, Cahc => 1_330, _ => 1_380 };
        var local = commune.Id == Bethune ? 1.18
            : commune.EpciId is Call or Cahc && commune.Population >= 2_500 ? 0.9
            : commune.EpciId == Cabbalr && commune.Population < 2_500 ? 1.1
            : 1;
        return level * local * random.Double(0.93, 1.07);
    }

    private static double Gaussian(Randomizer random, double mean, double sd) =>
        mean + (sd * Math.Sqrt(-2 * Math.Log(1 - random.Double())) * Math.Cos(2 * Math.PI * random.Double()));

    /// <summary>A count of mean λ: Knuth's method for small means, the normal approximation beyond.</summary>
    private static int Poisson(Randomizer random, double lambda)
    {
        if (lambda > 30)
            return Math.Max(0, (int)Math.Round(Gaussian(random, lambda, Math.Sqrt(lambda))));
        var (limit, k, p) = (Math.Exp(-lambda), 0, 1.0);
        while ((p *= random.Double()) > limit)
            k++;
        return k;
    }
}
