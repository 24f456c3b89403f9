using Dapper;
using Npgsql;
using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Indicators.Values;

namespace Observatoires.Api.Observatories.Friches;

/// <summary>
/// The observatory's indicators are derived from the sites: recomputed from their history and written through the
/// platform's value writer (a changed figure is a revision, kept for asOf), after the seed and every status change.
/// </summary>
internal static class FricheIndicators
{
    public const int FirstYear = 2015;

    /// <summary>Recomputes every year's figures of one commune, or of all of them.</summary>
    public static async Task<ValueWriter.Result> RecomputeAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string? commune = null)
    {
        var rows = await connection.QueryAsync<(string Indicator, string Commune, string Period, double Value)>(
            SqlResource.Get("Observatories/Friches/FricheIndicators.sql"),
            new { FirstYear, LastYear = Math.Max(2024, DateTime.UtcNow.Year), Commune = commune }, transaction);
        return await ValueWriter.WriteAsync(connection, transaction,
            rows.Select(r => new ValueRow(r.Indicator, r.Commune, r.Period, r.Value, Status: ValueStatus.Definitive, Vintage: "Observatoire des friches")));
    }
}
