namespace Observatoires.Api.Platform.Http;

/// <summary>
/// Headers every response carries: no MIME sniffing, no framing, a short referrer, and a Content-Security-Policy
/// that lets the web client load only from this server (MapLibre needs blob: workers and data:/blob: images).
/// Scalar's page configures itself with an inline script: only /scalar allows one.
/// </summary>
internal static class SecurityHeaders
{
    private const string Policy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
                                  "img-src 'self' data: blob:; font-src 'self' data:; worker-src 'self' blob:; " +
                                  "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private const string ScalarPolicy = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; " +
                                        "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; " +
                                        "base-uri 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/scalar") ? ScalarPolicy : Policy;
        await next(context);
    });
}
