namespace Observatoires.Api.Platform.Indicators.Values;

/// <summary>One value to store: (indicator, territory, period) → value, with its parts and status.</summary>
internal sealed record ValueRow(
    string Indicator,
    string TerritoryId,
    string Period,
    double? Value,
    double? Numerator = null,
    double? Denominator = null,
    string Status = ValueStatus.Definitive,
    string? Vintage = null);

internal static class ValueStatus
{
    public const string Definitive = "definitive";
    public const string Provisional = "provisional";
    public const string Estimated = "estimated";
    public const string Secret = "secret";

    /// <summary>Partner data outside the caller's territorial scope: the figure exists but is not shown. Never stored.</summary>
    public const string Restricted = "restricted";

    public static readonly IReadOnlyList<string> All = [Definitive, Provisional, Estimated, Secret];
}
