using System.Globalization;
using Observatoires.Api.Platform.Indicators.Choropleth;

namespace Observatoires.Tests.Platform.Indicators;

/// <summary>
/// Which colours a map takes: sequential for what has no meaningful midpoint (counts, sums, shares, means), whether
/// more is better or worse; diverging only around a midpoint the indicator declares (a change rate around 0).
/// </summary>
public sealed class PaletteTests
{
    // Distinct values, so that every class count from 2 to 9 is reached.
    private static readonly double[] Counts = [.. Enumerable.Range(0, 500).Select(i => Math.Round(Math.Exp(i / 60.0), 1))];

    // A change rate, in %: some communes lose, most gain.
    private static readonly double[] Changes = [.. Enumerable.Range(0, 400).Select(i => -6 + (i * 0.04))];

    [Test]
    public void Without_a_midpoint_the_palette_is_sequential_whatever_the_direction([Values(null, true, false)] bool? higherIsBetter)
    {
        var palette = Palette.For(null, higherIsBetter);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(palette.Name, Is.EqualTo("Blues"));
            Assert.That(palette.Midpoint, Is.Null);
            Assert.That(palette.IsDiverging, Is.False);
        }
    }

    [Test]
    public void Counts_and_sums_go_light_to_dark_with_no_neutral_middle(
        [Values(null, true, false)] bool? higherIsBetter, [Range(2, 9)] int classes)
    {
        var c = ClassBreaks.Compute(Counts, ClassificationMethod.Quantile, classes, Palette.For(null, higherIsBetter));
        var luminance = c.Classes.Select(k => Luminance(k.Colour)).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(c.Palette.Name, Is.EqualTo("Blues"));
            Assert.That(luminance.Zip(luminance.Skip(1)), Has.All.Matches<(double Lighter, double Darker)>(p => p.Lighter > p.Darker),
                "more is darker");
            Assert.That(c.Classes.Select(k => k.Colour), Has.None.EqualTo(Palette.Neutral));
            Assert.That(c.Classes.Select(k => Rgb(k.Colour)), Has.All.Matches<(int R, int G, int B)>(x => x.B >= x.R), "one hue, blue");
        }
    }

    [Test]
    public void A_midpoint_makes_it_diverge_there_blue_above_red_below([Range(2, 9)] int classes)
    {
        var c = ClassBreaks.Compute(Changes, ClassificationMethod.Equal, classes, Palette.For(0, null));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(c.Palette.Name, Is.EqualTo("RdBu"));
            Assert.That(c.Palette.Midpoint, Is.Zero);
            foreach (var k in c.Classes)
            {
                var (r, _, b) = Rgb(k.Colour);
                if (k.Index < c.Classes.Count - 1 ? k.Upper <= 0 : k.Upper < 0)
                    Assert.That(r, Is.GreaterThan(b), $"class {k.Index} [{k.Lower}, {k.Upper}) is below 0: red");
                else if (k.Lower >= 0)
                    Assert.That(b, Is.GreaterThan(r), $"class {k.Index} [{k.Lower}, {k.Upper}) is above 0: blue");
                else
                    Assert.That(k.Colour, Is.EqualTo(Palette.Neutral), $"class {k.Index} [{k.Lower}, {k.Upper}) holds 0: neutral");
            }
        }
    }

    [Test]
    public void Each_side_darkens_away_from_the_midpoint()
    {
        // Classes [-8, -6), [-6, -4), [-4, -2), [-2, 0), [0, 2), [2, 4], 0 being a break.
        var colours = Palette.For(0, null).Colours([(-8, -6), (-6, -4), (-4, -2), (-2, 0), (0, 2), (2, 4)]);
        var luminance = colours.Select(Luminance).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(luminance[0], Is.LessThan(luminance[1]));
            Assert.That(luminance[1], Is.LessThan(luminance[2]));
            Assert.That(luminance[2], Is.LessThan(luminance[3]));
            Assert.That(luminance[4], Is.GreaterThan(luminance[5]));
            Assert.That(colours, Has.None.EqualTo(Palette.Neutral), "no class holds 0 on both sides");
            Assert.That(colours.Take(4).Select(Rgb), Has.All.Matches<(int R, int G, int B)>(x => x.R > x.B));
            Assert.That(colours.Skip(4).Select(Rgb), Has.All.Matches<(int R, int G, int B)>(x => x.B > x.R));
        }
    }

    [Test]
    public void The_class_straddling_the_midpoint_is_neutral_and_values_all_on_one_side_take_one_hue()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Palette.For(0, null).Colours([(-3, -1), (-1, 1), (1, 3)])[1], Is.EqualTo(Palette.Neutral));
            Assert.That(Palette.For(0, null).Colours([(1, 2), (2, 3), (3, 4)]).Select(Rgb), Has.All.Matches<(int R, int G, int B)>(x => x.B > x.R));
            Assert.That(Palette.For(0, null).Colours([(-4, -3), (-3, -2), (-2, -1)]).Select(Rgb), Has.All.Matches<(int R, int G, int B)>(x => x.R > x.B));
            // The last class's upper bound is inclusive: [−2, 0] holds 0, so it straddles.
            Assert.That(Palette.For(0, null).Colours([(-4, -2), (-2, 0)])[1], Is.EqualTo(Palette.Neutral));
        }
    }

    [Test]
    public void Lower_is_better_puts_blue_on_the_lower_side()
    {
        var better = Palette.For(0, true).Colours([(-4, -2), (-2, 0), (0, 2), (2, 4)]);
        var worse = Palette.For(0, false).Colours([(-4, -2), (-2, 0), (0, 2), (2, 4)]);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Palette.For(0, false).Name, Is.EqualTo("RdBu-reversed"));
            Assert.That(Rgb(worse[0]).B, Is.GreaterThan(Rgb(worse[0]).R), "a fall is good: blue");
            Assert.That(Rgb(worse[^1]).R, Is.GreaterThan(Rgb(worse[^1]).B), "a rise is bad: red");
            Assert.That(Rgb(better[^1]).B, Is.GreaterThan(Rgb(better[^1]).R));
        }
    }

    [Test]
    public void Every_class_has_its_own_valid_colour([Values(null, 0d)] double? midpoint, [Values(null, true, false)] bool? higherIsBetter,
        [Range(1, 9)] int classes)
    {
        // One class arises from all-equal values; 2 … 9 from distinct ones.
        var palette = Palette.For(midpoint, higherIsBetter);
        var c = classes == 1
            ? ClassBreaks.Compute([3, 3], ClassificationMethod.Jenks, 2, palette)
            : ClassBreaks.Compute(midpoint is null ? Counts : Changes, ClassificationMethod.Jenks, classes, palette);
        var colours = c.Classes.Select(k => k.Colour).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(colours, Has.Count.EqualTo(classes));
            Assert.That(colours, Is.Unique);
            Assert.That(colours, Has.All.Match("^#[0-9a-f]{6}$"));
        }
    }

    private static (int R, int G, int B) Rgb(string hex) =>
        (Channel(hex, 1), Channel(hex, 3), Channel(hex, 5));

    private static int Channel(string hex, int at) => int.Parse(hex.AsSpan(at, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    private static double Luminance(string hex)
    {
        var (r, g, b) = Rgb(hex);
        return (0.2126 * r) + (0.7152 * g) + (0.0722 * b);
    }
}
