using System.Globalization;
using Dapper;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Data;

namespace Observatoires.Api.Observatories.FoncierEco;

/// <summary>
/// What every lot write adds to the platform's <see cref="Write"/>: the lot locked and checked as a versioned object
/// (its park's commune for the scope, its version for If-Match: another editor's change is never overwritten), then,
/// with the audit entry and the data version, the park's demo mark removed and the commune's indicators recomputed.
/// </summary>
internal static class LotWrites
{
    /// <summary>The current lot, locked for this write; or why the write cannot go on (404, 403, 428, 412).</summary>
    public static async Task<(Lot? Lot, IResult? Refusal)> LockAsync(Write write, int id)
    {
        var lot = await Lot.FindAsync(write.Connection, id, write.Transaction);
        var target = lot is null ? null : new WriteTarget($"Lot {id}", lot.CommuneId, new CurrentVersion(lot.ETag, lot,
            $"version {lot.Version} ({lot.Status}" + (lot.OccupantName is null ? "" : $", {lot.OccupantName}") + $", by {lot.ChangedBy})"));
        return (lot, write.Refusal(target, $"There is no current lot {id} (retired, split or never created)."));
    }

    /// <summary>Closes the lot's current version and adds the next one with the given values (same geometry unless given).</summary>
    public static Task ReviseAsync(Write write, Lot lot, string status, string? occupantName, string? occupantSiret) =>
        write.Connection.ExecuteAsync("""
            update foncier_eco.lot_version set valid_to = now() where lot_id = @Id and valid_to is null;
            insert into foncier_eco.lot_version (lot_id, version, zae_id, status, occupant_name, occupant_siret, split_from, geom, valid_from, changed_by)
            select lot_id, version + 1, zae_id, @status, @occupantName, @occupantSiret, split_from, geom, now(), @Actor
            from foncier_eco.lot_version where lot_id = @Id and version = @Version;
            """, new { lot.Id, lot.Version, status, occupantName, occupantSiret, write.Caller.Actor }, write.Transaction);

    /// <summary>Ends a lot write: what derives from the lot rewritten, then the audit entry, the data version and the commit.</summary>
    public static async Task CommitAsync(Write write, string action, int id, object? before, object? after, string commune, CancellationToken ct)
    {
        // A park an editor works on is real from now on: it and its lots no longer follow contour imports.
        await write.Connection.ExecuteAsync("""
            update foncier_eco.zae set demo_area_ha = null
            where id = (select zae_id from foncier_eco.lot_version where lot_id = @id limit 1) and demo_area_ha is not null
            """, new { id }, write.Transaction);
        await FoncierIndicators.RecomputeAsync(write.Connection, write.Transaction, [], commune);
        await write.CommitAsync(new AuditEntry(action, "foncier_eco.lot", id.ToString(CultureInfo.InvariantCulture), before, after),
            [FoncierEcoLayers.DataDomain], ct);
    }
}
