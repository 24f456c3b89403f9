namespace Observatoires.Api.Platform.Indicators.Choropleth;

/// <summary>How classes are drawn: from the values (quantiles, natural breaks, equal intervals), or fixed by the indicator.</summary>
internal enum ClassificationMethod { Quantile, Jenks, Equal, Fixed }

/// <summary>One class of a choropleth legend.</summary>
/// <param name="Index">0-based, from the lowest values.</param>
/// <param name="Lower">Inclusive lower bound.</param>
/// <param name="Upper">Upper bound: inclusive for the last class, exclusive otherwise.</param>
/// <param name="Count">Number of values in the class.</param>
/// <param name="Colour">Fill colour, <c>#rrggbb</c> lowercase.</param>
internal sealed record ClassInterval(int Index, double Lower, double Upper, int Count, string Colour);

/// <summary>
/// Class breaks (min, inner breaks, max: strictly increasing, or [v, v] when all values are equal),
/// the classes with their counts and colours, and the name of the palette they come from.
/// </summary>
internal sealed record Classification(ClassificationMethod Method, IReadOnlyList<double> Breaks, IReadOnlyList<ClassInterval> Classes, Palette Palette)
{
    /// <summary>Index of the class holding the value (0-based); values outside [min, max] clamp to the first/last class.</summary>
    public int ClassOf(double value)
    {
        if (Classes.Count == 0)
            throw new InvalidOperationException("A classification of no value has no class.");
        if (double.IsNaN(value))
            throw new ArgumentException("NaN belongs to no class.", nameof(value));
        // Binary search for the first inner break above the value: a value on an inner break belongs to the upper class.
        int low = 1, high = Classes.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (Breaks[middle] <= value)
                low = middle + 1;
            else
                high = middle;
        }
        return low - 1;
    }
}

/// <summary>
/// Choropleth classes computed once on the server, so that the web client, partners and exports share one legend.
/// </summary>
internal static class ClassBreaks
{
    public const int MinClasses = 2, MaxClasses = 9;

    // Jenks is exact up to this many distinct values; beyond, it runs on this many evenly spaced order statistics.
    private const int JenksExactLimit = 3000;

    /// <param name="palette">The indicator's palette (<see cref="Palette.For"/>): diverging around a midpoint, or
    /// sequential (null).</param>
    public static Classification Compute(IReadOnlyList<double> values, ClassificationMethod method, int classes, Palette? palette)
    {
        palette ??= Palette.Sequential;
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfLessThan(classes, MinClasses);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(classes, MaxClasses);
        var sorted = values.ToArray();
        if (!Array.TrueForAll(sorted, double.IsFinite))
            throw new ArgumentException("Values must be finite numbers (no NaN, no infinity).", nameof(values));
        Array.Sort(sorted);

        if (sorted.Length == 0)
            return new(method, [], [], palette);

        var (distinct, weights) = Distinct(sorted);
        var (min, max) = (sorted[0], sorted[^1]);
        var k = Math.Min(classes, distinct.Length);
        double[] inner = k < 2 ? [] : method switch
        {
            ClassificationMethod.Equal => EqualBreaks(min, max, k),
            // With no more distinct values than classes, each value gets its own class: quantiles would tie instead.
            ClassificationMethod.Quantile when k == distinct.Length => distinct[1..],
            ClassificationMethod.Quantile => QuantileBreaks(sorted, k),
            ClassificationMethod.Jenks => JenksBreaks(sorted, distinct, weights, k),
            _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown classification method."),
        };

        // Ties can make quantile breaks coincide or fall on min: drop those rather than leave empty duplicate classes.
        // A break on max would leave a class [max, max]; halfway below max it keeps the same values, breaks stay increasing.
        var breaks = new List<double>(k + 1) { min };
        foreach (var candidate in inner)
        {
            var b = candidate < max ? candidate : (distinct[^2] / 2) + (max / 2);
            if (b > breaks[^1] && b < max)
                breaks.Add(b);
        }
        breaks.Add(max);

        var count = breaks.Count - 1;
        var counts = new int[count];
        var index = 0;
        foreach (var v in sorted)
        {
            while (index < count - 1 && v >= breaks[index + 1])
                index++;
            counts[index]++;
        }
        var colours = palette.Colours([.. Enumerable.Range(0, count).Select(i => (breaks[i], breaks[i + 1]))]);
        return new(method, breaks, [.. Enumerable.Range(0, count).Select(i => new ClassInterval(i, breaks[i], breaks[i + 1], counts[i], colours[i]))], palette);
    }

