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
    /// <summary>Computes and sets the ETag of the response: the data versions it reads, the URL, the format, the caller.</summary>
    public static async Task<string> SetAsync(HttpContext context, Caller? caller, params string[] domains)
    {
        var version = await context.RequestServices.GetRequiredService<DataVersions>().GetAsync(domains, context.RequestAborted);
        var request = context.Request;
        // Callers see different data (roles, scopes): they never share a validator.
        var representation = $"{request.Path}{request.QueryString}|{request.Headers.Accept}" +
                             (caller is null ? "" : $"|{caller.Role}|{string.Join(',', caller.Scope)}");
        var etag = $"W/\"{string.Join('+', domains)}-{version}-{(uint)StableHash(representation):x8}\"";
        context.Response.Headers.ETag = etag;
        context.Response.Headers.CacheControl = "no-cache";
        return etag;
    }

    public static bool Matches(HttpRequest request, string etag) =>
        request.Headers.IfNoneMatch.Any(value => value is not null &&
            EntityTagHeaderValue.ParseList([value]).Any(t => t.Tag == "*" || t.Compare(new EntityTagHeaderValue(etag[2..], true), false)));

    /// <summary>Sets the ETag of caller-independent data; returns a 304 result when the client's copy is current.</summary>
    public static async Task<IResult?> NotModifiedAsync(HttpContext context, params string[] domains)
    {
        var etag = await SetAsync(context, null, domains);
        return Matches(context.Request, etag) ? TypedResults.StatusCode(StatusCodes.Status304NotModified) : null;
    }

    // string.GetHashCode is randomised per process; instances behind a load balancer must agree.
    private static int StableHash(string text)
    {
        unchecked
        {
            var hash = (int)2166136261;
            foreach (var c in text)
                hash = (hash ^ c) * 16777619;
            return hash;
        }
    }
}
