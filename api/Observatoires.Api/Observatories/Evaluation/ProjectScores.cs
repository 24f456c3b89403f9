using System.Globalization;
using Dapper;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Indicators;
using Observatoires.Api.Platform.Indicators.Catalogue;
using Observatoires.Api.Platform.Indicators.Engine;
using Observatoires.Api.Platform.Indicators.Values;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.Evaluation;

/// <summary>The catalogue indicator that measures a project's indicator.</summary>
internal sealed record EvaluationCatalogueIndicator(string Code, string Label, string Unit, int Decimals);

/// <summary>The indicator's starting point.</summary>
/// <param name="Value">The value at T0; null when neither given nor in the series (or withheld from the caller).</param>
/// <param name="Source">given (by the agency) or series (read from the indicator's series at T0).</param>
internal sealed record EvaluationT0(int Year, double? Value, string Source);

/// <summary>What the indicator aims at: a value at the horizon (null when withheld from the caller).</summary>
internal sealed record EvaluationTarget(int Year, double? Value);

/// <summary>An indicator of an action, its figures and where it stands.</summary>
/// <param name="Code">Its code in the project, as in /api/v1/evaluation/projects/{id}/indicators/{indicator}.</param>
/// <param name="Source">catalogue (a catalogue indicator read through the platform's engine for the project's territory) or entered (a series the agency enters).</param>
/// <param name="Catalogue">The catalogue indicator; null for an entered series, or when the caller may not see it or it left the catalogue.</param>
/// <param name="Confidentiality">public, partner or agency: who may see its figures (the catalogue's for a catalogue indicator); null when the caller may not see the catalogue indicator.</param>
/// <param name="Direction">up (higher is better) or down (lower is better).</param>
/// <param name="Weight">Its weight in its action's score.</param>
/// <param name="Latest">The latest value after T0; null without one.</param>
/// <param name="Progress">(latest − T0) ÷ (target − T0), bounded to [0, 1]: what the action's score averages; null: no data or restricted.</param>
/// <param name="RawProgress">The same, unbounded: above 1 beyond the target, negative after a move the wrong way.</param>
/// <param name="BeyondTarget">Objectif dépassé: the latest value is beyond the target (progress capped at 1).</param>
/// <param name="Setback">Recul: the latest value moved away from the target since T0 (progress 0).</param>
/// <param name="ExpectedProgress">Share of the way the straight path from T0 to the target has done at the latest year.</param>
/// <param name="ExpectedValue">The value on that path at the latest year.</param>
/// <param name="Status">achieved, ahead, on_track, behind, no_data or restricted (the rule: GET /api/v1/evaluation/projects/{id}).</param>
/// <param name="StatusLabel">The status in French: atteint, en avance, dans la trajectoire, en retard, sans donnée, données réservées.</param>
/// <param name="Series">The indicator's yearly values for the project's territory, from T0 (or its first year) on.</param>
internal sealed record EvaluationIndicator(string Code, string Label, string Source, EvaluationCatalogueIndicator? Catalogue, string Unit, int Decimals,
    string? Confidentiality, string Direction, double Weight, EvaluationT0 T0, EvaluationTarget Target, EvaluationPoint? Latest, double? Progress,
    double? RawProgress, bool BeyondTarget, bool Setback, double? ExpectedProgress, double? ExpectedValue, string Status, string StatusLabel,
    IReadOnlyList<EvaluationPoint> Series);

/// <summary>An action, its score and its indicators.</summary>
/// <param name="Weight">Its weight in its axis' score.</param>
/// <param name="Score">The weighted mean of its indicators' progress (Σ weight × progress ÷ Σ weight, over those with one); null when none has one.</param>
/// <param name="ScoredIndicators">Indicators in the score.</param>
/// <param name="UnscoredIndicators">Indicators left out of it: without data, or whose figures the caller may not see.</param>
internal sealed record EvaluationAction(string Code, string Title, double Weight, double? Score, int ScoredIndicators, int UnscoredIndicators,
    IReadOnlyList<EvaluationIndicator> Indicators);

/// <summary>An axis, its score and its actions.</summary>
/// <param name="Weight">Its weight in the project's score.</param>
/// <param name="Score">The weighted mean of its actions' scores, over those with one; null when none has one.</param>
internal sealed record EvaluationAxis(string Code, string Title, double Weight, double? Score, int ScoredActions, int UnscoredActions,
    IReadOnlyList<EvaluationAction> Actions);

/// <summary>How many indicators stand where.</summary>
/// <param name="OnCourse">Those achieved, ahead or on track.</param>
internal sealed record EvaluationSummary(int Indicators, int OnCourse, int Achieved, int Ahead, int OnTrack, int Behind, int NoData, int Restricted);

