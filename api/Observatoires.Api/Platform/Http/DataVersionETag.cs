using System.Security.Cryptography;
using System.Text;
using Microsoft.Net.Http.Headers;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Data;

namespace Observatoires.Api.Platform.Http;

/// <summary>
/// Conditional GET keyed by the version of the data a response is built from (bumped by every write), so that
/// any instance gives the same ETag for the same data and revalidating costs no query (see DataVersions).
/// </summary>
internal static class DataVersionETag
{
    /// <summary>
    /// Everything a GET's body depends on: the data versions, method, path, exact query, negotiated format, and
    /// the caller's role and scope (callers see different data). Compared in full as a cache key; the ETag
    /// carries a SHA-256 digest of it, so that no two representations share a validator (a 32-bit hash did:
    /// a crafted query string collided with another caller's answer in about a second).
    /// </summary>
    /// <param name="BuiltFrom">The version of each data domain read: what outdates it (ResponseCache drops it then).</param>
    public sealed record Representation(string Key, string ETag, IReadOnlyList<KeyValuePair<string, long>> BuiltFrom);

    /// <summary>
    /// Computes the representation of the request and sets its ETag on the response, with its Cache-Control: for a
    /// caller-dependent representation (a caller given), <c>Vary: Authorization, X-Api-Key</c> always, and
    /// <c>private</c> when the request carries a key.
    /// </summary>
    public static async Task<Representation> SetAsync(HttpContext context, Caller? caller, params string[] domains)
    {
        // A routed read uses the versions its server was chosen for (ReadRouting), never newer ones.
        var snapshot = ReadTarget.Of(context)?.Versions
                       ?? await context.RequestServices.GetRequiredService<DataVersions>().CurrentAsync(context.RequestAborted);
        var version = snapshot.Format(domains);
        var request = context.Request;
        var data = $"{string.Join('+', domains)}-{version}";
        var key = string.Join('\n', data, request.Method, request.Path.Value, request.QueryString.Value,
            request.Headers.Accept.ToString(), caller is null ? "" : $"{caller.Role} {string.Join(',', caller.Scope)}");
        var digest = Base64Url(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 16));
        var etag = $"W/\"{data}-{digest}\"";
        context.Response.Headers.ETag = etag;
        if (caller is null)
            context.Response.Headers.CacheControl = "no-cache";
        else
            NoCacheByKey(context);
        return new(key, etag, [.. domains.Distinct().Select(d => KeyValuePair.Create(d, snapshot.Versions.GetValueOrDefault(d)))]);
    }

    /// <summary>
    /// Cache-Control and Vary of an answer that depends on the caller's key: a shared cache keyed on the URL must
    /// neither keep a keyed answer (<c>private</c>) nor give one caller's answer to a request with another key, or
    /// with none (<c>Vary</c> on the headers a key comes in, see ApiKeyAuthentication); revalidated every time.
    /// </summary>
    public static void NoCacheByKey(HttpContext context)
    {
        var request = context.Request;
        var keyed = !string.IsNullOrWhiteSpace(request.Headers.Authorization) || request.Headers.ContainsKey("X-Api-Key");
        context.Response.Headers.CacheControl = keyed ? "private, no-cache" : "no-cache";
        context.Response.Headers.Append(HeaderNames.Vary, "Authorization, X-Api-Key");
    }

    public static bool Matches(HttpRequest request, string etag) =>
        request.Headers.IfNoneMatch.Any(value => value is not null &&
            EntityTagHeaderValue.ParseList([value]).Any(t => t.Tag == "*" || t.Compare(new EntityTagHeaderValue(etag[2..], true), false)));

    /// <summary>Sets the ETag of caller-independent data; returns a 304 result when the client's copy is current.</summary>
    public static async Task<IResult?> NotModifiedAsync(HttpContext context, params string[] domains)
    {
        var representation = await SetAsync(context, null, domains);
        return Matches(context.Request, representation.ETag) ? TypedResults.StatusCode(StatusCodes.Status304NotModified) : null;
    }

    private static string Base64Url(ReadOnlySpan<byte> bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
