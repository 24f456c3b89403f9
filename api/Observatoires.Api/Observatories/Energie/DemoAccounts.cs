using Bogus;
using Dapper;
using Npgsql;
using Observatoires.Api.Platform.Indicators;

namespace Observatoires.Api.Observatories.Energie;

/// <summary>
/// Deterministic energy accounts per commune (consumption 2012–2022, production 2012–2023, emissions 2012–2022),
/// anchored so that the stored rows add up exactly to the figures of the agency's 2024 activity report: the AULA's
/// consumption of 12,756 GWh in 2022 with 47 % of gas, its production of 1,192 GWh in 2023 (so a decarbonised
/// balance of 9.3 %), its direct emissions of 4.43 Mt CO2e, the wind, rooftop PV, ground PV, mine gas and
/// non-renewable thermal production of 2023 per EPCI, and the région's totals (the AULA's consumption being 7 % of
/// them, its emissions 9 %). Everything below the report's figures is demo: the split between communes follows
/// population, the big industrial sites and rurality; the other years follow plausible trends.
/// Amounts are allocated in MWh (tonnes for emissions) as integers, so that the sums are exact.
/// </summary>
internal static class DemoAccounts
{
    public const int FirstYear = 2012, LastConsumptionYear = 2022, LastProductionYear = 2023;
    public const string Origin = "Démonstration ancrée sur le rapport d'activité 2024 de l'AULA";
    public const string Aula = "groupement:aula";

    // EPCIs of the report.
    private const string Cabbalr = "epci:200072460", Call = "epci:246200364", Ternois = "epci:200069672", Cc7v = "epci:200044030", Cahc = "epci:246200299";

    /// <summary>
    /// The AULA's consumption in 2022 by sector and carrier (MWh): 12,756 GWh, of which 5,995.3 GWh of gas (47 %),
    /// and 5,360 GWh for industry (the figure the Toile's large sites are a share of).
    /// </summary>
    public static readonly IReadOnlyDictionary<(string Sector, string Carrier), long> AulaConsumption2022 = new Dictionary<(string, string), long>
    {
        [("residentiel", "electricite")] = 1_000_000,
        [("residentiel", "gaz")] = 1_660_000,
        [("residentiel", "chaleur")] = 120_000,
        [("residentiel", "petrole")] = 200_000,
        [("residentiel", "bois")] = 340_000,
        [("tertiaire", "electricite")] = 700_000,
        [("tertiaire", "gaz")] = 560_000,
        [("tertiaire", "chaleur")] = 70_000,
        [("tertiaire", "petrole")] = 70_000,
        [("industrie", "electricite")] = 1_300_000,
        [("industrie", "gaz")] = 3_700_000,
        [("industrie", "chaleur")] = 40_000,
        [("industrie", "petrole")] = 150_000,
        [("industrie", "bois")] = 70_000,
        [("industrie", "autres")] = 100_000,
        [("transport", "electricite")] = 40_000,
        [("transport", "gaz")] = 45_000,
        [("transport", "petrole")] = 2_125_000,
        [("transport", "autres")] = 90_000,
        [("agriculture", "electricite")] = 50_000,
        [("agriculture", "gaz")] = 30_300,
        [("agriculture", "petrole")] = 280_000,
        [("agriculture", "bois")] = 15_700,
    };

    /// <summary>The AULA's direct emissions in 2022 by sector (tonnes CO2e): 4.43 Mt.</summary>
    private static readonly IReadOnlyDictionary<string, long> AulaEmissions2022 = new Dictionary<string, long>
    {
        ["residentiel"] = 620_000,
        ["tertiaire"] = 240_000,
        ["industrie"] = 2_240_000,
        ["transport"] = 720_000,
        ["agriculture"] = 610_000,
    };

