using Dapper;
using Npgsql;
using Observatoires.Api.Platform.Data;

namespace Observatoires.Api.Platform.Territories.GetTerritories;

internal static class Data
{
    private static readonly string Filter = SqlResource.Get("Platform/Territories/GetTerritories/Filter.sql");
    private static readonly string Query = SqlResource.Get("Platform/Territories/GetTerritories/Query.sql").Replace("{filter}", Filter, StringComparison.Ordinal);
    private static readonly string Features = SqlResource.Get("Platform/Territories/GetTerritories/Features.sql").Replace("{filter}", Filter, StringComparison.Ordinal);

    public static object Parameters(Request r) => new
    {
        r.Level,
        r.Within,
        Q = string.IsNullOrWhiteSpace(r.Q) ? null : r.Q.Trim(),
        // The search text is matched literally: LIKE wildcards in it are escaped.
        QPattern = r.Q?.Trim().Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal),
        r.Limit,
        r.Offset,
        Resolution = r.Resolution ?? "full",
        Decimals = GeometryResolution.Of(r.Resolution).Decimals,
    };

    public static Task<bool> ExistsAsync(NpgsqlConnection connection, string id) =>
        connection.ExecuteScalarAsync<bool>("select exists (select 1 from platform.territory where id = @id)", new { id });

    public static Task<long> CountAsync(NpgsqlConnection connection, Request r) =>
        connection.ExecuteScalarAsync<long>("select count(*) " + Filter, Parameters(r));

    public static async Task<IReadOnlyList<TerritorySummary>> PageAsync(NpgsqlConnection connection, Request r) =>
        [.. await connection.QueryAsync<TerritorySummary>(Query, Parameters(r))];

    public static Task<System.Data.Common.DbDataReader> FeaturesAsync(NpgsqlConnection connection, Request r, CancellationToken ct) =>
        connection.ExecuteReaderAsync(new CommandDefinition(Features, Parameters(r), cancellationToken: ct));
}
