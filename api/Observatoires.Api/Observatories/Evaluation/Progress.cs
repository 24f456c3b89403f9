namespace Observatoires.Api.Observatories.Evaluation;

/// <summary>Where an indicator stands, in the words of the evaluation reports.</summary>
internal static class IndicatorStatus
{
    public const string Achieved = "achieved";
    public const string Ahead = "ahead";
    public const string OnTrack = "on_track";
    public const string Behind = "behind";
    public const string NoData = "no_data";

    /// <summary>The caller may not see the indicator's figures (a partner's or the agency's data, a secret cell).</summary>
    public const string Restricted = "restricted";

    public static readonly IReadOnlyList<string> All = [Achieved, Ahead, OnTrack, Behind, NoData, Restricted];

    public static string Label(string status) => status switch
    {
        Achieved => "atteint",
        Ahead => "en avance",
        OnTrack => "dans la trajectoire",
        Behind => "en retard",
        Restricted => "données réservées",
        _ => "sans donnée",
    };
}

/// <summary>A value of an indicator's series for the project's territory.</summary>
internal sealed record EvaluationPoint(int Year, double Value);

/// <summary>An indicator's figures at its latest value.</summary>
/// <param name="RawProgress">(latest − T0) ÷ (target − T0), unbounded: above 1 beyond the target, negative after a move the wrong way.</param>
/// <param name="Progress">The same bounded to [0, 1]: what the scores average.</param>
/// <param name="BeyondTarget">The latest value went beyond the target ("objectif dépassé"): progress is capped at 1.</param>
/// <param name="Setback">The latest value moved away from the target since T0 ("recul"): progress is 0.</param>
/// <param name="ExpectedProgress">Share of the way the straight path from T0 to the target has done at the latest year.</param>
/// <param name="ExpectedValue">The value on that path at the latest year.</param>
internal sealed record Assessment(double? RawProgress, double? Progress, bool BeyondTarget, bool Setback, double? ExpectedProgress,
    double? ExpectedValue, string Status)
{
    public static readonly Assessment NoData = new(null, null, false, false, null, null, IndicatorStatus.NoData);
    public static readonly Assessment Restricted = new(null, null, false, false, null, null, IndicatorStatus.Restricted);
}

/// <summary>
/// The evaluation's rules. An indicator's progress is (latest − T0) ÷ (target − T0): the share of the way from T0 to
/// the target done. The same formula serves both directions: for "lower is better" the target lies below T0, so a
/// fall makes both terms negative and the share positive (T0 100, target 60, latest 90: −10 ÷ −40 = 0.25). It is
/// bounded to [0, 1] for the scores, with a flag for each bound: beyond the target ("objectif dépassé"), or a move
/// the wrong way ("recul"). The status compares that share with the share of the years from T0 to the horizon gone
/// by at the latest value, as the PDU follow-up does: achieved at or beyond the target; otherwise behind at or after
/// the horizon or after a setback; otherwise within <see cref="Tolerance"/> of the path on track, ahead or behind
/// beyond it. No T0, or no value after T0: no data.
/// </summary>
internal static class Progress
{
    /// <summary>How far from the straight path, in share of the whole way, still counts as on it.</summary>
    public const double Tolerance = 0.10;

    public static Assessment Assess(bool up, int t0Year, double? t0, double target, int horizonYear, EvaluationPoint? latest)
    {
        if (t0 is not { } start || latest is null || latest.Year <= t0Year)
            return Assessment.NoData;
        var way = target - start;
        // A T0 read from the series that already lies at or past the target (a revision) leaves no way to measure.
        if ((up ? way : -way) <= 0)
            return Assessment.NoData;
        var raw = (latest.Value - start) / way;
        var expectedProgress = Math.Clamp((double)(latest.Year - t0Year) / (horizonYear - t0Year), 0, 1);
        var expectedValue = start + (expectedProgress * way);
        string status;
        if (raw >= 1)
            status = IndicatorStatus.Achieved;
        else if (latest.Year >= horizonYear || raw < 0)
            status = IndicatorStatus.Behind;
        else
            status = (raw - expectedProgress) switch
            {
                > Tolerance => IndicatorStatus.Ahead,
                < -Tolerance => IndicatorStatus.Behind,
                _ => IndicatorStatus.OnTrack,
            };
        return new(raw, Math.Clamp(raw, 0, 1), raw > 1, raw < 0, expectedProgress, expectedValue, status);
    }

    /// <summary>
    /// The weighted mean of the scores that exist (Σ weight × score ÷ Σ weight); those without one (no data, or
    /// figures the caller may not see) are left out and counted. Null when none has a score.
    /// </summary>
    public static (double? Score, int Scored, int Unscored) WeightedMean(IEnumerable<(double Weight, double? Score)> parts)
    {
        double sum = 0, weights = 0;
        int scored = 0, unscored = 0;
        foreach (var (weight, score) in parts)
        {
            if (score is { } s)
            {
                sum += weight * s;
                weights += weight;
                scored++;
            }
            else
            {
                unscored++;
            }
        }
        return (scored > 0 ? sum / weights : null, scored, unscored);
    }
}
