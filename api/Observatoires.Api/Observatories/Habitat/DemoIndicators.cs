using System.Globalization;
using Bogus;
using Observatoires.Api.Platform.Indicators;
using Observatoires.Api.Platform.Indicators.Values;
using static Observatoires.Api.Observatories.Habitat.HabitatIndicators;

namespace Observatoires.Api.Observatories.Habitat;

/// <summary>
/// Plausible housing figures for the Artois, deterministic, anchored on each commune's real population: about 2.2
/// persons per household in the towns and 2.45 in the villages, shrinking by half a percent a year; 7 to 10 % of
/// dwellings vacant, a third of them for two years or more; a large social stock in the mining towns of the CALL and
/// the CAHC (a third to a half of households, the cités of Maisons &amp; Cités), less in the CABBALR's, little in the
/// villages; 2.5 to 4.5 dwellings authorised per 1,000 inhabitants a year, fewer in 2020 and after 2023; 15 to 25 %
/// of DPEs classed F or G, an old stock slowly renovated.
/// </summary>
internal static class DemoIndicators
{
    private const string Vintage = "Démonstration 2026";

    /// <summary>The census vintages (RP 2013 to RP 2021), LOVAC, RPLS, Sitadel and the new DPE's years.</summary>
    public const int CensusFirst = 2013, CensusLast = 2021, LovacFirst = 2020, RplsFirst = 2016, SitadelFirst = 2013, DpeFirst = 2022, Last = 2024;

    private const string Call = "epci:246200364", Cahc = "epci:246200299";

    public static IEnumerable<ValueRow> Generate(DemoTerritory territory) =>
        territory.Communes.SelectMany(c => Series(c.Id, c.Population, Profile(c)))
            .Concat(territory.References.SelectMany(r => Series(r.Id, r.Population, Town.Reference)));

    private enum Town { Village, SmallTown, MiningTown, Town, Reference }

    private static Town Profile(DemoCommune c) => c.Population switch
    {
        >= 8_000 when c.EpciId is Call or Cahc => Town.MiningTown,
        >= 8_000 => Town.Town,
        >= 2_500 when c.EpciId is Call or Cahc => Town.MiningTown,
        >= 2_500 => Town.SmallTown,
        _ => Town.Village,
    };

