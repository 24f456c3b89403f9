namespace Observatoires.Api.Observatories.Friches;

/// <summary>
/// The follow-up of a brownfield: identified, checked on the ground, characterised, in a project, recycled — or
/// abandoned (no project will be pursued) at any step before it is recycled.
/// </summary>
internal static class Workflow
{
    public static readonly IReadOnlyList<string> Statuses =
        ["identifiee", "verifiee_terrain", "caracterisee", "en_projet", "reconvertie", "abandonnee"];

    private static readonly Dictionary<string, string[]> Next = new()
    {
        ["identifiee"] = ["verifiee_terrain", "abandonnee"],
        ["verifiee_terrain"] = ["caracterisee", "abandonnee"],
        ["caracterisee"] = ["en_projet", "abandonnee"],
        ["en_projet"] = ["reconvertie", "caracterisee", "abandonnee"],
        ["reconvertie"] = [],
        ["abandonnee"] = ["identifiee"],
    };

    /// <summary>The statuses a site may move to from this one.</summary>
    public static IReadOnlyList<string> AllowedFrom(string status) => Next.GetValueOrDefault(status) ?? [];

    /// <summary>Still a brownfield (counted in the stock): neither recycled nor abandoned.</summary>
    public static bool IsActive(string status) => status is not ("reconvertie" or "abandonnee");
}
