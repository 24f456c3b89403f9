using Bogus;
using Dapper;
using Npgsql;
using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Indicators;

namespace Observatoires.Api.Observatories.Commerce;

/// <summary>
/// Deterministic demo data: the centralities of the AULA perimeter (the four Action Cœur de Ville centre-villes, the
/// six Petites Villes de Demain, four centre-bourgs of villages d'avenir, three retail parks) and two field surveys,
/// 2021 and 2024, of their cells laid along a few shopping streets from each town's real centre. Vacancy is drawn to
/// plausible rates (8–20 % in the centre-villes), falling between the surveys in the ACV towns and rising in some small
/// towns; between the surveys cells open, close, change activity, a few appear and a few disappear.
/// </summary>
internal static class DemoSurveys
{
    /// <param name="Lon">The real centre (the main square), where the streets start.</param>
    /// <param name="Cells">Cells in 2021.</param>
    /// <param name="Vacancy2021">Share of vacant cells in 2021 (0–1); likewise 2024.</param>
    private sealed record Demo(string Id, string Name, string Kind, string Insee, string[] Programmes, string Prefix, double Lon, double Lat,
        int Cells, double Vacancy2021, double Vacancy2024);

    private static readonly Demo[] Centralities =
    [
        new("bethune-centre", "Centre-ville de Béthune", "centre_ville", "62119", ["acv"], "BET", 2.6405, 50.5297, 310, 0.148, 0.121),
        new("bruay-centre", "Centre-ville de Bruay-la-Buissière", "centre_ville", "62178", ["acv"], "BRU", 2.5487, 50.4836, 190, 0.195, 0.163),
        new("lens-centre", "Centre-ville de Lens", "centre_ville", "62498", ["acv"], "LEN", 2.8300, 50.4317, 330, 0.172, 0.136),
        new("lievin-centre", "Centre-ville de Liévin", "centre_ville", "62510", ["acv"], "LIE", 2.7785, 50.4226, 170, 0.160, 0.132),
        new("lillers-centre", "Centre-ville de Lillers", "centre_ville", "62516", ["pvd"], "LIL", 2.4817, 50.5616, 120, 0.115, 0.146),
        new("isbergues-centre", "Centre-ville d'Isbergues", "centre_ville", "62473", ["pvd"], "ISB", 2.4578, 50.6203, 70, 0.150, 0.178),
        new("hesdin-centre", "Centre-ville de Hesdin", "centre_ville", "62447", ["pvd"], "HES", 2.0381, 50.3739, 100, 0.125, 0.164),
        new("saint-pol-centre", "Centre-ville de Saint-Pol-sur-Ternoise", "centre_ville", "62767", ["pvd"], "SPT", 2.3336, 50.3815, 130, 0.098, 0.119),
        new("auxi-centre", "Centre-ville d'Auxi-le-Château", "centre_ville", "62060", ["pvd"], "AUX", 2.1178, 50.2308, 55, 0.145, 0.182),
        new("frevent-centre", "Centre-ville de Frévent", "centre_ville", "62361", ["pvd"], "FRE", 2.2890, 50.2753, 65, 0.138, 0.124),
        new("pernes-bourg", "Centre-bourg de Pernes", "centre_bourg", "62652", ["villages_avenir"], "PER", 2.4117, 50.4853, 22, 0.13, 0.09),
        new("norrent-fontes-bourg", "Centre-bourg de Norrent-Fontes", "centre_bourg", "62620", ["villages_avenir"], "NOR", 2.4089, 50.5858, 18, 0.11, 0.16),
        new("le-parcq-bourg", "Centre-bourg du Parcq", "centre_bourg", "62647", ["villages_avenir"], "PAR", 2.0969, 50.3781, 12, 0.16, 0.08),
        new("anvin-bourg", "Centre-bourg d'Anvin", "centre_bourg", "62036", ["villages_avenir"], "ANV", 2.2539, 50.4464, 14, 0.14, 0.14),
        new("lens-2-vendin", "Pôle commercial Lens 2 (Vendin-le-Vieil)", "pole_peripherique", "62842", [], "VEN", 2.8612, 50.4576, 90, 0.04, 0.075),
        new("fouquieres-zone", "Zone commerciale de Fouquières-lès-Béthune", "pole_peripherique", "62350", [], "FOU", 2.6130, 50.5155, 60, 0.05, 0.09),
        new("saint-pol-zone", "Zone commerciale du Ternois (Saint-Pol-sur-Ternoise)", "pole_peripherique", "62767", [], "SPZ", 2.3510, 50.3905, 35, 0.06, 0.08),
    ];

