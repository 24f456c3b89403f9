using Observatoires.Api.Platform.Indicators.Choropleth;

namespace Observatoires.Tests.Platform.Indicators;

/// <summary>The legend every map shares: breaks, counts and colours.</summary>
public sealed class ClassBreaksTests
{
    private static readonly double[] Random319 = [.. Enumerable.Range(0, 319).Select(i => Math.Round(new Random(i).NextDouble() * 1000, 1))];

    [Test]
    public void Counts_add_up_and_breaks_increase_for_every_method_and_number_of_classes(
        [Values("Quantile", "Jenks", "Equal")] string method, [Range(2, 9)] int classes)
    {
        var c = ClassBreaks.Compute(Random319, Enum.Parse<ClassificationMethod>(method), classes, null);
        Assert.Multiple(() =>
        {
            Assert.That(c.Classes.Sum(k => k.Count), Is.EqualTo(Random319.Length));
            Assert.That(c.Breaks, Is.Ordered.Ascending.And.Unique);
            Assert.That(c.Breaks[0], Is.EqualTo(Random319.Min()));
            Assert.That(c.Breaks[^1], Is.EqualTo(Random319.Max()));
            Assert.That(c.Classes, Has.Count.EqualTo(classes));
        });
        var recount = new int[c.Classes.Count];
        foreach (var v in Random319)
            recount[c.ClassOf(v)]++;
        Assert.That(recount, Is.EqualTo(c.Classes.Select(k => k.Count)));
    }

    [Test]
    public void Quantile_classes_hold_about_as_many_values_each() =>
        Assert.That(ClassBreaks.Compute(Random319, ClassificationMethod.Quantile, 5, null).Classes.Select(k => k.Count),
            Is.All.InRange(60, 68));

    [Test]
    public void Equal_intervals_have_equal_widths()
    {
        var c = ClassBreaks.Compute(Random319, ClassificationMethod.Equal, 4, null);
        var widths = c.Classes.Select(k => k.Upper - k.Lower).ToList();
        Assert.That(widths, Is.All.EqualTo(widths[0]).Within(1e-9));
    }

    [Test]
    public void Jenks_separates_obvious_clusters_and_fits_them_better_than_the_others()
    {
        double[] clustered = [1, 1.2, 0.8, 1.1, 10, 10.5, 9.5, 11, 100, 104, 98, 101, 99];
        var jenks = ClassBreaks.Compute(clustered, ClassificationMethod.Jenks, 3, null);
        Assert.That(jenks.Breaks, Is.EqualTo(new[] { 0.8, 9.5, 98, 104 }));
        foreach (var other in new[] { ClassificationMethod.Quantile, ClassificationMethod.Equal })
            Assert.That(WithinVariance(jenks, clustered), Is.LessThanOrEqualTo(WithinVariance(ClassBreaks.Compute(clustered, other, 3, null), clustered)));
    }

    [Test]
    public void Jenks_on_35000_values_still_finds_the_clusters()
    {
        var values = Enumerable.Range(0, 35_000).Select(i => (i % 3) switch { 0 => 5 + (i % 7), 1 => 500 + (i % 11), _ => 5000 + (i % 13) }).Select(v => (double)v).ToList();
        var c = ClassBreaks.Compute(values, ClassificationMethod.Jenks, 3, null);
        Assert.That(c.Classes.Select(k => k.Count), Is.All.InRange(11_600, 11_700));
    }

    [Test]
    public void A_value_on_an_inner_break_belongs_to_the_upper_class()
    {
        var c = ClassBreaks.Compute([0, 10, 20, 30, 40], ClassificationMethod.Equal, 4, null);
        Assert.That(c.ClassOf(10), Is.EqualTo(1));
        Assert.That(c.ClassOf(40), Is.EqualTo(3));
    }

    [Test]
    public void Fewer_distinct_values_than_classes_give_fewer_classes()
    {
        var c = ClassBreaks.Compute([1, 1, 2, 2, 2], ClassificationMethod.Quantile, 5, null);
        Assert.That(c.Classes, Has.Count.EqualTo(2));
        Assert.That(c.Classes.Sum(k => k.Count), Is.EqualTo(5));
        var same = ClassBreaks.Compute([7, 7, 7], ClassificationMethod.Jenks, 5, null);
        Assert.That(same.Classes, Has.Count.EqualTo(1));
        Assert.That(same.Classes[0].Count, Is.EqualTo(3));
    }

    [Test]
    public void No_value_gives_no_class_and_NaN_is_refused()
    {
        Assert.That(ClassBreaks.Compute([], ClassificationMethod.Quantile, 5, null).Classes, Is.Empty);
        Assert.Throws<ArgumentException>(() => ClassBreaks.Compute([1, double.NaN], ClassificationMethod.Quantile, 5, null));
        Assert.Throws<ArgumentOutOfRangeException>(() => ClassBreaks.Compute([1, 2], ClassificationMethod.Quantile, 1, null));
    }

    [Test]
    public void Palettes_are_sequential_for_neutral_indicators_and_diverging_with_blue_for_better()
    {
        var neutral = ClassBreaks.Compute(Random319, ClassificationMethod.Quantile, 5, null);
        var better = ClassBreaks.Compute(Random319, ClassificationMethod.Quantile, 5, true);
        var worse = ClassBreaks.Compute(Random319, ClassificationMethod.Quantile, 5, false);
        Assert.Multiple(() =>
        {
            Assert.That(neutral.Palette, Is.EqualTo("Blues"));
            Assert.That(better.Palette, Is.EqualTo("RdBu"));
            Assert.That(better.Classes[^1].Colour, Is.EqualTo("#0571b0"), "the best class is blue");
            Assert.That(worse.Classes[0].Colour, Is.EqualTo(better.Classes[^1].Colour), "lower is better: the lowest class is blue");
            Assert.That(neutral.Classes.Concat(better.Classes).Select(k => k.Colour), Is.All.Match("^#[0-9a-f]{6}$"));
        });
    }

    private static double WithinVariance(Classification c, IEnumerable<double> values) =>
        values.GroupBy(c.ClassOf).Sum(g => g.Sum(v => Math.Pow(v - g.Average(), 2)));
}
