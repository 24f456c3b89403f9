using Bogus;
using Dapper;
using Npgsql;

namespace Observatoires.Api.Observatories.FoncierAgricole;

/// <summary>
/// Deterministic demo outlets of the short supply chains in the CABBALR: farm shops in the farming villages (about one
/// for every 600 ha of farmland... drawn per commune), weekly markets in the towns and bourgs of 3,000 inhabitants or
/// more, a handful of AMAP, drives fermiers and producers' shops in the larger towns. Each point is drawn inside its
/// commune's current contour from its own seed, so that it follows a contour import.
/// </summary>
internal static class DemoOutlets
{
    public const string DemoSource = "Projet Alimentaire Territorial de la CABBALR — démonstration";

    private static readonly string[] Farms =
        ["de la Lys", "du Bois", "des Prés", "du Moulin", "Saint-Pierre", "de la Clarence", "des Tilleuls", "du Marais", "de la Lawe", "du Pont"];

    /// <summary>Adds the demo outlets, once; returns the rows added.</summary>
    public static async Task<int> SeedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<DemoIndicators.Commune> communes)
    {
        if (communes.Count == 0 || await connection.ExecuteScalarAsync<bool>("select exists (select from foncier_agricole.outlet)", transaction: transaction))
            return 0;
        var faker = new Faker("fr") { Random = new Randomizer(0x41475249) };
        var outlets = communes.SelectMany(c => Generate(faker, c)).ToList();
        await connection.ExecuteAsync("""
            insert into foncier_agricole.outlet (id, name, type, commune_id, geom, source, demo_seed)
            select o.id, o.name, o.type, o.commune, st_centroid(t.geom), @DemoSource, o.seed
            from unnest(@Ids, @Names, @Types, @Communes, @Seeds) as o (id, name, type, commune, seed)
            join platform.territory t on t.id = o.commune
            """, new
        {
            DemoSource,
            Ids = outlets.Select(o => o.Id).ToArray(),
            Names = outlets.Select(o => o.Name).ToArray(),
            Types = outlets.Select(o => o.Type).ToArray(),
            Communes = outlets.Select(o => o.Commune).ToArray(),
            Seeds = outlets.Select(o => o.Seed).ToArray(),
        }, transaction);
        await PlaceAsync(connection, transaction, [.. communes.Select(c => c.Id)]);
        return outlets.Count;
    }

    /// <summary>
    /// Places the demo outlets of these communes at a random point of their current contour drawn from their own seed
    /// (shrunk by 20 m, so that they stay inside once back in WGS 84). Imported outlets never move.
    /// </summary>
    public static Task<int> PlaceAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyCollection<string> communes) =>
        connection.ExecuteAsync("""
            update foncier_agricole.outlet o
            set geom = st_transform(st_geometryn(st_generatepoints(
                           case when st_isempty(b.g) then st_transform(t.geom, 2154) else b.g end, 1, o.demo_seed), 1), 4326)
            from platform.territory t
            cross join lateral (select st_buffer(st_transform(t.geom, 2154), -20) as g) b
            where t.id = o.commune_id and o.demo_seed is not null and t.geom is not null and o.commune_id = any(@Communes)
            """, new { Communes = communes.ToArray() }, transaction);

    private static IEnumerable<(string Id, string Name, string Type, string Commune, int Seed)> Generate(Faker faker, DemoIndicators.Commune c)
    {
        var insee = c.Id["commune:".Length..];
        var number = 0;
        (string, string, string, string, int) Make(string type, string name) =>
            ($"demo-{insee}-{++number:00}", name, type, c.Id, faker.Random.Int(1, 1_000_000));

        var density = c.Population / Math.Max(c.AreaHa / 100, 0.01);
        var farmShops = density < 500 ? faker.Random.WeightedRandom([0, 1, 2], [0.45f, 0.4f, 0.15f]) : faker.Random.WeightedRandom([0, 1], [0.8f, 0.2f]);
        for (var k = 0; k < farmShops; k++)
            yield return Make(Vocabulary.VenteFerme, $"Ferme {faker.PickRandom(Farms)}");
        if (c.Population >= 3_000)
            yield return Make(Vocabulary.Marche, faker.PickRandom("Marché hebdomadaire", "Marché du samedi", "Marché du mercredi"));
        if (c.Population >= 8_000 || faker.Random.Bool(0.04f))
            yield return Make(Vocabulary.Amap, $"AMAP {faker.PickRandom(Farms)}");
        if (c.Population >= 12_000)
            yield return Make(faker.PickRandom(Vocabulary.DriveFermier, Vocabulary.MagasinProducteurs),
                faker.PickRandom("Drive fermier de l'Artois", "Le panier des producteurs", "Saveurs d'Artois"));
    }
}
