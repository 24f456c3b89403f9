using System.Globalization;
using Bogus;
using Observatoires.Api.Platform.Indicators;
using Observatoires.Api.Platform.Indicators.Values;

namespace Observatoires.Api.Observatories.Emploi.Entreprises;

/// <summary>
/// Business demography 2013–2024 per commune: creations, companies by sector, failures by sector and procedure, and
/// the 5-year survival of each year's cohort. Each EPCI's yearly totals follow France's curve (failures falling to
/// 2019, collapsing in 2020–2021 under the State's aid, back above their 2013 level by 2024) and are then shared
/// among its communes, so that an EPCI's sums are exact: the CABBALR's communes add up to the report's 176 failures
/// in 2023, its 12,611 companies in 2021 and its 71.7 % survival. Those three figures are also stored on the CABBALR
/// itself as real values, with the report as their vintage.
/// </summary>
internal static class DemoDemography
{
    public const int FirstYear = 2013, LastYear = 2024;

    private const string Vintage = "Démonstration 2026";

    /// <summary>Where the real figures come from.</summary>
    public const string ReportVintage = "Rapport d'activité 2024 de l'AULA (CAPFI 2018-2023, INSEE)";

    public const string Cabbalr = "epci:200072460";
    public const int ReportYear = 2023;
    public const int CabbalrFailures = 176;
    public const double CabbalrSurvival = 71.7;
    public const int CabbalrCompaniesYear = 2021, CabbalrCompanies = 12_611;
    private const int CabbalrPopulation = 275_327;

    // France, thousands a year 2013–2024: business failures (Banque de France) and creations other than
    // micro-entrepreneurs (INSEE), rounded: the shape of the demo's series, not their level.
    private static readonly double[] FailuresCurve = [63.1, 62.9, 63.5, 57.8, 54.7, 54.4, 51.3, 32.2, 27.9, 41.8, 55.5, 66.4];
    private static readonly double[] CreationsCurve = [270, 283, 284, 296, 310, 328, 353, 356, 416, 416, 404, 397];

    // Shares by sector (Demography.Sectors' order) and by procedure (Demography.Procedures' order).
    private static readonly double[] FailureShares = [0.08, 0.21, 0.35, 0.19, 0.05, 0.12];
    private static readonly double[] CompanyShares = [0.07, 0.13, 0.30, 0.28, 0.10, 0.12];
    private static readonly double[] ProcedureShares = [0.71, 0.26, 0.03];

    public static IEnumerable<ValueRow> Generate(DemoTerritory territory)
    {
        var rows = new List<ValueRow>();
        foreach (var epci in territory.Communes.GroupBy(c => c.EpciId).OrderBy(g => g.Key, StringComparer.Ordinal))
            rows.AddRange(Epci(epci.Key, [.. epci.OrderBy(c => c.Id, StringComparer.Ordinal)]));
        foreach (var (id, population) in territory.References)
            rows.AddRange(Reference(id, population));
        // The similar EPCIs of the region, for the comparison with the peers (the report: 71 % survival among them).
        foreach (var (id, population) in territory.ReferenceEpcis)
            rows.AddRange(Reference(id, population, survivalFrom: 0.685, survivalTo: 0.735));
        if (territory.Communes.Any(c => c.EpciId == Cabbalr))
        {
            rows.Add(new(Demography.Failures, Cabbalr, Year(ReportYear), CabbalrFailures, Vintage: ReportVintage));
            rows.Add(new(Demography.Survival, Cabbalr, Year(ReportYear), CabbalrSurvival, Vintage: ReportVintage));
            rows.Add(new(Demography.Stock, Cabbalr, Year(CabbalrCompaniesYear), CabbalrCompanies, Vintage: ReportVintage));
        }
        return rows;
    }