    private static readonly string[] TownStreets =
    [
        "rue d'Arras", "rue de la Gare", "rue Jean Jaurès", "rue du Général de Gaulle", "place de la République", "rue de Lille",
        "rue Gambetta", "rue du Marché", "rue Victor Hugo", "rue Pasteur", "rue de la Paix", "rue Carnot", "rue de l'Église",
        "place du Marché", "rue Faidherbe", "rue Émile Zola",
    ];

    private static readonly string[] ParkStreets = ["avenue du Commerce", "rue de l'Industrie", "allée des Artisans", "chemin des Postes"];

    /// <summary>The agency's surveyors of each campaign (agency-only information, never published).</summary>
    private static readonly string[][] Surveyors = [["Camille Lefebvre", "Julien Delattre", "Sarah Wattez"], ["Camille Lefebvre", "Thomas Lemaire", "Inès Caron"]];

    private static readonly (string Label, DateOnly From, DateOnly To)[] Campaigns =
    [
        ("Relevé terrain 2021", new(2021, 4, 6), new(2021, 7, 9)),
        ("Relevé terrain 2024", new(2024, 3, 4), new(2024, 6, 28)),
    ];

    private static readonly Dictionary<string, string[]> Signs = new()
    {
        ["alimentaire"] = ["Boulangerie", "Boucherie", "Primeur", "Épicerie", "Fromagerie", "Supérette", "Pâtisserie", "Cave"],
        ["equipement_personne"] = ["Boutique", "Chaussures", "Prêt-à-porter", "Bijouterie", "Maroquinerie", "Mode"],
        ["equipement_maison"] = ["Décoration", "Quincaillerie", "Électroménager", "Meubles", "Droguerie", "Literie"],
        ["culture_loisirs"] = ["Librairie", "Fleurs", "Jouets", "Tabac-presse", "Sports", "Photo"],
        ["hygiene_sante_beaute"] = ["Pharmacie", "Optique", "Institut", "Parfumerie", "Audition"],
        ["chr"] = ["Café", "Brasserie", "Restaurant", "Friterie", "Pizzeria", "Hôtel", "Estaminet"],
        ["services"] = ["Coiffure", "Agence immobilière", "Banque", "Assurances", "Pressing", "Agence de voyages", "Cordonnerie"],
        ["automobile"] = ["Garage", "Cycles", "Auto-école", "Contrôle technique"],
        ["autre"] = ["Atelier", "Dépôt-vente", "Boutique"],
    };

    private static readonly string[] ActivityCodes = [.. Vocabulary.Activities.Select(a => a.Code)];

    // Activity mixes, in the order of the vocabulary (they add up to 1, as Bogus requires).
    private static readonly float[] TownMix = [0.15f, 0.13f, 0.05f, 0.08f, 0.14f, 0.17f, 0.22f, 0.02f, 0.04f];
    private static readonly float[] VillageMix = [0.22f, 0.05f, 0.04f, 0.08f, 0.14f, 0.20f, 0.20f, 0.05f, 0.02f];
    private static readonly float[] ParkMix = [0.10f, 0.26f, 0.24f, 0.10f, 0.07f, 0.10f, 0.04f, 0.07f, 0.02f];

    private sealed record Cell(int Survey, string CellId, string? Name, string Address, string Commune, string Centrality, string? Activity,
        string? PreviousActivity, string Status, DateOnly SurveyedOn, string Surveyor, double Dx, double Dy);

