using System.Globalization;
using Observatoires.Api.Platform.Indicators.Choropleth;

namespace Observatoires.Tests.Platform.Indicators;

/// <summary>The legend every map shares: breaks, counts and colours.</summary>
public sealed class ClassBreaksTests
{
    // Names, not values: the enum is internal and test methods are public.
    // The methods computed from the values; fixed classes are the indicator's own (ComputeFixed, tested below).
    private static readonly string[] Methods = [.. Enum.GetNames<ClassificationMethod>().Where(m => m != nameof(ClassificationMethod.Fixed))];

    // Skewed like most indicators (a few large communes), rounded to 0.1 so that ties occur.
    private static readonly double[] Skewed = Draw(20260611, 600, r => Math.Round(Math.Exp(r.NextDouble() * 6), 1));

    // Distinct values, so that quantile counts depend on the breaks only.
    private static readonly double[] Uniform = Draw(42, 500, r => r.NextDouble() * 1000);

    private static readonly double[] ThreeClusters = [1, 1.2, 0.8, 1.1, 10, 10.5, 9.5, 11, 100, 104, 98, 101, 99];

    [Test]
    public void Counts_add_up_to_the_number_of_values([ValueSource(nameof(Methods))] string method, [Range(2, 9)] int classes)
    {
        var c = ClassBreaks.Compute(Skewed, Parse(method), classes, null);
        Assert.That(c.Classes.Sum(k => k.Count), Is.EqualTo(Skewed.Length));
    }

