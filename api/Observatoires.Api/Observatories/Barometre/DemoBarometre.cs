using System.Globalization;
using Bogus;
using Dapper;
using Npgsql;
using Observatoires.Api.Platform.Indicators;
using Observatoires.Api.Platform.Indicators.Values;

namespace Observatoires.Api.Observatories.Barometre;

/// <summary>
/// The barometer's demo quarters 2019-Q1 → 2024-Q4 per commune, drawn from the figures the catalogue already holds so
/// that both observatories tell one story: the 4th quarter's private jobs are the yearly count at 31 December (the
/// CABBALR's 49,556 in 2023), the quarters in between follow the line between two year-ends with the 2020 lockdown's dip
/// (deepest in Q2); categories A, B, C are category A times a commune's own ratio; each yearly failure of a commune (by
/// sector and procedure) is given a quarter and a company size, so that a year's four quarters are its yearly failures
/// (the CABBALR's 176 in 2023). Nota-PME classes are drawn per commune around the national distribution, the high-risk
/// classes swelling with the failures after 2022. Deterministic (Bogus, fixed seeds), written once.
/// </summary>
internal static class DemoBarometre
{
    public const int FirstYear = 2019, LastYear = 2024;

    /// <summary>Failures are drawn from 2018, so that the rolling 12 months of 2019's quarters are complete.</summary>
    private const int FailuresFromYear = 2018;

    private const string Vintage = "Démonstration 2026";

    /// <summary>The quarter URSSAF revised after its first publication, for the PMA's communes.</summary>
    public const string RevisedQuarter = "2024-Q3";
    public const string RevisedTerritory = "groupement:pma";

    /// <summary>When the first estimate of <see cref="RevisedQuarter"/> was published (URSSAF's quarterly publication).</summary>
    public static readonly DateTimeOffset FirstEstimatePublished = new(2024, 12, 4, 9, 0, 0, TimeSpan.Zero);

    // Where the yearly figures are read from (the platform's indicators, by code).
    private const string YearlyJobs = "emploi.salaries_prives", YearlyEmployers = "emploi.etablissements_employeurs";

    // Shares of failures by size (AULA's classes): most failing companies have no or very few employees.
    private static readonly double[] SizeShares = [0.42, 0.24, 0.14, 0.09, 0.06, 0.05];

    // Nota-PME classes 1 → 6 before any stress, and how many scored SMEs per inhabitant (the CABBALR: about 2,900).
    private static readonly double[] ClassShares = [0.22, 0.25, 0.21, 0.15, 0.10, 0.07];
    private const double ScoredPerInhabitant = 0.0105;

