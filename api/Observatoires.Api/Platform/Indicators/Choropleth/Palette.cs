namespace Observatoires.Api.Platform.Indicators.Choropleth;

/// <summary>
/// The colours of a choropleth, by one rule (unit-tested in PaletteTests):
/// <list type="bullet">
/// <item>sequential (light to dark blue: more is darker) for what has no meaningful midpoint — counts, sums, shares,
/// means; whether more is better or worse does not change it, the ranking says that;</item>
/// <item>diverging only around a midpoint the indicator declares (<c>DivergingMidpoint</c>: 0 for a change rate or a
/// gap to a reference): the classes below it in one hue, those above in the other, darker away from it, a class that
/// straddles it neutral; the better side is blue when a direction is better, the higher side otherwise.</item>
/// </list>
/// </summary>
/// <param name="Name">Blues (sequential), RdBu (diverging, blue above the midpoint) or RdBu-reversed (red above).</param>
/// <param name="Midpoint">The value the colours diverge around; null for a sequential palette.</param>
internal sealed record Palette(string Name, double? Midpoint)
{
    public static Palette Sequential { get; } = new("Blues", null);

    /// <summary>The palette of an indicator: diverging around its declared midpoint, sequential without one.</summary>
    public static Palette For(double? divergingMidpoint, bool? higherIsBetter) =>
        divergingMidpoint is { } midpoint ? new(higherIsBetter == false ? "RdBu-reversed" : "RdBu", midpoint) : Sequential;

    public bool IsDiverging => Midpoint is not null;

    /// <summary>One colour per class, given the classes' bounds (lower inclusive, upper exclusive but for the last).</summary>
    public string[] Colours(IReadOnlyList<(double Lower, double Upper)> classes)
    {
        ArgumentNullException.ThrowIfNull(classes);
        if (classes.Count == 0)
            return [];
        if (Midpoint is not { } midpoint)
            return classes.Count == 1 ? [OneClass] : [.. Blues[classes.Count - 2]];

        // Below: every value of the class is under the midpoint (its upper bound is exclusive but for the last class);
        // above: every value is at it or over it; the class between straddles it.
        var below = classes.Where((c, i) => i < classes.Count - 1 ? c.Upper <= midpoint : c.Upper < midpoint).Count();
        var above = classes.Skip(below).Count(c => c.Lower >= midpoint);
        var straddling = classes.Count - below - above;
        var (aboveHue, belowHue) = Name == "RdBu-reversed" ? (Reds, Blues) : (Blues, Reds);
        // Darker away from the midpoint: the lowest class is the darkest below it, the highest the darkest above.
        var belowColours = Side(belowHue, below).Reverse();
        var aboveColours = Side(aboveHue, above);
        return [.. belowColours, .. Enumerable.Repeat(Neutral, straddling), .. aboveColours];
    }

    private static string[] Side(string[][] hue, int count) => count switch
    {
        0 => [],
        1 => [hue == Blues ? OneClass : OneRedClass],
        _ => hue[count - 2],
    };

    /// <summary>A class alone: a mid blue (or red), neither end of a scale.</summary>
    private const string OneClass = "#6baed6", OneRedClass = "#fb6a4a";

    /// <summary>The class that holds the midpoint, on a diverging palette.</summary>
    public const string Neutral = "#f7f7f7";

    // ColorBrewer 2.0 (Cynthia Brewer, Penn State; Apache-2.0 colour specifications), colour-blind safe, for 2 … 9 classes.
    // ColorBrewer starts at 3 classes: 2 classes take the two ends of the 3-class scheme.
    private static readonly string[][] Blues =
    [
        ["#deebf7", "#3182bd"],
        ["#deebf7", "#9ecae1", "#3182bd"],
        ["#eff3ff", "#bdd7e7", "#6baed6", "#2171b5"],
        ["#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c"],
        ["#eff3ff", "#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c"],
        ["#eff3ff", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#084594"],
        ["#f7fbff", "#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#084594"],
        ["#f7fbff", "#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c", "#08306b"],
    ];

    private static readonly string[][] Reds =
    [
        ["#fee0d2", "#de2d26"],
        ["#fee0d2", "#fc9272", "#de2d26"],
        ["#fee5d9", "#fcae91", "#fb6a4a", "#cb181d"],
        ["#fee5d9", "#fcae91", "#fb6a4a", "#de2d26", "#a50f15"],
        ["#fee5d9", "#fcbba1", "#fc9272", "#fb6a4a", "#de2d26", "#a50f15"],
        ["#fee5d9", "#fcbba1", "#fc9272", "#fb6a4a", "#ef3b2c", "#cb181d", "#99000d"],
        ["#fff5f0", "#fee0d2", "#fcbba1", "#fc9272", "#fb6a4a", "#ef3b2c", "#cb181d", "#99000d"],
        ["#fff5f0", "#fee0d2", "#fcbba1", "#fc9272", "#fb6a4a", "#ef3b2c", "#cb181d", "#a50f15", "#67000d"],
    ];
}
