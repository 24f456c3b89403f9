using System.Text.Json;
using Dapper;
using Npgsql;
using Observatoires.Api.Platform.Access;

namespace Observatoires.Api.Observatories.Trames;

/// <summary>
/// A partner's change request as its author and the agency read it. The attributes are those proposed (for a modify,
/// null where unchanged; for a remove, the element's network only); the geometry is GeoJSON in longitude/latitude.
/// </summary>
/// <param name="Action">add, modify or remove.</param>
/// <param name="State">pending, accepted or rejected.</param>
/// <param name="Reason">Why the agency rejected it (or its note on an acceptance).</param>
/// <param name="Version">The request's version: its ETag, which If-Match must name on the review.</param>
internal sealed record ChangeRequest(int Id, string Action, int? ElementId, int? BaseVersion, string Network, string? Kind, string? Name,
    string? Status, string? Source, JsonElement? Geometry, string Commune, string Comment, string ProposedBy, DateTime ProposedAt,
    string State, string? Reason, string? ReviewedBy, DateTime? ReviewedAt, int Version)
{
    /// <summary>The request's version as an ETag: what If-Match must send back to review it.</summary>
    public string ETag => $"\"trames-request-{Id}-v{Version}\"";

    private const string Select = """
        select r.id, r.action, r.element_id as elementid, r.base_version as baseversion, r.network, r.kind, r.name, r.status, r.source,
               st_asgeojson(r.geom, 7) as geometry, r.commune_id as commune, r.comment, r.proposed_by as proposedby,
               r.proposed_at as proposedat, r.state, r.reason, r.reviewed_by as reviewedby, r.reviewed_at as reviewedat, r.version
        from trames.change_request r
        """;

    // Dapper maps the text of st_asgeojson; the record carries it as a JSON value.
    private sealed record Row(int Id, string Action, int? ElementId, int? BaseVersion, string Network, string? Kind, string? Name,
        string? Status, string? Source, string? Geometry, string Commune, string Comment, string ProposedBy, DateTime ProposedAt,
        string State, string? Reason, string? ReviewedBy, DateTime? ReviewedAt, int Version)
    {
        public ChangeRequest ToRequest() => new(Id, Action, ElementId, BaseVersion, Network, Kind, Name, Status, Source,
            Geometry is null ? null : JsonDocument.Parse(Geometry).RootElement.Clone(), Commune, Comment, ProposedBy, ProposedAt,
            State, Reason, ReviewedBy, ReviewedAt, Version);
    }

    /// <summary>
    /// The requests the caller may read, newest first: a partner its own (by its key) and never another's, the agency all
    /// of them; filtered by state, network and (for the agency) the proposing key.
    /// </summary>
    public static async Task<IReadOnlyList<ChangeRequest>> ListAsync(NpgsqlConnection connection, Caller caller, string? state, string? network, int? partner) =>
        [.. (await connection.QueryAsync<Row>($"""
            {Select}
            where (@agency or r.proposed_by_key = @key)
              and (@state::text is null or r.state = @state) and (@network::text is null or r.network = @network)
              and (@partner::int is null or r.proposed_by_key = @partner)
            order by r.proposed_at desc, r.id desc
            """, new { agency = caller.IsAgency, key = caller.KeyId ?? -1, state, network, partner })).Select(r => r.ToRequest())];

    /// <summary>One request if the caller may read it (else null: another partner's request does not exist for it), locked when a transaction is given.</summary>
    public static async Task<ChangeRequest?> FindAsync(NpgsqlConnection connection, Caller caller, int id, NpgsqlTransaction? transaction = null) =>
        (await connection.QuerySingleOrDefaultAsync<Row>(
            $"{Select} where r.id = @id and (@agency or r.proposed_by_key = @key){(transaction is null ? "" : " for update")}",
            new { id, agency = caller.IsAgency, key = caller.KeyId ?? -1 }, transaction))?.ToRequest();
}
