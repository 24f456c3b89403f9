namespace Observatoires.Api.Observatories.Dechets;

/// <summary>A waste stream as SINOE names it, and whether it counts in the material recovery rate.</summary>
/// <param name="Inert">Rubble: inert waste, outside the LTECV's "non-hazardous non-inert" scope of the recovery targets.</param>
internal sealed record WasteStream(string Code, string Label, string Where, bool Inert);

/// <summary>
/// The streams of household and similar waste (DMA) and the observatory's rules: kg per inhabitant and recovery rates
/// are ratios of sums (Σ tonnes ÷ Σ inhabitants, Σ recovered ÷ Σ collected), never means of ratios; a target is met on
/// its horizon, and on track before it when the latest value is at or beyond the straight path from the base year's
/// value to the target.
/// </summary>
internal static class Streams
{
    public static readonly IReadOnlyList<WasteStream> All =
    [
        new("omr", "Ordures ménagères résiduelles", "collecte en porte-à-porte", false),
        new("collecte_selective", "Emballages et papiers (collecte sélective)", "collecte en porte-à-porte", false),
        new("verre", "Verre", "points d'apport volontaire", false),
        new("dechets_verts", "Déchets verts", "déchèteries", false),
        new("encombrants", "Encombrants (tout-venant)", "déchèteries", false),
        new("gravats", "Gravats", "déchèteries", true),
        new("autres_decheterie", "Autres flux de déchèterie (bois, métaux, cartons, DEEE…)", "déchèteries", false),
    ];

    public static bool IsStream(string code) => All.Any(s => s.Code == code);

    /// <summary>Σ tonnes × 1,000 ÷ Σ inhabitants, one decimal; null without inhabitants.</summary>
    public static double? KgPerInhabitant(double tonnes, long population) =>
        population > 0 ? Math.Round(tonnes * 1000 / population, 1) : null;

    /// <summary>Σ recovered ÷ Σ collected × 100, one decimal; null when nothing was collected.</summary>
    public static double? RecoveryRate(double recovered, double collected) =>
        collected > 0 ? Math.Round(100 * recovered / collected, 1) : null;

    /// <summary>The change from a base value in %, one decimal; null without a base.</summary>
    public static double? ChangePercent(double value, double? baseValue) =>
        baseValue is > 0 ? Math.Round(100 * (value - baseValue.Value) / baseValue.Value, 1) : null;

    /// <summary>
    /// Where the straight path from (baseYear, baseValue) to (horizon, target) stands in a year; the target itself
    /// from the horizon on. A horizon at or before the base year has no path: the target.
    /// </summary>
    public static double PathValue(int baseYear, double baseValue, int horizon, double target, int year) =>
        year >= horizon || horizon <= baseYear ? target : baseValue + (target - baseValue) * (year - baseYear) / (horizon - baseYear);

    /// <summary>Whether a value meets the path in its year, for a ceiling (at_most) or a floor (at_least).</summary>
    public static bool OnTrack(string bound, double value, double pathValue) =>
        bound == Platform.Indicators.Engine.IndicatorTarget.AtMost ? value <= pathValue : value >= pathValue;
}
