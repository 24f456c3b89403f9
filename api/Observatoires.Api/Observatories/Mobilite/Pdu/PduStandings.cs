using System.Globalization;
using Dapper;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Indicators;
using Observatoires.Api.Platform.Indicators.Engine;
using Observatoires.Api.Platform.Indicators.Values;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.Mobilite.Pdu;

/// <summary>The indicator that measures an objective.</summary>
internal sealed record PduIndicator(string Code, string Label, string Unit, int Decimals);

/// <summary>The objective's starting point.</summary>
/// <param name="Year">T0.</param>
/// <param name="Value">The value at T0; null when the plan does not give it and the indicator has none for the territory.</param>
/// <param name="Source">objective (given by the plan) or indicator (read from the indicator's value at T0).</param>
internal sealed record PduBaseline(int Year, double? Value, string Source);

/// <summary>What the objective aims at.</summary>
/// <param name="Year">The horizon.</param>
/// <param name="Value">The value aimed at (given, or the baseline × (1 + change)); null without a baseline.</param>
/// <param name="Change">The relative change from the baseline the plan sets (-0.5 for "halve it"); null when it sets a value.</param>
internal sealed record PduTarget(int Year, double? Value, double? Change);

/// <summary>The indicator's value for the objective's territory in one year (aggregated by the platform's engine).</summary>
internal sealed record PduPoint(int Year, double Value);

/// <summary>An objective of the mobility plan and where it stands.</summary>
/// <param name="Code">Its code, as in the route /api/v1/mobilite/pdu/objectives/{code}.</param>
/// <param name="Indicator">The indicator that measures it; null when it is no longer in the catalogue.</param>
/// <param name="Direction">up or down: the way the indicator must move.</param>
/// <param name="Latest">The latest value of the indicator for the territory, at T0 or after; null without one.</param>
/// <param name="ExpectedValue">The value on the straight path from the baseline to the target at the latest year.</param>
/// <param name="Progress">Share of the way from the baseline to the target done (0.4 = 40 %; negative when the indicator moved the wrong way).</param>
/// <param name="ExpectedProgress">Share of the way the straight path has done at the latest year.</param>
/// <param name="Status">achieved, ahead, on_track, behind or no_data (the rule: GET /api/v1/mobilite/pdu).</param>
/// <param name="StatusLabel">The status in French: objectif atteint, en avance, dans la trajectoire, en retard, pas de donnée.</param>
/// <param name="Series">The indicator's values for the territory, from T0 (or its first year) to the latest.</param>
/// <param name="Demo">A demo objective (invented for the demonstration, not the plan's).</param>
/// <param name="Etag">Its version, as an entity tag: send it as If-Match to change or delete it.</param>
internal sealed record PduObjectiveStanding(string Code, string Label, TerritoryRef Territory, PduIndicator? Indicator, string Direction,
    PduBaseline Baseline, PduTarget Target, PduPoint? Latest, double? ExpectedValue, double? Progress, double? ExpectedProgress,
    string Status, string StatusLabel, IReadOnlyList<PduPoint> Series, bool Demo, int Version, string Etag);

/// <summary>
/// Where the objectives stand, computed from the indicators through the platform's engine (so that an EPCI's or a
/// groupement's value is aggregated from its communes by the indicator's rule, and the caller's rights applied).
/// </summary>
internal static class PduStandings
{
    /// <summary>
    /// The objectives the caller may see, each with where it stands. One whose indicator the caller may not see is left
    /// out; one whose figures are withheld (another partner's territory) or secret has no values: pas de donnée.
    /// </summary>
    public static async Task<IReadOnlyList<PduObjectiveStanding>> ComputeAsync(NpgsqlConnection connection, TerritoryHierarchy.Snapshot hierarchy,
        Caller caller, IReadOnlyList<PduObjective> objectives)
    {
        var result = new List<PduObjectiveStanding>();
        var (targets, _) = await TargetLookup.ResolveAsync(connection, hierarchy, [.. objectives.Select(o => o.TerritoryId).Distinct()]);
        var territories = targets.ToDictionary(t => t.Id);
        foreach (var objective in objectives)
        {
            if (!territories.TryGetValue(objective.TerritoryId, out var territory))
                continue;
            var indicator = await IndicatorInfo.FindAsync(connection, objective.IndicatorCode, caller);
            if (indicator is null && await connection.ExecuteScalarAsync<bool>(
                    "select exists (select from platform.indicator where code = @IndicatorCode)", new { objective.IndicatorCode }))
                continue;
            var (series, withheld) = indicator is null ? ([], false) : await SeriesAsync(connection, hierarchy, caller, indicator, territory, objective.BaselineYear);
            result.Add(Standing(objective, territory, indicator, series, withheld));
        }
        return result;
    }