/// <summary>A project with every score, status and series.</summary>
/// <param name="Id">Its id, as in /api/v1/evaluation/projects/{id}.</param>
/// <param name="Score">The weighted mean of its axes' scores, over those with one; null when none has one.</param>
/// <param name="Tolerance">How far from the straight path, in share of the way, still counts as on track (0.1 = 10 points).</param>
/// <param name="Demo">A demo project (invented for the demonstration, on real catalogue indicators or invented series).</param>
/// <param name="Etag">Its version as an entity tag: send it as If-Match to change anything in it.</param>
internal sealed record EvaluationProject(string Id, string Title, TerritoryRef Territory, int StartYear, int EndYear, string? Description,
    double? Score, EvaluationSummary Summary, double Tolerance, IReadOnlyList<EvaluationAxis> Axes, bool Demo, int Version, string Etag);

/// <summary>
/// A project's scores, computed when read: each indicator's series for the project's territory (a catalogue indicator
/// through the platform's engine, so that an EPCI's figure is aggregated from its communes by the indicator's rule and
/// the caller's rights and statistical secrecy apply; an entered series as stored, shown by its confidentiality), its
/// progress and status, then the weighted means of the actions, axes and project.
/// </summary>
internal static class ProjectScores
{
    public static async Task<EvaluationProject?> ComputeAsync(NpgsqlConnection connection, TerritoryHierarchy.Snapshot hierarchy, Caller caller,
        ProjectTree tree)
    {
        var (found, _) = await TargetLookup.ResolveAsync(connection, hierarchy, [tree.Project.TerritoryId]);
        if (found.Count == 0)
            return null;
        var territory = found[0];
        var indicators = new Dictionary<string, EvaluationIndicator>();
        foreach (var indicator in tree.Indicators)
            indicators[indicator.Code] = await ScoreAsync(connection, hierarchy, caller, territory, indicator, tree.ValuesOf(indicator.Code));

        var axes = tree.Axes.Select(axis =>
        {
            var actions = tree.Actions.Where(a => a.AxisCode == axis.Code).Select(action =>
            {
                var scored = tree.Indicators.Where(i => i.ActionCode == action.Code).Select(i => indicators[i.Code]).ToList();
                var (score, with, without) = Progress.WeightedMean(scored.Select(i => (i.Weight, i.Progress)));
                return new EvaluationAction(action.Code, action.Title, action.Weight, Round(score), with, without, scored);
            }).ToList();
            var (axisScore, scoredActions, unscoredActions) = Progress.WeightedMean(actions.Select(a => (a.Weight, a.Score)));
            return new EvaluationAxis(axis.Code, axis.Title, axis.Weight, Round(axisScore), scoredActions, unscoredActions, actions);
        }).ToList();
        var (projectScore, _, _) = Progress.WeightedMean(axes.Select(a => (a.Weight, a.Score)));

        var statuses = indicators.Values.Select(i => i.Status).ToList();
        int Count(string status) => statuses.Count(s => s == status);
        var summary = new EvaluationSummary(statuses.Count, Count(IndicatorStatus.Achieved) + Count(IndicatorStatus.Ahead) + Count(IndicatorStatus.OnTrack),
            Count(IndicatorStatus.Achieved), Count(IndicatorStatus.Ahead), Count(IndicatorStatus.OnTrack), Count(IndicatorStatus.Behind),
            Count(IndicatorStatus.NoData), Count(IndicatorStatus.Restricted));
        var p = tree.Project;
        return new(p.Id, p.Title, TerritoryRef.Of(territory), p.StartYear, p.EndYear, p.Description, Round(projectScore), summary, Progress.Tolerance,
            axes, p.Demo, p.Version, p.ETag);
    }

