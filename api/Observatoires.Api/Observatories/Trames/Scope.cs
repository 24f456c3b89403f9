using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Indicators.Engine;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.Trames;

/// <summary>Where the networks live (the CALL) and where a caller may propose changes to them.</summary>
internal static class Scope
{
    /// <summary>The Communauté d'agglomération de Lens-Liévin, whose networks these are.</summary>
    public const string Call = "epci:246200364";

    /// <summary>The CALL's communes; for a partner only those its key covers (none for a partner outside the CALL).</summary>
    public static async Task<IReadOnlyList<string>> AllowedCommunesAsync(NpgsqlConnection connection, TerritoryHierarchy hierarchies, Caller caller,
        CancellationToken ct)
    {
        var communes = (await TargetLookup.FindAsync(connection, await hierarchies.GetAsync(ct), Call))?.CoveredCommunes ?? [];
        return caller.IsAgency || caller.Scope.Count == 0 ? communes : [.. communes.Where(caller.ScopeCommunes.Contains)];
    }

    /// <summary>How an answer names the allowed area.</summary>
    public static string Describe(Caller caller) =>
        caller.IsAgency || caller.Scope.Count == 0 ? "the CALL (epci:246200364)" : "your key's scope within the CALL (epci:246200364)";
}
