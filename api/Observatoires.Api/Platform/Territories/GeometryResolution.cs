namespace Observatoires.Api.Platform.Territories;

/// <summary>Which stored variant of a contour to serve, and with how many decimals (6 ≈ 10 cm, 4 ≈ 10 m).</summary>
internal static class GeometryResolution
{
    public static readonly IReadOnlyList<string> All = ["full", "medium", "low"];

    public static bool IsKnown(string? resolution) => resolution is not null && All.Contains(resolution);

    /// <summary>The column to read: a fixed identifier from this closed list, never user text.</summary>
    public static (string Column, int Decimals) Of(string? resolution) => resolution switch
    {
        "medium" => ("geom_medium", 5),
        "low" => ("geom_low", 4),
        _ => ("geom", 6),
    };
}
