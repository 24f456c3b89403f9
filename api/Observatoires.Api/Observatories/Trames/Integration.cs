using Dapper;
using Npgsql;

namespace Observatoires.Api.Observatories.Trames;

/// <summary>
/// An accepted request brought into the layer, in the review's transaction: the element added, changed or retired, and
/// the change written to its history (attributes and geometry before and after, who accepted it, which request).
/// </summary>
internal static class Integration
{
    /// <summary>The element's id once the request is applied, or why it cannot be (the element changed or went since the proposal).</summary>
    public static async Task<(int ElementId, string? Conflict)> ApplyAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        ChangeRequest request, string reviewer)
    {
        if (request.Action == "add")
        {
            var id = await connection.ExecuteScalarAsync<int>("""
                insert into trames.element (network, kind, name, status, source, commune_id, geom, updated_by)
                select r.network, r.kind, r.name, r.status, r.source, r.commune_id, r.geom, @reviewer
                from trames.change_request r where r.id = @Id
                returning id
                """, new { request.Id, reviewer }, transaction);
            await RecordAsync(connection, transaction, id, "create", request.Id, reviewer);
            return (id, null);
        }

        var element = await Element.FindAsync(connection, request.ElementId!.Value, transaction);
        if (element is null || element.Retired)
            return (request.ElementId.Value, $"element {request.ElementId} was removed since the request was made: reject it");
        if (element.Version != request.BaseVersion)
            return (element.Id, $"element {element.Id} changed since the request was made (version {request.BaseVersion}, now {element.Version}): " +
                                "reject it and ask for a request on the current version");
        await connection.ExecuteAsync("""
            insert into trames.element_history (element_id, version, change, before, geom_before, request_id, changed_by)
            select e.id, e.version + 1, @Action, jsonb_build_object('network', e.network, 'kind', e.kind, 'name', e.name, 'status', e.status,
                   'source', e.source), e.geom, @Id, @reviewer
            from trames.element e where e.id = @ElementId
            """, new { Action = request.Action == "remove" ? "remove" : "modify", request.Id, request.ElementId, reviewer }, transaction);
        // The change is final once accepted: the element is no longer a demo one that follows contour imports.
        await connection.ExecuteAsync("""
            update trames.element e
            set name = coalesce(r.name, e.name), status = coalesce(r.status, e.status), source = coalesce(r.source, e.source),
                geom = coalesce(r.geom, e.geom), commune_id = r.commune_id,
                version = e.version + 1, updated_at = now(), updated_by = @reviewer,
                retired_at = case when r.action = 'remove' then now() end,
                demo_shape = case when r.geom is null then e.demo_shape end
            from trames.change_request r
            where r.id = @Id and e.id = @ElementId
            """, new { request.Id, request.ElementId, reviewer }, transaction);
        await connection.ExecuteAsync("""
            update trames.element_history h
            set after = case when e.retired_at is null then jsonb_build_object('network', e.network, 'kind', e.kind, 'name', e.name,
                        'status', e.status, 'source', e.source) end,
                geom_after = case when e.retired_at is null then e.geom end
            from trames.element e
            where h.element_id = e.id and h.request_id = @Id and e.id = @ElementId
            """, new { request.Id, request.ElementId }, transaction);
        return (element.Id, null);
    }

    /// <summary>The creation of an element in its history, as it now stands.</summary>
    public static Task RecordAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, int elementId, string change, int? requestId, string by) =>
        connection.ExecuteAsync("""
            insert into trames.element_history (element_id, version, change, after, geom_after, request_id, changed_by)
            select e.id, e.version, @change, jsonb_build_object('network', e.network, 'kind', e.kind, 'name', e.name, 'status', e.status,
                   'source', e.source), e.geom, @requestId, @by
            from trames.element e where e.id = @elementId
            """, new { elementId, change, requestId, by }, transaction);
}
