using Bogus;
using Observatoires.Api.Platform.Indicators;
using Observatoires.Api.Platform.Indicators.Values;

namespace Observatoires.Api.Observatories.Portrait;

/// <summary>
/// Plausible population and household series 2011–2024, anchored on each commune's real population (which
/// the series reaches in 2023): a slow decline or growth per commune, an ageing population, shrinking households.
/// </summary>
internal static class DemoData
{
    public const int FirstYear = 2011, LastYear = 2024, AnchorYear = 2023;
    private const string Vintage = "Démonstration 2026";

    public static IEnumerable<ValueRow> Generate(DemoTerritory territory) =>
        territory.Communes.SelectMany(c => Series(c.Id, c.Population, SeedOf(c.Id)))
            .Concat(territory.References.SelectMany(r => Series(r.Id, r.Population, SeedOf(r.Id))));

    private static IEnumerable<ValueRow> Series(string territory, int population2023, int seed)
    {
        var random = new Randomizer(seed);
        var growth = random.Double(-0.008, 0.004);
        var youngShare = random.Double(0.21, 0.28);
        var oldShare2011 = random.Double(0.13, 0.21);
        var householdSize2011 = random.Double(2.25, 2.6);
        var median2011 = random.Double(16_500, 21_500);
        for (var year = FirstYear; year <= LastYear; year++)
        {
            var period = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var status = year == LastYear ? ValueStatus.Provisional : ValueStatus.Definitive;
            var population = Math.Round(population2023 * Math.Pow(1 + growth, year - AnchorYear) * (1 + random.Double(-0.003, 0.003)));
            var old = Math.Round(population * (oldShare2011 + (0.0035 * (year - FirstYear))));
            var young = Math.Round(population * (youngShare - (0.001 * (year - FirstYear))));
            var households = Math.Max(1, Math.Round(population / (householdSize2011 - (0.012 * (year - FirstYear)))));

            yield return new("portrait.population", territory, period, population, Status: status, Vintage: Vintage);
            yield return new("portrait.moins_20_ans", territory, period, young, Status: status, Vintage: Vintage);
            yield return new("portrait.plus_65_ans", territory, period, old, Status: status, Vintage: Vintage);
            yield return new("portrait.part_plus_65_ans", territory, period, population == 0 ? 0 : 100 * old / population,
                old, population, status, Vintage);
            yield return new("portrait.menages", territory, period, households, Status: status, Vintage: Vintage);
            yield return new("portrait.taille_menages", territory, period, population / households, population, households, status, Vintage);
            // Filosofi publishes no median for the smallest communes.
            if (population >= 250)
                yield return new("portrait.revenu_median", territory, period,
                    10 * Math.Round(median2011 * Math.Pow(1.016, year - FirstYear) / 10), Status: status, Vintage: Vintage);
        }
    }

    // Stable across runs and machines (string.GetHashCode is not).
    private static int SeedOf(string id) => id.Aggregate(17, (hash, c) => unchecked((hash * 31) + c)) ^ 0x504F5254;
}