    /// <summary>The big industrial consumers' communes and their share of the AULA's industrial consumption.</summary>
    private static readonly IReadOnlyDictionary<string, double> IndustrialCommunes = new Dictionary<string, double>
    {
        ["commune:62473"] = 0.20, // Isbergues: Aperam Stainless France
        ["commune:62119"] = 0.09, // Béthune: McCain and the industrial zone
        ["commune:62413"] = 0.07, // Harnes: McCain
        ["commune:62276"] = 0.06, // Douvrin: the engine plant
        ["commune:62895"] = 0.06, // Wingles
        ["commune:62563"] = 0.06, // Mazingarbe: the chemical platform
        ["commune:62516"] = 0.04, // Lillers
        ["commune:62842"] = 0.03, // Vendin-le-Vieil
        ["commune:62132"] = 0.03, // Billy-Berclau
        ["commune:62727"] = 0.02, // Ruitz
    };

    /// <summary>Named production of 2023 (MWh) and its first year: the report's sites and figures.</summary>
    private static readonly (string Commune, string Source, long Mwh2023, int Since)[] NamedProduction =
    [
        ("commune:62480", "pv_sol", 5_900, 2021), // Labourse, Corsica Sol
        ("commune:62497", "pv_sol", 18_000, 2020), // Leforest, Général du solaire
        ("commune:62065", "gaz_de_mine", 8_500, 2012), // Avion
        ("commune:62270", "gaz_de_mine", 3_000, 2016), // Divion
        ("commune:62516", "biogaz", 12_000, 2023), // Lillers, Agriméthalys
        ("commune:62119", "biogaz", 26_000, 2005), // Béthune, McCain
        ("commune:62413", "biogaz", 14_000, 2005), // Harnes, McCain
        ("commune:62514", "biogaz", 8_000, 2021), // Ligny-Saint-Flochel, Biogaz du Ternois
        ("commune:62352", "biogaz", 8_000, 2021), // Framecourt, Ternois Méthagri
        ("commune:62154", "biogaz", 6_000, 2013), // Bonnières, SARL C. Bioénergies
        ("commune:62282", "biogaz", 10_000, 2021), // Éclimeux, Bioénergie Eclimeux
        ("commune:62872", "biogaz", 10_000, 2020), // Wamin, SCAE Magnolias
        ("commune:62274", "biogaz", 15_000, 2022), // Dourges, Agriunion bioénergie
        ("commune:62427", "biogaz", 10_000, 2015), // Hénin-Beaumont, SYMEVAD
        ("commune:62427", "biogaz", 3_000, 2013), // Hénin-Beaumont, STEP
        ("commune:62443", "valorisation_dechets", 45_000, 2016), // UVE Hersin-Coupigny
        ("commune:62479", "valorisation_dechets", 30_000, 1978), // UVE Labeuvrière
        ("commune:62628", "valorisation_dechets", 40_000, 2021), // Noyelles-sous-Lens
        ("commune:62250", "valorisation_dechets", 25_000, 2023), // Courrières, Sotrenor
        ("commune:62050", "hydraulique", 400, 1990), // Auchy-lès-Hesdin, Filature d'Auchy
        ("commune:62142", "hydraulique", 300, 1990), // Blingel, FJPM
        ("commune:62388", "hydraulique", 200, 1990), // Grigny
        ("commune:62822", "hydraulique", 300, 1990), // Tollent, Moulin d'Enconnay
        ("commune:62498", AccountTerms.NonRenewableThermal, 40_000, 1968), // Lens heat network
        ("commune:62510", AccountTerms.NonRenewableThermal, 20_000, 1992), // Liévin heat network
        ("commune:62065", AccountTerms.NonRenewableThermal, 16_500, 1964), // Avion heat network (CALL: 85 GWh with the mine gas)
        ("commune:62119", AccountTerms.NonRenewableThermal, 34_000, 1972), // Béthune heat network (CABBALR: 37 GWh with the mine gas)
        ("commune:62447", AccountTerms.NonRenewableThermal, 2_200, 2000), // Hesdin-la-Forêt (CC7V)
    ];

