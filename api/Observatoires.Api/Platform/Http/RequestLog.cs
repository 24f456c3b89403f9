using System.Diagnostics;
using System.Text.RegularExpressions;
using Observatoires.Api.Platform.Access;

namespace Observatoires.Api.Platform.Http;

/// <summary>
/// Each request's id, log scope, access-log line and metrics. The id is the trusted proxy's X-Request-Id when it is
/// well formed (nginx's $request_id: the proxy's log and ours then share it), otherwise a new one (32 hex digits);
/// a client's own X-Request-Id is ignored, so that nobody can make their requests pass for another's. It becomes the
/// request's TraceIdentifier, is sent back in X-Request-Id, is carried by every problem details body
/// (<see cref="Problems"/>) and by every log line written while the request runs (a scope: RequestId). One line per
/// request goes to the Observatoires.Access category: method, route template, status, duration, caller's key id
/// (never the key).
/// </summary>
internal static partial class RequestLog
{
    public const string Header = "X-Request-Id";
    public const string AccessCategory = "Observatoires.Access";

    [GeneratedRegex("^[A-Za-z0-9._:-]{1,128}$")]
    private static partial Regex WellFormed();

    public static WebApplication UseRequestLog(this WebApplication app)
    {
        var fromTrustedProxy = TrustedProxies.Trusts(app.Configuration);
        var access = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(AccessCategory);
        var metrics = app.Services.GetRequiredService<ApiMetrics>();
        app.Use(async (context, next) =>
        {
            var started = Stopwatch.GetTimestamp();
            // Before the forwarded headers: the connection's own address says whether a proxy is talking.
            var incoming = context.Request.Headers[Header].ToString();
            var id = incoming.Length > 0 && fromTrustedProxy(context.Connection.RemoteIpAddress) && WellFormed().IsMatch(incoming)
                ? incoming
                : Guid.NewGuid().ToString("N");
            context.TraceIdentifier = id;
            // Set as the response starts: the exception handler clears the headers before writing its problem.
            context.Response.OnStarting(() =>
            {
                context.Response.Headers[Header] = id;
                return Task.CompletedTask;
            });
            // Routing ran before this middleware; the exception handler clears the endpoint, so it is read now.
            var route = RouteOf(context);
            using var scope = access.BeginScope(new Dictionary<string, object> { ["RequestId"] = id });
            try
            {
                await next(context);
            }
            finally
            {
                var elapsed = Stopwatch.GetElapsedTime(started);
                var status = context.Response.StatusCode;
                metrics.Request(route, context.Request.Method, status, elapsed);
                access.LogInformation("{Method} {Route} {Status} {DurationMs} ms key {KeyId}", context.Request.Method, route, status,
                    Math.Round(elapsed.TotalMilliseconds, 1), ApiKeyAuthentication.CallerOf(context).KeyId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-");
            }
        });
        return app;
    }

    /// <summary>The route template (/api/v1/territories/{id}), a bounded label: never the raw path, which anyone can vary.</summary>
    private static string RouteOf(HttpContext context)
    {
        if (context.GetEndpoint() is RouteEndpoint { RoutePattern.RawText: { } template })
            return "/" + template.TrimStart('/');
        var path = context.Request.Path;
        if (path.Equals(ApiMetrics.Path, StringComparison.OrdinalIgnoreCase))
            return ApiMetrics.Path;
        // Unknown API paths and the web client's files (the SPA serves them without a route).
        return path.StartsWithSegments("/api") || path.StartsWithSegments("/ogc") ? "(unmatched)" : "(web)";
    }
}
