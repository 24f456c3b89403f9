using System.Globalization;
using Bogus;
using Observatoires.Api.Platform.Indicators;
using Observatoires.Api.Platform.Indicators.Values;

namespace Observatoires.Api.Observatories.Emploi;

/// <summary>
/// Plausible employment series 2011–2024 anchored on real populations: jobs concentrate in the towns, small
/// villages have one or two employers (hence statistical secrecy), 2020 dips, job seekers fall after 2016
/// with a seasonal pattern.
/// </summary>
internal static class DemoData
{
    public const int FirstYear = 2011, LastYear = 2024;

    /// <summary>The quarterly barometer's confidential series start here.</summary>
    private const int BarometerFirstYear = 2022;
    private const string Vintage = "Démonstration 2026";

    /// <summary>The census vintages of the job-concentration index (INSEE RP: 2015, 2021).</summary>
    public static readonly int[] CensusYears = [2015, 2021];

    public static IEnumerable<ValueRow> Generate(DemoTerritory territory)
    {
        // The CABBALR's communes are scaled so that their totals are the report's real figures (RealFigures).
        var communes = RealFigures.Anchor(territory.Communes.SelectMany(c => Series(c.Id, c.Population, epci: false)).ToList(),
            territory.Communes.Where(c => c.EpciId == RealFigures.Cabbalr).Select(c => c.Id).ToHashSet());
        var concentration = RealFigures.AnchorConcentration(ConcentrationIndex(territory.Communes, communes).ToList(),
            territory.Communes.Where(c => c.EpciId == RealFigures.Cabbalr).Select(c => c.Id).ToHashSet());
        return communes.Concat(concentration)
            .Concat(territory.References.SelectMany(r => Series(r.Id, r.Population, epci: false)))
            .Concat(territory.ReferenceEpcis.SelectMany(r => Series(r.Id, r.Population, epci: true)
                .Concat(ReferenceConcentration(r.Id, r.Population))))
            .Concat(RealFigures.Rows);
    }

    /// <summary>
    /// Jobs located in each commune ÷ its employed residents, per census: the private jobs plus the public and
    /// self-employed ones (a third to a half more, and a few per inhabitant everywhere: the school, the farm), over
    /// 36 to 43 % of the inhabitants. Dormitory villages fall near 0.1, employment centres above 1.
    /// </summary>
    private static IEnumerable<ValueRow> ConcentrationIndex(IReadOnlyList<DemoCommune> communes, IReadOnlyList<ValueRow> series)
    {
        var privateJobs = series.Where(r => r.Indicator == "emploi.salaries_prives").ToDictionary(r => (r.TerritoryId, r.Period), r => r.Value ?? 0);
        foreach (var commune in communes)
        {
            var random = new Randomizer(SeedOf(commune.Id) ^ 0x52503231);
            var (otherJobs, employedShare) = (random.Double(1.3, 1.5), random.Double(0.36, 0.43));
            foreach (var year in CensusYears)
            {
                var period = year.ToString(CultureInfo.InvariantCulture);
                var employed = Math.Round(commune.Population * employedShare * (year == 2015 ? 0.98 : 1));
                var jobs = Math.Round((privateJobs.GetValueOrDefault((commune.Id, period)) * otherJobs) + (commune.Population * 0.025));
                yield return Concentration(commune.Id, period, jobs, employed);
            }
        }
    }

    /// <summary>A reference EPCI's index: agglomerations of the region between residential (0.8) and employment pole (1.2).</summary>
    private static IEnumerable<ValueRow> ReferenceConcentration(string epci, int population)
    {
        var random = new Randomizer(SeedOf(epci) ^ 0x52503231);
        var (index, employedShare) = (random.Double(0.8, 1.2), random.Double(0.37, 0.42));
        foreach (var year in CensusYears)
        {
            var employed = Math.Round(population * employedShare * (year == 2015 ? 0.98 : 1));
            yield return Concentration(epci, year.ToString(CultureInfo.InvariantCulture),
                Math.Round(employed * index * (year == 2015 ? 0.99 : 1)), employed);
        }
    }

