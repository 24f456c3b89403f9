using Bogus;
using Dapper;
using Npgsql;
using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Indicators;

namespace Observatoires.Api.Observatories.Tourisme;

/// <summary>
/// Deterministic demo data: two inventories of the accommodation supply (1 January 2022 and 2025) in every commune of
/// the CC des 7 Vallées and the CABBALR, and the monthly occupancy of both EPCIs in 2023 and 2024. The 7 Vallées are
/// rural and touristic: gîtes and chambres d'hôtes in most villages, denser along the valleys of the Canche, the Authie
/// and the Ternoise, campings in the valleys, hotels in Hesdin-la-Forêt and a few bourgs, about 220 tourist beds per
/// 1,000 inhabitants. The CABBALR is urban and industrial: hotels in the towns, fewer gîtes per inhabitant (about 10 beds
/// per 1,000). Between the inventories a few gîtes and chambres d'hôtes open. Occupancy follows the season in the 7
/// Vallées (a peak in August) and business stays in the CABBALR (flatter).
/// </summary>
internal static class DemoAccommodation
{
    /// <summary>The valley communes of the 7 Vallées (Canche, Authie, Ternoise, Créquoise), by INSEE code, and the tourist sites.</summary>
    private static readonly HashSet<string> Valleys =
    [
        "62046", "62100", "62177", "62236", "62335", "62398", "62447", "62550", "62551", "62547", "62552", "62556", "62661", "62647",
        "62850", "62868", "62138", "62204", "62538", "62690", "62275", "62719", "62069", "62522", "62050",
    ];

    /// <summary>Hotels where the towns and bourgs have them: (INSEE code, hotels).</summary>
    private static readonly Dictionary<string, int> Hotels = new()
    {
        ["62447"] = 3,
        ["62204"] = 1,
        ["62100"] = 1,
        ["62050"] = 1,
        ["62069"] = 1,
        ["62119"] = 6,
        ["62178"] = 2,
        ["62516"] = 2,
        ["62473"] = 1,
        ["62126"] = 1,
        ["62350"] = 1,
    };

    private static readonly (DateOnly AsOf, string Label)[] Inventories =
    [
        (new(2022, 1, 1), "Inventaire des hébergements au 1er janvier 2022"),
        (new(2025, 1, 1), "Inventaire des hébergements au 1er janvier 2025"),
    ];

    public const string DemoSource = "Atout France (hébergements classés) et offices de tourisme — démonstration";

    private static readonly string[] GiteNames =
        ["Les Tilleuls", "Le Moulin", "La Ferme du Val", "Les Hortensias", "Le Clos", "La Grange", "Le Verger", "Les Prés", "La Chaumière",
         "Le Vieux Four", "Les Saules", "La Source", "Le Colombier", "Les Pommiers", "La Bergerie", "L'Écurie"];

    private static readonly string[] HotelNames = ["de la Poste", "du Nord", "des Flandres", "de France", "du Commerce", "de la Gare", "des Remparts", "du Parc"];

    private sealed record Establishment(string Id, string Name, string Type, int? Stars, int? Rooms, int? Pitches, int? Beds, string Commune,
        string Epci, bool Classified, bool NewSince2022, int Seed)
    {
        public int TouristBeds => Vocabulary.TouristBeds(Type, Rooms, Pitches, Beds) ?? 0;
    }

