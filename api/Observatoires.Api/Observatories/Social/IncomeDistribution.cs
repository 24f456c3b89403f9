namespace Observatoires.Api.Observatories.Social;

/// <summary>A log-normal distribution of disposable income per consumption unit: its median and its spread (σ of the log).</summary>
internal sealed record LogNormalIncome(double Median, double Sigma)
{
    /// <summary>The income under which a share <paramref name="p"/> of the persons live.</summary>
    public double Quantile(double p) => Median * Math.Exp(Sigma * IncomeDistribution.NormalQuantile(p));

    /// <summary>The share of the persons living under <paramref name="income"/>.</summary>
    public double Below(double income) => income <= 0 ? 0 : IncomeDistribution.NormalCdf(Math.Log(income / Median) / Sigma);
}

/// <summary>
/// The demo's income model. Each commune's persons follow a log-normal distribution; a territory made of several
/// communes is their mixture, weighted by persons, so that its deciles are those of all its persons together — not an
/// average of its communes' deciles, which is what INSEE's own EPCI figures avoid too. The poverty rate is the share of
/// persons under the threshold, which does add up (Σ poor ÷ Σ persons).
/// </summary>
internal static class IncomeDistribution
{
    /// <summary>The income under which a share <paramref name="p"/> of all the persons of the parts live (bisection on the mixture's distribution).</summary>
    public static double Quantile(IReadOnlyList<(LogNormalIncome Income, double Persons)> parts, double p)
    {
        var total = parts.Sum(part => part.Persons);
        double Below(double x) => parts.Sum(part => part.Persons * part.Income.Below(x)) / total;
        var (low, high) = (parts.Min(part => part.Income.Quantile(p)), parts.Max(part => part.Income.Quantile(p)));
        // The mixture's quantile lies between its parts' own quantiles.
        for (var i = 0; i < 100 && high - low > 1e-9 * high; i++)
        {
            var middle = (low + high) / 2;
            if (Below(middle) < p)
                low = middle;
            else
                high = middle;
        }
        return (low + high) / 2;
    }

    /// <summary>Φ, the standard normal distribution (Abramowitz and Stegun 26.2.17, error under 7.5 × 10⁻⁸).</summary>
    public static double NormalCdf(double z)
    {
        var t = 1 / (1 + (0.2316419 * Math.Abs(z)));
        var density = Math.Exp(-z * z / 2) / Math.Sqrt(2 * Math.PI);
        var tail = density * t * (0.319381530 + (t * (-0.356563782 + (t * (1.781477937 + (t * (-1.821255978 + (t * 1.330274429))))))));
        return z >= 0 ? 1 - tail : tail;
    }

    /// <summary>Φ⁻¹, by bisection on <see cref="NormalCdf"/> (the demo needs nine of them per territory).</summary>
    public static double NormalQuantile(double p)
    {
        if (p is <= 0 or >= 1)
            throw new ArgumentOutOfRangeException(nameof(p), "a share strictly between 0 and 1");
        var (low, high) = (-10.0, 10.0);
        for (var i = 0; i < 80; i++)
        {
            var middle = (low + high) / 2;
            if (NormalCdf(middle) < p)
                low = middle;
            else
                high = middle;
        }
        return (low + high) / 2;
    }
}
