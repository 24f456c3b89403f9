using Observatoires.Api.Platform.Indicators.Catalogue;
using Observatoires.Api.Platform.Indicators.Engine;

namespace Observatoires.Api.Observatories.PolitiqueVille;

/// <summary>
/// The observatory's rules: a gap is a QPV's figure minus its commune's or its EPCI's (in points for a rate, in the
/// indicator's unit otherwise); several QPVs together (an NPNRU programme's) make Σ numerators ÷ Σ denominators, never
/// a mean of their rates, and a non-aggregable figure (a median) only for a single QPV; a gap narrowed when its size
/// (whatever its sign) is smaller at the latest year than at T0.
/// </summary>
internal static class Gaps
{
    public const string Points = "points";

    public static double? Gap(double? figure, double? reference) => figure is { } f && reference is { } r ? f - r : null;

    /// <summary>The unit of a gap: points for a rate in %, the indicator's unit otherwise.</summary>
    public static string GapUnit(string unit) => unit == "%" ? Points : unit;

    public static double? Change(double? atT0, double? latest) => latest is { } l && atT0 is { } t ? l - t : null;

    /// <summary>True when the gap's size shrank from T0 to the latest year, false when it did not, null when one is missing.</summary>
    public static bool? Narrowed(double? gapAtT0, double? gapLatest) =>
        gapAtT0 is { } before && gapLatest is { } after ? Math.Abs(after) < Math.Abs(before) : null;

    /// <summary>The figure of several QPVs together: Σ ÷ Σ of their published parts for a ratio, the one QPV's figure otherwise.</summary>
    public static double? Combine(IReadOnlyList<Figure> qpvs, Aggregation aggregation, double ratioScale)
    {
        if (qpvs.Count == 1)
            return qpvs[0].HasNumber ? qpvs[0].Value : null;
        if (aggregation != Aggregation.Ratio || qpvs.Count == 0)
            return null;
        // Every QPV must be there: a programme's figure on part of its quarters would not be its own.
        if (qpvs.Any(q => !q.HasNumber || q.Numerator is null || q.Denominator is null))
            return null;
        var denominator = qpvs.Sum(q => q.Denominator!.Value);
        return denominator == 0 ? null : ratioScale * qpvs.Sum(q => q.Numerator!.Value) / denominator;
    }
}
