using Bogus;
using Dapper;
using Npgsql;
using Observatoires.Api.Platform.Indicators;
using Observatoires.Api.Platform.Indicators.Values;
using static Observatoires.Api.Observatories.PolitiqueVille.PolitiqueVilleIndicators;

namespace Observatoires.Api.Observatories.PolitiqueVille;

/// <summary>
/// Plausible, deterministic yearly figures (2015–2024) at QPV, commune and EPCI level, anchored on real commune
/// populations: the towns that hold QPVs (Lens, Liévin, Béthune, Bruay-la-Buissière...) fare worse than the other
/// communes, so worse than their EPCI (which the engine computes Σ ÷ Σ from all its communes), and each QPV worse than
/// its town by a factor per indicator (poverty about 1.75 times its town's, employment 0.78 times...). Rates are
/// stored as numerator ÷ denominator; the median income, which does not aggregate, is stored at every level (an
/// EPCI's as the population-weighted mean of its communes' medians: a demo approximation).
/// </summary>
internal static class DemoFigures
{
    public const int First = 2015, Last = 2024;
    private const string Vintage = "Démonstration 2026";

    /// <summary>How an indicator is drawn: the other communes' range, the QPV towns', a QPV's factor, a yearly trend, its denominator per inhabitant.</summary>
    private sealed record Profile(string Code, double OtherMin, double OtherMax, double TownMin, double TownMax, double QpvFactor,
        double Trend, double DenominatorShare, double Cap = 0.95);

    private static readonly Profile[] Rates =
    [
        new(SansDiplome, 0.25, 0.33, 0.35, 0.40, 1.35, -0.004, 0.80),
        new(Scolarisation, 0.62, 0.70, 0.55, 0.60, 0.85, 0.002, 0.11),
        new(LogementsSociaux, 0.05, 0.20, 0.30, 0.40, 2.00, 0, 0.44),
        new(Suroccupation, 0.02, 0.04, 0.05, 0.07, 1.80, -0.0005, 0.44),
        new(PolitiqueVilleIndicators.Emploi, 0.60, 0.68, 0.50, 0.55, 0.78, 0.003, 0.62),
        new(DemandeursEmploi, 0.09, 0.13, 0.15, 0.18, 1.60, -0.002, 0.62),
        new(Pauvrete, 0.10, 0.17, 0.24, 0.29, 1.75, 0.001, 1.00, 0.70),
        new(MoinsDe25, 0.28, 0.31, 0.32, 0.35, 1.20, -0.001, 1.00),
        new(Monoparentales, 0.14, 0.19, 0.22, 0.27, 1.50, 0.002, 0.13, 0.60),
        new(Css, 0.07, 0.11, 0.14, 0.18, 1.80, 0.002, 1.00),
    ];

    private sealed record QpvRow(string Id, int Population, string Communes);

    /// <summary>Writes the values (after the QPVs exist: the platform's seed adds them with the territories); returns the rows inserted.</summary>
    public static async Task<int> SeedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DemoTerritory territory)
    {
        var qpvs = (await connection.QueryAsync<QpvRow>("""
            select t.id, coalesce(t.population, 0) as population,
                   string_agg(m.parent_id, ',' order by c.population desc nulls last, m.parent_id) as communes
            from platform.territory t
            join platform.territory_membership m on m.member_id = t.id
            join platform.territory c on c.id = m.parent_id and c.level = 'commune'
            where t.level = 'qpv'
            group by t.id, t.population
            order by t.id
            """, transaction: transaction)).ToList();
        var rows = Generate(territory.Communes, [.. qpvs.Select(q => (q.Id, q.Population, q.Communes.Split(',')[0]))]).ToList();
        var result = await ValueWriter.WriteAsync(connection, transaction, rows);
        return (int)result.Inserted;
    }

    /// <param name="qpvs">Each QPV with its population and its main commune (the most populous of its communes).</param>
    public static IEnumerable<ValueRow> Generate(IReadOnlyList<DemoCommune> communes, IReadOnlyList<(string Id, int Population, string Commune)> qpvs)
    {
        var towns = qpvs.Select(q => q.Commune).ToHashSet(StringComparer.Ordinal);
        foreach (var profile in Rates)
        {
            var communeRates = communes.ToDictionary(c => c.Id, c => Draw(c.Id, profile, towns.Contains(c.Id)));
            foreach (var c in communes)
                foreach (var row in Series(profile, c.Id, c.Population, communeRates[c.Id]))
                    yield return row;
            foreach (var q in qpvs.Where(q => communeRates.ContainsKey(q.Commune)))
            {
                var (rate, trend) = communeRates[q.Commune];
                var factor = profile.QpvFactor * new Randomizer(Seed(q.Id + profile.Code)).Double(0.95, 1.05);
                foreach (var row in Series(profile, q.Id, q.Population, (Math.Min(profile.Cap, rate * factor), trend * factor)))
                    yield return row;
            }
        }

        var medians = communes.ToDictionary(c => c.Id, c => Median(c.Id, towns.Contains(c.Id)));
        foreach (var c in communes)
            foreach (var row in MedianSeries(c.Id, medians[c.Id]))
                yield return row;
        foreach (var q in qpvs.Where(q => medians.ContainsKey(q.Commune)))
            foreach (var row in MedianSeries(q.Id, medians[q.Commune] * new Randomizer(Seed(q.Id)).Double(0.68, 0.76)))
                yield return row;
        foreach (var epci in communes.GroupBy(c => c.EpciId))
        {
            var population = epci.Sum(c => Math.Max(1, c.Population));
            var median = epci.Sum(c => medians[c.Id] * Math.Max(1, c.Population)) / population;
            foreach (var row in MedianSeries(epci.Key, median))
                yield return row;
        }
    }

    private static (double Rate, double Trend) Draw(string id, Profile profile, bool town)
    {
        var random = new Randomizer(Seed(id + profile.Code));
        return (town ? random.Double(profile.TownMin, profile.TownMax) : random.Double(profile.OtherMin, profile.OtherMax),
            profile.Trend * random.Double(0.5, 1.5));
    }

    private static IEnumerable<ValueRow> Series(Profile profile, string territory, int population, (double Rate, double Trend) start)
    {
        var denominator = Math.Max(1, Math.Round(Math.Max(population, 50) * profile.DenominatorShare));
        for (var year = First; year <= Last; year++)
        {
            var rate = Math.Clamp(start.Rate + (start.Trend * (year - First)), 0, 1);
            var numerator = Math.Round(rate * denominator);
            yield return new(profile.Code, territory, $"{year}", 100 * numerator / denominator, numerator, denominator, Vintage: Vintage);
        }
    }

    private static double Median(string id, bool town)
    {
        var random = new Randomizer(Seed(id + RevenuMedian));
        return town ? random.Double(15_500, 17_000) : random.Double(19_000, 21_500);
    }

    // The 2015 median, then about 1.5 % a year.
    private static IEnumerable<ValueRow> MedianSeries(string territory, double median2015)
    {
        for (var year = First; year <= Last; year++)
            yield return new(RevenuMedian, territory, $"{year}", Math.Round(median2015 * Math.Pow(1.015, year - First) / 10) * 10, Vintage: Vintage);
    }

    private static int Seed(string id) => id.Aggregate(41, (hash, c) => unchecked((hash * 31) + c)) ^ 0x51505600;
}
