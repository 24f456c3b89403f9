using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Caching.Memory;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Indicators.Values;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Platform.Http;

/// <summary>
/// For computed GET responses (indicator values, maps, series...): the ETag from the data versions they read,
/// 304 when the client's copy is current, and the response bytes kept in memory under that ETag, so that the
/// same request on the same data is served without recomputing it. The key holds the data version: a write
/// makes every older entry unreachable at once, and instances behind a load balancer never disagree.
/// </summary>
internal sealed class DataVersionCache(RequestDelegate next, ICallerAccessor callers)
{
    private const long MaxEntryBytes = 16 * 1024 * 1024;
    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = 256L * 1024 * 1024 });

    private sealed record Entry(byte[] Body, string? ContentType, string? ContentDisposition);

    /// <summary>The requests this applies to and the data domains they read.</summary>
    public static string[]? DomainsOf(HttpRequest request)
    {
        if (!HttpMethods.IsGet(request.Method))
            return null;
        var path = request.Path.Value ?? "";
        var indicatorData = path.StartsWith("/api/v1/indicators", StringComparison.Ordinal)
                            || path.StartsWith("/api/v1/observatories", StringComparison.Ordinal)
                            || (path.StartsWith("/api/v1/territories/", StringComparison.Ordinal) && path.EndsWith("/profile", StringComparison.Ordinal));
        return indicatorData ? [ValueWriter.DataDomain, TerritoryGeometry.DataDomain] : null;
    }

    public async Task InvokeAsync(HttpContext context)
    {
        if (DomainsOf(context.Request) is not { } domains)
        {
            await next(context);
            return;
        }
        var caller = callers.Current;
        var etag = await DataVersionETag.SetAsync(context, caller, domains);
        if (DataVersionETag.Matches(context.Request, etag))
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        if (cache.TryGetValue(etag, out Entry? hit) && hit is not null)
        {
            await WriteAsync(context.Response, hit);
            return;
        }

        // Run the endpoint into a buffer, then keep a successful answer.
        var original = context.Features.Get<IHttpResponseBodyFeature>()!;
        using var buffer = new MemoryStream();
        context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(buffer));
        try
        {
            await next(context);
        }
        finally
        {
            context.Features.Set(original);
        }
        var entry = new Entry(buffer.ToArray(), context.Response.ContentType, context.Response.Headers.ContentDisposition);
        if (context.Response.StatusCode == StatusCodes.Status200OK && entry.Body.Length <= MaxEntryBytes)
            cache.Set(etag, entry, new MemoryCacheEntryOptions { Size = entry.Body.Length + 512, SlidingExpiration = TimeSpan.FromMinutes(30) });
        else
            context.Response.Headers.Remove("ETag");
        await context.Response.Body.WriteAsync(entry.Body, context.RequestAborted);
    }

    private static async Task WriteAsync(HttpResponse response, Entry entry)
    {
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = entry.ContentType;
        if (!string.IsNullOrEmpty(entry.ContentDisposition))
            response.Headers.ContentDisposition = entry.ContentDisposition;
        response.ContentLength = entry.Body.Length;
        await response.Body.WriteAsync(entry.Body);
    }
}