    /// <summary>
    /// The classes of a fixed scheme (bounds first to last, strictly increasing): the same bounds whatever the values, so
    /// that maps of different territories or years read alike. Values outside the bounds join the first or last class.
    /// </summary>
    public static Classification ComputeFixed(IReadOnlyList<double> values, IReadOnlyList<double> bounds, Palette? palette)
    {
        palette ??= Palette.Sequential;
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(bounds);
        if (bounds.Count < MinClasses + 1 || bounds.Count > MaxClasses + 1 || bounds.Zip(bounds.Skip(1)).Any(p => !(p.First < p.Second)))
            throw new ArgumentException($"Fixed bounds are {MinClasses + 1} to {MaxClasses + 1} strictly increasing numbers.", nameof(bounds));
        var classification = new Classification(ClassificationMethod.Fixed, [.. bounds], [.. Enumerable.Range(0, bounds.Count - 1)
            .Select(i => new ClassInterval(i, bounds[i], bounds[i + 1], 0, ""))], palette);
        var counts = new int[bounds.Count - 1];
        foreach (var v in values)
            counts[classification.ClassOf(v)]++;
        var colours = palette.Colours([.. Enumerable.Range(0, counts.Length).Select(i => (bounds[i], bounds[i + 1]))]);
        return classification with
        {
            Classes = [.. Enumerable.Range(0, counts.Length).Select(i => new ClassInterval(i, bounds[i], bounds[i + 1], counts[i], colours[i]))],
        };
    }

    private static double[] EqualBreaks(double min, double max, int k)
    {
        // Halves first so that the width of a finite range never overflows.
        var width = ((max / 2) - (min / 2)) / k * 2;
        return [.. Enumerable.Range(1, k - 1).Select(i => min + (width * i))];
    }

    /// <summary>
    /// Hyndman &amp; Fan type 7 quantiles (linear interpolation between order statistics at h = (n − 1)·p; the default of
    /// R and classInt, NumPy and Excel PERCENTILE.INC), at p = 1/k … (k − 1)/k.
    /// </summary>
    private static double[] QuantileBreaks(double[] sorted, int k)
    {
        var breaks = new double[k - 1];
        for (var i = 1; i < k; i++)
        {
            var h = (sorted.Length - 1) * (double)i / k;
            var lower = (int)Math.Floor(h);
            var (a, b) = (sorted[lower], sorted[Math.Min(lower + 1, sorted.Length - 1)]);
            var fraction = h - lower;
            breaks[i - 1] = fraction == 0 || a == b ? a : Math.Clamp(a + (fraction * (b - a)), a, b);
        }
        return breaks;
    }

    /// <summary>Distinct ascending values with their multiplicities.</summary>
    private static (double[] Values, int[] Weights) Distinct(double[] sorted)
    {
        var values = new List<double>();
        var weights = new List<int>();
        foreach (var v in sorted)
        {
            if (values.Count > 0 && values[^1] == v)
                weights[^1]++;
            else
            {
                values.Add(v);
                weights.Add(1);
            }
        }
        return ([.. values], [.. weights]);
    }