    private static IEnumerable<ValueRow> Series(string territory, int population, Town town)
    {
        var random = new Randomizer(SeedOf(territory));
        var householdSize2021 = town switch
        {
            Town.Village => random.Double(2.35, 2.55),
            Town.Reference => random.Double(2.22, 2.28),
            _ => random.Double(2.12, 2.32),
        };
        var vacancy2013 = town == Town.Reference ? random.Double(0.075, 0.085) : random.Double(0.065, 0.095);
        var secondary = town == Town.Village ? random.Double(0.01, 0.04) : random.Double(0.005, 0.015);
        var longTermShare = random.Double(0.28, 0.4);
        var socialShare = town switch
        {
            Town.MiningTown => random.Double(0.3, 0.5),
            Town.Town => random.Double(0.18, 0.32),
            Town.SmallTown => random.Double(0.08, 0.2),
            Town.Reference => random.Double(0.2, 0.23),
            _ => random.Double(0, 0.06),
        };
        var buildRate = random.Double(2.5, 4.5) / 1000;
        var startedShare = random.Double(0.72, 0.9);
        var poorDpe = town == Town.Reference ? random.Double(0.17, 0.2) : random.Double(0.15, 0.25);

        double HouseholdSize(int year) => householdSize2021 * Math.Pow(1.005, CensusLast - year);
        double Vacancy(int year) => vacancy2013 + (0.001 * (year - CensusFirst));
        // The household population, and the dwellings it takes: population moves slowly, households shrink.
        double HouseholdPopulation(int year) => population * 0.985 * Math.Pow(1.0005, year - CensusLast);
        double MainHomes(int year) => Math.Round(HouseholdPopulation(year) / HouseholdSize(year));
        double Dwellings(int year) => Math.Round(MainHomes(year) / (1 - Vacancy(year) - secondary));

        for (var year = CensusFirst; year <= CensusLast; year++)
        {
            var period = Period(year);
            var (dwellings, mainHomes) = (Dwellings(year), MainHomes(year));
            var vacant = Math.Round(dwellings * Vacancy(year));
            yield return new(Logements, territory, period, dwellings, Vintage: Vintage);
            yield return new(ResidencesPrincipales, territory, period, mainHomes, Vintage: Vintage);
            yield return Ratio(TauxVacance, territory, period, vacant, dwellings, 100);
            yield return Ratio(TailleMenages, territory, period, Math.Round(HouseholdPopulation(year)), mainHomes, 1);
        }
        for (var year = LovacFirst; year <= Last; year++)
        {
            var dwellings = Dwellings(year);
            // Long-term vacancy falls slowly after 2021: the national plan against vacant dwellings.
            var longTerm = Math.Round(dwellings * Vacancy(Math.Min(year, CensusLast)) * longTermShare * Math.Pow(0.97, Math.Max(0, year - 2021))
                                      * (1 + random.Double(-0.04, 0.04)));
            var status = year == Last ? ValueStatus.Provisional : ValueStatus.Definitive;
            yield return new(VacantsLongueDuree, territory, Period(year), longTerm, Status: status, Vintage: Vintage);
            yield return Ratio(TauxVacanceLongue, territory, Period(year), longTerm, dwellings, 100, status);
        }
        var social = Math.Round(MainHomes(RplsFirst) * socialShare);
        for (var year = RplsFirst; year <= Last; year++)
        {
            var commissioned = Math.Round(social * random.Double(0.004, 0.014));
            var demolished = Math.Round(social * random.Double(0, 0.006));
            yield return new(LogementsSociaux, territory, Period(year), social, Vintage: Vintage);
            yield return Ratio(PartLogementsSociaux, territory, Period(year), social, MainHomes(year), 100);
            yield return new(SociauxMisEnService, territory, Period(year), commissioned, Vintage: Vintage);
            social += commissioned - demolished;
        }
        for (var year = SitadelFirst; year <= Last; year++)
        {
            var cycle = year switch { 2020 => 0.82, 2021 or 2022 => 1.08, 2023 => 0.8, 2024 => 0.72, _ => 1 };
            var authorised = Math.Round(population * buildRate * cycle * (1 + random.Double(-0.25, 0.25)));
            var status = year == Last ? ValueStatus.Provisional : ValueStatus.Definitive;
            yield return new(Autorises, territory, Period(year), authorised, Status: status, Vintage: Vintage);
            yield return new(Commences, territory, Period(year), Math.Round(authorised * startedShare * (1 + random.Double(-0.1, 0.1))),
                Status: status, Vintage: Vintage);
        }
        for (var year = DpeFirst; year <= Last; year++)
        {
            // About one dwelling in twenty-five gets a DPE each year (sales and lettings).
            var diagnosed = Math.Max(1, Math.Round(Dwellings(year) * random.Double(0.03, 0.05)));
            var poor = Math.Round(diagnosed * poorDpe * Math.Pow(0.95, year - DpeFirst) * (1 + random.Double(-0.05, 0.05)));
            yield return Ratio(PartPassoires, territory, Period(year), poor, diagnosed, 100);
        }
    }

    private static ValueRow Ratio(string code, string territory, string period, double numerator, double denominator, double scale,
        string status = ValueStatus.Definitive) =>
        new(code, territory, period, denominator == 0 ? null : scale * numerator / denominator, numerator, denominator, status, Vintage);

    private static string Period(int year) => year.ToString(CultureInfo.InvariantCulture);

    internal static int SeedOf(string id) => id.Aggregate(29, (hash, c) => unchecked((hash * 31) + c)) ^ 0x48414249;
}
