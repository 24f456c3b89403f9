namespace Observatoires.Api.Platform.Indicators.Choropleth;

internal enum ClassificationMethod { Quantile, Jenks, Equal }

/// <param name="Lower">Inclusive lower bound.</param>
/// <param name="Upper">Upper bound: exclusive, except for the last class.</param>
internal sealed record ClassInterval(int Index, double Lower, double Upper, int Count, string Colour);

/// <summary>Class breaks (ascending: min, inner breaks, max), the classes with their counts and colours.</summary>
internal sealed record Classification(ClassificationMethod Method, IReadOnlyList<double> Breaks, IReadOnlyList<ClassInterval> Classes, string Palette)
{
    /// <summary>Index of the class holding the value; a value on an inner break belongs to the upper class.</summary>
    public int ClassOf(double value)
    {
        var index = 0;
        while (index < Classes.Count - 1 && value >= Breaks[index + 1])
            index++;
        return index;
    }
}

/// <summary>
/// Choropleth classes computed once on the server, so that the web client, partners and exports share one legend.
/// </summary>
internal static class ClassBreaks
{
    public const int MinClasses = 2, MaxClasses = 9;

    // Fisher-Jenks is O(k·n²): beyond this many values it runs on evenly spaced order statistics.
    private const int JenksExactLimit = 3000;

    public static Classification Compute(IReadOnlyList<double> values, ClassificationMethod method, int classes, bool? higherIsBetter)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfLessThan(classes, MinClasses);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(classes, MaxClasses);
        if (values.Any(v => !double.IsFinite(v)))
            throw new ArgumentException("values must be finite numbers", nameof(values));

        var palette = higherIsBetter is null ? "Blues" : higherIsBetter.Value ? "RdBu" : "RdBu-reversed";
        if (values.Count == 0)
            return new(method, [], [], palette);

        var sorted = values.Order().ToArray();
        var (min, max) = (sorted[0], sorted[^1]);
        var k = Math.Min(classes, sorted.Distinct().Count());
        var inner = k < 2 ? [] : method switch
        {
            ClassificationMethod.Equal => Enumerable.Range(1, k - 1).Select(i => min + ((max - min) * i / k)).ToArray(),
            ClassificationMethod.Jenks => Jenks(sorted, k),
            _ => Enumerable.Range(1, k - 1).Select(i => sorted[(int)Math.Ceiling((double)i * sorted.Length / k)]).ToArray(),
        };
        // Ties can make breaks coincide: keep them increasing and inside (min, max]. A break equal to max
        // leaves a last class [max, max], the only place two breaks may be equal.
        var breaks = new List<double> { min };
        foreach (var b in inner.Where(b => b > min && b <= max).Distinct().Order())
            breaks.Add(b);
        breaks.Add(max);

        var count = breaks.Count - 1;
        var colours = Colours(count, higherIsBetter);
        var shell = new Classification(method, breaks, [.. Enumerable.Range(0, count).Select(i => new ClassInterval(i, breaks[i], breaks[i + 1], 0, colours[i]))], palette);
        var counts = new int[count];
        foreach (var v in sorted)
            counts[shell.ClassOf(v)]++;
        return shell with { Classes = [.. shell.Classes.Select(c => c with { Count = counts[c.Index] })] };
    }

    /// <summary>Fisher's exact natural breaks: the inner breaks minimising the within-class sum of squared deviations.</summary>
    private static double[] Jenks(double[] sorted, int k)
    {
        var data = sorted.Length <= JenksExactLimit ? sorted
            : [.. Enumerable.Range(0, JenksExactLimit).Select(i => sorted[(int)((long)i * (sorted.Length - 1) / (JenksExactLimit - 1))])];
        var n = data.Length;
        // lower[c, j]: first index of the last class in the best split of data[0..j] into c + 1 classes.
        var lower = new int[k, n];
        var cost = new double[k, n];
        double sum = 0, squares = 0;
        for (var j = 0; j < n; j++)
        {
            sum += data[j];
            squares += data[j] * data[j];
            cost[0, j] = squares - (sum * sum / (j + 1));
        }
        for (var c = 1; c < k; c++)
        {
            for (var j = c; j < n; j++)
            {
                double s = 0, sq = 0, best = double.MaxValue;
                var bestStart = j;
                // The last class is data[i..j]; grow it leftwards, keeping running sums.
                for (var i = j; i >= c; i--)
                {
                    s += data[i];
                    sq += data[i] * data[i];
                    var total = cost[c - 1, i - 1] + sq - (s * s / (j - i + 1));
                    if (total <= best)
                    {
                        best = total;
                        bestStart = i;
                    }
                }
                cost[c, j] = best;
                lower[c, j] = bestStart;
            }
        }
        var breaks = new double[k - 1];
        var end = n - 1;
        for (var c = k - 1; c > 0; c--)
        {
            var start = lower[c, end];
            breaks[c - 1] = data[start];
            end = start - 1;
        }
        return breaks;
    }

    private static string[] Colours(int count, bool? higherIsBetter)
    {
        var table = higherIsBetter is null ? Blues : RdBu;
        var colours = table[Math.Max(count, 2)].Take(Math.Max(count, 1)).ToArray();
        if (count == 1)
            colours = [table[2][^1]];
        return higherIsBetter == false ? [.. colours.Reverse()] : colours;
    }

    // ColorBrewer 2.0 schemes (Cynthia Brewer, Apache-2.0 licensed colour specifications), colour-blind safe.
    private static readonly Dictionary<int, string[]> Blues = new()
    {
        [2] = ["#deebf7", "#3182bd"],
        [3] = ["#deebf7", "#9ecae1", "#3182bd"],
        [4] = ["#eff3ff", "#bdd7e7", "#6baed6", "#2171b5"],
        [5] = ["#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c"],
        [6] = ["#eff3ff", "#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c"],
        [7] = ["#eff3ff", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#084594"],
        [8] = ["#f7fbff", "#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#084594"],
        [9] = ["#f7fbff", "#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c", "#08306b"],
    };

    // Red for the low end, blue for the high end: with higher-is-better, blue is good.
    private static readonly Dictionary<int, string[]> RdBu = new()
    {
        [2] = ["#ef8a62", "#67a9cf"],
        [3] = ["#ef8a62", "#f7f7f7", "#67a9cf"],
        [4] = ["#ca0020", "#f4a582", "#92c5de", "#0571b0"],
        [5] = ["#ca0020", "#f4a582", "#f7f7f7", "#92c5de", "#0571b0"],
        [6] = ["#b2182b", "#ef8a62", "#fddbc7", "#d1e5f0", "#67a9cf", "#2166ac"],
        [7] = ["#b2182b", "#ef8a62", "#fddbc7", "#f7f7f7", "#d1e5f0", "#67a9cf", "#2166ac"],
        [8] = ["#b2182b", "#d6604d", "#f4a582", "#fddbc7", "#d1e5f0", "#92c5de", "#4393c3", "#2166ac"],
        [9] = ["#b2182b", "#d6604d", "#f4a582", "#fddbc7", "#f7f7f7", "#d1e5f0", "#92c5de", "#4393c3", "#2166ac"],
    };
}
