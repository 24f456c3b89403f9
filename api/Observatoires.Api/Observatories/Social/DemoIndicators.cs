using System.Globalization;
using Bogus;
using Observatoires.Api.Platform.Indicators;
using Observatoires.Api.Platform.Indicators.Values;
using static Observatoires.Api.Observatories.Social.SocialIndicators;

namespace Observatoires.Api.Observatories.Social;

/// <summary>
/// Plausible social figures for the Artois, deterministic, anchored on each commune's real population. Each commune's
/// persons get a log-normal income distribution (a median of 16,800–19,000 € in the mining towns of the CALL and the
/// CAHC, 18,500–21,000 € in the other towns, up to 24,000 € in the villages, growing 1.7 % a year; wider spreads in the
/// towns), from which its deciles and its poverty rate follow. An EPCI's deciles are those of the mixture of its
/// communes' persons, computed as INSEE computes them from all its households, and stored at EPCI level: the engine
/// could not derive them. The département and the région get their own distribution (a median about 20,300 € and
/// 21,300 € in 2021), the reference EPCIs theirs. RSA households follow the poor; single-parent families and people
/// living alone are commoner in the towns.
/// </summary>
internal static class DemoIndicators
{
    private const string Vintage = "Démonstration 2026";
    public const int First = 2017, Last = 2021;

    // About the national median standard of living (Filosofi), whose 60 % is the poverty line: a demo assumption.
    private static readonly IReadOnlyDictionary<int, double> NationalMedian = new Dictionary<int, double>
    {
        [2017] = 20_820,
        [2018] = 21_250,
        [2019] = 21_930,
        [2020] = 22_400,
        [2021] = 23_160,
    };

    private const string Call = "epci:246200364", Cahc = "epci:246200299";

    private enum Town { Village, SmallTown, MiningTown, Town, Reference }

    private sealed record Profile(string Id, int Population, Town Town, double Median2021, double Sigma, double HouseholdSize,
        double RsaTakeUp, double SingleParents, double Alone);

    public static IEnumerable<ValueRow> Generate(DemoTerritory territory)
    {
        var communes = territory.Communes.Select(c => ProfileOf(c.Id, c.Population, TownOf(c))).ToList();
        var epciOf = territory.Communes.ToDictionary(c => c.Id, c => c.EpciId);
        var references = territory.References.Concat(territory.ReferenceEpcis).Select(r => ProfileOf(r.Id, r.Population, Town.Reference)).ToList();
        for (var year = First; year <= Last; year++)
        {
            var period = year.ToString(CultureInfo.InvariantCulture);
            foreach (var profile in communes.Concat(references))
            {
                foreach (var row in Figures(profile, year, period))
                    yield return row;
            }
            // The EPCIs' distributions: all their persons together, the way INSEE computes them.
            foreach (var epci in communes.GroupBy(c => epciOf[c.Id]))
            {
                var parts = epci.Select(c => (Income(c, year), Persons(c, year))).Where(p => p.Item2 > 0).ToList();
                if (parts.Count > 0)
                {
                    foreach (var row in DistributionRows(epci.Key, period, d => IncomeDistribution.Quantile(parts, d / 10.0)))
                        yield return row;
                }
            }
        }
    }

    private static Town TownOf(DemoCommune c) => c.Population switch
    {
        >= 2_500 when c.EpciId is Call or Cahc => Town.MiningTown,
        >= 8_000 => Town.Town,
        >= 2_500 => Town.SmallTown,
        _ => Town.Village,
    };

