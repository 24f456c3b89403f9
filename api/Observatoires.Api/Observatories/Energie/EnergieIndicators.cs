using Dapper;
using Npgsql;
using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Indicators.Values;

namespace Observatoires.Api.Observatories.Energie;

/// <summary>
/// The observatory's indicators are derived from the accounts: recomputed from <c>energie.account</c> and
/// <c>energie.installation</c> and written through the platform's value writer (a changed figure is a revision, kept
/// for asOf), after the seed and every import, so that maps, series, profiles and the catalogue serve them.
/// </summary>
internal static class EnergieIndicators
{
    public const string Vintage = "Comptes de l'énergie de l'observatoire";

    /// <summary>Recomputes every year's figures of the given territories, or of all of them.</summary>
    public static async Task<ValueWriter.Result> RecomputeAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        IReadOnlyCollection<string>? territories = null)
    {
        var rows = await connection.QueryAsync<(string Indicator, string Territory, string Period, double Value, double? Numerator, double? Denominator)>(
            SqlResource.Get("Observatories/Energie/EnergieIndicators.sql"), new { Territories = territories?.ToArray() }, transaction);
        return await ValueWriter.WriteAsync(connection, transaction,
            rows.Select(r => new ValueRow(r.Indicator, r.Territory, r.Period, r.Value, r.Numerator, r.Denominator, ValueStatus.Definitive, Vintage)));
    }
}
