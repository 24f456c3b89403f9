using Dapper;
using Npgsql;
using Observatoires.Api.Platform.Indicators.Engine;

namespace Observatoires.Api.Observatories.Barometre;

/// <summary>
/// Which of a territory's figures were revised since first published, read from the platform's value history: a figure
/// is revised when one of the values it is made of (its own stored value, or one of its communes') has a replaced version.
/// Its previous value is the figure as it stood just before the latest of those replacements: the current sums with the
/// revised parts taken back to the version they replaced (Σ numerators ÷ Σ denominators again for a ratio), which is
/// what asOf would give at that moment for the revised parts, without losing the parts first written at the same time.
/// </summary>
internal static class Revisions
{
    /// <param name="NumeratorChange">For a ratio, Σ (current − previous) numerators of the revised parts; else the values'.</param>
    internal sealed record Revised(DateTimeOffset RevisedAt, double ValueChange, double NumeratorChange, double DenominatorChange, double? OwnPrevious);

    /// <summary>The revised periods among <paramref name="periods"/>, for the target's own value and its communes'.</summary>
    public static async Task<IReadOnlyDictionary<string, Revised>> FindAsync(NpgsqlConnection connection, IndicatorInfo indicator, Target target,
        IReadOnlyList<string> periods)
    {
        var ids = target.CoveredCommunes.Append(target.Id).Distinct().ToArray();
        var rows = await connection.QueryAsync<Row>("""
            select h.territory_id as territory, h.period, h.valid_to as replacedat,
                   coalesce(v.value, 0) - coalesce(h.value, 0) as valuechange,
                   coalesce(v.numerator, 0) - coalesce(h.numerator, 0) as numeratorchange,
                   coalesce(v.denominator, 0) - coalesce(h.denominator, 0) as denominatorchange,
                   h.value as previous
            from (select distinct on (territory_id, period) territory_id, period, value, numerator, denominator, valid_to
                  from platform.indicator_value_history
                  where indicator_code = @Code and period = any(@Periods) and territory_id = any(@Ids)
                  order by territory_id, period, valid_to desc) h
            join platform.indicator_value v on v.indicator_code = @Code and v.period = h.period and v.territory_id = h.territory_id
            """, new { indicator.Code, Periods = periods.ToArray(), Ids = ids });
        return rows.GroupBy(r => r.Period).ToDictionary(g => g.Key, g =>
        {
            var own = g.FirstOrDefault(r => r.Territory == target.Id);
            var parts = g.Where(r => r.Territory != target.Id).ToList();
            return new Revised(new DateTimeOffset(DateTime.SpecifyKind(g.Max(r => r.ReplacedAt), DateTimeKind.Utc)), parts.Sum(r => r.ValueChange), parts.Sum(r => r.NumeratorChange),
                parts.Sum(r => r.DenominatorChange), own?.Previous);
        });
    }

    /// <summary>The figure before the revision: its own previous value when it is stored, else the current aggregate with the parts taken back.</summary>
    public static double? PreviousOf(Figure figure, IndicatorInfo indicator, Revised revised)
    {
        if (revised.OwnPrevious is { } own)
            return own;
        if (figure.Numerator is { } numerator && figure.Denominator is { } denominator)
        {
            var previousDenominator = denominator - revised.DenominatorChange;
            return previousDenominator == 0 ? null : indicator.RatioScale * (numerator - revised.NumeratorChange) / previousDenominator;
        }
        return figure.Value - revised.ValueChange;
    }

    private sealed record Row(string Territory, string Period, DateTime ReplacedAt, double ValueChange, double NumeratorChange,
        double DenominatorChange, double? Previous);
}