    public static async Task<int> SeedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DemoTerritory territory)
    {
        if (await connection.ExecuteScalarAsync<bool>("select exists (select from barometre.defaillance)", transaction: transaction))
            return 0;
        var years = Enumerable.Range(FailuresFromYear, LastYear - FailuresFromYear + 1).Select(Year).ToArray();
        var quarters = Period.Range(new(Periodicity.Quarter, FirstYear, 1), new(Periodicity.Quarter, LastYear, 4)).ToList();
        var codes = new[] { YearlyJobs, YearlyEmployers, BarometreIndicators.JobSeekersA }
            .Concat(FailureCategories.Sectors.Select(s => s.YearlyIndicator))
            .Concat(FailureCategories.Procedures.Select(p => p.YearlyIndicator)).ToArray();
        var stored = (await connection.QueryAsync<(string Code, string Territory, string Period, double? Value, string Status)>("""
            select indicator_code, territory_id, period, value, status from platform.indicator_value
            where indicator_code = any(@codes) and period = any(@periods) and territory_id like 'commune:%'
            """, new { codes, periods = years.Concat(quarters.Select(q => q.ToString())).ToArray() }, transaction))
            .ToDictionary(r => (r.Code, r.Territory, r.Period), r => (r.Value, r.Status));
        if (stored.Count == 0)
            return 0; // nothing to draw from (the yearly figures are not loaded)
        var revisedCommunes = (await connection.QueryAsync<string>("""
            select member_id from platform.territory_membership where parent_id = @RevisedTerritory and member_id like 'commune:%'
            """, new { RevisedTerritory }, transaction)).ToHashSet();

        var rows = new List<ValueRow>();
        var revisions = new List<ValueRow>();
        var failures = new Dictionary<(string Commune, string Quarter, string Sector, string Size, string Procedure), int>();
        foreach (var commune in territory.Communes)
        {
            var random = new Randomizer(SeedOf(commune.Id));
            rows.AddRange(Jobs(commune.Id, quarters, stored, random, revisedCommunes.Contains(commune.Id) ? revisions : null));
            rows.AddRange(JobSeekers(commune.Id, quarters, stored, random));
            DrawFailures(commune.Id, years, stored, random, failures);
            rows.AddRange(FailureValues(commune.Id, quarters, failures));
            rows.AddRange(Scoring(commune, quarters, random));
        }

        await ValueWriter.WriteAsync(connection, transaction, rows);
        if (revisions.Count > 0)
        {
            // The first estimate was current from its publication; the revision replaces it now, through the writer,
            // which keeps it in the history (asOf, and the barometer's "révisé"). Its publication is a version of the
            // quarter's data, as the writer records each of its writes (statistical secrecy masks what any masked).
            await connection.ExecuteAsync("""
                with published as (
                    update platform.indicator_value set valid_from = @FirstEstimatePublished
                    where indicator_code = @Code and period = @RevisedQuarter and territory_id = any(@Communes)
                    returning status)
                insert into platform.indicator_value_version (indicator_code, period, valid_from, with_secret)
                select @Code, @RevisedQuarter, @FirstEstimatePublished, bool_or(status = 'secret') from published
                having count(*) > 0
                on conflict do nothing
                """, new
            {
                FirstEstimatePublished,
                Code = BarometreIndicators.PrivateJobs,
                RevisedQuarter,
                Communes = revisions.Select(r => r.TerritoryId).ToArray()
            }, transaction);
            await ValueWriter.WriteAsync(connection, transaction, revisions);
        }

        var stocks = Ongoing(failures, years);
        await connection.ExecuteAsync("""
            insert into barometre.defaillance (commune_id, quarter, sector, size_class, procedure, failures)
            select * from unnest(@Communes, @Quarters, @Sectors, @Sizes, @Procedures, @Failures)
            """, new
        {
            Communes = failures.Keys.Select(k => k.Commune).ToArray(),
            Quarters = failures.Keys.Select(k => k.Quarter).ToArray(),
            Sectors = failures.Keys.Select(k => k.Sector).ToArray(),
            Sizes = failures.Keys.Select(k => k.Size).ToArray(),
            Procedures = failures.Keys.Select(k => k.Procedure).ToArray(),
            Failures = failures.Values.ToArray(),
        }, transaction);
        await connection.ExecuteAsync("""
            insert into barometre.procedure_en_cours (commune_id, semester, procedure, companies)
            select * from unnest(@Communes, @Semesters, @Procedures, @Companies)
            """, new
        {
            Communes = stocks.Keys.Select(k => k.Commune).ToArray(),
            Semesters = stocks.Keys.Select(k => k.Semester).ToArray(),
            Procedures = stocks.Keys.Select(k => k.Procedure).ToArray(),
            Companies = stocks.Values.ToArray(),
        }, transaction);
        return failures.Count + stocks.Count;
    }

    /// <summary>
    /// Private jobs and employers per quarter: Q4 is the year-end count; Q1–Q3 lie on the line from the previous year-end,
    /// with the lockdown's dip in 2020 and a little noise. The latest quarter is provisional. For the communes URSSAF
    /// revised, <paramref name="revisions"/> receives the revised figure of <see cref="RevisedQuarter"/>, and the rows its
    /// first estimate (about 0.2 to 0.8 % lower).
    /// </summary>
    private static IEnumerable<ValueRow> Jobs(string commune, IReadOnlyList<Period> quarters,
        Dictionary<(string, string, string), (double? Value, string Status)> stored, Randomizer random, List<ValueRow>? revisions)
    {
        double? Yearly(string code, int year) => stored.TryGetValue((code, commune, Year(year)), out var v) ? v.Value : null;
        foreach (var quarter in quarters)
        {
            var noise = random.Double(-0.003, 0.003);
            var firstEstimateGap = random.Double(0.002, 0.008);
            if (Yearly(YearlyJobs, quarter.Year) is not { } end || Yearly(YearlyJobs, quarter.Year - 1) is not { } start)
                continue;
            var jobs = quarter.Index == 4 ? end
                : Math.Round((start + ((end - start) * quarter.Index / 4.0)) * Lockdown(quarter) * (1 + noise));
            var period = quarter.ToString();
            var status = period == quarters[^1].ToString() ? ValueStatus.Provisional : ValueStatus.Definitive;
            if (revisions is not null && period == RevisedQuarter)
            {
                revisions.Add(new(BarometreIndicators.PrivateJobs, commune, period, jobs, Status: status, Vintage: Vintage));
                yield return new(BarometreIndicators.PrivateJobs, commune, period, Math.Round(jobs * (1 - firstEstimateGap)), Status: status, Vintage: Vintage);
            }
            else
                yield return new(BarometreIndicators.PrivateJobs, commune, period, jobs, Status: status, Vintage: Vintage);
            if (Yearly(YearlyEmployers, quarter.Year) is { } employers)
            {
                var units = quarter.Index == 4 ? employers : Math.Min(employers, Yearly(YearlyEmployers, quarter.Year - 1) ?? employers);
                yield return new(BarometreIndicators.Employers, commune, period, units, Status: status, Vintage: Vintage);
            }
        }
    }

    /// <summary>The lockdown of spring 2020: jobs fell most in Q2, and had not all come back by Q3.</summary>
    private static double Lockdown(Period quarter) => quarter.Year != 2020 ? 1 : quarter.Index switch { 1 => 0.99, 2 => 0.955, 3 => 0.985, _ => 1 };

    /// <summary>Categories A, B, C: category A times the commune's ratio (1.6 to 1.85, as in the Hauts-de-France), with its status.</summary>
    private static IEnumerable<ValueRow> JobSeekers(string commune, IReadOnlyList<Period> quarters,
        Dictionary<(string, string, string), (double? Value, string Status)> stored, Randomizer random)
    {
        var ratio = random.Double(1.6, 1.85);
        foreach (var quarter in quarters)
        {
            var noise = random.Double(-0.01, 0.01);
            if (stored.TryGetValue((BarometreIndicators.JobSeekersA, commune, quarter.ToString()), out var a) && a.Value is { } categoryA)
                yield return new(BarometreIndicators.JobSeekersAbc, commune, quarter.ToString(), Math.Round(categoryA * ratio * (1 + noise)),
                    Status: a.Status, Vintage: Vintage);
        }
    }

    /// <summary>
    /// Each yearly failure of the commune (its sectors' and procedures' counts, which add up to the same total) gets a
    /// procedure shuffled among the year's, a quarter (fewer in summer, when courts slow down; few in spring 2020, when they
    /// closed) and a size.
    /// </summary>
    private static void DrawFailures(string commune, IReadOnlyList<string> years, Dictionary<(string, string, string), (double? Value, string Status)> stored,
        Randomizer random, Dictionary<(string, string, string, string, string), int> failures)
    {
        int Count(string code, string year) => (int)(stored.TryGetValue((code, commune, year), out var v) ? v.Value ?? 0 : 0);
        foreach (var year in years)
        {
            var sectors = FailureCategories.Sectors.SelectMany(s => Enumerable.Repeat(s.Code, Count(s.YearlyIndicator, year))).ToList();
            var procedures = FailureCategories.Procedures.SelectMany(p => Enumerable.Repeat(p.Code, Count(p.YearlyIndicator, year))).ToList();
            while (procedures.Count < sectors.Count)
                procedures.Add(FailureCategories.Procedures[0].Code);
            var shuffled = random.Shuffle(procedures).ToList();
            var quarterShares = year == "2020" ? new[] { 0.40, 0.12, 0.21, 0.27 } : [0.26, 0.25, 0.21, 0.28];
            for (var i = 0; i < sectors.Count; i++)
            {
                var quarter = $"{year}-Q{Pick(quarterShares, random) + 1}";
                var size = FailureCategories.Sizes[Pick(SizeShares, random)].Code;
                var key = (commune, quarter, sectors[i], size, shuffled[i]);
                failures[key] = failures.GetValueOrDefault(key) + 1;
            }
        }
    }

    /// <summary>The quarter's failures and the rolling 12 months (that quarter and the three before), 0 where there were none.</summary>
    private static IEnumerable<ValueRow> FailureValues(string commune, IReadOnlyList<Period> quarters,
        Dictionary<(string Commune, string Quarter, string, string, string), int> failures)
    {
        var byQuarter = failures.Where(f => f.Key.Commune == commune).GroupBy(f => f.Key.Quarter).ToDictionary(g => g.Key, g => g.Sum(f => f.Value));
        foreach (var quarter in quarters)
        {
            var status = quarter == quarters[^1] ? ValueStatus.Provisional : ValueStatus.Definitive;
            var period = quarter.ToString();
            yield return new(BarometreIndicators.Failures, commune, period, byQuarter.GetValueOrDefault(period), Status: status, Vintage: Vintage);
            var rolling = Enumerable.Range(0, 4).Sum(back => byQuarter.GetValueOrDefault(quarter.Add(-back).ToString()));
            yield return new(BarometreIndicators.Failures12Months, commune, period, rolling, Status: status, Vintage: Vintage);
        }
    }

    /// <summary>
    /// Nota-PME: the commune's scored SMEs (about 1 per 95 inhabitants, +1.2 % a year) shared among the six classes, the
    /// high-risk ones (5, 6) swelling in the lockdown and again as failures rose from 2022; each class stored as its count
    /// over the scored SMEs, so that a territory's share is the ratio of its sums.
    /// </summary>
    private static IEnumerable<ValueRow> Scoring(DemoCommune commune, IReadOnlyList<Period> quarters, Randomizer random)
    {
        var scored = Math.Round(commune.Population * ScoredPerInhabitant * random.Double(0.75, 1.25));
        var local = ClassShares.Select(s => s * random.Double(0.85, 1.15)).ToArray();
        for (var t = 0; t < quarters.Count; t++)
        {
            var total = (int)Math.Round(scored * Math.Pow(1.003, t));
            if (total == 0)
                continue;
            var stress = Stress(quarters[t]);
            var lowRisk = local[0] + local[1];
            var weights = local.Select((s, k) => k switch
            {
                0 or 1 => s * (1 - (stress / lowRisk)),
                4 or 5 => s * (1 + (stress / (local[4] + local[5]))),
                _ => s,
            } * random.Double(0.95, 1.05)).ToArray();
            var counts = Split(total, weights);
            var period = quarters[t].ToString();
            for (var k = 0; k < counts.Length; k++)
                yield return Share(BarometreIndicators.RiskClasses[k].Code, commune.Id, period, counts[k], total);
            yield return Share(BarometreIndicators.HighRisk, commune.Id, period, counts[4] + counts[5], total);
        }
    }

    private static ValueRow Share(string code, string commune, string period, int companies, int total) =>
        new(code, commune, period, 100.0 * companies / total, companies, total, Vintage: Vintage);

    /// <summary>The share of SMEs moved from the lowest to the highest risk classes, quarter by quarter.</summary>
    private static double Stress(Period quarter) => (quarter.Year, quarter.Index) switch
    {
        (2019, _) => 0,
        (2020, 1) => 0.005,
        (2020, 2) => 0.04,
        (2020, 3) => 0.03,
        (2020, 4) or (2021, _) => 0.012,
        (2022, var q) => 0.012 + (q * 0.003),
        (2023, var q) => 0.025 + (q * 0.003),
        (_, var q) => 0.037 + (q * 0.002),
    };

    /// <summary>
    /// Companies under a receivership or safeguard procedure at the end of each semester: a procedure opened in the semester
    /// is still running at its end four times in five, one opened the semester before about half the time, two before one
    /// time in six (observation periods of 6 to 18 months, then a plan or a liquidation).
    /// </summary>
    private static Dictionary<(string Commune, string Semester, string Procedure), int> Ongoing(
        Dictionary<(string Commune, string Quarter, string, string, string Procedure), int> failures, IReadOnlyList<string> years)
    {
        var openings = failures.GroupBy(f => (f.Key.Commune, Semester: FailureCategories.SemesterOf(f.Key.Quarter), f.Key.Procedure))
            .ToDictionary(g => g.Key, g => g.Sum(f => f.Value));
        var semesters = years.SelectMany(y => new[] { $"{y}-S1", $"{y}-S2" }).ToList();
        var result = new Dictionary<(string, string, string), int>();
        foreach (var commune in openings.Keys.Select(k => k.Commune).Distinct())
        {
            foreach (var procedure in FailureCategories.Ongoing)
            {
                for (var s = 0; s < semesters.Count; s++)
                {
                    double Opened(int back) => s - back < 0 ? 0 : openings.GetValueOrDefault((commune, semesters[s - back], procedure.Code));
                    var companies = (int)Math.Round((0.8 * Opened(0)) + (0.45 * Opened(1)) + (0.15 * Opened(2)));
                    if (companies > 0)
                        result[(commune, semesters[s], procedure.Code)] = companies;
                }
            }
        }
        return result;
    }

    private static int Pick(IReadOnlyList<double> shares, Randomizer random)
    {
        var u = random.Double() * shares.Sum();
        var k = 0;
        while (k < shares.Count - 1 && (u -= shares[k]) > 0)
            k++;
        return k;
    }

    /// <summary>A total shared in proportion to weights, by largest remainder: the parts add up to the total.</summary>
    private static int[] Split(int total, IReadOnlyList<double> weights)
    {
        var sum = weights.Sum();
        var exact = weights.Select(w => total * w / sum).ToArray();
        var parts = exact.Select(e => (int)Math.Floor(e)).ToArray();
        foreach (var i in Enumerable.Range(0, parts.Length).OrderByDescending(i => exact[i] - parts[i]).ThenBy(i => i).Take(total - parts.Sum()))
            parts[i]++;
        return parts;
    }

    private static int SeedOf(string id) => id.Aggregate(29, (hash, c) => unchecked((hash * 31) + c)) ^ 0x4241524F;

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);
}
