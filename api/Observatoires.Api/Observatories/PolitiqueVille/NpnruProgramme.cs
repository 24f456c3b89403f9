using Dapper;
using Npgsql;

namespace Observatoires.Api.Observatories.PolitiqueVille;

/// <summary>An NPNRU renewal programme: its QPVs, its EPCI and its T0 year, edited by the agency under If-Match.</summary>
internal sealed record NpnruProgramme(string Id, string Name, string EpciId, int T0Year, bool Demo, int Version, string UpdatedBy)
{
    public IReadOnlyList<string> QpvIds { get; init; } = [];

    /// <summary>The programme's version as an ETag: what If-Match must send back to change it.</summary>
    public string ETag => $"\"npnru-{Id}-v{Version}\"";

    public object Audited => new { Id, Name, epci = EpciId, t0Year = T0Year, qpvs = QpvIds, Version };

    private const string Select = """
        select id, name, epci_id as "EpciId", t0_year as "T0Year", demo, version, updated_by as "UpdatedBy"
        from politique_ville.npnru_programme
        """;

    public static async Task<IReadOnlyList<NpnruProgramme>> ListAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction = null,
        string? id = null, bool forUpdate = false)
    {
        var programmes = (await connection.QueryAsync<NpnruProgramme>(
            Select + " where @Id::text is null or id = @Id order by id" + (forUpdate ? " for update" : ""), new { Id = id }, transaction)).ToList();
        var qpvs = (await connection.QueryAsync<(string Programme, string Qpv)>(
                "select programme_id, qpv_id from politique_ville.npnru_programme_qpv where @Id::text is null or programme_id = @Id order by qpv_id",
                new { Id = id }, transaction))
            .ToLookup(p => p.Programme, p => p.Qpv);
        return [.. programmes.Select(p => p with { QpvIds = [.. qpvs[p.Id]] })];
    }

    public static async Task<NpnruProgramme?> FindAsync(NpgsqlConnection connection, string id, NpgsqlTransaction? transaction = null,
        bool forUpdate = false) =>
        (await ListAsync(connection, transaction, id, forUpdate)).SingleOrDefault();
}
