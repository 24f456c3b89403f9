using System.Globalization;
using Dapper;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Indicators;
using Observatoires.Api.Platform.Indicators.Engine;
using Observatoires.Api.Platform.Indicators.Values;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.Habitat.Plh;

/// <summary>The indicator that measures an objective.</summary>
internal sealed record PlhIndicator(string Code, string Label, string Unit, int Decimals);

/// <summary>The indicator's value for the objective's territory in one year (aggregated by the platform's engine).</summary>
internal sealed record PlhYearValue(int Year, double Value);

/// <summary>An objective of the PLH and where it stands.</summary>
/// <param name="Code">Its code, as in the route /api/v1/habitat/plh/objectives/{code}.</param>
/// <param name="Indicator">The indicator that measures it; null when it is no longer in the catalogue.</param>
/// <param name="Kind">trajectory (from the baseline at T0 to the target at the horizon) or yearly (the target every year from T0 to the horizon).</param>
/// <param name="Direction">up or down: the way the indicator must move.</param>
/// <param name="BaselineYear">T0: the baseline's year (trajectory), the programme's first year (yearly).</param>
/// <param name="BaselineValue">The value at T0 (trajectory; given by the programme or read from the indicator); null for a yearly objective or without one.</param>
/// <param name="BaselineSource">objective (given by the programme), indicator (read from it at T0), or null (yearly).</param>
/// <param name="TargetValue">trajectory: the value aimed at for the horizon; yearly: the quantity aimed at each year.</param>
/// <param name="TargetTotal">yearly: the target times the programme's years (T0 to the horizon included); null for a trajectory.</param>
/// <param name="Latest">The indicator's latest value for the territory, at T0 or after; null without one.</param>
/// <param name="Done">trajectory: the latest value; yearly: the sum of the yearly values since T0.</param>
/// <param name="Expected">trajectory: the value on the straight path at the latest year; yearly: the target times the years elapsed.</param>
/// <param name="Progress">Share of the way done (0.4 = 40 %; trajectory: from baseline to target, negative the wrong way; yearly: of the total).</param>
/// <param name="ExpectedProgress">Share of the programme's years elapsed at the latest year.</param>
/// <param name="Status">achieved, ahead, on_track, behind or no_data (the rule: GET /api/v1/habitat/plh/{territory}).</param>
/// <param name="StatusLabel">The status in French: objectif atteint, en avance, dans la trajectoire, en retard, pas de donnée.</param>
/// <param name="Series">The indicator's yearly values for the territory, from T0 (or its first year) to the latest.</param>
/// <param name="Demo">A demo objective (invented for the demonstration, not the programme's).</param>
/// <param name="Etag">Its version, as an entity tag: send it as If-Match to change it.</param>
internal sealed record PlhObjectiveStanding(string Code, string Label, TerritoryRef Territory, PlhIndicator? Indicator, string Kind, string Direction,
    int BaselineYear, double? BaselineValue, string? BaselineSource, int HorizonYear, double TargetValue, double? TargetTotal, PlhYearValue? Latest,
    double? Done, double? Expected, double? Progress, double? ExpectedProgress, string Status, string StatusLabel, IReadOnlyList<PlhYearValue> Series,
    bool Demo, int Version, string Etag);

/// <summary>
/// Where a PLH's objectives stand, computed from the indicators through the platform's engine (an EPCI's value is
/// aggregated from its communes by the indicator's rule, secrecy and the caller's rights applied).
/// </summary>
internal static class PlhStandings
{
    public static async Task<IReadOnlyList<PlhObjectiveStanding>> ComputeAsync(NpgsqlConnection connection, TerritoryHierarchy.Snapshot hierarchy,
        Caller caller, Target territory, IReadOnlyList<PlhObjective> objectives)
    {
        var result = new List<PlhObjectiveStanding>();
        foreach (var objective in objectives)
        {
            var indicator = await IndicatorInfo.FindAsync(connection, objective.IndicatorCode, caller);
            // An indicator in the catalogue the caller may not see: the objective is not theirs to see either.
            if (indicator is null && await connection.ExecuteScalarAsync<bool>(
                    "select exists (select from platform.indicator where code = @IndicatorCode)", new { objective.IndicatorCode }))
                continue;
            var (series, withheld) = indicator is null ? ([], false) : await SeriesAsync(connection, hierarchy, caller, indicator, territory, objective.BaselineYear);
            result.Add(Standing(objective, territory, indicator, series, withheld));
        }
        return result;
    }

