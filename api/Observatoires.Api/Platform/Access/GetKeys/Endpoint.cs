using FastEndpoints;
using Observatoires.Api.Platform.Access.Keys;
using Observatoires.Api.Platform.Http;

namespace Observatoires.Api.Platform.Access.GetKeys;

/// <param name="Prefix">The first characters of the key (obs_XXXXXXXX), to recognise it; the key itself is never kept.</param>
/// <param name="Scope">Territories the key is limited to; empty: all (only partner keys have one).</param>
internal sealed record KeyItem(int Id, string Prefix, string Name, string Role, IReadOnlyList<string> Scope, DateOnly? ExpiresOn,
    string Status, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt);

internal sealed record Response(IReadOnlyList<KeyItem> Items);

internal sealed class Endpoint(ApiKeys keys) : EndpointWithoutRequest<Response>
{
    public override void Configure()
    {
        Get("/api/v1/admin/keys");
        Roles(RoleNames.Admin);
        Options(o => o.WithMetadata(new ReadsPrimary()));
        Description(d => d.ProducesProblemDetails(401).ProducesProblemDetails(403));
        Summary(s =>
        {
            s.Summary = "The API keys (admin): holder, role, scope, expiry, status; never the keys themselves";
            s.Description = "Keys are created and revoked with ./observatoires keys create|revoke.";
        });
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await Send.OkAsync(new Response([.. (await keys.ListAsync()).Select(k => new KeyItem(k.Id, $"obs_{k.Prefix}", k.Name, k.Role,
            k.Scope, k.ExpiresOn, k.IsRevoked ? "revoked" : k.IsExpired(today) ? "expired" : "active", k.CreatedAt, k.LastUsedAt))]), ct);
    }
}
