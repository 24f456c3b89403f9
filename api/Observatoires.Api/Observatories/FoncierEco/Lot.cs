using Dapper;
using Npgsql;

namespace Observatoires.Api.Observatories.FoncierEco;

/// <summary>A version of a lot (the current one unless read as of a date), with its park's commune and EPCI.</summary>
internal sealed record Lot(int Id, int Version, int ZaeId, string ZaeName, string CommuneId, string? EpciId, string Status,
    string? OccupantName, string? OccupantSiret, int? SplitFrom, double AreaHa, DateTime UpdatedAt, string? ChangedBy)
{
    public static readonly IReadOnlyList<string> Statuses =
        ["occupe", "disponible_amenage", "reserve_non_amenagee", "friche", "en_commercialisation"];

    /// <summary>The lot's version as an ETag: what If-Match must send back to change it.</summary>
    public string ETag => $"\"lot-{Id}-v{Version}\"";

    private const string Select = """
        select l.lot_id as id, l.version, l.zae_id as zaeid, z.name as zaename, z.commune_id as communeid,
               (select m.parent_id from platform.territory_membership m where m.member_id = z.commune_id and m.parent_id like 'epci:%' limit 1) as epciid,
               l.status, l.occupant_name as occupantname, l.occupant_siret as occupantsiret, l.split_from as splitfrom,
               st_area(l.geom::geography) / 10000 as areaha, l.valid_from as updatedat, l.changed_by as changedby
        from foncier_eco.lot_version l join foncier_eco.zae z on z.id = l.zae_id
        """;

    private const string Current = "l.valid_to is null";
    private const string AsOf = "l.valid_from <= @AsOf and (l.valid_to is null or l.valid_to > @AsOf)";

    /// <summary>The lots of a park (or all), as they are or as they stood at a date.</summary>
    public static async Task<IReadOnlyList<Lot>> ListAsync(NpgsqlConnection connection, int? zaeId, DateTimeOffset? asOf) =>
        [.. await connection.QueryAsync<Lot>(
            $"{Select} where {(asOf is null ? Current : AsOf)} and (@zaeId::int is null or l.zae_id = @zaeId) order by l.zae_id, l.lot_id",
            new { zaeId, AsOf = asOf?.UtcDateTime })];

    /// <summary>The current version of a lot, locked for a write when a transaction is given.</summary>
    public static async Task<Lot?> FindAsync(NpgsqlConnection connection, int id, NpgsqlTransaction? transaction = null)
    {
        if (transaction is null)
            return await connection.QuerySingleOrDefaultAsync<Lot>($"{Select} where {Current} and l.lot_id = @id", new { id });
        // Writers of a lot queue on the lot itself, then read its current version afresh. Row locks alone are not
        // enough: a writer waiting on the version another one closed found, once it was closed, no current version
        // at all (a 404 where the 412 with the new version was due).
        await connection.ExecuteAsync("select pg_advisory_xact_lock(hashtext('foncier_eco.lot'), @id)", new { id }, transaction);
        return await connection.QuerySingleOrDefaultAsync<Lot>($"{Select} where {Current} and l.lot_id = @id for update of l", new { id }, transaction);
    }
}