    /// <summary>Adds the demo centralities and the two surveys, once; returns the rows added.</summary>
    public static async Task<int> SeedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DemoTerritory territory)
    {
        if (await connection.ExecuteScalarAsync<bool>("select exists (select from commerce.survey) or exists (select from commerce.centrality)",
                transaction: transaction))
            return 0;
        var communes = territory.Communes.Select(c => c.Id).ToHashSet();
        var centralities = Centralities.Where(c => communes.Contains("commune:" + c.Insee)).ToList();
        if (centralities.Count == 0)
            return 0;

        var surveys = new List<int>();
        foreach (var (label, from, to) in Campaigns)
            surveys.Add(await connection.ExecuteScalarAsync<int>("""
                insert into commerce.survey (label, surveyed_from, surveyed_to, source_file, demo)
                values (@label, @from, @to, 'démonstration', true) returning id
                """, new { label, from, to }, transaction));
        await connection.ExecuteAsync("""
            insert into commerce.centrality (id, name, kind, commune_id, demo_anchor)
            select c.id, c.name, c.kind, 'commune:' || c.insee, st_setsrid(st_makepoint(c.lon, c.lat), 4326)
            from unnest(@Ids, @Names, @Kinds, @Insee, @Lon, @Lat) as c (id, name, kind, insee, lon, lat)
            """, new
        {
            Ids = centralities.Select(c => c.Id).ToArray(),
            Names = centralities.Select(c => c.Name).ToArray(),
            Kinds = centralities.Select(c => c.Kind).ToArray(),
            Insee = centralities.Select(c => c.Insee).ToArray(),
            Lon = centralities.Select(c => c.Lon).ToArray(),
            Lat = centralities.Select(c => c.Lat).ToArray(),
        }, transaction);
        var memberships = centralities.SelectMany(c => c.Programmes.Select(p => (c.Id, Programme: p))).ToList();
        await connection.ExecuteAsync("insert into commerce.centrality_programme select * from unnest(@Ids, @Programmes)",
            new { Ids = memberships.Select(m => m.Id).ToArray(), Programmes = memberships.Select(m => m.Programme).ToArray() }, transaction);

        var faker = new Faker("fr") { Random = new Randomizer(0x434f4d4d) };
        var cells = centralities.SelectMany(c => Generate(faker, c, surveys[0], surveys[1])).ToList();
        await connection.ExecuteAsync("""
            insert into commerce.cell (survey_id, cell_id, name, address, commune_id, centrality_id, activity, previous_activity, status,
                                       surveyed_on, surveyor, geom, demo_dx, demo_dy)
            select c.survey, c.cell, c.name, c.address, c.commune, c.centrality, c.activity, c.previous, c.status, c.surveyed_on, c.surveyor,
                   z.demo_anchor, c.dx, c.dy
            from unnest(@Survey, @CellId, @Name, @Address, @Commune, @Centrality, @Activity, @Previous, @Status, @SurveyedOn, @Surveyor, @Dx, @Dy)
                 as c (survey, cell, name, address, commune, centrality, activity, previous, status, surveyed_on, surveyor, dx, dy)
            join commerce.centrality z on z.id = c.centrality
            """, new
        {
            Survey = cells.Select(c => c.Survey).ToArray(),
            CellId = cells.Select(c => c.CellId).ToArray(),
            Name = cells.Select(c => c.Name).ToArray(),
            Address = cells.Select(c => c.Address).ToArray(),
            Commune = cells.Select(c => c.Commune).ToArray(),
            Centrality = cells.Select(c => c.Centrality).ToArray(),
            Activity = cells.Select(c => c.Activity).ToArray(),
            Previous = cells.Select(c => c.PreviousActivity).ToArray(),
            Status = cells.Select(c => c.Status).ToArray(),
            SurveyedOn = cells.Select(c => c.SurveyedOn).ToArray(),
            Surveyor = cells.Select(c => c.Surveyor).ToArray(),
            Dx = cells.Select(c => c.Dx).ToArray(),
            Dy = cells.Select(c => c.Dy).ToArray(),
        }, transaction);
        await PlaceAsync(connection, transaction, [.. centralities.Select(c => "commune:" + c.Insee).Distinct()]);
        return surveys.Count + centralities.Count + cells.Count;
    }

    /// <summary>
    /// Lays the demo cells of these communes out from their centrality's centre (the real one, or a point inside the commune
    /// when its contour does not hold it), each inside its commune, then draws the demo centralities around their cells
    /// (PlaceDemoCells.sql): at seeding, and after a contour import. Cells and centralities of the agency never move.
    /// </summary>
    public static Task<int> PlaceAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyCollection<string> communes) =>
        connection.ExecuteAsync(SqlResource.Get("Observatories/Commerce/PlaceDemoCells.sql"), new { Communes = communes.ToArray() }, transaction);

    private sealed class Slot
    {
        public required string CellId { get; init; }
        public required string Address { get; init; }
        public required double Dx { get; init; }
        public required double Dy { get; init; }
        public string Status { get; set; } = Vocabulary.Active;
        public string? Activity { get; set; }
        public string? Previous { get; set; }
        public string? Name { get; set; }
    }

    /// <summary>Both surveys of one centrality: its cells along its streets, their statuses and activities.</summary>
    private static IEnumerable<Cell> Generate(Faker faker, Demo c, int firstSurvey, int secondSurvey)
    {
        var park = c.Kind == "pole_peripherique";
        var mix = park ? ParkMix : c.Kind == "centre_bourg" ? VillageMix : TownMix;
        var streets = faker.Random.Shuffle(park ? ParkStreets : TownStreets).Take(Math.Clamp(c.Cells / 35 + 1, 1, 6)).ToList();
        var bearings = streets.Select((_, i) => 2 * Math.PI * i / streets.Count + faker.Random.Double(-0.3, 0.3)).ToList();
        var nextOnStreet = new int[streets.Count];
        // Shop fronts every 9 m on both sides of a street (every 30 m on a retail park), from 20 m off the main square.
        var spacing = park ? 30.0 : 9.0;
        var number = 1;
        Slot NewSlot()
        {
            var street = faker.Random.Number(streets.Count - 1);
            var i = nextOnStreet[street]++;
            var side = i % 2 == 0 ? 1 : -1;
            var along = 20 + spacing * (i / 2);
            var across = side * (park ? 25 : 7);
            var (sin, cos) = Math.SinCos(bearings[street]);
            var houseNumber = 2 * (i / 2) + (side > 0 ? 1 : 2);
            return new Slot
            {
                CellId = $"{c.Prefix}-{number++:0000}",
                Address = $"{houseNumber} {streets[street]}",
                Dx = Math.Round(along * cos - across * sin, 1),
                Dy = Math.Round(along * sin + across * cos, 1),
            };
        }
        string Activity() => faker.Random.WeightedRandom(ActivityCodes, mix);
        string Sign(string activity) => $"{faker.PickRandom(Signs[activity])} {faker.Name.LastName()}";

        // 2021: exact vacancy, about 1.5 % under works, the others active.
        var slots = Enumerable.Range(0, c.Cells).Select(_ => NewSlot()).ToList();
        var order = faker.Random.Shuffle(Enumerable.Range(0, slots.Count)).ToList();
        var vacant = (int)Math.Round(c.Cells * c.Vacancy2021);
        var works = (int)Math.Round(c.Cells * 0.015);
        for (var k = 0; k < order.Count; k++)
        {
            var slot = slots[order[k]];
            if (k < vacant + works)
            {
                slot.Status = k < vacant ? Vocabulary.Vacant : Vocabulary.Works;
                slot.Previous = faker.Random.Bool(0.8f) ? Activity() : null;
            }
            else
            {
                slot.Activity = Activity();
                slot.Name = Sign(slot.Activity);
            }
        }
        foreach (var cell in Emit(faker, c, firstSurvey, 0, slots))
            yield return cell;

        // 2024: a few cells merged into their neighbours, a few new ones (divided or built), then openings and closures.
        var removed = faker.Random.Shuffle(slots).Take((int)Math.Round(c.Cells * 0.006)).ToHashSet();
        var kept = slots.Where(s => !removed.Contains(s)).Select(s => new Slot
        {
            CellId = s.CellId,
            Address = s.Address,
            Dx = s.Dx,
            Dy = s.Dy,
            Status = s.Status,
            Activity = s.Activity,
            Previous = s.Activity ?? s.Previous,
            Name = s.Name,
        }).ToList();
        foreach (var s in kept)
        {
            if (s.Status == Vocabulary.Works || (s.Status == Vocabulary.Vacant && faker.Random.Bool(0.3f)))
            {
                s.Status = s.Status == Vocabulary.Works && faker.Random.Bool(0.3f) ? Vocabulary.Vacant : Vocabulary.Active;
                if (s.Status == Vocabulary.Active)
                    Open(s);
            }
            else if (s.Status == Vocabulary.Active)
            {
                s.Previous = null;
                if (faker.Random.Bool(0.04f))
                    Open(s);
                else if (faker.Random.Bool(0.07f))
                    s.Name = Sign(s.Activity!);
            }
            else if (faker.Random.Bool(0.05f))
                s.Status = Vocabulary.Works;
        }
        var added = (int)Math.Round(c.Cells * 0.02);
        for (var k = 0; k < added; k++)
        {
            var s = NewSlot();
            s.Status = faker.Random.WeightedRandom([Vocabulary.Active, Vocabulary.Vacant, Vocabulary.Works], [0.6f, 0.25f, 0.15f]);
            if (s.Status == Vocabulary.Active)
                Open(s);
            kept.Add(s);
        }
        // Reach the survey's vacancy: close active cells, or open vacant ones.
        var target = (int)Math.Round(kept.Count * c.Vacancy2024);
        var gap = target - kept.Count(s => s.Status == Vocabulary.Vacant);
        var candidates = faker.Random.Shuffle(kept.Where(s => s.Status == (gap > 0 ? Vocabulary.Active : Vocabulary.Vacant))).Take(Math.Abs(gap));
        foreach (var s in candidates)
        {
            if (gap > 0)
            {
                s.Previous = s.Activity;
                (s.Status, s.Activity, s.Name) = (Vocabulary.Vacant, null, null);
            }
            else
                Open(s);
        }
        foreach (var cell in Emit(faker, c, secondSurvey, 1, kept))
            yield return cell;

        void Open(Slot s)
        {
            var activity = Activity();
            // A change of activity is a change: draw again when the draw repeats the cell's activity.
            if (activity == s.Activity)
                activity = ActivityCodes[(Array.IndexOf(ActivityCodes, activity) + 1 + faker.Random.Number(ActivityCodes.Length - 2)) % ActivityCodes.Length];
            s.Previous = null;
            (s.Status, s.Activity, s.Name) = (Vocabulary.Active, activity, Sign(activity));
        }
    }

    private static IEnumerable<Cell> Emit(Faker faker, Demo c, int survey, int campaign, List<Slot> slots)
    {
        var (_, from, to) = Campaigns[campaign];
        var surveyor = faker.PickRandom(Surveyors[campaign]);
        var day = from.AddDays(faker.Random.Number(to.DayNumber - from.DayNumber - 3));
        // A centrality is surveyed over a day or a few, by one surveyor.
        foreach (var s in slots)
            yield return new Cell(survey, s.CellId, s.Name, s.Address, "commune:" + c.Insee, c.Id, s.Activity,
                s.Status == Vocabulary.Active ? null : s.Previous, s.Status, day.AddDays(faker.Random.Number(2)), surveyor, s.Dx, s.Dy);
    }
}
