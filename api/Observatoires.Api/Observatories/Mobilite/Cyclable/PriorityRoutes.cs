using Dapper;
using Npgsql;
using Observatoires.Api.Platform.Data;

namespace Observatoires.Api.Observatories.Mobilite.Cyclable;

/// <summary>A commune's priority route in the cycling scheme and how much of it is built.</summary>
/// <param name="Name">The route's name, as its segments carry it in nom_loc.</param>
/// <param name="PlannedKm">The length the scheme plans, in km.</param>
/// <param name="BuiltKm">The length of its segments in service in the commune, in km.</param>
internal sealed record PriorityRoute(string CommuneId, string CommuneName, string Name, double PlannedKm, double BuiltKm,
    DateTime UpdatedAt, string UpdatedBy)
{
    /// <summary>The km built counted for the share: never more than planned (a route is at most fully built).</summary>
    public double CountedKm => Math.Min(BuiltKm, PlannedKm);

    /// <summary>Share built, in %.</summary>
    public double Share => Math.Round(100 * CountedKm / PlannedKm, 1);

    public static async Task<IReadOnlyList<PriorityRoute>> ListAsync(NpgsqlConnection connection, IReadOnlyCollection<string>? communes,
        NpgsqlTransaction? transaction = null, CancellationToken ct = default) =>
        [.. await connection.QueryAsync<PriorityRoute>(new CommandDefinition(SqlResource.Get("Observatories/Mobilite/Cyclable/PriorityRoutes.sql"),
            new { Communes = communes?.ToArray() }, transaction, cancellationToken: ct))];
}
