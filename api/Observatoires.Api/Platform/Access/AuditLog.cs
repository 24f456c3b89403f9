using System.Text.Json;
using Dapper;
using Npgsql;

namespace Observatoires.Api.Platform.Access;

/// <summary>
/// Appends to platform.audit_log, in the transaction of the write it records: who (the key), what (action,
/// entity, id), before and after as JSON. The table refuses updates and deletes.
/// </summary>
internal static class AuditLog
{
    public static Task AppendAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Caller caller, string action,
        string entity, string? entityId, object? before, object? after) =>
        connection.ExecuteAsync("""
            insert into platform.audit_log (key_id, actor, action, entity, entity_id, before, after)
            values (@KeyId, @Actor, @action, @entity, @entityId, @before::jsonb, @after::jsonb)
            """, new
        {
            caller.KeyId, caller.Actor, action, entity, entityId,
            before = before is null ? null : JsonSerializer.Serialize(before, JsonSerializerOptions.Web),
            after = after is null ? null : JsonSerializer.Serialize(after, JsonSerializerOptions.Web),
        }, transaction);
}
