using Dapper;
using Npgsql;
using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Territories.Generalisation;

namespace Observatoires.Api.Platform.Territories;

/// <summary>
/// Derived geometries: communes get their small-scale variants; aggregates are unions of their communes; demo QPVs are
/// drawn inside their communes.
/// </summary>
internal static class TerritoryGeometry
{
    public const string DataDomain = "territories";

    /// <summary>Runs in the caller's transaction: a failure leaves every contour as it was.</summary>
    public static async Task RecomputeDerivedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        await CommuneGeneralisation.RecomputeAsync(connection, transaction);
        await connection.ExecuteAsync(SqlResource.Get("Platform/Territories/RecomputeDerivedGeometries.sql"),
            transaction: transaction, commandTimeout: 300);
        // The demo QPVs follow their communes' contours (the imported ones are the ANCT's and stay).
        await Qpv.DemoQpvs.PlaceAsync(connection, transaction);
    }
}
