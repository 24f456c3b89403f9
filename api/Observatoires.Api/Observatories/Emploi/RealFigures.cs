using System.Globalization;
using Observatoires.Api.Platform.Indicators.Values;

namespace Observatoires.Api.Observatories.Emploi;

/// <summary>
/// The CABBALR's figures as the agency's 2024 activity report publishes them, loaded as real values at EPCI level,
/// and the demo values of its communes scaled so that they add up to them: whether a figure is read at EPCI level or
/// summed from the communes (the AULA perimeter, a custom zone), it is the report's.
/// </summary>
internal static class RealFigures
{
    public const string Cabbalr = "epci:200072460";

    /// <summary>Which source a real value comes from (the values' vintage).</summary>
    public const string Vintage = "AULA, rapport d'activité 2024 (URSSAF ; INSEE RP)";

    /// <summary>
    /// Private employees (excluding agriculture): 49,556 in 2023, +3,612 (+7.9 %) since 2018 and +1,088 (+2.2 %) since
    /// 2013, hence 45,944 in 2018 and 48,468 in 2013.
    /// </summary>
    public static readonly IReadOnlyDictionary<int, double> PrivateEmployees = new Dictionary<int, double>
    {
        [2013] = 49_556 - 1_088,
        [2018] = 49_556 - 3_612,
        [2023] = 49_556,
    };

    public const int EmployersYear = 2023;
    public const double Employers = 4_603;

    /// <summary>The job-concentration index, taken as of the latest census (RP 2021): the report gives no vintage.</summary>
    public const int ConcentrationYear = 2021;
    public const double Concentration = 0.76;

    /// <summary>The real values, at the CABBALR's level. The report gives the index alone, not its two counts.</summary>
    public static IEnumerable<ValueRow> Rows =>
    [
        .. PrivateEmployees.Select(p => new ValueRow("emploi.salaries_prives", Cabbalr, Year(p.Key), p.Value, Vintage: Vintage)),
        new("emploi.etablissements_employeurs", Cabbalr, Year(EmployersYear), Employers, Vintage: Vintage),
        new("emploi.indice_concentration", Cabbalr, Year(ConcentrationYear), Concentration, Vintage: Vintage),
    ];

    /// <summary>
    /// The rows with the given communes' private employees and employers scaled to the real totals: employees by a
    /// factor interpolated between the years the report gives (constant before the first and after the last), employers
    /// by the factor of 2023; each commune keeps at least 1 when it had some, and the largest takes the rounding.
    /// </summary>
    public static IReadOnlyList<ValueRow> Anchor(IReadOnlyList<ValueRow> rows, IReadOnlySet<string> communes)
    {
        var employees = Totals(rows, "emploi.salaries_prives", communes);
        var employers = Totals(rows, "emploi.etablissements_employeurs", communes);
        if (employees.Count == 0)
            return rows;
        var anchors = PrivateEmployees.Where(p => employees.ContainsKey(p.Key)).ToDictionary(p => p.Key, p => p.Value / employees[p.Key]);
        var employerFactor = employers.TryGetValue(EmployersYear, out var raw) && raw > 0 ? Employers / raw : 1;

        var scaled = new Dictionary<(string Indicator, int Year), double>();
        foreach (var year in employees.Keys)
            scaled[("emploi.salaries_prives", year)] = Math.Round(employees[year] * Factor(anchors, year));
        foreach (var year in employers.Keys)
            scaled[("emploi.etablissements_employeurs", year)] = Math.Round(employers[year] * employerFactor);
        // The real years are exact.
        foreach (var (year, value) in PrivateEmployees.Where(p => employees.ContainsKey(p.Key)))
            scaled[("emploi.salaries_prives", year)] = value;
        if (employers.ContainsKey(EmployersYear))
            scaled[("emploi.etablissements_employeurs", EmployersYear)] = Employers;

        var result = rows.ToList();
        foreach (var ((indicator, year), target) in scaled)
        {
            var period = Year(year);
            var indexes = Enumerable.Range(0, result.Count)
                .Where(i => result[i].Indicator == indicator && result[i].Period == period && communes.Contains(result[i].TerritoryId)).ToList();
            var total = indexes.Sum(i => result[i].Value ?? 0);
            if (total == 0)
                continue;
            foreach (var i in indexes)
            {
                var v = result[i].Value ?? 0;
                result[i] = result[i] with { Value = v == 0 ? 0 : Math.Max(1, Math.Round(v * target / total)) };
            }
            var largest = indexes.MaxBy(i => result[i].Value)!;
            result[largest] = result[largest] with { Value = result[largest].Value + target - indexes.Sum(i => result[i].Value ?? 0) };
        }
        return result;
    }

    /// <summary>The given communes' jobs scaled so that Σ jobs ÷ Σ employed residents is the report's 0.76 (every census).</summary>
    public static IReadOnlyList<ValueRow> AnchorConcentration(IReadOnlyList<ValueRow> rows, IReadOnlySet<string> communes)
    {
        var result = rows.ToList();
        foreach (var period in result.Select(r => r.Period).Distinct().ToList())
        {
            var indexes = Enumerable.Range(0, result.Count)
                .Where(i => result[i].Period == period && communes.Contains(result[i].TerritoryId)).ToList();
            var (jobs, employed) = (indexes.Sum(i => result[i].Numerator ?? 0), indexes.Sum(i => result[i].Denominator ?? 0));
            if (jobs == 0 || employed == 0)
                continue;
            var target = Math.Round(Concentration * employed);
            foreach (var i in indexes)
                result[i] = Scaled(result[i], Math.Round((result[i].Numerator ?? 0) * target / jobs));
            var largest = indexes.MaxBy(i => result[i].Numerator)!;
            result[largest] = Scaled(result[largest], result[largest].Numerator!.Value + target - indexes.Sum(i => result[i].Numerator ?? 0));
        }
        return result;

        static ValueRow Scaled(ValueRow row, double jobs) => DemoData.Concentration(row.TerritoryId, row.Period, jobs, row.Denominator ?? 0);
    }

    private static Dictionary<int, double> Totals(IReadOnlyList<ValueRow> rows, string indicator, IReadOnlySet<string> communes) =>
        rows.Where(r => r.Indicator == indicator && communes.Contains(r.TerritoryId) && r.Period.Length == 4)
            .GroupBy(r => int.Parse(r.Period, CultureInfo.InvariantCulture)).ToDictionary(g => g.Key, g => g.Sum(r => r.Value ?? 0));

    /// <summary>Linear between the anchored years, constant outside them.</summary>
    private static double Factor(Dictionary<int, double> anchors, int year)
    {
        if (anchors.Count == 0)
            return 1;
        var years = anchors.Keys.Order().ToList();
        if (year <= years[0])
            return anchors[years[0]];
        if (year >= years[^1])
            return anchors[years[^1]];
        var after = years.First(y => y >= year);
        var before = years.Last(y => y <= year);
        return after == before ? anchors[year]
            : anchors[before] + ((anchors[after] - anchors[before]) * (year - before) / (after - before));
    }

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);
}
