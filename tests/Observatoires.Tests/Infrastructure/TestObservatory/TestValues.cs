using System.Globalization;
using Bogus;
using Observatoires.Api.Platform.Indicators;
using Observatoires.Api.Platform.Indicators.Values;

namespace Observatoires.Tests.Infrastructure.TestObservatory;

/// <summary>
/// The test observatory's values, 2011–2024, deterministic, anchored on each commune's real population: habitants
/// slowly growing or shrinking and ageing; jobs concentrated in the towns while villages have one to a few small
/// employers (hence secret figures, and EPCIs without any), a 2020 dip; quarterly job seekers; and from 2022 the
/// quarterly partner and agency series. The shapes the platform tests were written against: the employer counts
/// decide which figures are secret, so the secrecy tests read them rather than assume them.
/// </summary>
internal static class TestValues
{
    public const int FirstYear = 2011, LastYear = 2024;
    private const int AnchorYear = 2023, ConfidentialFirstYear = 2022;
    private const string Vintage = "Tests";

    public static IEnumerable<ValueRow> Generate(DemoTerritory territory) =>
        territory.Communes.Select(c => (c.Id, c.Population)).Concat(territory.References)
            .SelectMany(t => Habitants(t.Id, t.Population).Concat(Activity(t.Id, t.Population)));

    private static IEnumerable<ValueRow> Habitants(string territory, int population2023)
    {
        var random = new Randomizer(SeedOf(territory, 17, 0x504F5254));
        var growth = random.Double(-0.008, 0.004);
        var seniorShare2011 = random.Double(0.13, 0.21);
        var median2011 = random.Double(16_500, 21_500);
        for (var year = FirstYear; year <= LastYear; year++)
        {
            var period = year.ToString(CultureInfo.InvariantCulture);
            var status = year == LastYear ? ValueStatus.Provisional : ValueStatus.Definitive;
            var population = Math.Round(population2023 * Math.Pow(1 + growth, year - AnchorYear) * (1 + random.Double(-0.003, 0.003)));
            var seniors = Math.Round(population * (seniorShare2011 + (0.0035 * (year - FirstYear))));
            yield return new("test.population", territory, period, population, Status: status, Vintage: Vintage);
            yield return new("test.part_seniors", territory, period, population == 0 ? 0 : 100 * seniors / population,
                seniors, population, status, Vintage);
            if (population >= 250)
                yield return new("test.revenu_median", territory, period,
                    10 * Math.Round(median2011 * Math.Pow(1.016, year - FirstYear) / 10), Status: status, Vintage: Vintage);
        }
    }

    private static IEnumerable<ValueRow> Activity(string territory, int population)
    {
        var random = new Randomizer(SeedOf(territory, 23, 0x454D504C));
        // Jobs per inhabitant: employment centres above 0.3, dormitory villages under 0.1.
        var jobsPerInhabitant = population > 10_000 ? random.Double(0.28, 0.45)
            : population > 2_000 ? random.Double(0.12, 0.3) : random.Double(0.02, 0.14);
        var trend = random.Double(-0.006, 0.012);
        var jobsPerEmployer = population > 2_000 ? random.Double(7, 14) : random.Double(3, 6);
        var wage2011 = random.Double(1_750, 2_050);
        var seekerRate = random.Double(0.045, 0.075);
        var fragileShare = random.Double(0.025, 0.055);

        for (var year = FirstYear; year <= LastYear; year++)
        {
            var period = year.ToString(CultureInfo.InvariantCulture);
            var status = year == LastYear ? ValueStatus.Provisional : ValueStatus.Definitive;
            var covid = year == 2020 ? 0.97 : 1;
            var jobs = Math.Round(population * jobsPerInhabitant * Math.Pow(1 + trend, year - FirstYear) * covid * (1 + random.Double(-0.01, 0.01)));
            var employers = jobs == 0 ? 0 : Math.Max(1, Math.Round(jobs / jobsPerEmployer));
            yield return new("test.salaries", territory, period, jobs, Status: status, Vintage: Vintage);
            yield return new("test.employeurs", territory, period, employers, Status: status, Vintage: Vintage);
            if (jobs > 0)
                yield return new("test.salaire_moyen", territory, period, Math.Round(wage2011 * Math.Pow(1.018, year - FirstYear)),
                    Status: status, Vintage: Vintage);

            for (var quarter = 1; quarter <= 4; quarter++)
            {
                var sinceTurn = Math.Max(0, year - 2016 + ((quarter - 1) / 4.0));
                var seasonal = quarter switch { 1 => 1.03, 3 => 1.02, _ => 0.98 };
                var seekers = Math.Round(population * seekerRate * Math.Pow(0.975, sinceTurn) * seasonal
                                         * (year == 2020 && quarter >= 2 ? 1.08 : 1) * (1 + random.Double(-0.02, 0.02)));
                var quarterStatus = year == LastYear && quarter == 4 ? ValueStatus.Provisional : ValueStatus.Definitive;
                var q = $"{year}-Q{quarter}";
                yield return new("test.demandeurs", territory, q, seekers, Status: quarterStatus, Vintage: Vintage);
                if (year < ConfidentialFirstYear)
                    continue;
                yield return new("test.fragiles", territory, q, Math.Round(employers * fragileShare * (1 + random.Double(-0.15, 0.15))),
                    Status: quarterStatus, Vintage: Vintage);
                yield return new("test.estimation", territory, q,
                    Math.Round(jobs * (1 + ((quarter - 2.5) * 0.004)) * (1 + random.Double(-0.006, 0.006))),
                    Status: ValueStatus.Provisional, Vintage: Vintage);
            }
        }
    }

    /// <summary>The number of employers of each commune in the last year: as many points of the test-points layer.</summary>
    public static Dictionary<string, int> EmployersOf(DemoTerritory territory) =>
        territory.Communes.SelectMany(c => Activity(c.Id, c.Population))
            .Where(v => v is { Indicator: "test.employeurs", Period: "2024" })
            .ToDictionary(v => v.TerritoryId, v => (int)(v.Value ?? 0));

    // Stable across runs and machines (string.GetHashCode is not).
    internal static int SeedOf(string id, int start, int salt) => id.Aggregate(start, (hash, c) => unchecked((hash * 31) + c)) ^ salt;
}