    private static double[] JenksBreaks(double[] sorted, double[] distinct, int[] weights, int k)
    {
        if (distinct.Length <= JenksExactLimit)
            return [.. Jenks(distinct, weights, k).Select(i => distinct[i])];
        // Sample: the order statistics of ranks ⌊i·(n − 1)/(m − 1)⌋, i = 0 … m − 1, evenly spaced, min and max included.
        var (x, w) = Distinct([.. Enumerable.Range(0, JenksExactLimit).Select(i => sorted[(int)((long)i * (sorted.Length - 1) / (JenksExactLimit - 1))])]);
        // The sample only places a break in (x[i − 1], x[i]]: put it at the widest gap of the full data in there.
        return [.. Jenks(x, w, k).Select(i => WidestGap(sorted, x[i - 1], x[i]))];
    }

    /// <summary>The value of sorted in (below, atMost] that follows the widest gap.</summary>
    private static double WidestGap(double[] sorted, double below, double atMost)
    {
        int low = 0, high = sorted.Length;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (sorted[middle] <= below)
                low = middle + 1;
            else
                high = middle;
        }
        var best = low;
        for (var j = low + 1; j < sorted.Length && sorted[j] <= atMost; j++)
        {
            if (sorted[j] - sorted[j - 1] > sorted[best] - sorted[best - 1])
                best = j;
        }
        return sorted[best];
    }

    /// <summary>
    /// Fisher–Jenks natural breaks: the split of the ascending values x (weighted by multiplicity) into k contiguous classes
    /// minimising the within-class sum of squared deviations, by dynamic programming (Fisher 1958). Returns where classes 1 … k − 1 start.
    /// </summary>
    private static int[] Jenks(double[] x, int[] w, int k)
    {
        var m = x.Length;
        k = Math.Min(k, m);
        // Work on values scaled to [0, 1]: sums of squares neither overflow nor cancel for large, close values.
        var (origin, span) = (x[0] / 2, (x[^1] / 2) - (x[0] / 2));
        // Prefix sums of weights, w·t and w·t²: the squared deviations of x[i..j] in O(1).
        var (sw, s1, s2) = (new double[m + 1], new double[m + 1], new double[m + 1]);
        for (var i = 0; i < m; i++)
        {
            var t = ((x[i] / 2) - origin) / span;
            sw[i + 1] = sw[i] + w[i];
            s1[i + 1] = s1[i] + (w[i] * t);
            s2[i + 1] = s2[i] + (w[i] * t * t);
        }
        // cost[j]: least sum for x[0..j] in c + 1 classes; start[c, j]: first index of its last class.
        var cost = new double[m];
        for (var j = 0; j < m; j++)
            cost[j] = s2[j + 1] - (s1[j + 1] * s1[j + 1] / sw[j + 1]);
        var start = new int[k, m];
        for (var c = 1; c < k; c++)
        {
            var next = new double[m];
            // Leave room for the classes still to come; the last pass only needs the whole series.
            var (from, to) = (c == k - 1 ? m - 1 : c, m - k + c);
            Solve(from, to, c, to);
            cost = next;

            // The best start of the last class never decreases as j grows (the squared-deviation cost satisfies the
            // quadrangle inequality), so divide and conquer needs O(m log m) evaluations per pass instead of O(m²).
            void Solve(int jLow, int jHigh, int iLow, int iHigh)
            {
                if (jLow > jHigh)
                    return;
                var j = (jLow + jHigh) / 2;
                var (best, bestStart) = (double.PositiveInfinity, iLow);
                for (var i = iLow; i <= Math.Min(j, iHigh); i++)
                {
                    var (n, s) = (sw[j + 1] - sw[i], s1[j + 1] - s1[i]);
                    var total = cost[i - 1] + (s2[j + 1] - s2[i] - (s * s / n));
                    if (total < best)
                        (best, bestStart) = (total, i);
                }
                (next[j], start[c, j]) = (best, bestStart);
                Solve(jLow, j - 1, iLow, bestStart);
                Solve(j + 1, jHigh, bestStart, iHigh);
            }
        }
        var starts = new int[k - 1];
        for (int c = k - 1, j = m - 1; c > 0; c--)
        {
            starts[c - 1] = start[c, j];
            j = starts[c - 1] - 1;
        }
        return starts;
    }
}
