using System.Globalization;
using Bogus;
using Dapper;
using Npgsql;
using NpgsqlTypes;
using Observatoires.Api.Platform.Indicators;

namespace Observatoires.Tests.Infrastructure.TestObservatory;

/// <summary>
/// The test observatory's objects: as many establishments (points) per commune as its test.employeurs in 2024, about
/// twenty thousand, the density the tiles' budget is measured on; and a zone (a small polygon) in most communes.
/// Deterministic, placed inside their commune's current contour at seeding and again after a contour import.
/// </summary>
internal static class TestObjects
{
    // NAF sections with their weight among small-town employers.
    private static readonly (string Section, string Label, float Weight)[] Sections =
    [
        ("A", "Agriculture, sylviculture et pêche", 0.05f), ("C", "Industrie manufacturière", 0.08f),
        ("F", "Construction", 0.14f), ("G", "Commerces ; réparation d'automobiles", 0.22f),
        ("H", "Transports et entreposage", 0.05f), ("I", "Hébergement et restauration", 0.10f),
        ("J", "Information et communication", 0.02f), ("K", "Activités financières et d'assurance", 0.03f),
        ("L", "Activités immobilières", 0.03f), ("M", "Activités spécialisées, scientifiques et techniques", 0.08f),
        ("N", "Activités de services administratifs et de soutien", 0.05f), ("Q", "Santé humaine et action sociale", 0.09f),
        ("S", "Autres activités de services", 0.06f),
    ];

    private static readonly (string Band, int Low, int High, float Weight)[] SizeBands =
    [
        ("1-2", 1, 2, 0.38f), ("3-5", 3, 5, 0.25f), ("6-9", 6, 9, 0.14f), ("10-19", 10, 19, 0.11f), ("20-49", 20, 49, 0.07f),
        ("50-99", 50, 99, 0.03f), ("100-249", 100, 249, 0.015f), ("250+", 250, 900, 0.005f),
    ];

    public static readonly string[] ZoneStatuses = ["reperee", "verifiee", "en_projet"];