    internal static ValueRow Concentration(string territory, string period, double jobs, double employed) =>
        new("emploi.indice_concentration", territory, period, employed == 0 ? null : jobs / employed, jobs, employed, Vintage: Vintage);

    private static IEnumerable<ValueRow> Series(string territory, int population, bool epci)
    {
        var random = new Randomizer(SeedOf(territory));
        // Jobs per inhabitant: employment centres above 0.3, dormitory villages under 0.1; a whole agglomeration of the
        // region between 0.16 and 0.3 (the CABBALR: 49,556 private jobs for 275,736 inhabitants, 0.18).
        var jobsPerInhabitant = epci ? random.Double(0.16, 0.3)
            : population > 10_000 ? random.Double(0.28, 0.45)
            : population > 2_000 ? random.Double(0.12, 0.3) : random.Double(0.02, 0.14);
        var trend = random.Double(-0.006, 0.012);
        // Villages have a few small employers (a shop, a farm, a craftsman), towns larger ones; an agglomeration about 11
        // (the CABBALR: 49,556 for 4,603 employers).
        var jobsPerEstablishment = epci ? random.Double(9.5, 12.5) : population > 2_000 ? random.Double(7, 14) : random.Double(3, 6);
        var wage2011 = random.Double(1_750, 2_050);
        var seekerRate = random.Double(0.045, 0.075);
        // About 4 % of employers are rated at high risk (the CABBALR's 176 failures in 2023 among 4,603 employers).
        var fragileShare = random.Double(0.025, 0.055);

        for (var year = FirstYear; year <= LastYear; year++)
        {
            var period = year.ToString(CultureInfo.InvariantCulture);
            var status = year == LastYear ? ValueStatus.Provisional : ValueStatus.Definitive;
            var covid = year == 2020 ? 0.97 : 1;
            var jobs = Math.Round(population * jobsPerInhabitant * Math.Pow(1 + trend, year - FirstYear) * covid * (1 + random.Double(-0.01, 0.01)));
            var establishments = jobs == 0 ? 0 : Math.Max(1, Math.Round(jobs / jobsPerEstablishment));
            yield return new("emploi.salaries_prives", territory, period, jobs, Status: status, Vintage: Vintage);
            yield return new("emploi.etablissements_employeurs", territory, period, establishments, Status: status, Vintage: Vintage);
            if (jobs > 0)
                yield return new("emploi.salaire_moyen", territory, period,
                    Math.Round(wage2011 * Math.Pow(1.018, year - FirstYear)), Status: status, Vintage: Vintage);

            for (var quarter = 1; quarter <= 4; quarter++)
            {
                var sinceTurn = Math.Max(0, year - 2016 + ((quarter - 1) / 4.0));
                var seasonal = quarter switch { 1 => 1.03, 3 => 1.02, _ => 0.98 };
                var seekers = Math.Round(population * seekerRate * Math.Pow(0.975, sinceTurn) * seasonal
                                         * (year == 2020 && quarter >= 2 ? 1.08 : 1) * (1 + random.Double(-0.02, 0.02)));
                var quarterStatus = year == LastYear && quarter == 4 ? ValueStatus.Provisional : ValueStatus.Definitive;
                yield return new("emploi.demandeurs_emploi", territory, $"{year}-Q{quarter}", seekers, Status: quarterStatus, Vintage: Vintage);
                if (year < BarometerFirstYear)
                    continue;
                var fragile = Math.Round(establishments * fragileShare * (1 + random.Double(-0.15, 0.15)));
                yield return new("emploi.etablissements_fragiles", territory, $"{year}-Q{quarter}", fragile, Status: quarterStatus, Vintage: Vintage);
                var estimate = Math.Round(jobs * (1 + ((quarter - 2.5) * 0.004)) * (1 + random.Double(-0.006, 0.006)));
                yield return new("emploi.salaries_prives_estimation", territory, $"{year}-Q{quarter}", estimate,
                    Status: ValueStatus.Provisional, Vintage: Vintage);
            }
        }
    }

    internal static int SeedOf(string id) => id.Aggregate(23, (hash, c) => unchecked((hash * 31) + c)) ^ 0x454D504C;
}
