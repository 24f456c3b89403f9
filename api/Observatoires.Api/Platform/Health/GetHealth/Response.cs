namespace Observatoires.Api.Platform.Health.GetHealth;

/// <param name="Status">ok, or degraded while the database cannot be reached.</param>
/// <param name="Database">reachable or unreachable.</param>
/// <param name="SchemaVersion">The last migration applied.</param>
/// <param name="Counts">Territories by level.</param>
internal sealed record Response(string Status, string Database, string? SchemaVersion, IReadOnlyDictionary<string, int> Counts);