    [Test]
    public void Breaks_strictly_increase_from_min_to_max([ValueSource(nameof(Methods))] string method, [Range(2, 9)] int classes)
    {
        var c = ClassBreaks.Compute(Skewed, Parse(method), classes, null);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(c.Breaks, Has.Count.EqualTo(classes + 1));
            Assert.That(c.Breaks.Zip(c.Breaks.Skip(1)), Has.All.Matches<(double Low, double High)>(p => p.Low < p.High));
            Assert.That(c.Breaks[0], Is.EqualTo(Skewed.Min()));
            Assert.That(c.Breaks[^1], Is.EqualTo(Skewed.Max()));
            Assert.That(c.Classes.Select(k => (k.Lower, k.Upper)), Is.EqualTo(c.Breaks.Zip(c.Breaks.Skip(1))));
        }
    }

    [Test]
    public void ClassOf_puts_every_value_in_the_class_that_counts_it([ValueSource(nameof(Methods))] string method, [Range(2, 9)] int classes)
    {
        var c = ClassBreaks.Compute(Skewed, Parse(method), classes, null);
        var recount = new int[c.Classes.Count];
        foreach (var v in Skewed)
            recount[c.ClassOf(v)]++;
        Assert.That(recount, Is.EqualTo(c.Classes.Select(k => k.Count)));
    }

    [Test]
    public void Quantile_classes_hold_near_equal_counts([Range(2, 9)] int classes)
    {
        var c = ClassBreaks.Compute(Uniform, ClassificationMethod.Quantile, classes, null);
        var share = (double)Uniform.Length / classes;
        Assert.That(c.Classes.Select(k => k.Count), Has.All.InRange(Math.Floor(share) - 1, Math.Ceiling(share) + 1));
    }

    [Test]
    public void Equal_classes_have_equal_widths([Range(2, 9)] int classes)
    {
        var c = ClassBreaks.Compute(Skewed, ClassificationMethod.Equal, classes, null);
        var width = (Skewed.Max() - Skewed.Min()) / classes;
        Assert.That(c.Classes.Select(k => k.Upper - k.Lower), Has.All.EqualTo(width).Within(1e-9 * width));
    }

    [Test]
    public void Jenks_separates_obvious_clusters_exactly()
    {
        var c = ClassBreaks.Compute(ThreeClusters, ClassificationMethod.Jenks, 3, null);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(c.Breaks, Is.EqualTo(new[] { 0.8, 9.5, 98, 104 }));
            Assert.That(c.Classes.Select(k => k.Count), Is.EqualTo(new[] { 4, 4, 5 }));
        }
    }

    [Test]
    public void Jenks_within_class_squares_are_no_larger_than_quantile_or_equal([Range(2, 9)] int classes)
    {
        foreach (var data in new[] { Skewed, Uniform, ThreeClusters })
        {
            var jenks = SumOfSquares(ClassBreaks.Compute(data, ClassificationMethod.Jenks, classes, null), data);
            foreach (var other in new[] { ClassificationMethod.Quantile, ClassificationMethod.Equal })
                Assert.That(jenks, Is.LessThanOrEqualTo((SumOfSquares(ClassBreaks.Compute(data, other, classes, null), data) * (1 + 1e-12)) + 1e-12),
                    $"{other}, {data.Length} values");
        }
    }

    [Test]
    public void Jenks_is_optimal_among_every_split_of_a_small_series([Range(2, 5)] int classes, [Values(1, 2, 3)] int seed)
    {
        var data = Draw(seed, 12, r => Math.Round(r.NextDouble() * 100, 0));
        var sorted = data.Order().ToArray();
        var best = Splits(sorted.Length, classes)
            .Select(cuts => cuts.Zip(cuts.Skip(1), (from, to) => sorted[from..to]).Sum(Squares))
            .Min();
        Assert.That(SumOfSquares(ClassBreaks.Compute(data, ClassificationMethod.Jenks, classes, null), data), Is.EqualTo(best).Within(1e-9));
    }

    [Test]
    public void Jenks_on_35000_values_still_separates_well_separated_clusters()
    {
        // 35,000 values, more distinct values than Jenks runs on exactly: the sampled path.
        var rng = new Random(7);
        double[] values = [.. Enumerable.Range(0, 35_000).Select(i => i switch
        {
            < 20_000 => rng.NextDouble() * 10,
            < 30_000 => 1000 + (rng.NextDouble() * 10),
            _ => 5000 + (rng.NextDouble() * 10),
        })];
        var c = ClassBreaks.Compute(values, ClassificationMethod.Jenks, 3, null);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(c.Classes.Select(k => k.Count), Is.EqualTo(new[] { 20_000, 10_000, 5_000 }));
            Assert.That(c.Breaks[0], Is.EqualTo(values.Min()));
            Assert.That(c.Breaks[^1], Is.EqualTo(values.Max()));
        }
    }

    [Test]
    public void A_value_on_an_inner_break_goes_to_the_upper_class()
    {
        var c = ClassBreaks.Compute([0, 10, 20, 30, 40], ClassificationMethod.Equal, 4, null);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(c.Breaks, Is.EqualTo(new[] { 0, 10, 20, 30, 40 }));
            Assert.That(c.ClassOf(10), Is.EqualTo(1));
            Assert.That(c.ClassOf(30), Is.EqualTo(3));
            Assert.That(c.ClassOf(40), Is.EqualTo(3), "max belongs to the last class");
            Assert.That(c.Classes.Select(k => k.Count), Is.EqualTo(new[] { 1, 1, 1, 2 }));
        }
    }

    [Test]
    public void Values_outside_min_max_clamp_to_the_first_or_last_class()
    {
        var c = ClassBreaks.Compute(Skewed, ClassificationMethod.Quantile, 5, null);
        Assert.That(new[] { c.ClassOf(-1e9), c.ClassOf(1e9) }, Is.EqualTo(new[] { 0, 4 }));
    }

    [Test]
    public void Fewer_distinct_values_than_classes_give_one_class_per_value([ValueSource(nameof(Methods))] string method)
    {
        var c = ClassBreaks.Compute([5, 9, 7, 5, 9, 9], Parse(method), 9, null);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(c.Classes.Select(k => k.Count), Is.EqualTo(new[] { 2, 1, 3 }));
            Assert.That(c.Breaks.Zip(c.Breaks.Skip(1)), Has.All.Matches<(double Low, double High)>(p => p.Low < p.High));
            Assert.That((c.Breaks[0], c.Breaks[^1]), Is.EqualTo((5d, 9d)));
        }
    }

    [Test]
    public void Two_distinct_values_give_two_classes_even_when_quantiles_tie([ValueSource(nameof(Methods))] string method)
    {
        var c = ClassBreaks.Compute([1, 1, 2, 2, 2], Parse(method), 5, null);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(c.Classes.Select(k => k.Count), Is.EqualTo(new[] { 2, 3 }));
            Assert.That(c.Breaks[1], Is.GreaterThan(1).And.LessThan(2));
        }
    }

    [Test]
    public void No_value_gives_no_break_and_no_class([ValueSource(nameof(Methods))] string method)
    {
        var c = ClassBreaks.Compute([], Parse(method), 5, Palette.For(0, true));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(c.Breaks, Is.Empty);
            Assert.That(c.Classes, Is.Empty);
            Assert.That(c.Palette.Name, Is.EqualTo("RdBu"));
        }
    }

    [Test]
    public void All_equal_values_give_a_single_class_v_v([ValueSource(nameof(Methods))] string method)
    {
        var c = ClassBreaks.Compute([7, 7, 7], Parse(method), 5, null);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(c.Breaks, Is.EqualTo(new[] { 7, 7 }));
            Assert.That(c.Classes, Has.Count.EqualTo(1));
            Assert.That((c.Classes[0].Lower, c.Classes[0].Upper, c.Classes[0].Count), Is.EqualTo((7d, 7d, 3)));
            Assert.That(c.ClassOf(7), Is.Zero);
        }
    }

    [TestCase(double.NaN)]
    [TestCase(double.PositiveInfinity)]
    [TestCase(double.NegativeInfinity)]
    public void Non_finite_values_are_rejected(double bad) =>
        Assert.Throws<ArgumentException>(() => ClassBreaks.Compute([1, bad, 3], ClassificationMethod.Quantile, 3, null));

    [Test]
    public void Classes_outside_2_to_9_and_null_values_are_rejected()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => ClassBreaks.Compute([1, 2, 3], ClassificationMethod.Quantile, ClassBreaks.MinClasses - 1, null));
            Assert.Throws<ArgumentOutOfRangeException>(() => ClassBreaks.Compute([1, 2, 3], ClassificationMethod.Quantile, ClassBreaks.MaxClasses + 1, null));
            Assert.Throws<ArgumentNullException>(() => ClassBreaks.Compute(null!, ClassificationMethod.Quantile, 3, null));
        }
    }

    private static ClassificationMethod Parse(string method) => Enum.Parse<ClassificationMethod>(method);

    private static double[] Draw(int seed, int count, Func<Random, double> next)
    {
        var rng = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(_ => next(rng))];
    }

    private static double Squares(double[] group) => group.Sum(v => Math.Pow(v - group.Average(), 2));

    private static double SumOfSquares(Classification c, IEnumerable<double> values) =>
        values.GroupBy(c.ClassOf).Sum(g => Squares([.. g]));

    /// <summary>Every split of n sorted values into k non-empty runs, as cut positions 0 = c0 &lt; c1 … &lt; ck = n.</summary>
    private static IEnumerable<int[]> Splits(int n, int k)
    {
        if (k == 1)
        {
            yield return [0, n];
            yield break;
        }
        for (var last = k - 1; last < n; last++)
        {
            foreach (var head in Splits(last, k - 1))
                yield return [.. head, n];
        }
    }

    [Test]
    public void Fixed_classes_keep_their_bounds_and_count_values_outside_them_in_the_end_classes()
    {
        // Classes as an activity report publishes them (0.09–0.36, 0.37–0.69, ...).
        double[] bounds = [0.09, 0.37, 0.70, 1, 1.52, 4.66];
        var c = ClassBreaks.ComputeFixed([0.05, 0.09, 0.36, 0.37, 0.76, 0.99, 1, 1.51, 1.52, 4.66, 6], bounds, null);
        Assert.Multiple(() =>
        {
            Assert.That(c.Method, Is.EqualTo(ClassificationMethod.Fixed));
            Assert.That(c.Breaks, Is.EqualTo(bounds));
            Assert.That(c.Classes.Select(k => k.Count), Is.EqualTo(new[] { 3, 1, 2, 2, 3 }));
            Assert.That(c.ClassOf(0.76), Is.EqualTo(2));
            Assert.That(c.ClassOf(1), Is.EqualTo(3), "a value on a bound opens the upper class");
            Assert.That(ClassBreaks.ComputeFixed([], bounds, null).Classes, Has.Count.EqualTo(5), "the classes stay without values");
        });
    }

    [Test]
    public void Fixed_bounds_must_increase()
    {
        Assert.Throws<ArgumentException>(() => ClassBreaks.ComputeFixed([1], [0, 1, 1], null));
        Assert.Throws<ArgumentException>(() => ClassBreaks.ComputeFixed([1], [0, 1], null));
    }
}
