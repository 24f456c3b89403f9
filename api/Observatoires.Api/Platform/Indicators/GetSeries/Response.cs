namespace Observatoires.Api.Platform.Indicators.GetSeries;

/// <param name="Index">Value × 100 / value at the base period, when index= is given.</param>
/// <param name="YearOnYear">Relative change from the same period one year before (0.05 = +5 %).</param>
internal sealed record Point(string Period, double? Value, string? Status, double? Index, double? YearOnYear);

/// <param name="AnnualGrowth">Compound annual growth rate between the first and last published values (0.012 = +1.2 %/year).</param>
internal sealed record Series(TerritoryRef Territory, double? AnnualGrowth, IReadOnlyList<Point> Points);

internal sealed record Response(IndicatorSummary Indicator, string? IndexPeriod, DateTimeOffset? AsOf, IReadOnlyList<Series> Series);
