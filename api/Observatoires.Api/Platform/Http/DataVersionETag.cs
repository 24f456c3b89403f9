using Dapper;
using Microsoft.Net.Http.Headers;
using Npgsql;

namespace Observatoires.Api.Platform.Http;

/// <summary>
/// Conditional GET keyed by the version of the data a response is built from (bumped by every write), so that
/// any instance gives the same ETag for the same data and a client revalidates with one tiny query.
/// </summary>
internal static class DataVersionETag
{
    /// <summary>Sets the ETag; returns a 304 result to send when the client's copy is current, else null.</summary>
    public static async Task<IResult?> NotModifiedAsync(HttpContext context, NpgsqlConnection connection, params string[] domains)
    {
        var version = await connection.ExecuteScalarAsync<string?>(
            "select string_agg(version::text, '.' order by domain) from platform.data_version where domain = any(@domains)",
            new { domains }) ?? "0";
        var domain = string.Join('+', domains);
        var request = context.Request;
        var representation = $"{request.Path}{request.QueryString}|{request.Headers.Accept}";
        var etag = $"W/\"{domain}-{version}-{(uint)StableHash(representation):x8}\"";
        context.Response.Headers.ETag = etag;
        context.Response.Headers.CacheControl = "no-cache";
        if (request.Headers.IfNoneMatch.Any(value => value is not null &&
                EntityTagHeaderValue.ParseList([value]).Any(t => t.Compare(new EntityTagHeaderValue(etag[2..], true), false) || t.Tag == "*")))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }
        return null;
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
