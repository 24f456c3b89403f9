using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Observatoires.Api.Platform.Access.Keys;
using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Platform.Access;

/// <summary>
/// Authenticates <c>Authorization: Bearer &lt;key&gt;</c> or <c>X-Api-Key: &lt;key&gt;</c> and builds the request's
/// <see cref="Caller"/>. No key: anonymous. A key that is unknown, revoked or expired is refused on every route
/// (401), rather than silently served as anonymous; until then it counts as anonymous, so that the rate limiter
/// counts it against the caller's address.
/// </summary>
internal sealed class ApiKeyAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger,
    UrlEncoder encoder, ApiKeys keys, RefusedKeys refusedKeys, RefusedKeyLog refusedLog, TerritoryHierarchy hierarchies,
    ReadServers readServers, DataVersions versions)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    private const string CallerItem = "Observatoires.Caller";
    private const string FailureItem = "Observatoires.KeyFailure";
    private const string FailureCodeItem = "Observatoires.KeyFailureCode";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (UnacceptedScheme(Request) is { } scheme)
        {
            // Basic credentials, say, are not ours to ignore: the caller would take public data for what the credentials give.
            var refusal = $"the {Echo.Cut(scheme)} scheme is not accepted: send the API key as Authorization: Bearer <key> or X-Api-Key: <key>";
            Context.Items[FailureItem] = refusal;
            Context.Items[FailureCodeItem] = "invalid_request";
            // As a refused key: RejectRefusedKeysAsync answers 401 once the rate limiter has counted the request.
            return AuthenticateResult.NoResult();
        }
        if (PresentedKey(Request) is not { } key)
            return AuthenticateResult.NoResult();
        var failure = refusedKeys.Find(key);
        ApiKeyRecord? record = null;
        if (failure is null)
        {
            // A read that ReadRouting will route: the versions the caller's own writes made, read with its key (one query).
            var routed = readServers.Enabled && (HttpMethods.IsGet(Request.Method) || HttpMethods.IsHead(Request.Method));
            (record, var snapshot) = await keys.FindAsync(key, routed ? versions : null);
            if (snapshot is not null)
                Context.Features.Set(new VersionsReadWithKey(snapshot));
            failure = record is null ? "unknown API key"
                : record.IsRevoked ? "this API key was revoked"
                : record.IsExpired(DateOnly.FromDateTime(DateTime.UtcNow)) ? $"this API key expired on {record.ExpiresOn:yyyy-MM-dd}"
                : null;
            if (failure is not null)
                refusedKeys.Remember(key, failure);
        }
        if (failure is not null)
        {
            // Not AuthenticateResult.Fail: its log line, and the challenge's, would come at every refused request.
            // RejectRefusedKeysAsync answers 401 once the rate limiter has counted the request.
            refusedLog.Refused(key, failure, Context.Connection.RemoteIpAddress);
            Context.Items[FailureItem] = failure;
            return AuthenticateResult.NoResult();
        }

        var hierarchy = await hierarchies.GetAsync(Context.RequestAborted);
        var communes = record!.Scope.SelectMany(t => t.StartsWith("commune:", StringComparison.Ordinal) ? [t] : hierarchy.CommunesOf(t)).ToHashSet();
        var caller = new Caller(record.Id, record.Name, ApiKeys.Roles[record.Role], record.Scope, communes);
        Context.Items[CallerItem] = caller;
        var identity = new ClaimsIdentity([new(ClaimTypes.NameIdentifier, record.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new(ClaimTypes.Name, record.Name), new(ClaimTypes.Role, record.Role)], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        UnauthorizedAsync(Context, Context.Items[FailureItem] as string);

    private static async Task UnauthorizedAsync(HttpContext context, string? failure)
    {
        var error = context.Items[FailureCodeItem] as string ?? "invalid_token";
        // One scheme, Bearer; the X-Api-Key header carries the same keys, which a refusal's description says.
        context.Response.Headers.WWWAuthenticate = failure is null
            ? "Bearer realm=\"observatoires\""
            : $"Bearer realm=\"observatoires\", error=\"{error}\", error_description=\"{failure.Replace('"', '\'')}\"";
        await Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized",
            detail: failure ?? "This route needs an API key: Authorization: Bearer <key> (or X-Api-Key: <key>).",
            type: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2").ExecuteAsync(context);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden",
            detail: "Your API key's role does not allow this.",
            type: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.4").ExecuteAsync(Context);

    /// <summary>
    /// The scheme of an Authorization header that is not Bearer, unless an X-Api-Key header is there too (then the
    /// Authorization header is someone else's, a proxy's for instance, and the key is used).
    /// </summary>
    private static string? UnacceptedScheme(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString().Trim();
        if (authorization.Length == 0 || authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            || authorization.Equals("Bearer", StringComparison.OrdinalIgnoreCase) || request.Headers.ContainsKey("X-Api-Key"))
            return null;
        var space = authorization.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? authorization : authorization[..space];
    }

    public static string? PresentedKey(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString().Trim();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return authorization["Bearer ".Length..].Trim();
        if (authorization.Equals("Bearer", StringComparison.OrdinalIgnoreCase))
            return ""; // an empty key is an unknown one, not none
        var header = request.Headers["X-Api-Key"].ToString();
        return header.Length > 0 ? header.Trim() : null;
    }

    /// <summary>The caller this handler built for the request, or anonymous.</summary>
    public static Caller CallerOf(HttpContext? context) => context?.Items[CallerItem] as Caller ?? Caller.Anonymous;

    /// <summary>
    /// Refuses a request whose key was refused, whatever the route: a partner with a mistyped or revoked key must
    /// learn it, not receive public data as if anonymous. Placed after the rate limiter, which counts such requests
    /// against the caller's address (a flood of bad keys gets 429s like any other).
    /// </summary>
    public static async Task RejectRefusedKeysAsync(HttpContext context, RequestDelegate next)
    {
        if (context.Items[FailureItem] is string failure)
        {
            await UnauthorizedAsync(context, failure);
            return;
        }
        await next(context);
    }
}

internal sealed class HttpCallerAccessor(IHttpContextAccessor http) : ICallerAccessor
{
    public Caller Current => ApiKeyAuthentication.CallerOf(http.HttpContext);
}
