namespace Observatoires.Api.Observatories.Mobilite.Accidents;

/// <summary>
/// The codes the accident routes, the layer and the web client share (the SQL of <c>mobilite.accident_summary</c>
/// and <c>mobilite.hour_band</c> computes them; these lists validate the filters).
/// </summary>
internal static class AccidentCodes
{
    /// <summary>The travel modes an accident may involve: pieton from the users, the others from the vehicles' categories.</summary>
    public static readonly IReadOnlyList<string> Modes =
        ["pieton", "velo", "edp", "deux_roues_motorise", "voiture", "utilitaire", "poids_lourd", "bus_car", "autre"];

    /// <summary>An accident's severity, its worst-hurt user's: killed, hospitalised (seriously injured), lightly injured, unhurt.</summary>
    public static readonly IReadOnlyList<string> Severities = ["tue", "hospitalise", "blesse_leger", "indemne"];

    /// <summary>Hour bands: night, morning rush, day, evening rush, evening.</summary>
    public static readonly IReadOnlyList<string> HourBands = ["00-06", "07-09", "10-15", "16-19", "20-23"];

    /// <summary>The <c>loi</c> filter's only value: accidents involving at least one pedestrian or cyclist (art. L1214-2).</summary>
    public const string PedestrianOrCyclistRule = "pieton-cycliste";

    /// <summary>The first year of the demo accidents and of the indicators.</summary>
    public const int FirstYear = 2015;

    /// <summary>
    /// The last year of the demo accidents: the indicators run to it at least (or to the last year imported), so that a
    /// year whose accidents were all replaced gets its figures rewritten, never left from before.
    /// </summary>
    public const int LastYear = 2024;
}
