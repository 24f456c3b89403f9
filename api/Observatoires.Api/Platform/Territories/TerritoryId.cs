using System.Text.RegularExpressions;

namespace Observatoires.Api.Platform.Territories;

/// <summary>Territory ids are "level:code" (commune:62119, epci:200072460, groupement:aula, qpv:QN06201M...).</summary>
internal static partial class TerritoryId
{
    /// <summary>The levels of platform.territory_level, finest first.</summary>
    public static readonly IReadOnlyList<string> Levels = ["qpv", "commune", "epci", "groupement", "departement", "region"];

    /// <summary>The commune and the levels whose figures the engine can compute from their communes.</summary>
    public static readonly IReadOnlyList<string> CommuneLevels = ["commune", "epci", "groupement", "departement", "region"];

    /// <summary>
    /// The QPV level: below the commune, with no communes of its own, so its figures are only ever stored values
    /// (never a commune's figure, never part of one).
    /// </summary>
    public const string Qpv = "qpv";

    public static string LevelList => string.Join(", ", Levels);

    public static bool IsKnownLevel(string? level) => level is not null && Levels.Contains(level);

    /// <summary>Null when the id is well formed with a known level, else a message saying what is wrong.</summary>
    public static string? Problem(string? id)
    {
        if (string.IsNullOrEmpty(id) || !Shape().IsMatch(id))
            return $"'{id}' is not a territory id: expected level:code, e.g. commune:62119 or epci:200072460";
        var level = id[..id.IndexOf(':', StringComparison.Ordinal)];
        return IsKnownLevel(level) ? null : $"'{level}' is not a territory level; valid levels: {LevelList}";
    }

    [GeneratedRegex("^[a-z]+:[A-Za-z0-9-]{1,40}$")]
    private static partial Regex Shape();
}