    private static async Task<EvaluationIndicator> ScoreAsync(NpgsqlConnection connection, TerritoryHierarchy.Snapshot hierarchy, Caller caller,
        Target territory, StoredIndicator stored, IReadOnlyList<StoredValue> entered)
    {
        EvaluationCatalogueIndicator? catalogue = null;
        string? confidentiality = stored.Confidentiality;
        IReadOnlyList<EvaluationPoint> series = [];
        var restricted = false;
        if (stored.CatalogueCode is { } code)
        {
            var info = await IndicatorInfo.FindAsync(connection, code, caller);
            if (info is null)
            {
                // Not shown, whether the caller may not see it or it left the catalogue; only the former is "restricted".
                confidentiality = null;
                restricted = await InCatalogueAsync(connection, code);
            }
            else
            {
                catalogue = new(info.Code, info.Label, info.Unit, info.Decimals);
                confidentiality = Names.Of(info.Confidentiality);
                if (info.Periodicity == Periodicity.Year)
                    (series, restricted) = await SeriesAsync(connection, hierarchy, caller, info, territory, stored.T0Year);
            }
        }
        else if (caller.CanSeeFiguresOf(Names.ParseConfidentiality(stored.Confidentiality), territory.Id, territory.Communes))
        {
            series = [.. entered.Select(v => new EvaluationPoint(v.Year, v.Value))];
        }
        else
        {
            restricted = true;
        }

        var unit = catalogue?.Unit ?? stored.Unit ?? "";
        var decimals = catalogue?.Decimals ?? stored.Decimals ?? 0;
        if (restricted)
        {
            // The typed T0 and target are figures of the same cell: withheld with it.
            return new(stored.Code, stored.Label, stored.Source, catalogue, unit, decimals, confidentiality, stored.Direction, stored.Weight,
                new EvaluationT0(stored.T0Year, null, stored.T0Value is null ? "series" : "given"), new EvaluationTarget(stored.HorizonYear, null),
                null, null, null, false, false, null, null, IndicatorStatus.Restricted, IndicatorStatus.Label(IndicatorStatus.Restricted), []);
        }
        var t0 = stored.T0Value ?? series.FirstOrDefault(v => v.Year == stored.T0Year)?.Value;
        var latest = series.LastOrDefault(v => v.Year > stored.T0Year);
        var a = Progress.Assess(stored.Direction == StoredIndicator.Up, stored.T0Year, t0, stored.TargetValue, stored.HorizonYear, latest);
        return new(stored.Code, stored.Label, stored.Source, catalogue, unit, decimals, confidentiality, stored.Direction, stored.Weight,
            new EvaluationT0(stored.T0Year, Round(t0), stored.T0Value is null ? "series" : "given"), new EvaluationTarget(stored.HorizonYear, stored.TargetValue),
            latest, Round(a.Progress), Round(a.RawProgress), a.BeyondTarget, a.Setback, Round(a.ExpectedProgress), Round(a.ExpectedValue), a.Status,
            IndicatorStatus.Label(a.Status), series);
    }

    /// <summary>The catalogue indicator's value for the territory at T0, as the project reads it; null without one (or withheld).</summary>
    public static async Task<double?> ValueAtAsync(NpgsqlConnection connection, TerritoryHierarchy.Snapshot hierarchy, Caller caller,
        IndicatorInfo indicator, Target territory, int year)
    {
        var period = year.ToString(CultureInfo.InvariantCulture);
        var figure = (await ValueEngine.ComputeAsync(connection, hierarchy, indicator, [territory], [period], null, caller))[(territory.Id, period)];
        return figure.HasNumber ? figure.Value : null;
    }

    /// <summary>
    /// The indicator's yearly values for the territory through the platform's engine, from T0 (or its first year, if
    /// earlier) to its last, and whether the engine withheld any of them from the caller (a partner's territory
    /// outside their scope, a secret cell): then none is shown.
    /// </summary>
    private static async Task<(IReadOnlyList<EvaluationPoint> Series, bool Withheld)> SeriesAsync(NpgsqlConnection connection,
        TerritoryHierarchy.Snapshot hierarchy, Caller caller, IndicatorInfo indicator, Target territory, int t0Year)
    {
        var years = (await IndicatorFacts.PeriodsAsync(connection, indicator.Code))
            .Select(p => p.Length == 4 && int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : (int?)null)
            .OfType<int>().ToList();
        if (years.Count == 0)
            return ([], false);
        var (first, last) = (Math.Min(years.Min(), t0Year), years.Max());
        var periods = Enumerable.Range(first, Math.Max(0, last - first + 1)).Select(y => y.ToString(CultureInfo.InvariantCulture)).ToList();
        var figures = await ValueEngine.ComputeAsync(connection, hierarchy, indicator, [territory], periods, null, caller);
        if (periods.Any(p => figures[(territory.Id, p)] is { Value: null } f && (f.IsSecret || f.Status == ValueStatus.Restricted)))
            return ([], true);
        return ([.. periods.Select(p => figures[(territory.Id, p)]).Where(f => f.HasNumber)
            .Select(f => new EvaluationPoint(int.Parse(f.Period, CultureInfo.InvariantCulture), Round(f.Value)!.Value))], false);
    }

    // Six decimals: figures the way they were computed, without the binary noise of 0.1 + 0.2.
    public static double? Round(double? value) => value is { } v ? Math.Round(v, 6) : null;

    /// <summary>Every project, scored for the caller.</summary>
    public static async Task<IReadOnlyList<EvaluationProject>> ListAsync(NpgsqlConnection connection, TerritoryHierarchy.Snapshot hierarchy, Caller caller,
        CancellationToken ct)
    {
        var result = new List<EvaluationProject>();
        foreach (var id in await ProjectTree.IdsAsync(connection, ct))
        {
            if (await ProjectTree.LoadAsync(connection, id) is { } tree && await ComputeAsync(connection, hierarchy, caller, tree) is { } project)
                result.Add(project);
        }
        return result;
    }

    /// <summary>Whether a catalogue indicator with this code exists, whoever may see it.</summary>
    public static Task<bool> InCatalogueAsync(NpgsqlConnection connection, string code) =>
        connection.ExecuteScalarAsync<bool>("select exists (select from platform.indicator where code = @code)", new { code });
}
