using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Observatoires.Api.Platform.Access;

namespace Observatoires.Api.Platform.Http;

/// <summary>
/// Requests per key, or per IP address for anonymous callers and refused keys, in fixed windows (ASP.NET Core's
/// rate limiter). Behind a reverse proxy the address is the client's when the proxy is trusted (TrustedProxies).
/// Over the limit: 429 with Retry-After, the time left in the window. Configured by Observatoires:RateLimit:{WindowSeconds,
/// AnonymousPermits, KeyPermits}. Only the API and OGC routes count, not the web client's files.
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
                return RateLimitPartition.Get(partition, _ => new FixedWindowLimiter(permits, window, TimeProvider.System));
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

/// <summary>
/// A fixed window of permits that knows when it closes, so that a refusal says how long is left: ASP.NET Core's
/// FixedWindowRateLimiter gives the window's whole length as Retry-After, however little of it remains. A window
/// opens with the first request after the previous one closed.
/// </summary>
internal sealed class FixedWindowLimiter(int permits, TimeSpan window, TimeProvider clock) : RateLimiter
{
    private readonly Lock gate = new();
    private long opened = clock.GetTimestamp();
    private int used;
    private long successes, failures;

    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (gate)
            {
                var elapsed = clock.GetElapsedTime(opened);
                // A window still counting requests must be kept: dropping it would hand the caller a fresh one.
                return used == 0 ? elapsed : elapsed >= window ? elapsed - window : null;
            }
        }
    }

    public override RateLimiterStatistics GetStatistics()
    {
        lock (gate)
        {
            var current = clock.GetElapsedTime(opened) >= window ? 0 : used;
            return new() { CurrentAvailablePermits = permits - current, TotalSuccessfulLeases = successes, TotalFailedLeases = failures };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(permitCount, permits);
        lock (gate)
        {
            var now = clock.GetTimestamp();
            var elapsed = clock.GetElapsedTime(opened, now);
            if (elapsed >= window)
                (opened, used, elapsed) = (now, 0, TimeSpan.Zero);
            // Asking for 0 permits asks whether any is left.
            if (permitCount == 0 ? used < permits : used + permitCount <= permits)
            {
                used += permitCount;
                successes++;
                return Lease.Acquired;
            }
            failures++;
            return new Lease(window - elapsed);
        }
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
        ValueTask.FromResult(AttemptAcquireCore(permitCount));

    private sealed class Lease(TimeSpan? retryAfter) : RateLimitLease
    {
        public static readonly Lease Acquired = new(null);

        public override bool IsAcquired => retryAfter is null;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = retryAfter is { } wait && metadataName == MetadataName.RetryAfter.Name ? wait : null;
            return metadata is not null;
        }
    }
}