    private static IEnumerable<ValueRow> Epci(string epci, IReadOnlyList<DemoCommune> communes)
    {
        var random = new Randomizer(DemoData.SeedOf(epci) ^ 0x44454D4F);
        var isCabbalr = epci == Cabbalr;
        var population = communes.Sum(c => c.Population);
        // The CABBALR's own rates, other EPCIs' drawn around them.
        var failuresPerInhabitant = (double)CabbalrFailures / CabbalrPopulation * (isCabbalr ? 1 : random.Double(0.8, 1.2));
        var companiesPerInhabitant = (double)CabbalrCompanies / CabbalrPopulation * (isCabbalr ? 1 : random.Double(0.85, 1.15));
        var creationsPerInhabitant = random.Double(0.0022, 0.003);
        var survival = isCabbalr ? CabbalrSurvival / 100 : random.Double(0.68, 0.75);
        var locals = communes.Select(c => new Randomizer(DemoData.SeedOf(c.Id) ^ 0x454E5452)).ToList();
        // How many companies a commune has per inhabitant, against its EPCI's (a small town's centre, a dormitory village).
        var weights = locals.Select((r, i) => communes[i].Population * r.Double(0.6, 1.4)).ToList();
        var companyMix = locals.Select(r => CompanyShares.Select(s => s * r.Double(0.8, 1.2)).ToArray()).ToList();
        var creations = new Dictionary<(int Commune, int Year), int>();

        for (var year = FirstYear; year <= LastYear; year++)
        {
            var (i, period, status) = (year - FirstYear, Year(year), year == LastYear ? ValueStatus.Provisional : ValueStatus.Definitive);
            ValueRow Row(string code, int commune, double value) => new(code, communes[commune].Id, period, value, Status: status, Vintage: Vintage);

            var failures = isCabbalr && year == ReportYear ? CabbalrFailures
                : (int)Math.Round(failuresPerInhabitant * population * FailuresCurve[i] / FailuresCurve[ReportYear - FirstYear] * random.Double(0.9, 1.1));
            var failuresByCommune = Split(failures, [.. weights.Select((w, c) => w * locals[c].Double(0.7, 1.3))]);
            var companies = isCabbalr && year == CabbalrCompaniesYear ? CabbalrCompanies
                : (int)Math.Round(companiesPerInhabitant * population * Math.Pow(1.012, year - CabbalrCompaniesYear) * random.Double(0.99, 1.01));
            var companiesByCommune = Split(companies, [.. weights]);
            var creationsTotal = (int)Math.Round(creationsPerInhabitant * population * CreationsCurve[i] / CreationsCurve[ReportYear - FirstYear] * random.Double(0.92, 1.08));
            var creationsByCommune = Split(creationsTotal, [.. weights.Select((w, c) => w * locals[c].Double(0.8, 1.2))]);

            for (var c = 0; c < communes.Count; c++)
            {
                yield return Row(Demography.Failures, c, failuresByCommune[c]);
                var bySector = Draw(failuresByCommune[c], FailureSharesOf(year), locals[c]);
                for (var s = 0; s < Demography.Sectors.Count; s++)
                    yield return Row(Demography.FailuresOf(Demography.Sectors[s]), c, bySector[s]);
                var byProcedure = Draw(failuresByCommune[c], ProcedureShares, locals[c]);
                for (var p = 0; p < Demography.Procedures.Count; p++)
                    yield return Row(Demography.FailuresOf(Demography.Procedures[p]), c, byProcedure[p]);

                yield return Row(Demography.Stock, c, companiesByCommune[c]);
                var companiesBySector = Split(companiesByCommune[c], companyMix[c]);
                for (var s = 0; s < Demography.Sectors.Count; s++)
                    yield return Row(Demography.StockOf(Demography.Sectors[s]), c, companiesBySector[s]);

                yield return Row(Demography.Creations, c, creationsByCommune[c]);
                creations[(c, year)] = creationsByCommune[c];
            }

            if (year < FirstYear + Demography.SurvivalYears)
                continue;
            // Survivors of the cohort created 5 years before: the EPCI's rate on the sum of its communes' cohorts.
            var cohorts = Enumerable.Range(0, communes.Count).Select(c => creations[(c, year - Demography.SurvivalYears)]).ToArray();
            var rate = isCabbalr && year == ReportYear ? survival : survival + random.Double(-0.015, 0.015);
            var survivors = SplitWithin((int)Math.Round(rate * cohorts.Sum()), cohorts, locals);
            for (var c = 0; c < communes.Count; c++)
            {
                if (cohorts[c] > 0)
                    yield return new(Demography.Survival, communes[c].Id, period, 100.0 * survivors[c] / cohorts[c],
                        survivors[c], cohorts[c], status, Vintage);
            }
        }
    }

