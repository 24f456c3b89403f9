using System.Globalization;
using Dapper;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Indicators;
using Observatoires.Api.Platform.Indicators.Engine;
using Observatoires.Api.Platform.Indicators.Values;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.Transitions;

/// <summary>A catalogue indicator as the Donut and the matrix show it.</summary>
internal sealed record TransitionsIndicator(string Code, string Label, string Unit, int Decimals, string Source);

/// <summary>One territory's figure as the caller may see it: a value, nothing (no data), or withheld (réservé).</summary>
internal sealed record SeenFigure(double? Value, bool Restricted);

/// <summary>
/// An indicator's figures at its latest year, for many territories, read through the platform's value engine: an
/// EPCI's or a custom zone's figure aggregated from its communes by the indicator's rule, with the caller's rights and
/// statistical secrecy. A figure the caller may not see (an indicator they may not see, a partner figure outside their
/// scope, a secret cell) is withheld, never left out, so that no total can be solved back.
/// </summary>
internal sealed record LatestFigures(string Code, TransitionsIndicator? Indicator, string? Period, bool IndicatorRestricted,
    IReadOnlyDictionary<string, SeenFigure> ByTerritory)
{
    public SeenFigure Of(string territory) =>
        IndicatorRestricted ? new(null, true) : ByTerritory.TryGetValue(territory, out var figure) ? figure : new(null, false);

    public static async Task<LatestFigures> ReadAsync(NpgsqlConnection connection, TerritoryHierarchy.Snapshot hierarchy, Caller caller, string code,
        IReadOnlyList<Target> targets)
    {
        var info = await IndicatorInfo.FindAsync(connection, code, caller);
        if (info is null)
        {
            // The caller may not see it, or it left the catalogue: only the former is "réservé".
            var exists = await connection.ExecuteScalarAsync<bool>("select exists (select from platform.indicator where code = @code)", new { code });
            return new(code, null, null, exists, new Dictionary<string, SeenFigure>());
        }
        var indicator = new TransitionsIndicator(info.Code, info.Label, info.Unit, info.Decimals, info.Source);
        var period = info.Periodicity == Periodicity.Year ? LatestYear(await IndicatorFacts.PeriodsAsync(connection, code)) : null;
        if (period is null)
            return new(code, indicator, null, false, new Dictionary<string, SeenFigure>());
        var figures = await ValueEngine.ComputeAsync(connection, hierarchy, info, targets, [period], null, caller);
        var seen = targets.ToDictionary(t => t.Id, t => figures.TryGetValue((t.Id, period), out var f)
            ? f.HasNumber ? new SeenFigure(f.Value, false) : new SeenFigure(null, f.IsSecret || f.Status == ValueStatus.Restricted)
            : new SeenFigure(null, false));
        return new(code, indicator, period, false, seen);
    }

    /// <summary>The latest year with values (periods such as 2023-Q4 are not years).</summary>
    public static string? LatestYear(IEnumerable<string> periods) =>
        periods.Where(p => p.Length == 4 && int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out _)).DefaultIfEmpty().Max();

    // Six decimals: figures the way they were computed, without the binary noise of 0.1 + 0.2.
    public static double? Round(double? value) => value is { } v ? Math.Round(v, 6) : null;
}
