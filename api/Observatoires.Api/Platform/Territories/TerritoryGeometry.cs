using Dapper;
using Npgsql;
using Observatoires.Api.Platform.Data;

namespace Observatoires.Api.Platform.Territories;

/// <summary>Derived geometries: aggregates are unions of their communes; every level gets its small-scale variants.</summary>
internal static class TerritoryGeometry
{
    public const string DataDomain = "territories";

    public static Task RecomputeDerivedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction) =>
        connection.ExecuteAsync(SqlResource.Get("Platform/Territories/RecomputeDerivedGeometries.sql"),
            transaction: transaction, commandTimeout: 300);
}