    /// <summary>Adds the two demo inventories and the occupancy, once; returns the rows added.</summary>
    public static async Task<int> SeedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DemoTerritory territory)
    {
        if (await connection.ExecuteScalarAsync<bool>("select exists (select from tourisme.inventory) or exists (select from tourisme.occupancy)",
                transaction: transaction))
            return 0;
        var communes = territory.Communes.Where(c => TourismeIndicators.Epcis.Contains(c.EpciId)).OrderBy(c => c.Id, StringComparer.Ordinal).ToList();
        if (communes.Count == 0)
            return 0;
        var faker = new Faker("fr") { Random = new Randomizer(0x544f5552) };
        var establishments = communes.SelectMany(c => Generate(faker, c)).ToList();

        var added = 0;
        foreach (var (asOf, label) in Inventories)
        {
            var inventory = await connection.ExecuteScalarAsync<int>("""
                insert into tourisme.inventory (label, as_of, source, source_file, demo) values (@label, @asOf, @DemoSource, 'démonstration', true)
                returning id
                """, new { label, asOf, DemoSource }, transaction);
            var kept = asOf.Year < 2025 ? establishments.Where(e => !e.NewSince2022).ToList() : establishments;
            await connection.ExecuteAsync("""
                insert into tourisme.accommodation (inventory_id, id, name, type, stars, rooms, pitches, beds, tourist_beds, commune_id, classified,
                                                    geom, demo_seed)
                select @inventory, e.id, e.name, e.type, e.stars, e.rooms, e.pitches, e.beds, e.tourist_beds, e.commune, e.classified,
                       st_centroid(t.geom), e.seed
                from unnest(@Ids, @Names, @Types, @Stars, @Rooms, @Pitches, @Beds, @TouristBeds, @Communes, @Classified, @Seeds)
                     as e (id, name, type, stars, rooms, pitches, beds, tourist_beds, commune, classified, seed)
                join platform.territory t on t.id = e.commune
                """, new
            {
                inventory,
                Ids = kept.Select(e => e.Id).ToArray(),
                Names = kept.Select(e => e.Name).ToArray(),
                Types = kept.Select(e => e.Type).ToArray(),
                Stars = kept.Select(e => e.Stars).ToArray(),
                Rooms = kept.Select(e => e.Rooms).ToArray(),
                Pitches = kept.Select(e => e.Pitches).ToArray(),
                Beds = kept.Select(e => e.Beds).ToArray(),
                TouristBeds = kept.Select(e => e.TouristBeds).ToArray(),
                Communes = kept.Select(e => e.Commune).ToArray(),
                Classified = kept.Select(e => e.Classified).ToArray(),
                Seeds = kept.Select(e => e.Seed).ToArray(),
            }, transaction);
            added += 1 + kept.Count;
        }
        await PlaceAsync(connection, transaction, [.. communes.Select(c => c.Id)]);

        var months = Occupancy(faker, establishments).ToList();
        await connection.ExecuteAsync("""
            insert into tourisme.occupancy (epci_id, month, nights_sold, nights_offered, source, demo)
            select m.epci, m.month, m.sold, m.offered, 'Enquête de fréquentation — démonstration', true
            from unnest(@Epcis, @Months, @Sold, @Offered) as m (epci, month, sold, offered)
            """, new
        {
            Epcis = months.Select(m => m.Epci).ToArray(),
            Months = months.Select(m => m.Month).ToArray(),
            Sold = months.Select(m => m.Sold).ToArray(),
            Offered = months.Select(m => m.Offered).ToArray(),
        }, transaction);
        return added + months.Count;
    }

    /// <summary>
    /// Places the demo establishments of these communes at a random point of their current contour drawn from their own
    /// seed (shrunk by 20 m, so that they stay inside once back in WGS 84): at seeding, and after a contour import.
    /// Establishments imported by the agency never move.
    /// </summary>
    public static Task<int> PlaceAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyCollection<string> communes) =>
        connection.ExecuteAsync("""
            update tourisme.accommodation a
            set geom = st_transform(st_geometryn(st_generatepoints(
                           case when st_isempty(b.g) then st_transform(t.geom, 2154) else b.g end, 1, a.demo_seed), 1), 4326)
            from platform.territory t
            cross join lateral (select st_buffer(st_transform(t.geom, 2154), -20) as g) b
            where t.id = a.commune_id and a.demo_seed is not null and t.geom is not null and a.commune_id = any(@Communes)
            """, new { Communes = communes.ToArray() }, transaction);

    private static int Poisson(Faker faker, double mean)
    {
        // Knuth's method: enough for the small means of a commune.
        var (limit, k, p) = (Math.Exp(-mean), 0, 1.0);
        do
        {
            k++;
            p *= faker.Random.Double();
        } while (p > limit);
        return k - 1;
    }

    private static IEnumerable<Establishment> Generate(Faker faker, DemoCommune c)
    {
        var insee = c.Id["commune:".Length..];
        var rural = c.EpciId == TourismeModule.Cc7v;
        var valley = rural && Valleys.Contains(insee);
        var number = 0;
        Establishment Make(string type, string name, int? stars, int? rooms, int? pitches, int? beds, bool classified, double newShare) =>
            new($"{insee}-{++number:000}", name, type, stars, rooms, pitches, beds, c.Id, c.EpciId, classified, faker.Random.Bool((float)newShare),
                faker.Random.Int(1, 1_000_000));

        for (var k = Hotels.GetValueOrDefault(insee); k > 0; k--)
        {
            var stars = faker.Random.WeightedRandom([1, 2, 3, 4], [0.1f, 0.4f, 0.4f, 0.1f]);
            yield return Make(Vocabulary.Hotel, $"Hôtel {faker.PickRandom(HotelNames)}", stars, faker.Random.Int(8, rural ? 30 : 70), null, null, true, 0.05);
        }
        if (faker.Random.Bool(valley ? 0.4f : rural ? 0.08f : 0.06f))
            yield return Make(Vocabulary.Camping, $"Camping {faker.PickRandom(GiteNames)}", faker.Random.WeightedRandom([2, 3, 4], [0.3f, 0.5f, 0.2f]),
                null, faker.Random.Int(valley ? 50 : 30, valley ? 180 : 90), null, true, 0.05);
        var gites = Poisson(faker, rural ? (valley ? 4.0 : 1.6) + c.Population / 800.0 : 0.5 + c.Population / 5000.0);
        for (var k = 0; k < gites; k++)
            yield return Make(Vocabulary.Gite, $"Gîte {faker.PickRandom(GiteNames)}", null, null, null, faker.Random.WeightedRandom([2, 4, 6, 8, 12, 15],
                [0.15f, 0.35f, 0.25f, 0.12f, 0.08f, 0.05f]), false, 0.12);
        var chambres = Poisson(faker, rural ? (valley ? 1.4 : 0.6) : 0.3);
        for (var k = 0; k < chambres; k++)
            yield return Make(Vocabulary.ChambreHotes, $"Chambres d'hôtes {faker.PickRandom(GiteNames)}", null, faker.Random.Int(1, 5), null, null, false, 0.12);
        if (faker.Random.Bool(valley ? 0.12f : 0.03f))
            yield return Make(Vocabulary.Collectif, faker.PickRandom("Gîte de groupe", "Centre d'hébergement", "Village de vacances") + $" {faker.PickRandom(GiteNames)}",
                null, null, null, faker.Random.Int(20, 90), false, 0.05);
        if (insee is "62447" or "62119")
            yield return Make(Vocabulary.Residence, $"Résidence {faker.PickRandom(GiteNames)}", 3, null, null, faker.Random.Int(60, 140), true, 0.0);
    }

    /// <summary>The nights offered by the hotels, campings (April to October) and chambres d'hôtes of the 2025 inventory, and a seasonal share of them sold.</summary>
    private static IEnumerable<(string Epci, string Month, int Sold, int Offered)> Occupancy(Faker faker, List<Establishment> establishments)
    {
        double[] season = [0.30, 0.34, 0.40, 0.49, 0.55, 0.60, 0.73, 0.80, 0.58, 0.47, 0.36, 0.33];
        double[] business = [0.46, 0.52, 0.57, 0.59, 0.61, 0.60, 0.58, 0.55, 0.62, 0.60, 0.54, 0.44];
        foreach (var epci in TourismeIndicators.Epcis)
        {
            var mine = establishments.Where(e => e.Epci == epci).ToList();
            var rooms = mine.Where(e => e.Type is Vocabulary.Hotel or Vocabulary.ChambreHotes).Sum(e => e.Rooms ?? 0);
            var pitches = mine.Where(e => e.Type == Vocabulary.Camping).Sum(e => e.Pitches ?? 0);
            foreach (var year in new[] { 2023, 2024 })
            {
                for (var month = 1; month <= 12; month++)
                {
                    var days = DateTime.DaysInMonth(year, month);
                    var offered = rooms * days + (month is >= 4 and <= 10 ? pitches * days : 0);
                    var rate = (epci == TourismeModule.Cc7v ? season : business)[month - 1] + faker.Random.Double(-0.03, 0.03) + (year - 2023) * 0.01;
                    yield return (epci, $"{year}-{month:00}", (int)Math.Round(offered * rate), offered);
                }
            }
        }
    }
}
