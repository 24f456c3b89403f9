using Bogus;
using Dapper;
using Npgsql;
using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Indicators;

namespace Observatoires.Api.Observatories.Energie.Sites;

/// <summary>
/// The production sites of the activity report (names, communes, years, the ground PV plants' capacity and output,
/// the heat networks' delivery points, the mine gas volumes), with demo values where it gives none (positions,
/// capacities, other outputs, the substations' S3RENR capacity); and demo wind farms, one per commune with wind,
/// whose output adds up to the report's 2023 wind production of each EPCI. Deterministic (Bogus, fixed seed).
/// </summary>
internal static class DemoSites
{
    private const string Report = "Rapport d'activité 2024 de l'AULA";

    /// <summary>The report's wind production in 2023 (GWh) and the number of communes with wind, per EPCI.</summary>
    public static readonly IReadOnlyList<(string Epci, double Gwh, int Communes)> Wind2023 =
    [
        ("epci:200069672", 492, 16), // CC du Ternois
        ("epci:200044030", 298, 4),  // CC des 7 Vallées
        ("epci:246200299", 39, 1),   // CA d'Hénin-Carvin
        ("epci:200072460", 91, 3),   // CA de Béthune-Bruay, Artois-Lys Romane
    ];

    /// <summary>The three methanisation units the report lists as "projet confidentiel": partner data.</summary>
    public static readonly IReadOnlyList<string> ConfidentialIds = ["methanisation-beaurainville", "methanisation-hericourt", "methanisation-valhuon"];

    private sealed record Seed(string Id, string Kind, string Name, string? Operator, string Commune, int? Year, double? CapacityMw,
        double? ProductionGwh, string Status, int? DeliveryPoints, double? S3renrMw, string? Note, bool Confidential, string Source);

