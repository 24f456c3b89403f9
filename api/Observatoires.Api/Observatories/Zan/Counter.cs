using Dapper;
using Npgsql;

namespace Observatoires.Api.Observatories.Zan;

internal sealed record PathYear(int Year, double AllowanceHa);

/// <param name="ReferenceHa">Consumption 2011–2020.</param>
/// <param name="Reduction">Reduction of the envelope against the reference (0.5 unless set for the territory).</param>
/// <param name="EnvelopeHa">2021–2030 envelope: Σ over the communes of max(reference × (1 − reduction), 1 ha), the 1 ha being the "garantie communale".</param>
/// <param name="ConsumedHa">Consumed since 2021-01-01, to the latest year.</param>
/// <param name="PacePerYearHa">Average consumption of the last 3 years.</param>
/// <param name="ExhaustionYear">The year the envelope runs out at that pace (or ran out, when already exceeded); null if the pace is zero.</param>
/// <param name="Path">Yearly allowance 2031–2050 towards net zero.</param>
internal sealed record Counter(string Territory, int Communes, int LatestYear, double ReferenceHa, double Reduction, double EnvelopeHa,
    double ConsumedHa, double RemainingHa, double UsedShare, double PacePerYearHa, int? ExhaustionYear, bool Exceeded, IReadOnlyList<PathYear> Path)
{
    public const double DefaultReduction = 0.5;
    public const double CommuneFloorHa = 1;

    public static async Task<Counter> ComputeAsync(NpgsqlConnection connection, string territory, IReadOnlyList<string> communes)
    {
        var yearly = (await connection.QueryAsync<(string Commune, int Year, double Ha)>("""
            select commune_id, year, sum(hectares) from zan.consumption where commune_id = any(@communes) group by 1, 2
            """, new { communes = communes.ToArray() })).ToList();
        var reduction = await connection.QuerySingleOrDefaultAsync<double?>(
            "select reduction from zan.reduction where territory_id = @territory", new { territory }) ?? DefaultReduction;
        var shares = (await connection.QueryAsync<(int Year, double Share)>("select year, share from zan.trajectory")).ToDictionary(t => t.Year, t => t.Share);
        return Compute(territory, communes, yearly, reduction, shares);
    }

    /// <summary>The counter from its inputs: each commune's yearly consumption, the reduction, the agency's path.</summary>
    /// <param name="shares">Share of the yearly 2021–2030 envelope allowed each year of 2031–2050 (linear to zero when absent).</param>
    public static Counter Compute(string territory, IReadOnlyList<string> communes, IReadOnlyList<(string Commune, int Year, double Ha)> yearly,
        double reduction, IReadOnlyDictionary<int, double> shares)
    {
        var latest = yearly.Count == 0 ? 2020 : yearly.Max(y => y.Year);
        var reference = yearly.Where(y => y.Year is >= 2011 and <= 2020).GroupBy(y => y.Commune).ToDictionary(g => g.Key, g => g.Sum(y => y.Ha));
        var envelope = communes.Sum(c => Math.Max(reference.GetValueOrDefault(c) * (1 - reduction), CommuneFloorHa));
        var byYear = yearly.GroupBy(y => y.Year).ToDictionary(g => g.Key, g => g.Sum(y => y.Ha));
        var pace = Enumerable.Range(latest - 2, 3).Average(y => byYear.GetValueOrDefault(y));
        // Year by year since 2021: the total consumed, and the year it reached the envelope, if it did.
        var consumed = 0.0;
        int? ranOut = null;
        for (var year = 2021; year <= latest; year++)
        {
            consumed += byYear.GetValueOrDefault(year);
            if (ranOut is null && consumed > 0 && consumed >= envelope)
                ranOut = year;
        }
        var remaining = envelope - consumed;
        var exhaustion = ranOut ?? (pace > 0 ? latest + (int)Math.Ceiling(remaining / pace) : null);

        var yearlyEnvelope = envelope / 10;
        var path = Enumerable.Range(2031, 20).Select(y => new PathYear(y,
            Math.Round(yearlyEnvelope * (shares.TryGetValue(y, out var share) ? share : (2050 - y) / 20.0), 2))).ToList();
        return new(territory, communes.Count, latest, Math.Round(reference.Values.Sum(), 2), reduction, Math.Round(envelope, 2),
            Math.Round(consumed, 2), Math.Round(remaining, 2), envelope > 0 ? Math.Round(consumed / envelope, 3) : 0,
            Math.Round(pace, 2), exhaustion, ranOut is not null, path);
    }
}
