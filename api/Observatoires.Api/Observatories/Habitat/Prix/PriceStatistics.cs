namespace Observatoires.Api.Observatories.Habitat.Prix;

/// <summary>The two kinds of dwelling DVF's sales are counted in, as the API and the stored sales name them.</summary>
internal static class PropertyTypes
{
    public const string House = "maison", Flat = "appartement";

    public static readonly IReadOnlyList<string> All = [House, Flat];

    public static string Label(string type) => type == House ? "Maisons" : "Appartements";
}

/// <summary>What a price statistic may say: published, secret (1 to 10 sales), or no sale at all.</summary>
internal static class PriceStatus
{
    public const string Published = "published", Secret = "secret", NoSales = "no_sales";
}

/// <summary>A zone's sales in one cell (a year or a period, a type) as PostgreSQL summed them, before secrecy.</summary>
internal sealed record SalesCell(int Count, double? Median, double? Q1, double? Q3);

/// <summary>
/// A price statistic as published.
/// </summary>
/// <param name="Status">published; secret (fewer than 11 sales: no price, the count only as "&lt; 11"); no_sales.</param>
/// <param name="Count">The number of sales; null when secret.</param>
/// <param name="CountLabel">The count as shown: "248", or "&lt; 11" when secret.</param>
/// <param name="Median">Median € per m² of built surface, rounded to 10 €; null unless published.</param>
/// <param name="Q1">First quartile (25 % of the sales below it), rounded to 10 €; null unless published.</param>
/// <param name="Q3">Third quartile (75 % of the sales below it), rounded to 10 €; null unless published.</param>
internal sealed record PriceFigure(string Status, int? Count, string CountLabel, double? Median, double? Q1, double? Q3);

/// <summary>
/// The publication rule of DVF statistics. A zone's figures are computed from the sales in it (PostgreSQL's
/// percentile_cont over them), never from other zones' medians; a cell of fewer than <see cref="Threshold"/> sales
/// publishes no price and no exact count; prices are rounded to <see cref="Rounding"/> € per m², so that the medians of
/// two overlapping zones cannot be played against each other to recover one sale's price.
/// </summary>
internal static class PriceStatistics
{
    /// <summary>The fewest sales a published figure rests on.</summary>
    public const int Threshold = 11;

    /// <summary>Prices are published to the nearest 10 € per m².</summary>
    public const double Rounding = 10;

    /// <summary>The most bars a distribution has.</summary>
    public const int MaxBins = 10;

    public static readonly string SecretLabel = $"< {Threshold}";

    public static PriceFigure Publish(SalesCell cell) => cell.Count switch
    {
        0 => new(PriceStatus.NoSales, 0, "0", null, null, null),
        < Threshold => new(PriceStatus.Secret, null, SecretLabel, null, null, null),
        _ => new(PriceStatus.Published, cell.Count, cell.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Round(cell.Median), Round(cell.Q1), Round(cell.Q3)),
    };

    public static double? Round(double? value) =>
        value is { } v ? Math.Round(v / Rounding, MidpointRounding.AwayFromZero) * Rounding : null;

    /// <summary>
    /// The bounds to ask PostgreSQL for: the 1/k … (k−1)/k quantiles of a zone of <paramref name="count"/> sales, k the
    /// most bins of at least 11 sales (at most 10). Empty below 22 sales: one bin, which says nothing but its count.
    /// </summary>
    public static IReadOnlyList<double> QuantilesFor(int count)
    {
        var bins = Math.Min(MaxBins, count / Threshold);
        return bins < 2 ? [] : [.. Enumerable.Range(1, bins - 1).Select(i => (double)i / bins)];
    }

    /// <summary>
    /// The distribution's bins from the zone's own quantiles (rounded to 10 €), and each bin's count of sales
    /// (<paramref name="sortedPricesPerM2"/>). Bins are [from, to); the first is open below and the last open above,
    /// so that no bin shows the cheapest or dearest sale. A bin left with fewer than 11 sales (ties, rounding) is merged
    /// with its smaller neighbour until none is.
    /// </summary>
    public static IReadOnlyList<(double? From, double? To, int Count)> Bins(IReadOnlyList<double> sortedPricesPerM2, IReadOnlyList<double> quantiles)
    {
        if (sortedPricesPerM2.Count < Threshold)
            return [];
        var bounds = quantiles.Select(q => Round(q)!.Value).Distinct().Order().ToList();
        var bins = new List<(double? From, double? To, int Count)>();
        for (var i = 0; i <= bounds.Count; i++)
        {
            double? from = i == 0 ? null : bounds[i - 1], to = i == bounds.Count ? null : bounds[i];
            bins.Add((from, to, sortedPricesPerM2.Count(p => (from is null || p >= from) && (to is null || p < to))));
        }
        while (bins.Count > 1 && bins.FindIndex(b => b.Count < Threshold) is var small and >= 0)
        {
            // The neighbour with fewer sales takes it (the only one at either end).
            var other = small == 0 ? 1 : small == bins.Count - 1 ? small - 1 : bins[small - 1].Count <= bins[small + 1].Count ? small - 1 : small + 1;
            var (first, second) = (Math.Min(small, other), Math.Max(small, other));
            bins[first] = (bins[first].From, bins[second].To, bins[first].Count + bins[second].Count);
            bins.RemoveAt(second);
        }
        return bins;
    }
}
