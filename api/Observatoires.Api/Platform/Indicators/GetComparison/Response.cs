namespace Observatoires.Api.Platform.Indicators.GetComparison;

internal sealed record Subject(TerritoryRef Territory, double? Value, string? Status, Coverage? Coverage);

/// <param name="Gap">The territory's value minus the reference's, in the indicator's unit.</param>
/// <param name="RelativeGap">Gap relative to the reference's value (0.1 = 10 % above).</param>
internal sealed record Reference(TerritoryRef Territory, double? Value, string? Status, Coverage? Coverage, double? Gap, double? RelativeGap);

internal sealed record Response(IndicatorSummary Indicator, string Period, Subject Territory, IReadOnlyList<Reference> References);
