using System.Text.Json;
using Dapper;
using Npgsql;

namespace Observatoires.Api.Platform.Access;

/// <summary>What a write did: the action, the entity and its id, and the values before and after (stored as JSON).</summary>
internal sealed record AuditEntry(string Action, string Entity, string? EntityId, object? Before, object? After);

/// <summary>
/// Appends to platform.audit_log, in the transaction of the write it records: who (the key), what (action,
/// entity, id), before and after as JSON. The table refuses updates and deletes.
/// </summary>
internal static class AuditLog
{
    public static Task AppendAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Caller caller, AuditEntry entry) =>
        connection.ExecuteAsync("""
            insert into platform.audit_log (key_id, actor, action, entity, entity_id, before, after)
            values (@KeyId, @Actor, @Action, @Entity, @EntityId, @before::jsonb, @after::jsonb)
            """, new
        {
            caller.KeyId,
            caller.Actor,
            entry.Action,
            entry.Entity,
            entry.EntityId,
            before = entry.Before is null ? null : JsonSerializer.Serialize(entry.Before, JsonSerializerOptions.Web),
            after = entry.After is null ? null : JsonSerializer.Serialize(entry.After, JsonSerializerOptions.Web),
        }, transaction);
}