    private static Profile ProfileOf(string id, int population, Town town)
    {
        var random = new Randomizer(SeedOf(id));
        var median = id switch
        {
            "departement:62" => 20_300,
            "region:32" => 21_300,
            _ => town switch
            {
                Town.MiningTown => random.Double(16_800, 19_000),
                Town.Town => random.Double(18_500, 21_000),
                Town.SmallTown => random.Double(19_500, 22_000),
                Town.Village => random.Double(20_500, 24_000),
                _ => random.Double(19_000, 22_500),
            },
        };
        var sigma = town switch
        {
            Town.MiningTown => random.Double(0.42, 0.5),
            Town.Town => random.Double(0.4, 0.48),
            Town.SmallTown => random.Double(0.36, 0.42),
            Town.Village => random.Double(0.32, 0.38),
            _ => random.Double(0.43, 0.46),
        };
        var size = town == Town.Village ? random.Double(2.35, 2.55) : random.Double(2.1, 2.35);
        var (singleParents, alone) = town switch
        {
            Town.MiningTown => (random.Double(0.2, 0.27), random.Double(0.15, 0.19)),
            Town.Town => (random.Double(0.17, 0.23), random.Double(0.16, 0.2)),
            Town.SmallTown => (random.Double(0.13, 0.18), random.Double(0.12, 0.15)),
            Town.Village => (random.Double(0.09, 0.14), random.Double(0.09, 0.12)),
            _ => (random.Double(0.16, 0.19), random.Double(0.14, 0.16)),
        };
        return new(id, population, town, median, sigma, size, random.Double(0.3, 0.4), singleParents, alone);
    }

    private static LogNormalIncome Income(Profile p, int year) => new(p.Median2021 * Math.Pow(1.017, year - Last), p.Sigma);

    // Fiscal households leave out people in institutions: about 97.5 % of the population, which grew slowly to 2023.
    private static double Persons(Profile p, int year) => Math.Round(p.Population * 0.975 * Math.Pow(0.998, 2023 - year));

    private static IEnumerable<ValueRow> Figures(Profile p, int year, string period)
    {
        var persons = Persons(p, year);
        if (persons <= 0)
            yield break;
        var households = Math.Max(1, Math.Round(persons / (p.HouseholdSize + (0.01 * (Last - year)))));
        var income = Income(p, year);
        var poor = Math.Round(persons * income.Below(0.6 * NationalMedian[year]));
        // Households with a taxable income: roughly those above four-fifths of the national median.
        var taxed = Math.Round(households * (1 - income.Below(0.8 * NationalMedian[year])));
        var rsa = Math.Round(households * (poor / persons) * p.RsaTakeUp);
        var families = Math.Max(1, Math.Round(households * 0.6));
        var singleParents = Math.Round(families * p.SingleParents);
        var alone = Math.Round(persons * p.Alone);

        yield return new(Menages, p.Id, period, households, Vintage: Vintage);
        yield return new(Personnes, p.Id, period, persons, Vintage: Vintage);
        yield return Ratio(TauxPauvrete, p.Id, period, poor, persons);
        yield return Ratio(PartImposes, p.Id, period, taxed, households);
        yield return new(FoyersRsa, p.Id, period, rsa, Vintage: Vintage);
        yield return Ratio(PartRsa, p.Id, period, rsa, households);
        yield return Ratio(PartMonoparentales, p.Id, period, singleParents, families);
        yield return Ratio(PartPersonnesSeules, p.Id, period, alone, persons);
        foreach (var row in DistributionRows(p.Id, period, d => income.Quantile(d / 10.0)))
            yield return row;
    }

    /// <summary>D1 to D9 (D5 the median) rounded to 10 € as INSEE publishes them, and D9 ÷ D1 of those, to one decimal.</summary>
    private static IEnumerable<ValueRow> DistributionRows(string territory, string period, Func<int, double> decile)
    {
        var values = Enumerable.Range(1, 9).Select(d => 10 * Math.Round(decile(d) / 10)).ToList();
        for (var d = 1; d <= 9; d++)
            yield return new(Decile(d), territory, period, values[d - 1], Vintage: Vintage);
        yield return new(RapportInterdecile, territory, period, Math.Round(values[8] / values[0], 1), Vintage: Vintage);
    }

    private static ValueRow Ratio(string code, string territory, string period, double numerator, double denominator) =>
        new(code, territory, period, denominator == 0 ? null : 100 * numerator / denominator, numerator, denominator, ValueStatus.Definitive, Vintage);

    private static int SeedOf(string id) => id.Aggregate(31, (hash, c) => unchecked((hash * 37) + c)) ^ 0x534F4349;
}
