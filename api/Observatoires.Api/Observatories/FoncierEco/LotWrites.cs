using System.Globalization;
using Dapper;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Http;

namespace Observatoires.Api.Observatories.FoncierEco;

/// <summary>
/// The steps every lot write shares, so that none is forgotten: the lot locked, the editor's scope checked (the
/// park's commune), the version checked against If-Match (another editor's change is never overwritten), then
/// the audit entry, the park's demo mark removed, the commune's indicators and the data version, in the same
/// transaction. If-Match must name the version read: <c>*</c> is refused like a missing header (428), since it
/// would skip the check.
/// </summary>
internal static class LotWrites
{
    /// <summary>Why a write cannot go on, as an HTTP answer; null when it can.</summary>
    public static IResult? Refusal(HttpContext context, Caller caller, Lot? lot, int id)
    {
        if (lot is null)
            return Problems.NotFound($"There is no current lot {id} (retired, split or never created).");
        if (!caller.CanWrite(lot.CommuneId, []))
            return Problems.OutsideScope($"Lot {id}", lot.CommuneId);
        switch (IfMatch.Evaluate(context.Request, lot.ETag))
        {
            case IfMatchResult.Missing:
                return Problems.PreconditionRequired(
                    $"Send If-Match: {lot.ETag} (the version you read) so that another editor's change is never overwritten.");
            case IfMatchResult.Wildcard:
                return Problems.PreconditionRequired(
                    $"If-Match: * is not accepted on a lot: it would overwrite whatever another editor saved. Send If-Match: {lot.ETag} " +
                    "(the version you read).");
            case IfMatchResult.Stale:
                context.Response.Headers.ETag = lot.ETag;
                return Problems.PreconditionFailed(
                    $"Lot {id} changed since you read it: it is now version {lot.Version} ({lot.Status}" +
                    (lot.OccupantName is null ? "" : $", {lot.OccupantName}") + $", by {lot.ChangedBy}). Read it again and redo your change.",
                    new Dictionary<string, object?> { ["current"] = lot });
        }
        return null;
    }

    /// <summary>Closes the lot's current version and adds the next one with the given values (same geometry unless given).</summary>
    public static Task ReviseAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Lot lot, string status, string? occupantName,
        string? occupantSiret, Caller caller) =>
        connection.ExecuteAsync("""
            update foncier_eco.lot_version set valid_to = now() where lot_id = @Id and valid_to is null;
            insert into foncier_eco.lot_version (lot_id, version, zae_id, status, occupant_name, occupant_siret, split_from, geom, valid_from, changed_by)
            select lot_id, version + 1, zae_id, @status, @occupantName, @occupantSiret, split_from, geom, now(), @Actor
            from foncier_eco.lot_version where lot_id = @Id and version = @Version;
            """, new { lot.Id, lot.Version, status, occupantName, occupantSiret, caller.Actor }, transaction);

    public static async Task FinishAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Caller caller, string action,
        int id, object? before, object? after, string commune)
    {
        await AuditLog.AppendAsync(connection, transaction, caller, action, "foncier_eco.lot", id.ToString(CultureInfo.InvariantCulture), before, after);
        // A park an editor works on is real from now on: it and its lots no longer follow contour imports.
        await connection.ExecuteAsync("""
            update foncier_eco.zae set demo_area_ha = null
            where id = (select zae_id from foncier_eco.lot_version where lot_id = @id limit 1) and demo_area_ha is not null
            """, new { id }, transaction);
        await FoncierIndicators.RecomputeAsync(connection, transaction, [], commune);
        await DataVersions.BumpAsync(connection, transaction, FoncierEcoLayers.DataDomain);
    }
}
