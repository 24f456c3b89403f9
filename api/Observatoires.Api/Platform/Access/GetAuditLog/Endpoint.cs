using System.Text.Json;
using Dapper;
using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Http;

namespace Observatoires.Api.Platform.Access.GetAuditLog;

internal sealed class Request
{
    /// <summary>Only the entries of this key.</summary>
    [QueryParam] public int? KeyId { get; set; }

    /// <summary>Only this action (import_values, import_territories...).</summary>
    [QueryParam] public string? Action { get; set; }

    /// <summary>Entries per page, newest first (1–1000, default 100).</summary>
    [QueryParam] public int Limit { get; set; } = 100;

    /// <summary>Entries older than this id (the next page: the last id seen).</summary>
    [QueryParam] public long? Before { get; set; }

    internal sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Limit).InclusiveBetween(1, 1000).WithMessage("limit must be from 1 to 1000");
            RuleFor(r => r.Action).MaximumLength(100).Matches("^[a-z_]+$").When(r => r.Action is not null)
                .WithMessage("action is a lowercase word like import_values");
        }
    }
}

/// <param name="KeyId">The key that made the change; null for the command line.</param>
/// <param name="Actor">Who, in words: the key and its holder, or the command line and the system user.</param>
internal sealed record AuditItem(long Id, DateTimeOffset At, int? KeyId, string Actor, string Action, string Entity, string? EntityId,
    JsonElement? Before, JsonElement? After);

internal sealed record Response(IReadOnlyList<AuditItem> Items);

internal sealed class Endpoint(NpgsqlDataSource dataSource) : Endpoint<Request, Response>
{
    public override void Configure()
    {
        Get("/api/v1/admin/audit");
        Roles(RoleNames.Admin);
        Options(o => o.WithMetadata(new ReadsPrimary()));
        Description(d => d.ProducesProblemDetails(400).ProducesProblemDetails(401).ProducesProblemDetails(403));
        Summary(s =>
        {
            s.Summary = "The audit log (admin): every write and import, who, when, before and after; newest first";
            s.Description = "Read-only: the log cannot be changed or deleted, through the API or in the database.";
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<Row>("""
            select id, at, key_id, actor, action, entity, entity_id, before::text, after::text
            from platform.audit_log
            where (@KeyId::int is null or key_id = @KeyId) and (@Action::text is null or action = @Action)
              and (@Before::bigint is null or id < @Before)
            order by id desc
            limit @Limit
            """, new { r.KeyId, r.Action, r.Before, r.Limit });
        await Send.OkAsync(new Response([.. rows.Select(x => new AuditItem(x.id, new DateTimeOffset(x.at, TimeSpan.Zero), x.key_id, x.actor,
            x.action, x.entity, x.entity_id, Parse(x.before), Parse(x.after)))]), ct);
    }

    private static JsonElement? Parse(string? json) => json is null ? null : JsonDocument.Parse(json).RootElement.Clone();

    private sealed record Row(long id, DateTime at, int? key_id, string actor, string action, string entity, string? entity_id,
        string? before, string? after);
}
