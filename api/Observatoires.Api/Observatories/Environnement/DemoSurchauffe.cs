using Bogus;
using Dapper;
using Npgsql;
using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Indicators;

namespace Observatoires.Api.Observatories.Environnement;

/// <summary>
/// Deterministic demo data for the overheating: the gridded population of every commune (200 m cells inside its current
/// contour, adding up to its real population, <c>DemoCells.sql</c>), the zones of one summer image (hot spots on the
/// towns' dense centres, cool islands further out, <c>DemoZones.sql</c>), and the sensitive public buildings (schools,
/// crèches, EHPAD, health centres, in numbers that follow the population, placed among the inhabited cells,
/// <c>DemoBuildings.sql</c>).
/// </summary>
internal static class DemoSurchauffe
{
    /// <summary>The demo image: the Landsat 8 pass of the July 2022 heatwave over the Artois.</summary>
    public static readonly DateOnly ImageDate = new(2022, 7, 19);

    private static readonly string[] People =
    [
        "Jules Ferry", "Jean Jaurès", "Victor Hugo", "Louis Pasteur", "Jean Moulin", "Marie Curie", "Jacques Prévert", "Anatole France",
        "Paul Bert", "Louise Michel", "Condorcet", "Jean Macé", "Émile Zola", "Pierre et Marie Curie", "Ferdinand Buisson",
    ];

    private static readonly string[] SchoolKinds = ["École maternelle", "École élémentaire", "École primaire", "Groupe scolaire"];
    private static readonly string[] Creches = ["Les Petits Loups", "Les Lucioles", "Les Coccinelles", "Pirouette", "Les P'tits Mineurs", "Les Moussaillons"];
    private static readonly string[] Residences = ["Les Tilleuls", "Les Charmilles", "La Roseraie", "Les Glycines", "Saint-Vaast", "Le Clos des Aubépines"];
    private static readonly string[] Streets = ["rue Jean Jaurès", "rue de la République", "rue Pasteur", "rue Victor Hugo", "rue de l'Église", "rue du Général de Gaulle"];

    private sealed record Building(string Id, string Name, string Type, string Commune, string Address, double Rank, double Dx, double Dy);

    /// <summary>Adds the demo cells, zones and buildings, once; returns the rows added.</summary>
    public static async Task<int> SeedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DemoTerritory territory)
    {
        if (await connection.ExecuteScalarAsync<bool>("""
                select exists (select from environnement.zone) or exists (select from environnement.population_cell)
                    or exists (select from environnement.building)
                """, transaction: transaction))
            return 0;
        var communes = territory.Communes.Select(c => c.Id).ToArray();
        var added = await connection.ExecuteAsync(SqlResource.Get("Observatories/Environnement/DemoCells.sql"), new { Communes = communes }, transaction);
        added += await connection.ExecuteAsync(SqlResource.Get("Observatories/Environnement/DemoZones.sql"),
            new { Communes = communes, ImageDate }, transaction);
        var buildings = Buildings(territory).ToList();
        added += await connection.ExecuteAsync(SqlResource.Get("Observatories/Environnement/DemoBuildings.sql"), new
        {
            Ids = buildings.Select(b => b.Id).ToArray(),
            Names = buildings.Select(b => b.Name).ToArray(),
            Types = buildings.Select(b => b.Type).ToArray(),
            Communes = buildings.Select(b => b.Commune).ToArray(),
            Addresses = buildings.Select(b => b.Address).ToArray(),
            Ranks = buildings.Select(b => b.Rank).ToArray(),
            Dx = buildings.Select(b => b.Dx).ToArray(),
            Dy = buildings.Select(b => b.Dy).ToArray(),
        }, transaction);
        return added;
    }

    /// <summary>
    /// After a contour import: draws again, inside the given communes' current contours, their demo cells and demo zones
    /// (only for the communes that had some: an imported grid or image replaced them) and places their demo buildings
    /// among the new cells. Imported cells, zones and buildings never move. Returns the objects placed.
    /// </summary>
    public static async Task<int> PlaceAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyCollection<string> communes)
    {
        var ids = communes.ToArray();
        var withCells = (await connection.QueryAsync<string>("""
            with removed as (delete from environnement.population_cell where demo and commune_id = any(@ids) returning commune_id)
            select distinct commune_id from removed
            """, new { ids }, transaction)).ToArray();
        var placed = withCells.Length == 0 ? 0
            : await connection.ExecuteAsync(SqlResource.Get("Observatories/Environnement/DemoCells.sql"), new { Communes = withCells }, transaction);
        var withZones = (await connection.QueryAsync<(string Commune, DateTime ImageDate)>("""
            with removed as (delete from environnement.zone where demo_commune_id = any(@ids) returning demo_commune_id, image_date)
            select distinct demo_commune_id, image_date from removed
            """, new { ids }, transaction)).ToList();
        foreach (var image in withZones.GroupBy(z => DateOnly.FromDateTime(z.ImageDate)))
        {
            placed += await connection.ExecuteAsync(SqlResource.Get("Observatories/Environnement/DemoZones.sql"),
                new { Communes = image.Select(z => z.Commune).ToArray(), ImageDate = image.Key }, transaction);
        }
        placed += await connection.ExecuteAsync(SqlResource.Get("Observatories/Environnement/PlaceDemoBuildings.sql"), new { Communes = ids }, transaction);
        return placed;
    }

    /// <summary>About one school per 1,100 inhabitants (one in most villages), a crèche per 4,000, an EHPAD per 7,000, a health centre per 9,000.</summary>
    private static IEnumerable<Building> Buildings(DemoTerritory territory)
    {
        var faker = new Faker("fr") { Random = new Randomizer(0x454e5649) };
        foreach (var c in territory.Communes.OrderBy(c => c.Id, StringComparer.Ordinal))
        {
            var insee = c.Id["commune:".Length..];
            var counts = new (string Type, int Count)[]
            {
                ("ecole", c.Population < 250 && faker.Random.Bool() ? 0 : Math.Max(1, (int)Math.Round(c.Population / 1100.0))),
                ("creche", (int)Math.Round(c.Population / 4000.0)),
                ("ehpad", (int)Math.Round(c.Population / 7000.0)),
                ("sante", (int)Math.Round(c.Population / 9000.0) + (c.Population is >= 2500 and < 4500 ? 1 : 0)),
            };
            foreach (var (type, count) in counts)
            {
                for (var n = 1; n <= count; n++)
                {
                    var name = type switch
                    {
                        "ecole" => $"{faker.PickRandom(SchoolKinds)} {faker.PickRandom(People)}",
                        "creche" => $"Crèche {faker.PickRandom(Creches)}",
                        "ehpad" => $"EHPAD {faker.PickRandom(Residences)}",
                        _ => n == 1 ? $"Maison de santé de {c.Name}" : $"Centre de santé {faker.PickRandom(People)}",
                    };
                    yield return new($"{type.ToUpperInvariant()}-{insee}-{n:00}", name, type, c.Id,
                        $"{faker.Random.Int(1, 180)} {faker.PickRandom(Streets)}", faker.Random.Double(), faker.Random.Double(-80, 80),
                        faker.Random.Double(-80, 80));
                }
            }
        }
    }
}
