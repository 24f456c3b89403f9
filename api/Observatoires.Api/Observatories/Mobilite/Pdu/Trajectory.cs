namespace Observatoires.Api.Observatories.Mobilite.Pdu;

/// <summary>Where an objective stands, in the words of the mid-term evaluation.</summary>
internal static class StandingStatus
{
    public const string Achieved = "achieved";
    public const string Ahead = "ahead";
    public const string OnTrack = "on_track";
    public const string Behind = "behind";
    public const string NoData = "no_data";

    public static readonly IReadOnlyList<string> All = [Achieved, Ahead, OnTrack, Behind, NoData];

    public static string Label(string status) => status switch
    {
        Achieved => "objectif atteint",
        Ahead => "en avance",
        OnTrack => "dans la trajectoire",
        Behind => "en retard",
        _ => "pas de donnée",
    };
}

/// <summary>The figures of an objective's trajectory at the latest year with a value.</summary>
/// <param name="TargetValue">The value aimed at for the horizon (given, or the baseline × (1 + change)); null without a baseline.</param>
/// <param name="ExpectedValue">The value on the straight path from (T0, baseline) to (horizon, target) at the latest year.</param>
/// <param name="Progress">Share of the way from the baseline to the target done at the latest year (0.4 = 40 %; negative
/// when the indicator moved the wrong way, above 1 beyond the target).</param>
/// <param name="ExpectedProgress">Share of the way the straight path has done at the latest year (years elapsed ÷ years planned).</param>
internal sealed record TrajectoryPoint(double? TargetValue, double? ExpectedValue, double? Progress, double? ExpectedProgress, string Status);

/// <summary>
/// The rule of the mid-term evaluation: the straight path goes from the baseline at T0 to the target at the horizon;
/// at the latest year with a value, the share of the way done is compared with the share the path has done:
/// <list type="bullet">
/// <item>objectif atteint: the latest value is at or beyond the target, in the objective's direction;</item>
/// <item>otherwise, at or after the horizon: en retard;</item>
/// <item>otherwise, within <see cref="Tolerance"/> (10 points of the way) of the path: dans la trajectoire; ahead of
/// it by more: en avance; behind it by more: en retard;</item>
/// <item>pas de donnée: no baseline (not given and the indicator has no value at T0), or no value at T0 or after.</item>
/// </list>
/// </summary>
internal static class Trajectory
{
    /// <summary>How far from the straight path, in share of the whole way, still counts as on it.</summary>
    public const double Tolerance = 0.10;

    public static double? TargetOf(double? baseline, double? targetValue, double? targetChange) =>
        targetValue ?? (baseline is { } b && targetChange is { } c ? b * (1 + c) : null);

    public static TrajectoryPoint Assess(bool up, int baselineYear, double? baseline, double? targetValue, double? targetChange,
        int horizonYear, int? latestYear, double? latest)
    {
        var target = TargetOf(baseline, targetValue, targetChange);
        if (baseline is not { } b || target is not { } t || latestYear is not { } year || latest is not { } value || year < baselineYear)
            return new(target, null, null, null, StandingStatus.NoData);
        var sign = up ? 1 : -1;
        var expectedProgress = Math.Clamp((double)(year - baselineYear) / (horizonYear - baselineYear), 0, 1);
        var expected = Finite(b + (expectedProgress * (t - b)));
        var way = sign * (t - b);
        // A target a hair's breadth from the baseline would make the share of the way infinite: no share then.
        var progress = way > 0 ? Finite(sign * (value - b) / way) : null;
        string status;
        if (sign * (value - t) >= 0)
            status = StandingStatus.Achieved;
        else if (year >= horizonYear || progress is null)
            status = StandingStatus.Behind;
        else
            status = (progress.Value - expectedProgress) switch
            {
                > Tolerance => StandingStatus.Ahead,
                < -Tolerance => StandingStatus.Behind,
                _ => StandingStatus.OnTrack,
            };
        return new(t, expected, progress, expectedProgress, status);
    }

    private static double? Finite(double x) => double.IsFinite(x) ? x : null;
}