    /// <summary>Wind in 2023 per EPCI: MWh and the number of communes with turbines.</summary>
    private static readonly (string Epci, long Mwh, int Communes)[] Wind =
        [(Ternois, 492_000, 16), (Cc7v, 298_000, 4), (Cahc, 39_000, 1), (Cabbalr, 91_000, 3)];

    /// <summary>Rooftop PV in 2023 per EPCI: MWh injected and installations.</summary>
    private static readonly (string Epci, long Mwh, int Installations)[] RooftopPv =
        [(Cabbalr, 7_000, 2_555), (Call, 3_800, 1_270), (Ternois, 3_500, 441), (Cc7v, 2_300, 306), (Cahc, 1_800, 705)];

    /// <summary>Wood-fired boilers: what the AULA's 1,192 GWh leave once the sources above are counted, and the CAHC's.</summary>
    private const long AulaWoodMwh2023 = 66_800, OtherWoodMwh2023 = 10_000;

    /// <summary>The reference territories' own totals: consumption 2022 (MWh), emissions 2022 (t), production 2023 (MWh), rooftop PV installations 2023.</summary>
    private static readonly IReadOnlyDictionary<string, (long Consumption, long Emissions, long Production, int Installations)> ReferenceTotals =
        new Dictionary<string, (long, long, long, int)>
        {
            // The région: the AULA's consumption is 7 % of it (12,756 ÷ 182,229), its emissions 9 % (4,430 ÷ 49,222).
            ["region:32"] = (182_229_000, 49_222_000, 24_800_000, 98_000),
            ["departement:62"] = (43_800_000, 12_900_000, 5_400_000, 24_000),
        };

    private static readonly IReadOnlyDictionary<string, double> ReferenceSectorShares = new Dictionary<string, double>
    {
        ["residentiel"] = 0.26,
        ["tertiaire"] = 0.14,
        ["industrie"] = 0.38,
        ["transport"] = 0.195,
        ["agriculture"] = 0.025,
    };

    private static readonly IReadOnlyDictionary<string, double> ReferenceSourceShares = new Dictionary<string, double>
    {
        ["eolien"] = 0.6,
        ["pv_toiture"] = 0.035,
        ["pv_sol"] = 0.03,
        ["biogaz"] = 0.07,
        ["hydraulique"] = 0.002,
        ["valorisation_dechets"] = 0.08,
        ["bois_energie"] = 0.16,
        ["gaz_de_mine"] = 0.008,
        [AccountTerms.NonRenewableThermal] = 0.015,
    };

    private sealed class Rows
    {
        public readonly Dictionary<(string Territory, int Year, string Kind, string Sector, string Carrier), long> Amounts = [];
        public readonly Dictionary<(string Territory, int Year), int> Installations = [];

        public void Add(string territory, int year, string kind, string sector, string carrier, long amount)
        {
            if (amount > 0)
                Amounts[(territory, year, kind, sector, carrier)] = Amounts.GetValueOrDefault((territory, year, kind, sector, carrier)) + amount;
        }
    }