    /// <summary>Inserts the establishments and zones, once (none when they are there); returns how many.</summary>
    public static async Task<int> SeedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DemoTerritory territory)
    {
        if (await connection.ExecuteScalarAsync<bool>("select exists (select from test.etablissement)", transaction: transaction))
            return 0;
        var employers = TestValues.EmployersOf(territory);
        await using (var copy = await connection.BeginBinaryImportAsync(
                         "copy test.etablissement (id, siret, name, naf_section, sector, size_band, headcount, commune_id, created_on) from stdin (format binary)"))
        {
            var id = 0;
            foreach (var commune in territory.Communes)
            {
                var faker = new Faker("fr") { Random = new Randomizer(TestValues.SeedOf(commune.Id, 23, 0x454D504C) ^ 0x45544142) };
                for (var i = 0; i < employers.GetValueOrDefault(commune.Id); i++)
                {
                    id++;
                    var (section, label, _) = faker.Random.WeightedRandom(Sections, [.. Sections.Select(s => s.Weight)]);
                    var (band, low, high, _) = faker.Random.WeightedRandom(SizeBands, [.. SizeBands.Select(b => b.Weight)]);
                    await copy.StartRowAsync();
                    await copy.WriteAsync(id, NpgsqlDbType.Integer);
                    await copy.WriteAsync($"9{id:D8}{faker.Random.Number(10000, 99999)}", NpgsqlDbType.Text);
                    await copy.WriteAsync(faker.Company.CompanyName(), NpgsqlDbType.Text);
                    await copy.WriteAsync(section, NpgsqlDbType.Text);
                    await copy.WriteAsync(label, NpgsqlDbType.Text);
                    await copy.WriteAsync(band, NpgsqlDbType.Text);
                    await copy.WriteAsync(faker.Random.Number(low, high), NpgsqlDbType.Integer);
                    await copy.WriteAsync(commune.Id, NpgsqlDbType.Text);
                    // Creations from 1960 to 2024, denser towards today.
                    var age = (int)Math.Round(64 * Math.Pow(faker.Random.Double(), 2.2));
                    await copy.WriteAsync(new DateOnly(2024 - age, 1, 1).AddDays(faker.Random.Number(0, 364)), NpgsqlDbType.Date);
                }
            }
            await copy.CompleteAsync();
        }

        var zones = 0;
        await using (var copy = await connection.BeginBinaryImportAsync(
                         "copy test.zone (id, name, commune_id, status, identified_on, area_m2) from stdin (format binary)"))
        {
            foreach (var commune in territory.Communes)
            {
                var random = new Randomizer(TestValues.SeedOf(commune.Id, 29, 0x5A4F4E45));
                if (random.Double() < 0.2)
                    continue; // about four communes in five have one
                zones++;
                await copy.StartRowAsync();
                await copy.WriteAsync(zones, NpgsqlDbType.Integer);
                await copy.WriteAsync(string.Create(CultureInfo.InvariantCulture, $"Zone {zones} ({commune.Name})"), NpgsqlDbType.Text);
                await copy.WriteAsync(commune.Id, NpgsqlDbType.Text);
                await copy.WriteAsync(random.ArrayElement(ZoneStatuses), NpgsqlDbType.Text);
                await copy.WriteAsync(new DateOnly(2000, 1, 1).AddDays(random.Number(0, 9000)), NpgsqlDbType.Date);
                await copy.WriteAsync(random.Double(2_000, 60_000), NpgsqlDbType.Double);
            }
            await copy.CompleteAsync();
        }
        // Inserted without a place, then placed as after a contour import.
        return await PlaceAsync(connection, transaction, [.. territory.Communes.Select(c => c.Id)]);
    }

    /// <summary>
    /// Places the establishments and zones of these communes inside their current contours: for the establishments,
    /// one seeded draw of as many points as the commune has, given in the order of their ids; for a zone, a seeded
    /// point of the commune shrunk by 5 m, grown to the zone's area (Lambert-93) and clipped to that shrunk commune.
    /// Same contour, same places. Returns how many objects were placed.
    /// </summary>
    public static Task<int> PlaceAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyCollection<string> communes) =>
        connection.ExecuteScalarAsync<int>("""
            with demo as materialized (
                select e.id, e.commune_id, row_number() over (partition by e.commune_id order by e.id) as n
                from test.etablissement e where e.commune_id = any(@Communes)
            ),
            draw as (select commune_id, count(*)::int as total, min(id) as seed from demo group by commune_id),
            point as (
                select d.commune_id, p.path[1] as n, p.geom
                from draw d
                join platform.territory c on c.id = d.commune_id and c.geom is not null
                cross join lateral st_dump(st_generatepoints(c.geom, d.total, d.seed)) p
            ),
            points as (
                update test.etablissement e set geom = p.geom
                from demo d join point p on p.commune_id = d.commune_id and p.n = d.n
                where e.id = d.id
                returning 1
            ),
            commune as materialized (
                select c.id, case when st_isempty(b.g) then st_transform(c.geom, 2154) else b.g end as g
                from platform.territory c
                cross join lateral (select st_buffer(st_transform(c.geom, 2154), -5) as g) b
                where c.id = any(@Communes) and c.geom is not null
            ),
            zones as (
                update test.zone z
                set geom = st_multi(st_collectionextract(st_makevalid(st_transform(st_intersection(
                        st_buffer(st_geometryn(st_generatepoints(c.g, 1, z.id), 1), sqrt(z.area_m2 / pi()), 'quad_segs=3'),
                        c.g), 4326)), 3))
                from commune c
                where z.commune_id = c.id
                returning 1
            )
            select (select count(*) from points) + (select count(*) from zones)
            """, new { Communes = communes.ToArray() }, transaction, commandTimeout: 300);
}
