namespace Observatoires.Api.Platform.Indicators.Engine;

/// <summary>How a projection extends a series: the dynamics at work over the window, carried on to the horizon.</summary>
internal enum ProjectionMethod { Linear, Compound, Bounded }

/// <summary>An observed point the fit used: x in years since the window's first period.</summary>
internal readonly record struct Observation(double X, double Y);

/// <summary>The fitted model: predictions with their 95 % prediction interval, and the fit's quality.</summary>
/// <param name="Slope">Per year, on the model's scale: the unit for linear, ln for compound, logit for bounded.</param>
/// <param name="RSquared">1 − residual ÷ total sum of squares, on the indicator's own scale.</param>
/// <param name="Rmse">Root mean square of the residuals, in the indicator's unit.</param>
/// <param name="XMean">The mean x of the points, and <paramref name="Sxx"/> their spread: the interval widens away from it.</param>
/// <param name="ResidualScale">The residuals' standard deviation on the model's scale (n − 2 degrees of freedom).</param>
internal sealed record ProjectionFit(ProjectionMethod Method, double Intercept, double Slope, double RSquared, double Rmse, int Points,
    double Lower, double Upper, double XMean, double Sxx, double ResidualScale)
{

    /// <summary>The model's value at x, back on the indicator's scale.</summary>
    public double Predict(double x) => Back(Intercept + (Slope * x));

    /// <summary>The 95 % prediction interval at x: where a new observation would fall if the dynamics held.</summary>
    public (double Low, double High) Interval(double x)
    {
        var centre = Intercept + (Slope * x);
        var half = StudentT975(Points - 2) * ResidualScale * Math.Sqrt(1 + (1.0 / Points) + ((x - XMean) * (x - XMean) / Sxx));
        return (Back(centre - half), Back(centre + half));
    }

    private double Back(double z) => Method switch
    {
        ProjectionMethod.Compound => Math.Exp(z),
        ProjectionMethod.Bounded => Lower + ((Upper - Lower) / (1 + Math.Exp(-z))),
        _ => z,
    };

    /// <summary>The model's scale for an observed value; null when the method cannot take it (compound: not positive).</summary>
    public static double? Forward(ProjectionMethod method, double y, double lower, double upper)
    {
        switch (method)
        {
            case ProjectionMethod.Compound:
                return y > 0 ? Math.Log(y) : null;
            case ProjectionMethod.Bounded:
                // Values on a bound are moved inside by a thousandth of the range: the logit of 0 or 1 is infinite.
                var epsilon = (upper - lower) / 1000;
                var share = (Math.Clamp(y, lower + epsilon, upper - epsilon) - lower) / (upper - lower);
                return Math.Log(share / (1 - share));
            default:
                return y;
        }
    }

    /// <summary>
    /// Ordinary least squares of the transformed values on x; null with fewer than 3 points or a single x (no trend and no
    /// spread can be estimated). <paramref name="lower"/> and <paramref name="upper"/> bound a share (bounded method).
    /// </summary>
    public static ProjectionFit? Fit(ProjectionMethod method, IReadOnlyList<Observation> observations, double lower = 0, double upper = 100)
    {
        var points = observations.Select(o => (o.X, o.Y, Z: Forward(method, o.Y, lower, upper))).ToList();
        if (points.Count < 3 || points.Any(p => p.Z is null))
            return null;
        var n = points.Count;
        var xMean = points.Average(p => p.X);
        var zMean = points.Average(p => p.Z!.Value);
        var sxx = points.Sum(p => (p.X - xMean) * (p.X - xMean));
        if (sxx == 0)
            return null;
        var slope = points.Sum(p => (p.X - xMean) * (p.Z!.Value - zMean)) / sxx;
        var intercept = zMean - (slope * xMean);
        var residualZ = points.Sum(p => Math.Pow(p.Z!.Value - (intercept + (slope * p.X)), 2));
        var fit = new ProjectionFit(method, intercept, slope, 0, 0, n, lower, upper, xMean, sxx, Math.Sqrt(residualZ / (n - 2)));
        var yMean = points.Average(p => p.Y);
        var residual = points.Sum(p => Math.Pow(p.Y - fit.Predict(p.X), 2));
        var total = points.Sum(p => Math.Pow(p.Y - yMean, 2));
        return fit with { RSquared = total == 0 ? 1 : 1 - (residual / total), Rmse = Math.Sqrt(residual / n) };
    }

    /// <summary>The 97.5th percentile of Student's t (a two-sided 95 % interval) for these degrees of freedom.</summary>
    public static double StudentT975(int degreesOfFreedom) => degreesOfFreedom switch
    {
        <= 0 => double.NaN,
        <= 30 => Table[degreesOfFreedom - 1],
        <= 40 => 2.021,
        <= 60 => 2.000,
        <= 120 => 1.980,
        _ => 1.960,
    };

    private static readonly double[] Table =
    [
        12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160, 2.145, 2.131,
        2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042,
    ];
}