    public static async Task<int> SeedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DemoTerritory territory)
    {
        if (await connection.ExecuteScalarAsync<bool>("select exists (select from energie.account)", transaction: transaction))
            return 0;
        var aulaEpcis = (await connection.QueryAsync<string>(
            "select member_id from platform.territory_membership where parent_id = @Aula and member_id like 'epci:%'", new { Aula }, transaction)).ToHashSet();
        var rows = new Rows();
        var communes = territory.Communes;
        var inAula = communes.Where(c => aulaEpcis.Contains(c.EpciId)).ToList();
        var others = communes.Where(c => !aulaEpcis.Contains(c.EpciId)).ToList();

        SeedConsumptionAndEmissions(rows, inAula, others);
        SeedProduction(rows, communes, aulaEpcis);
        foreach (var (id, _) in territory.References)
        {
            if (ReferenceTotals.TryGetValue(id, out var totals))
                SeedReference(rows, id, totals);
        }

        var amounts = rows.Amounts.ToList();
        await connection.ExecuteAsync("""
            insert into energie.account (territory_id, year, kind, sector, carrier, value, origin)
            select t, y, k, s, c, v, @Origin from unnest(@Territories, @Years, @Kinds, @Sectors, @Carriers, @Values) as x(t, y, k, s, c, v)
            """, new
        {
            Territories = amounts.Select(a => a.Key.Territory).ToArray(),
            Years = amounts.Select(a => a.Key.Year).ToArray(),
            Kinds = amounts.Select(a => a.Key.Kind).ToArray(),
            Sectors = amounts.Select(a => a.Key.Sector).ToArray(),
            Carriers = amounts.Select(a => a.Key.Carrier).ToArray(),
            Values = amounts.Select(a => a.Value / 1000.0).ToArray(),
            Origin,
        }, transaction);
        var installations = rows.Installations.Where(i => i.Value > 0).ToList();
        await connection.ExecuteAsync("""
            insert into energie.installation (territory_id, year, carrier, installations, origin)
            select t, y, @RooftopPv, n, @Origin from unnest(@Territories, @Years, @Counts) as x(t, y, n)
            """, new
        {
            Territories = installations.Select(i => i.Key.Territory).ToArray(),
            Years = installations.Select(i => i.Key.Year).ToArray(),
            Counts = installations.Select(i => i.Value).ToArray(),
            AccountTerms.RooftopPv,
            Origin,
        }, transaction);
        var targets = await SeedTargetsAsync(connection, transaction, aulaEpcis);
        await EnergieIndicators.RecomputeAsync(connection, transaction);
        return amounts.Count + installations.Count + targets;
    }

    private static Randomizer RandomOf(string id, int salt) => new(id.Aggregate(17, (h, c) => unchecked((h * 31) + c)) ^ salt);

    /// <summary>Consumption relative to 2022, by sector: a slow decline, warm and cold years, the 2020 lockdowns.</summary>
    public static double ConsumptionTrend(string sector, int year)
    {
        var decline = 1 + ((LastConsumptionYear - year) * sector switch
        {
            "residentiel" => 0.009,
            "tertiaire" => 0.006,
            "industrie" => 0.011,
            "transport" => 0.003,
            _ => 0.004,
        });
        var weather = sector is "residentiel" or "tertiaire"
            ? year switch { 2013 => 1.04, 2014 => 0.94, 2016 => 1.02, 2020 => 0.96, 2021 => 1.03, _ => 1 }
            : 1;
        var lockdown = year == 2020 ? sector switch { "transport" => 0.86, "industrie" => 0.92, "tertiaire" => 0.93, _ => 1 } : 1;
        return decline * weather * lockdown;
    }

    private static void SeedConsumptionAndEmissions(Rows rows, IReadOnlyList<DemoCommune> aula, IReadOnlyList<DemoCommune> others)
    {
        // Each commune's weight in each sector: population, with more tertiary in towns, industry at its big sites,
        // farming in the villages.
        var weights = new Dictionary<string, double[]>();
        var aulaPopulation = Math.Max(1, aula.Sum(c => (double)c.Population));
        foreach (var sector in AccountTerms.Sectors.Select(s => s.Code))
        {
            weights[sector] = [.. aula.Select(c =>
            {
                var random = RandomOf(c.Id + sector, 0x45_4E_52);
                var people = Math.Max(c.Population, 30);
                return sector switch
                {
                    "residentiel" => people * random.Double(0.85, 1.15),
                    "tertiaire" => Math.Pow(people, 1.15) * random.Double(0.8, 1.2),
                    "industrie" => (0.34 * people / aulaPopulation * random.Double(0.5, 1.5)) + IndustrialCommunes.GetValueOrDefault(c.Id),
                    "transport" => Math.Pow(people, 0.85) * random.Double(0.8, 1.3),
                    _ => (people < 2000 ? 1.0 : 0.3) * random.Double(0.6, 1.4),
                };
            })];
        }
        var consumption2022 = new Dictionary<(string Commune, string Sector), long>();
        foreach (var ((sector, carrier), total) in AulaConsumption2022)
        {
            var shares = Allocation.Largest(total, weights[sector]);
            for (var i = 0; i < aula.Count; i++)
            {
                AddSeries(rows, aula[i].Id, AccountTerms.Consumption, sector, carrier, shares[i], LastConsumptionYear, ConsumptionTrend);
                consumption2022[(aula[i].Id, sector)] = consumption2022.GetValueOrDefault((aula[i].Id, sector)) + shares[i];
            }
        }
        foreach (var (sector, total) in AulaEmissions2022)
        {
            var byCommune = Allocation.Largest(total, [.. aula.Select(c => (double)consumption2022.GetValueOrDefault((c.Id, sector)))]);
            for (var i = 0; i < aula.Count; i++)
                AddSeries(rows, aula[i].Id, AccountTerms.Emissions, sector, AccountTerms.None, byCommune[i], LastConsumptionYear, EmissionsTrend);
        }

        // Communes outside the AULA (the CA d'Hénin-Carvin): the AULA's amounts per inhabitant, give or take.
        foreach (var commune in others)
        {
            var random = RandomOf(commune.Id, 0x4F_54_48);
            var share = commune.Population / aulaPopulation;
            foreach (var ((sector, carrier), total) in AulaConsumption2022)
                AddSeries(rows, commune.Id, AccountTerms.Consumption, sector, carrier,
                    (long)Math.Round(total * share * random.Double(sector == "industrie" ? 0.3 : 0.8, sector == "industrie" ? 1.5 : 1.2)), LastConsumptionYear, ConsumptionTrend);
            foreach (var (sector, total) in AulaEmissions2022)
                AddSeries(rows, commune.Id, AccountTerms.Emissions, sector, AccountTerms.None,
                    (long)Math.Round(total * share * random.Double(0.7, 1.3)), LastConsumptionYear, EmissionsTrend);
        }
    }

    /// <summary>Emissions relative to 2022: the consumption's trend and a slowly falling carbon intensity.</summary>
    public static double EmissionsTrend(string sector, int year) => ConsumptionTrend(sector, year) * (1 + ((LastConsumptionYear - year) * 0.012));

    /// <summary>Wind relative to 2023: the years' wind.</summary>
    private static readonly double[] WindYears = [0.93, 0.97, 0.9, 1.05, 0.95, 1.02, 0.96, 1.04, 1.08, 0.9, 0.97, 1.0];

    private static void SeedProduction(Rows rows, IReadOnlyList<DemoCommune> communes, HashSet<string> aulaEpcis)
    {
        var known = communes.Select(c => c.Id).ToHashSet();
        foreach (var (commune, source, mwh, since) in NamedProduction.Where(p => known.Contains(p.Commune)))
            AddProduction(rows, commune, source, mwh, since, SteadyYears(commune + source));

        foreach (var (epci, mwh, count) in Wind)
        {
            // The farms stand in villages: the EPCI's smaller communes, picked once.
            var random = RandomOf(epci, 0x57_49_4E);
            var candidates = communes.Where(c => c.EpciId == epci).OrderBy(c => c.Population).ThenBy(c => c.Id, StringComparer.Ordinal).ToList();
            var villages = candidates.Take(Math.Max(count, candidates.Count * 2 / 3)).ToList();
            var chosen = random.Shuffle(villages).Take(count).OrderBy(c => c.Id, StringComparer.Ordinal).ToList();
            var amounts = Allocation.Largest(mwh, [.. chosen.Select(_ => random.Double(0.5, 1.5))]);
            for (var i = 0; i < chosen.Count; i++)
                AddProduction(rows, chosen[i].Id, "eolien", amounts[i], random.Int(2007, 2021), year => WindYears[year - FirstYear]);
        }

        foreach (var (epci, mwh, installations) in RooftopPv)
        {
            var members = communes.Where(c => c.EpciId == epci).ToList();
            var weights = members.Select(c => Math.Max(c.Population, 30) * RandomOf(c.Id, 0x50_56).Double(0.7, 1.3)).ToList();
            var amounts = Allocation.Largest(mwh, weights);
            var counts = Allocation.Largest(installations, weights);
            for (var i = 0; i < members.Count; i++)
            {
                AddProduction(rows, members[i].Id, AccountTerms.RooftopPv, amounts[i], 2008, RooftopGrowth);
                for (var year = FirstYear; year <= LastProductionYear; year++)
                    rows.Installations[(members[i].Id, year)] = (int)Math.Round(counts[i] * RooftopGrowth(year));
            }
        }

        var aula = communes.Where(c => aulaEpcis.Contains(c.EpciId)).ToList();
        var others = communes.Where(c => !aulaEpcis.Contains(c.EpciId)).ToList();
        foreach (var (group, mwh) in new[] { (aula, AulaWoodMwh2023), (others, OtherWoodMwh2023) })
        {
            var amounts = Allocation.Largest(mwh, [.. group.Select(c => Math.Max(c.Population, 30) * RandomOf(c.Id, 0x42_4F).Double(0.5, 1.5))]);
            for (var i = 0; i < group.Count; i++)
                AddProduction(rows, group[i].Id, "bois_energie", amounts[i], 2008, year => 0.6 + (0.4 * (year - FirstYear) / (LastProductionYear - FirstYear)));
        }
    }

    /// <summary>Rooftop PV relative to 2023: slow growth, then faster since 2019.</summary>
    private static double RooftopGrowth(int year) => year >= 2019 ? 0.62 + ((year - 2019) * 0.095) : 0.35 + ((year - 2012) * 0.039);

    private static Func<int, double> SteadyYears(string seed)
    {
        var random = RandomOf(seed, 0x53_54);
        var factors = Enumerable.Range(FirstYear, LastProductionYear - FirstYear).Select(_ => random.Double(0.88, 1.08)).Append(1.0).ToArray();
        return year => factors[year - FirstYear];
    }

    /// <summary>A production line of its 2023 amount, from its first year (half of it that year) on.</summary>
    private static void AddProduction(Rows rows, string commune, string source, long mwh2023, int since, Func<int, double> yearFactor)
    {
        for (var year = Math.Max(FirstYear, since); year <= LastProductionYear; year++)
        {
            var amount = year == LastProductionYear ? mwh2023 : (long)Math.Round(mwh2023 * yearFactor(year) * (year == since ? 0.5 : 1));
            rows.Add(commune, year, AccountTerms.Production, AccountTerms.None, source, amount);
        }
    }

    /// <summary>A line given for its last year, and the years before it by its trend.</summary>
    private static void AddSeries(Rows rows, string territory, string kind, string sector, string carrier, long last, int lastYear, Func<string, int, double> trend)
    {
        for (var year = FirstYear; year <= lastYear; year++)
            rows.Add(territory, year, kind, sector, carrier, year == lastYear ? last : (long)Math.Round(last * trend(sector, year)));
    }

    private static void SeedReference(Rows rows, string id, (long Consumption, long Emissions, long Production, int Installations) totals)
    {
        // The AULA's mix of carriers within each sector, the reference's own mix of sectors.
        var cells = AulaConsumption2022.Keys.ToList();
        var sectorTotals = AulaConsumption2022.GroupBy(c => c.Key.Sector).ToDictionary(g => g.Key, g => (double)g.Sum(c => c.Value));
        var consumption = Allocation.Largest(totals.Consumption,
            [.. cells.Select(c => ReferenceSectorShares[c.Sector] * AulaConsumption2022[c] / sectorTotals[c.Sector])]);
        for (var i = 0; i < cells.Count; i++)
            AddSeries(rows, id, AccountTerms.Consumption, cells[i].Sector, cells[i].Carrier, consumption[i], LastConsumptionYear, ConsumptionTrend);
        var sectors = AulaEmissions2022.Keys.ToList();
        var emissions = Allocation.Largest(totals.Emissions, [.. sectors.Select(s => (double)AulaEmissions2022[s])]);
        for (var i = 0; i < sectors.Count; i++)
            AddSeries(rows, id, AccountTerms.Emissions, sectors[i], AccountTerms.None, emissions[i], LastConsumptionYear, EmissionsTrend);
        var sources = ReferenceSourceShares.Keys.ToList();
        var production = Allocation.Largest(totals.Production, [.. sources.Select(s => ReferenceSourceShares[s])]);
        for (var i = 0; i < sources.Count; i++)
        {
            Func<int, double> factor = sources[i] switch
            {
                "eolien" => year => (0.45 + (0.55 * (year - FirstYear) / (LastProductionYear - FirstYear))) * WindYears[year - FirstYear],
                AccountTerms.RooftopPv => RooftopGrowth,
                _ => SteadyYears(id + sources[i]),
            };
            AddProduction(rows, id, sources[i], production[i], FirstYear - 1, factor);
        }
        for (var year = FirstYear; year <= LastProductionYear; year++)
            rows.Installations[(id, year)] = (int)Math.Round(totals.Installations * RooftopGrowth(year));
    }

    /// <summary>Demo objectives of the decarbonised balance: the SRADDET's for the région, a SCoT's and PCAETs'.</summary>
    private static async Task<int> SeedTargetsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, HashSet<string> aulaEpcis)
    {
        (string Territory, int Year, double Share, string Document)[] targets =
        [
            ("region:32", 2030, 0.28, "SRADDET Hauts-de-France (objectif de démonstration)"),
            ("region:32", 2050, 0.6, "SRADDET Hauts-de-France (objectif de démonstration)"),
            (Aula, 2030, 0.18, "SCoT de l'Artois (objectif de démonstration)"),
            (Aula, 2050, 0.5, "SCoT de l'Artois (objectif de démonstration)"),
            (Cabbalr, 2030, 0.15, "PCAET de la CABBALR (objectif de démonstration)"),
            (Cabbalr, 2050, 0.45, "PCAET de la CABBALR (objectif de démonstration)"),
            (Call, 2030, 0.12, "PCAET de la CALL (objectif de démonstration)"),
            (Call, 2050, 0.4, "PCAET de la CALL (objectif de démonstration)"),
            (Ternois, 2030, 1.2, "PCAET du Ternois (objectif de démonstration)"),
            (Cc7v, 2030, 0.9, "PCAET des 7 Vallées (objectif de démonstration)"),
        ];
        var known = (await connection.QueryAsync<string>("select id from platform.territory where id = any(@Ids)",
            new { Ids = targets.Select(t => t.Territory).Distinct().ToArray() }, transaction)).ToHashSet();
        var kept = targets.Where(t => known.Contains(t.Territory) && (t.Territory.StartsWith("epci:", StringComparison.Ordinal) ? aulaEpcis.Contains(t.Territory) : true)).ToList();
        return await connection.ExecuteAsync("""
            insert into energie.balance_target (territory_id, year, share, document, demo)
            select t, y, s, d, true from unnest(@Territories, @Years, @Shares, @Documents) as x(t, y, s, d)
            on conflict do nothing
            """, new
        {
            Territories = kept.Select(t => t.Territory).ToArray(),
            Years = kept.Select(t => t.Year).ToArray(),
            Shares = kept.Select(t => t.Share).ToArray(),
            Documents = kept.Select(t => t.Document).ToArray(),
        }, transaction);
    }
}
