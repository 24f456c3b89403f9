using FastEndpoints;
using Observatoires.Api.Platform.Access.Keys;
using Observatoires.Api.Platform.Http;

namespace Observatoires.Api.Platform.Access.GetMe;

/// <param name="Name">The key's holder, as the agency named it.</param>
/// <param name="Role">partner_reader, partner_editor, agency_editor or admin.</param>
/// <param name="Scope">Territories the key is limited to; empty: all (always so for agency_editor and admin, which cannot have a scope).</param>
/// <param name="ScopeCommunes">The communes of the scope (empty when the scope is unlimited): an object lying in one of them is in scope.</param>
/// <param name="Editor">Whether the role may write (inside its scope).</param>
internal sealed record Response(int? KeyId, string Name, string Role, IReadOnlyList<string> Scope, IReadOnlyList<string> ScopeCommunes, bool Editor);

internal sealed class Endpoint(ICallerAccessor callers) : EndpointWithoutRequest<Response>
{
    public override void Configure()
    {
        Get("/api/v1/me");
        Roles(RoleNames.All);
        Options(o => o.WithMetadata(new ReadsPrimary()));
        Description(d => d.ProducesProblemDetails(401));
        Summary(s =>
        {
            s.Summary = "Who the API key presented is: holder, role and territorial scope (401 without a key)";
            s.Description = "Lets a client (the web client's sign-in) check a key and show who is signed in and what they may edit.";
        });
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        var caller = callers.Current;
        var role = ApiKeys.Roles.First(r => r.Value == caller.Role).Key;
        HttpContext.Response.Headers.CacheControl = "no-store";
        await Send.OkAsync(new Response(caller.KeyId, caller.KeyName ?? "", role, caller.Scope,
            caller.Scope.Count == 0 ? [] : [.. caller.ScopeCommunes.Order(StringComparer.Ordinal)],
            caller.Role is CallerRole.PartnerEditor or CallerRole.AgencyEditor or CallerRole.Admin), ct);
    }
}
