using System.Globalization;
using Dapper;
using Npgsql;

namespace Observatoires.Api.Observatories.Barometre;

/// <summary>One version of the brief the agency writes for a quarter and a territory, as every route gives it.</summary>
/// <param name="Text">Paragraphs separated by blank lines.</param>
/// <param name="Version">1 for the first version, then +1 at each save.</param>
/// <param name="UpdatedBy">"Agence (clé 12)": the agency and the key that saved it (its name stays in the audit log).</param>
internal sealed record BarometerBrief(string Text, int Version, DateTimeOffset UpdatedAt, string UpdatedBy)
{
    /// <summary>What If-Match must send back to replace this version.</summary>
    public string ETag(string territory, string quarter) => $"\"brief-{territory}-{quarter}-v{Version.ToString(CultureInfo.InvariantCulture)}\"";
}

internal static class Briefs
{
    public const int MaxLength = 4000;

    private const string Select = """
        select text, version, updated_at as updatedat, updated_by_key as updatedbykey
        from barometre.brief_version where territory_id = @territory and quarter = @quarter
        """;

    /// <summary>The current version (the highest), or null when none was written; locked when read in a write's transaction.</summary>
    public static async Task<BarometerBrief?> CurrentAsync(NpgsqlConnection connection, string territory, string quarter, NpgsqlTransaction? transaction = null)
    {
        // Two first saves of the same brief queue here rather than both finding no version and colliding on the key.
        if (transaction is not null)
            await connection.ExecuteAsync("select pg_advisory_xact_lock(hashtext(@territory || '/' || @quarter))", new { territory, quarter }, transaction);
        var row = await connection.QueryFirstOrDefaultAsync<Row>(
            Select + " order by version desc limit 1" + (transaction is null ? "" : " for update"), new { territory, quarter }, transaction);
        return row?.ToBrief();
    }

    /// <summary>Every version, newest first.</summary>
    public static async Task<IReadOnlyList<BarometerBrief>> HistoryAsync(NpgsqlConnection connection, string territory, string quarter) =>
        [.. (await connection.QueryAsync<Row>(Select + " order by version desc", new { territory, quarter })).Select(r => r.ToBrief())];

    private sealed record Row(string Text, int Version, DateTime UpdatedAt, int? UpdatedByKey)
    {
        public BarometerBrief ToBrief() => new(Text, Version, new DateTimeOffset(DateTime.SpecifyKind(UpdatedAt, DateTimeKind.Utc)),
            UpdatedByKey is { } key ? $"Agence (clé {key.ToString(CultureInfo.InvariantCulture)})" : "Agence (ligne de commande)");
    }
}