    /// <summary>
    /// A département, a région or a reference EPCI: its own totals (the agency's communes are only part of the first
    /// two; the reference EPCIs have none in the referential). EPCIs spread wider than the large territories.
    /// </summary>
    private static IEnumerable<ValueRow> Reference(string id, int population, double survivalFrom = 0.7, double survivalTo = 0.73)
    {
        var random = new Randomizer(DemoData.SeedOf(id) ^ 0x44454D4F);
        var failuresPerInhabitant = (double)CabbalrFailures / CabbalrPopulation * random.Double(0.85, 1.05);
        var companiesPerInhabitant = (double)CabbalrCompanies / CabbalrPopulation * random.Double(1, 1.2);
        var creationsPerInhabitant = random.Double(0.0024, 0.0032);
        var survival = random.Double(survivalFrom, survivalTo);
        var creations = new Dictionary<int, int>();
        for (var year = FirstYear; year <= LastYear; year++)
        {
            var (i, period, status) = (year - FirstYear, Year(year), year == LastYear ? ValueStatus.Provisional : ValueStatus.Definitive);
            ValueRow Row(string code, double value) => new(code, id, period, value, Status: status, Vintage: Vintage);
            var failures = (int)Math.Round(failuresPerInhabitant * population * FailuresCurve[i] / FailuresCurve[ReportYear - FirstYear] * random.Double(0.96, 1.04));
            yield return Row(Demography.Failures, failures);
            var bySector = Split(failures, FailureSharesOf(year));
            for (var s = 0; s < Demography.Sectors.Count; s++)
                yield return Row(Demography.FailuresOf(Demography.Sectors[s]), bySector[s]);
            var byProcedure = Split(failures, ProcedureShares);
            for (var p = 0; p < Demography.Procedures.Count; p++)
                yield return Row(Demography.FailuresOf(Demography.Procedures[p]), byProcedure[p]);
            var companies = (int)Math.Round(companiesPerInhabitant * population * Math.Pow(1.014, year - CabbalrCompaniesYear));
            yield return Row(Demography.Stock, companies);
            var companiesBySector = Split(companies, CompanyShares);
            for (var s = 0; s < Demography.Sectors.Count; s++)
                yield return Row(Demography.StockOf(Demography.Sectors[s]), companiesBySector[s]);
            creations[year] = (int)Math.Round(creationsPerInhabitant * population * CreationsCurve[i] / CreationsCurve[ReportYear - FirstYear]);
            yield return Row(Demography.Creations, creations[year]);
            if (year < FirstYear + Demography.SurvivalYears)
                continue;
            var cohort = creations[year - Demography.SurvivalYears];
            var survivors = (int)Math.Round((survival + random.Double(-0.01, 0.01)) * cohort);
            if (cohort > 0)
                yield return new(Demography.Survival, id, period, 100.0 * survivors / cohort, survivors, cohort, status, Vintage);
        }
    }

    /// <summary>Construction and commerce weigh more among failures since the end of the State-guaranteed loans (2022).</summary>
    private static double[] FailureSharesOf(int year) =>
        year < 2022 ? FailureShares : [.. FailureShares.Select((s, i) => i switch { 1 => s * 1.25, 2 => s * 1.1, _ => s })];

    /// <summary>A total shared in proportion to weights, by largest remainder: the parts add up to the total.</summary>
    internal static int[] Split(int total, IReadOnlyList<double> weights)
    {
        var sum = weights.Sum();
        var parts = new int[weights.Count];
        if (total <= 0 || weights.Count == 0)
            return parts;
        if (sum <= 0)
        {
            parts[0] = total;
            return parts;
        }
        var exact = weights.Select(w => total * w / sum).ToArray();
        for (var i = 0; i < parts.Length; i++)
            parts[i] = (int)Math.Floor(exact[i]);
        foreach (var i in Enumerable.Range(0, parts.Length).OrderByDescending(i => exact[i] - parts[i]).ThenBy(i => i).Take(total - parts.Sum()))
            parts[i]++;
        return parts;
    }

    /// <summary>Survivors shared among the communes' cohorts, never more than a cohort: about the same rate everywhere.</summary>
    private static int[] SplitWithin(int total, int[] cohorts, IReadOnlyList<Randomizer> randoms)
    {
        var parts = Split(total, [.. cohorts.Select((c, i) => c * randoms[i].Double(0.9, 1.1))]);
        var excess = 0;
        for (var i = 0; i < parts.Length; i++)
        {
            excess += Math.Max(0, parts[i] - cohorts[i]);
            parts[i] = Math.Min(parts[i], cohorts[i]);
        }
        for (var i = 0; excess > 0 && i < parts.Length; i++)
        {
            var room = Math.Min(excess, cohorts[i] - parts[i]);
            parts[i] += room;
            excess -= room;
        }
        return parts;
    }

    /// <summary>Each of a few events drawn into a category: small counts land where chance puts them, not always in the largest.</summary>
    private static int[] Draw(int count, IReadOnlyList<double> shares, Randomizer random)
    {
        var parts = new int[shares.Count];
        var sum = shares.Sum();
        for (var n = 0; n < count; n++)
        {
            var u = random.Double() * sum;
            var k = 0;
            while (k < shares.Count - 1 && (u -= shares[k]) > 0)
                k++;
            parts[k]++;
        }
        return parts;
    }

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);
}