    /// <summary>
    /// The objective's figures and status. When the engine withholds part of the series (a secret cell, another partner's
    /// territory), the programme's typed baseline is withheld too: it is a figure of the same cell.
    /// </summary>
    public static PlhObjectiveStanding Standing(PlhObjective o, Target territory, IndicatorInfo? indicator, IReadOnlyList<PlhYearValue> series, bool withheld)
    {
        var latest = series.LastOrDefault(p => p.Year >= o.BaselineYear);
        double? baseline = null;
        string? source = null;
        PlhPoint point;
        if (o.Kind == PlhObjective.Yearly)
            point = PlhProgress.Yearly(o.BaselineYear, o.TargetValue, o.HorizonYear, [.. series.Select(p => (p.Year, p.Value))]);
        else
        {
            baseline = withheld ? null : o.BaselineValue ?? series.FirstOrDefault(p => p.Year == o.BaselineYear)?.Value;
            source = o.BaselineValue is not null && !withheld ? "objective" : "indicator";
            point = PlhProgress.Trajectory(o.Direction == PlhObjective.Up, o.BaselineYear, baseline, o.TargetValue, o.HorizonYear, latest?.Year, latest?.Value);
        }
        return new(o.Code, o.Label, TerritoryRef.Of(territory),
            indicator is null ? null : new PlhIndicator(indicator.Code, indicator.Label, indicator.Unit, indicator.Decimals), o.Kind, o.Direction,
            o.BaselineYear, Round(baseline), source, o.HorizonYear, o.TargetValue,
            o.Kind == PlhObjective.Yearly ? o.TargetValue * (o.HorizonYear - o.BaselineYear + 1) : null, latest, Round(point.Done),
            Round(point.Expected), Round(point.Progress), Round(point.ExpectedProgress), point.Status, PlhStatus.Label(point.Status), series, o.Demo,
            o.Version, o.ETag);
    }

    /// <summary>The indicator's value for the territory in one year; null without one.</summary>
    public static async Task<double?> ValueAsync(NpgsqlConnection connection, TerritoryHierarchy.Snapshot hierarchy, Caller caller,
        IndicatorInfo indicator, Target territory, int year)
    {
        var period = year.ToString(CultureInfo.InvariantCulture);
        var figure = (await ValueEngine.ComputeAsync(connection, hierarchy, indicator, [territory], [period], null, caller))[(territory.Id, period)];
        return figure.HasNumber ? figure.Value : null;
    }

    /// <summary>The indicator's yearly values for the territory, from T0 (or its first year) to its last, and whether any was withheld.</summary>
    private static async Task<(IReadOnlyList<PlhYearValue> Series, bool Withheld)> SeriesAsync(NpgsqlConnection connection,
        TerritoryHierarchy.Snapshot hierarchy, Caller caller, IndicatorInfo indicator, Target territory, int baselineYear)
    {
        var years = (await IndicatorFacts.PeriodsAsync(connection, indicator.Code))
            .Select(p => p.Length == 4 && int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : (int?)null)
            .OfType<int>().ToList();
        if (years.Count == 0)
            return ([], false);
        var (first, last) = (Math.Min(years.Min(), baselineYear), years.Max());
        var periods = Enumerable.Range(first, Math.Max(0, last - first + 1)).Select(y => y.ToString(CultureInfo.InvariantCulture)).ToList();
        var figures = await ValueEngine.ComputeAsync(connection, hierarchy, indicator, [territory], periods, null, caller);
        var withheld = periods.Any(p => figures[(territory.Id, p)] is { Value: null } f && (f.IsSecret || f.Status == ValueStatus.Restricted));
        return ([.. periods.Select(p => figures[(territory.Id, p)]).Where(f => f.HasNumber)
            .Select(f => new PlhYearValue(int.Parse(f.Period, CultureInfo.InvariantCulture), Round(f.Value)!.Value))], withheld);
    }

    // Six decimals: figures the way they were computed, without the binary noise of 0.1 + 0.2.
    private static double? Round(double? value) => value is { } v ? Math.Round(v, 6) : null;
}
