using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Observatoires.Api.Platform.Access;

namespace Observatoires.Api.Platform.Http;

/// <summary>
/// Requests per key, or per IP address for anonymous callers, in fixed windows (ASP.NET Core's rate limiter).
/// Over the limit: 429 with Retry-After. Configured by Observatoires:RateLimit:{WindowSeconds, AnonymousPermits,
/// KeyPermits}. Only the API and OGC routes count, not the web client's files.
/// </summary>
internal static class RateLimits
{
    public static IServiceCollection AddRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("Observatoires:RateLimit");
        var window = TimeSpan.FromSeconds(section.GetValue("WindowSeconds", 60));
        var anonymous = section.GetValue("AnonymousPermits", 3000);
        var perKey = section.GetValue("KeyPermits", 6000);
        return services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                var path = context.Request.Path;
                if (!path.StartsWithSegments("/api") && !path.StartsWithSegments("/ogc"))
                    return RateLimitPartition.GetNoLimiter("web");
                var caller = ApiKeyAuthentication.CallerOf(context);
                var (partition, permits) = caller.KeyId is { } id
                    ? ($"key:{id}", perKey)
                    : ($"ip:{context.Connection.RemoteIpAddress}", anonymous);
                return RateLimitPartition.GetFixedWindowLimiter(partition, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = permits, Window = window, QueueLimit = 0, AutoReplenishment = true,
                });
            });
            options.OnRejected = async (context, ct) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : window;
                var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
                context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too Many Requests",
                    detail: $"Too many requests for this {(ApiKeyAuthentication.CallerOf(context.HttpContext).KeyId is null ? "address" : "API key")} " +
                            $"in {window.TotalSeconds:0} s; retry in {seconds} s.",
                    type: "https://www.rfc-editor.org/rfc/rfc6585#section-4").ExecuteAsync(context.HttpContext);
            };
        });
    }
}
