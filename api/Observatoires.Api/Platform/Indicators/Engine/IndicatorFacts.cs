using Dapper;
using Npgsql;

namespace Observatoires.Api.Platform.Indicators.Engine;

/// <summary>What data an indicator has: its periods, and the levels where values are stored.</summary>
internal static class IndicatorFacts
{
    /// <summary>Periods with values, chronological (canonical period text sorts so).</summary>
    public static async Task<IReadOnlyList<string>> PeriodsAsync(NpgsqlConnection connection, string code) =>
        [.. await connection.QueryAsync<string>("""
            select distinct period from platform.indicator_availability where indicator_code = @code order by period
            """, new { code })];

    /// <summary>Levels of the territories that have stored values.</summary>
    public static async Task<IReadOnlyList<string>> StoredLevelsAsync(NpgsqlConnection connection, string code) =>
        [.. await connection.QueryAsync<string>("""
            select l.level from platform.territory_level l
            where exists (select 1 from platform.indicator_availability a where a.indicator_code = @code and a.level = l.level)
            order by l.rank
            """, new { code })];

    /// <summary>
    /// Checks a requested period against the indicator's periodicity and data; without one, the latest.
    /// Returns the period to use, or an error message for a 400.
    /// </summary>
    public static (string? Period, string? Error) ResolvePeriod(IndicatorInfo indicator, string? requested, IReadOnlyList<string> available)
    {
        if (requested is null)
            return available.Count > 0 ? (available[^1], null) : (null, $"indicator {indicator.Code} has no values yet");
        if (!Period.TryParse(requested, indicator.Periodicity, out var period, out var error))
            return (null, $"{error} (indicator {indicator.Code} has one value per {Period.Name(indicator.Periodicity)})");
        return (period.ToString(), null);
    }
}
