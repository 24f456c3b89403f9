using Dapper;
using Npgsql;

namespace Observatoires.Api.Platform.Territories;

/// <summary>A member of a peer group.</summary>
/// <param name="InPerimeter">False for a reference EPCI, outside the agency's perimeter (no communes in the referential).</param>
internal sealed record PeerGroupMember(string Id, string Name, int? Population, bool InPerimeter);

/// <summary>
/// A group of similar EPCIs a territory (its subject) is compared with: <c>groupement:pairs-cabbalr</c>. Its figures are
/// its members' recomputed (GET /api/v1/indicators/{code}/compare); the agency edits its members.
/// </summary>
/// <param name="Id">The group as a territory id (groupement:...), usable wherever a territory is.</param>
/// <param name="Subject">The territory these are the peers of.</param>
/// <param name="Members">Its EPCIs, by name.</param>
/// <param name="Version">Its version: the ETag is built from it, and a change must send it back as If-Match.</param>
internal sealed record PeerGroup(string Id, string Name, PeerGroupMember Subject, IReadOnlyList<PeerGroupMember> Members, int Version,
    DateTimeOffset UpdatedAt)
{
    /// <summary>What If-Match must name to change it.</summary>
    public string ETag => $"\"peer-group-{Id[(Id.IndexOf(':') + 1)..]}-v{Version}\"";

    private const string Select = """
        select g.territory_id as "Id", t.name as "Name", g.version as "Version", g.updated_at as "UpdatedAt",
               s.id as "SubjectId", s.name as "SubjectName", s.population as "SubjectPopulation", s.in_perimeter as "SubjectInPerimeter"
        from platform.peer_group g
        join platform.territory t on t.id = g.territory_id
        join platform.territory s on s.id = g.subject_id
        """;

    /// <summary>The group, locked for update when read in a write's transaction; null when there is no such group.</summary>
    public static async Task<PeerGroup?> FindAsync(NpgsqlConnection connection, string id, NpgsqlTransaction? transaction = null) =>
        (await ReadAsync(connection, Select + " where g.territory_id = @id" + (transaction is null ? "" : " for update of g"), new { id },
            transaction)).SingleOrDefault();

    /// <summary>Every group, or those of one subject, by name.</summary>
    public static Task<IReadOnlyList<PeerGroup>> ListAsync(NpgsqlConnection connection, string? subject) =>
        ReadAsync(connection, Select + " where @subject::text is null or g.subject_id = @subject order by t.name", new { subject }, null);

    private static async Task<IReadOnlyList<PeerGroup>> ReadAsync(NpgsqlConnection connection, string sql, object parameters,
        NpgsqlTransaction? transaction)
    {
        var rows = (await connection.QueryAsync<Row>(sql, parameters, transaction)).ToList();
        var members = (await connection.QueryAsync<(string Group, string Id, string Name, int? Population, bool InPerimeter)>("""
            select m.parent_id, t.id, t.name, t.population, t.in_perimeter
            from platform.territory_membership m join platform.territory t on t.id = m.member_id
            where m.parent_id = any(@Ids) order by t.name, t.id
            """, new { Ids = rows.Select(r => r.Id).ToArray() }, transaction)).ToLookup(m => m.Group);
        return [.. rows.Select(r => new PeerGroup(r.Id, r.Name, new(r.SubjectId, r.SubjectName, r.SubjectPopulation, r.SubjectInPerimeter),
            [.. members[r.Id].Select(m => new PeerGroupMember(m.Id, m.Name, m.Population, m.InPerimeter))], r.Version,
            new DateTimeOffset(DateTime.SpecifyKind(r.UpdatedAt, DateTimeKind.Utc))))];
    }

    private sealed record Row(string Id, string Name, int Version, DateTime UpdatedAt, string SubjectId, string SubjectName,
        int? SubjectPopulation, bool SubjectInPerimeter);
}
