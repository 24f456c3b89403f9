namespace Observatoires.Api.Observatories.Habitat.Plh;

/// <summary>Where an objective stands, in the words of a PLH's yearly review.</summary>
internal static class PlhStatus
{
    public const string Achieved = "achieved", Ahead = "ahead", OnTrack = "on_track", Behind = "behind", NoData = "no_data";

    public static string Label(string status) => status switch
    {
        Achieved => "objectif atteint",
        Ahead => "en avance",
        OnTrack => "dans la trajectoire",
        Behind => "en retard",
        _ => "pas de donnée",
    };
}

/// <summary>An objective's figures at the latest year with a value.</summary>
/// <param name="Done">trajectory: the latest value; yearly: the sum of the yearly values from T0 to the latest year.</param>
/// <param name="Expected">trajectory: the value on the straight path at the latest year; yearly: the target times the years elapsed.</param>
/// <param name="Progress">Share of the way done (trajectory: from baseline to target; yearly: of the programme's total).</param>
/// <param name="ExpectedProgress">Share of the programme's years elapsed at the latest year.</param>
internal sealed record PlhPoint(double? Done, double? Expected, double? Progress, double? ExpectedProgress, string Status);

/// <summary>
/// The rule, the mobility plan's (Mobilite/Pdu/Trajectory.cs) for a trajectory, and its counterpart for a yearly
/// quantity. The share of the way done at the latest year is compared with the share of the programme's years elapsed:
/// within <see cref="Tolerance"/> (10 points) dans la trajectoire, beyond it en avance or en retard; atteint once the
/// target is reached (trajectory: the latest value is at or beyond it; yearly: the sum since T0 reaches the target times
/// the programme's years); en retard at or after the horizon otherwise; pas de donnée without a baseline or a value.
/// </summary>
internal static class PlhProgress
{
    public const double Tolerance = 0.10;

    public static PlhPoint Trajectory(bool up, int baselineYear, double? baseline, double target, int horizonYear, int? latestYear, double? latest)
    {
        if (baseline is not { } b || latestYear is not { } year || latest is not { } value || year < baselineYear)
            return new(latest, null, null, null, PlhStatus.NoData);
        var sign = up ? 1 : -1;
        var expectedProgress = Math.Clamp((double)(year - baselineYear) / (horizonYear - baselineYear), 0, 1);
        var way = sign * (target - b);
        // A target a hair's breadth from the baseline would make the share of the way infinite: no share then.
        var progress = way > 0 ? Finite(sign * (value - b) / way) : null;
        var status = sign * (value - target) >= 0 ? PlhStatus.Achieved
            : year >= horizonYear || progress is null ? PlhStatus.Behind
            : Compare(progress.Value, expectedProgress);
        return new(value, Finite(b + (expectedProgress * (target - b))), progress, expectedProgress, status);
    }

    /// <param name="values">The indicator's yearly values (those it has) from T0.</param>
    public static PlhPoint Yearly(int firstYear, double perYear, int horizonYear, IReadOnlyList<(int Year, double Value)> values)
    {
        var counted = values.Where(v => v.Year >= firstYear && v.Year <= horizonYear).ToList();
        if (counted.Count == 0 || perYear <= 0)
            return new(null, null, null, null, PlhStatus.NoData);
        var latest = counted.Max(v => v.Year);
        var years = horizonYear - firstYear + 1;
        var elapsed = latest - firstYear + 1;
        var done = counted.Sum(v => v.Value);
        var progress = done / (perYear * years);
        var expectedProgress = (double)elapsed / years;
        var status = progress >= 1 ? PlhStatus.Achieved : latest >= horizonYear ? PlhStatus.Behind : Compare(progress, expectedProgress);
        return new(done, perYear * elapsed, progress, expectedProgress, status);
    }

    private static string Compare(double progress, double expected) => (progress - expected) switch
    {
        > Tolerance => PlhStatus.Ahead,
        < -Tolerance => PlhStatus.Behind,
        _ => PlhStatus.OnTrack,
    };

    private static double? Finite(double x) => double.IsFinite(x) ? x : null;
}