    /// <summary>
    /// The objective's figures and status from its indicator's series for its territory. When the engine withholds some
    /// of the series from the caller (another partner's territory, a secret cell), the plan's typed baseline and target
    /// are withheld too: they are figures of the same cell.
    /// </summary>
    public static PduObjectiveStanding Standing(PduObjective o, Target territory, IndicatorInfo? indicator, IReadOnlyList<PduPoint> series,
        bool withheld = false)
    {
        if (withheld)
            o = o with { BaselineValue = null, TargetValue = null };
        var baseline = o.BaselineValue ?? series.FirstOrDefault(p => p.Year == o.BaselineYear)?.Value;
        var latest = series.LastOrDefault(p => p.Year >= o.BaselineYear);
        var point = Trajectory.Assess(o.Direction == PduObjective.Up, o.BaselineYear, baseline, o.TargetValue, o.TargetChange, o.HorizonYear,
            latest?.Year, latest?.Value);
        return new(o.Code, o.Label, TerritoryRef.Of(territory),
            indicator is null ? null : new PduIndicator(indicator.Code, indicator.Label, indicator.Unit, indicator.Decimals), o.Direction,
            new PduBaseline(o.BaselineYear, Round(baseline), o.BaselineValue is null ? "indicator" : "objective"),
            new PduTarget(o.HorizonYear, Round(point.TargetValue), o.TargetChange), latest, Round(point.ExpectedValue),
            Round(point.Progress), Round(point.ExpectedProgress), point.Status, StandingStatus.Label(point.Status), series, o.Demo, o.Version, o.ETag);
    }

    /// <summary>The indicator's value for the territory in one year, as the objective would read its baseline; null without one.</summary>
    public static async Task<double?> ValueAsync(NpgsqlConnection connection, TerritoryHierarchy.Snapshot hierarchy, Caller caller,
        IndicatorInfo indicator, Target territory, int year)
    {
        var period = year.ToString(CultureInfo.InvariantCulture);
        var figure = (await ValueEngine.ComputeAsync(connection, hierarchy, indicator, [territory], [period], null, caller))[(territory.Id, period)];
        return figure.HasNumber ? figure.Value : null;
    }

    /// <summary>
    /// The indicator's yearly values for the territory, from T0 (or its first year, if earlier) to its last, and whether
    /// the engine withheld any from the caller.
    /// </summary>
    private static async Task<(IReadOnlyList<PduPoint> Series, bool Withheld)> SeriesAsync(NpgsqlConnection connection, TerritoryHierarchy.Snapshot hierarchy,
        Caller caller, IndicatorInfo indicator, Target territory, int baselineYear)
    {
        var years = (await IndicatorFacts.PeriodsAsync(connection, indicator.Code))
            .Select(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && p.Length == 4 ? year : (int?)null)
            .OfType<int>().ToList();
        if (years.Count == 0)
            return ([], false);
        var (first, last) = (Math.Min(years.Min(), baselineYear), years.Max());
        var periods = Enumerable.Range(first, Math.Max(0, last - first + 1)).Select(y => y.ToString(CultureInfo.InvariantCulture)).ToList();
        var figures = await ValueEngine.ComputeAsync(connection, hierarchy, indicator, [territory], periods, null, caller);
        var withheld = periods.Any(p => figures[(territory.Id, p)] is { Value: null } f && (f.IsSecret || f.Status == ValueStatus.Restricted));
        return ([.. periods.Select(p => figures[(territory.Id, p)]).Where(f => f.HasNumber)
            .Select(f => new PduPoint(int.Parse(f.Period, CultureInfo.InvariantCulture), Round(f.Value)!.Value))], withheld);
    }

    // Six decimals: figures the way they were computed, without the binary noise of 0.1 + 0.2.
    private static double? Round(double? value) => value is { } v ? Math.Round(v, 6) : null;
}
