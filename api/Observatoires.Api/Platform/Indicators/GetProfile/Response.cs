namespace Observatoires.Api.Platform.Indicators.GetProfile;

/// <param name="Period">The earlier period compared with.</param>
/// <param name="Difference">Value now minus value then.</param>
/// <param name="Rate">Relative change (0.05 = +5 %).</param>
internal sealed record Evolution(string Period, double? Value, double? Difference, double? Rate);

internal sealed record ReferenceGap(string TerritoryId, double? Value, double? Gap);

/// <param name="Period">The latest period with data.</param>
/// <param name="ChangeOver1">Change over one period (a year, a quarter...).</param>
/// <param name="ChangeOver5">Change over five periods.</param>
internal sealed record KeyFigure(
    IndicatorSummary Indicator,
    string Period,
    double? Value,
    string? Status,
    Evolution? ChangeOver1,
    Evolution? ChangeOver5,
    IReadOnlyList<ReferenceGap> References);

internal sealed record ObservatoryFigures(string Slug, string Name, IReadOnlyList<KeyFigure> Figures);

internal sealed record Response(TerritoryRef Territory, IReadOnlyList<TerritoryRef> References, IReadOnlyList<ObservatoryFigures> Observatories);
