namespace Observatoires.Api.Platform.Indicators.GetValues;

/// <param name="Value">null when secret (status "secret") or when there is no data (status null).</param>
/// <param name="Status">definitive, provisional, estimated, secret, or null when there is no data.</param>
/// <param name="Rank">1 = best (highest, or lowest when lower is better; highest for neutral indicators).</param>
/// <param name="GapToParent">value − the parent's value, in the indicator's unit.</param>
/// <param name="Coverage">For aggregates: how many of the zone's communes had a value.</param>
internal sealed record ValueItem(
    TerritoryRef Territory,
    double? Value,
    double? Numerator,
    double? Denominator,
    string? Status,
    int? Rank,
    string? ParentId,
    double? GapToParent,
    Coverage? Coverage);

/// <param name="Parent">The territory given by within=, with its own figure.</param>
internal sealed record Response(
    IndicatorSummary Indicator,
    string Period,
    DateTimeOffset? AsOf,
    ParentFigure? Parent,
    int Total,
    IReadOnlyList<ValueItem> Items);

internal sealed record ParentFigure(TerritoryRef Territory, double? Value, string? Status, Coverage? Coverage);