    public static async Task<int> SeedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DemoTerritory territory)
    {
        if (await connection.ExecuteScalarAsync<bool>("select exists (select from energie.site)", transaction: transaction))
            return 0;
        var seeds = Sites(territory);
        var added = await connection.ExecuteAsync("""
            insert into energie.site (id, kind, name, operator, commune_id, commissioned_year, capacity_mw, production_gwh, status,
                delivery_points, s3renr_capacity_mw, note, confidential, source, demo_seed, geom)
            select s.id, s.kind, s.name, s.operator, s.commune, s.year, s.capacity, s.production, s.status, s.delivery_points,
                   s.s3renr, s.note, s.confidential, s.source, s.seed, st_pointonsurface(c.geom)
            from unnest(@Ids, @Kinds, @Names, @Operators, @Communes, @Years, @Capacities, @Productions, @Statuses, @DeliveryPoints,
                        @S3renr, @Notes, @Confidential, @Sources, @PlacementSeeds)
                 as s(id, kind, name, operator, commune, year, capacity, production, status, delivery_points, s3renr, note,
                      confidential, source, seed)
            join platform.territory c on c.id = s.commune and c.geom is not null
            """, new
        {
            Ids = seeds.Select(s => s.Id).ToArray(),
            Kinds = seeds.Select(s => s.Kind).ToArray(),
            Names = seeds.Select(s => s.Name).ToArray(),
            Operators = seeds.Select(s => s.Operator).ToArray(),
            Communes = seeds.Select(s => s.Commune).ToArray(),
            Years = seeds.Select(s => s.Year).ToArray(),
            Capacities = seeds.Select(s => s.CapacityMw).ToArray(),
            Productions = seeds.Select(s => s.ProductionGwh).ToArray(),
            Statuses = seeds.Select(s => s.Status).ToArray(),
            DeliveryPoints = seeds.Select(s => s.DeliveryPoints).ToArray(),
            S3renr = seeds.Select(s => s.S3renrMw).ToArray(),
            Notes = seeds.Select(s => s.Note).ToArray(),
            Confidential = seeds.Select(s => s.Confidential).ToArray(),
            Sources = seeds.Select(s => s.Source).ToArray(),
            PlacementSeeds = seeds.Select(s => PlacementSeed(s.Id)).ToArray(),
        }, transaction);
        await PlaceAsync(connection, transaction, [.. seeds.Select(s => s.Commune).Distinct()]);
        return added;
    }

    /// <summary>
    /// Places the demo sites of these communes inside their current contours (PlaceDemoSites.sql): at seeding, and
    /// after a contour import. Sites with a real position (no placement seed) never move. Returns how many were placed.
    /// </summary>
    public static Task<int> PlaceAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyCollection<string> communes) =>
        connection.ExecuteAsync(SqlResource.Get("Observatories/Energie/Sites/PlaceDemoSites.sql"), new { Communes = communes.ToArray() }, transaction);

    /// <summary>A positive seed from the site's id (FNV-1a): the same site lands on the same point, whatever else is added.</summary>
    internal static int PlacementSeed(string id)
    {
        var hash = 2166136261u;
        foreach (var c in id)
            hash = (hash ^ c) * 16777619u;
        return (int)(hash & 0x7FFFFFFF) | 1;
    }

    private static List<Seed> Sites(DemoTerritory territory)
    {
        var random = new Randomizer(0x454E5247);
        var sites = new List<Seed>();
        const string reportNameYear = $"{Report} (nom, commune, année de mise en service) ; position, puissance et production : données de démonstration";

        // Ground PV: the report gives capacity and output; the position is demo.
        sites.Add(new("pv-sol-labourse", "pv_sol", "Centrale photovoltaïque de Labourse", "Corsica Sol", "commune:62480", null, 4.3, 5.9,
            "en_service", null, null, "Sur une friche industrielle, 10 ha.", false,
            $"{Report} (nom, exploitant, puissance, production, surface) ; position : données de démonstration"));
        sites.Add(new("pv-sol-leforest", "pv_sol", "Centrale photovoltaïque de Leforest", "Général du solaire", "commune:62497", null, 18.8, 18,
            "en_service", null, null, "Sur une ancienne décharge, 22 ha.", false,
            $"{Report} (nom, exploitant, puissance, production, surface) ; position : données de démonstration"));

        // Methanisation: names and years from the report; sizes are demo (farm units 5–25 GWh/yr, the McCain plants more).
        (string Id, string Name, string? Operator, string Commune, int Year)[] methanisation =
        [
            ("methanisation-lillers-agrimethalys", "Agriméthalys", "Agriméthalys", "commune:62516", 2023),
            ("methanisation-dourges-agriunion", "Agriunion bioénergie", "Agriunion bioénergie", "commune:62274", 2022),
            ("methanisation-henin-beaumont-symevad", "Méthanisation des biodéchets du SYMEVAD", "SYMEVAD", "commune:62427", 2015),
            ("methanisation-henin-beaumont-step", "Station d'épuration d'Hénin-Beaumont", null, "commune:62427", 2013),
            ("methanisation-eclimeux-bioenergie", "Bioénergie Eclimeux", "Bioénergie Eclimeux", "commune:62282", 2021),
            ("methanisation-ligny-saint-flochel-biogaz-du-ternois", "Biogaz du Ternois", "Biogaz du Ternois", "commune:62514", 2021),
            ("methanisation-wamin-scae-magnolias", "SCAE Magnolias", "SCAE Magnolias", "commune:62872", 2020),
            ("methanisation-framecourt-ternois-methagri", "Ternois Méthagri", "Ternois Méthagri", "commune:62352", 2021),
            ("methanisation-bonnieres-c-bioenergies", "SARL C. Bioénergies", "SARL C. Bioénergies", "commune:62154", 2013),
            ("methanisation-bethune-mccain", "McCain (Béthune)", "McCain", "commune:62119", 2005),
            ("methanisation-harnes-mccain", "McCain (Harnes)", "McCain", "commune:62413", 2005),
        ];
        foreach (var (id, name, op, commune, year) in methanisation)
        {
            var production = Math.Round(id.Contains("mccain", StringComparison.Ordinal) ? random.Double(25, 45) : random.Double(5, 25), 1);
            sites.Add(new(id, "methanisation", name, op, commune, year, Math.Round(production / 8, 2), production, "en_service", null, null,
                null, false, reportNameYear));
        }
        (string Id, string Commune, int Year)[] confidential =
            [(ConfidentialIds[0], "commune:62100", 2018), (ConfidentialIds[1], "commune:62433", 2021), (ConfidentialIds[2], "commune:62835", 2015)];
        foreach (var (id, commune, year) in confidential)
        {
            var production = Math.Round(random.Double(5, 20), 1);
            sites.Add(new(id, "methanisation", "Unité de méthanisation (projet confidentiel)", null, commune, year, Math.Round(production / 8, 2),
                production, "en_service", null, null, "Projet confidentiel : réservé aux partenaires du groupe de travail énergie.", true,
                $"{Report} (projet confidentiel : commune, année) ; position, puissance et production : données de démonstration"));
        }

        // Waste-to-energy: names, communes, years and Labeuvrière's modernisation from the report.
        (string Id, string Name, string? Operator, string Commune, int Year, string Status)[] waste =
        [
            ("valorisation-dechets-hersin-coupigny", "Unité de valorisation énergétique d'Hersin-Coupigny", null, "commune:62443", 2016, "en_service"),
            ("valorisation-dechets-labeuvriere", "Unité de valorisation énergétique de Labeuvrière", null, "commune:62479", 1978, "modernisation"),
            ("valorisation-dechets-noyelles-sous-lens", "Incinérateur de Noyelles-sous-Lens", null, "commune:62628", 2021, "en_service"),
            ("valorisation-dechets-courrieres-sotrenor", "Sotrenor", "Sotrenor", "commune:62250", 2023, "en_service"),
        ];
        foreach (var (id, name, op, commune, year, status) in waste)
        {
            var production = Math.Round(random.Double(30, 110), 1);
            sites.Add(new(id, "valorisation_dechets", name, op, commune, year, Math.Round(production / 7, 1), production, status, null, null,
                status == "modernisation" ? "En cours de modernisation." : null, false, reportNameYear));
        }

        // Heat networks: creation year and delivery points from the report; capacity and heat delivered are demo.
        (string Commune, string Town, int Year, int Points)[] heat =
            [("commune:62119", "Béthune", 1972, 127), ("commune:62065", "Avion", 1964, 23), ("commune:62498", "Lens", 1968, 59), ("commune:62510", "Liévin", 1992, 34)];
        foreach (var (commune, town, year, points) in heat)
        {
            var production = Math.Round(points * random.Double(0.25, 0.4), 1);
            sites.Add(new($"reseau-chaleur-{Slug(town)}", "reseau_chaleur", $"Réseau de chaleur de {town}", null, commune, year,
                Math.Round(production / 2, 1), production, "en_service", points, null, null, false,
                $"{Report} (commune, année de création, points de livraison) ; position, puissance et chaleur livrée : données de démonstration"));
        }

        // Hydro: the report's four small plants.
        (string Id, string Name, string? Operator, string Commune, string? Note)[] hydro =
        [
            ("hydraulique-auchy-les-hesdin-filature", "Filature d'Auchy", "Filature d'Auchy", "commune:62050", null),
            ("hydraulique-blingel-fjpm", "FJPM", "FJPM", "commune:62142", null),
            ("hydraulique-grigny", "Microcentrale de Grigny", null, "commune:62388", "Installation privée."),
            ("hydraulique-tollent-moulin-d-enconnay", "Moulin d'Enconnay", null, "commune:62822", null),
        ];
        foreach (var (id, name, op, commune, note) in hydro)
        {
            var capacity = Math.Round(random.Double(0.02, 0.2), 3);
            sites.Add(new(id, "hydraulique", name, op, commune, null, capacity, Math.Round(capacity * 8.76 * 0.45, 2), "en_service", null, null,
                note, false, $"{Report} (nom, commune) ; position, puissance et production : données de démonstration"));
        }

        // Mine gas: the report's 2023 volumes at Avion (8.5 GWh) and Divion (3 GWh).
        sites.Add(new("gaz-de-mine-avion", "gaz_de_mine", "Valorisation du gaz de mine d'Avion", null, "commune:62065", null, 1.2, 8.5,
            "en_service", null, null, null, false, $"{Report} (commune, production 2023) ; position et puissance : données de démonstration"));
        sites.Add(new("gaz-de-mine-divion", "gaz_de_mine", "Valorisation du gaz de mine de Divion", null, "commune:62270", null, 0.5, 3,
            "en_service", null, null, null, false, $"{Report} (commune, production 2023) ; position et puissance : données de démonstration"));

        // Source substations: the report's names; La Maie and Mont Croisette are placed by assumption; S3RENR 0–37 MW.
        (string Name, string Commune)[] substations =
        [
            ("Hénin", "commune:62427"), ("Hesdin", "commune:62447"), ("Saint-Pol", "commune:62767"), ("Courrières", "commune:62250"),
            ("Vendin", "commune:62842"), ("Mont Croisette", "commune:62258"), ("Douvrin", "commune:62276"), ("Beuvry", "commune:62126"),
            ("Essars", "commune:62310"), ("Barlin", "commune:62083"), ("Gosnay", "commune:62377"), ("Isbergues", "commune:62473"),
            ("La Maie", "commune:62178"),
        ];
        for (var i = 0; i < substations.Length; i++)
        {
            var (name, commune) = substations[i];
            // The report's range, both ends reached: the first substation has nothing left, the second 37 MW.
            var s3renr = i switch { 0 => 0, 1 => 37, _ => Math.Round(random.Double(1, 36)) };
            sites.Add(new($"poste-source-{Slug(name)}", "poste_source", $"Poste source de {name}", "Enedis", commune, null, null, null, "en_service",
                null, s3renr, null, false,
                $"{Report} (nom du poste, fourchette des capacités S3RENR 0–37 MW) ; commune supposée d'après le nom, position et capacité : données de démonstration"));
        }

        // Wind: one demo farm per commune with wind, in the EPCI's least populated communes, adding up to its 2023 output.
        foreach (var (epci, gwh, count) in Wind2023)
        {
            var candidates = territory.Communes.Where(c => c.EpciId == epci).OrderBy(c => c.Population).ThenBy(c => c.Id)
                .Take(Math.Max(count * 3, count)).OrderBy(c => c.Id).ToList();
            if (candidates.Count < count)
                continue;
            var chosen = random.ListItems(candidates, count).OrderBy(c => c.Id).ToList();
            var weights = chosen.Select(_ => random.Double(0.5, 1.5)).ToList();
            var left = gwh;
            for (var i = 0; i < chosen.Count; i++)
            {
                var production = i == chosen.Count - 1 ? Math.Round(left, 1) : Math.Round(gwh * weights[i] / weights.Sum(), 1);
                left -= production;
                // A load factor of about 24 %: 2.1 GWh a year per MW.
                sites.Add(new($"eolien-{Slug(chosen[i].Name)}-{chosen[i].Id["commune:".Length..]}", "eolien", $"Parc éolien de {chosen[i].Name}", null, chosen[i].Id,
                    random.Number(2005, 2022), Math.Round(production / 2.1, 1), production, "en_service", null, null, null, false,
                    $"Données de démonstration, cohérentes avec la production éolienne 2023 par EPCI du {Report}"));
            }
        }
        return sites;
    }

    /// <summary>Lower-case ASCII words joined by hyphens: "Liévin" → "lievin", "Mont Croisette" → "mont-croisette".</summary>
    internal static string Slug(string text)
    {
        var plain = new string([.. text.Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)]);
        return string.Join('-', System.Text.RegularExpressions.Regex.Split(plain.ToLowerInvariant(), "[^a-z0-9]+").Where(w => w.Length > 0));
    }
}
