using Dapper;
using Npgsql;

namespace Observatoires.Api.Observatories.Trames;

/// <summary>An element of a network as it stands (retired: removed from the layers, kept for its history).</summary>
internal sealed record Element(int Id, string Network, string Kind, string Name, string Status, string Source, string Commune, int Version,
    bool Retired)
{
    /// <summary>The attributes as the history stores them.</summary>
    public object Attributes => new { network = Network, kind = Kind, name = Name, status = Status, source = Source };

    /// <summary>The element, locked for the write when a transaction is given.</summary>
    public static Task<Element?> FindAsync(NpgsqlConnection connection, int id, NpgsqlTransaction? transaction = null) =>
        connection.QuerySingleOrDefaultAsync<Element?>($"""
            select id, network, kind, name, status, source, commune_id as commune, version, retired_at is not null as retired
            from trames.element where id = @id{(transaction is null ? "" : " for update")}
            """, new { id }, transaction);
}
