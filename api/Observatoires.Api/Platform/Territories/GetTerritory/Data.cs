using Dapper;
using Npgsql;
using Observatoires.Api.Platform.Data;

namespace Observatoires.Api.Platform.Territories.GetTerritory;

internal static class Data
{
    private static readonly string Query = SqlResource.Get("Platform/Territories/GetTerritory/Query.sql");

    internal sealed record Row(string Id, string Level, string Code, string Name, int? Population, string SourceVintage,
        string? GeometrySource, DateTime? GeometryUpdatedAt, double? West, double? South, double? East, double? North);

    public static async Task<(Row Territory, IReadOnlyList<ParentTerritory> Parents, IReadOnlyDictionary<string, int> Children)?> GetAsync(
        NpgsqlConnection connection, string id)
    {
        await using var results = await connection.QueryMultipleAsync(Query, new { Id = id });
        var territory = await results.ReadSingleOrDefaultAsync<Row>();
        if (territory is null)
            return null;
        var parents = (await results.ReadAsync<ParentTerritory>()).ToList();
        var children = (await results.ReadAsync<(string Level, int Count)>()).ToDictionary(c => c.Level, c => c.Count);
        return (territory, parents, children);
    }
}
