namespace Observatoires.Api.Platform.Http;

/// <summary>
/// Headers every response carries: no MIME sniffing, no framing, a short referrer, and a Content-Security-Policy
/// that lets the web client load only from this server (MapLibre needs blob: workers and data:/blob: images).
/// Scalar's page configures itself with an inline script: only /scalar allows one. The embed pages (/embed/…,
/// <see cref="EmbedFraming"/>) are the one exception to "no framing": their frame-ancestors lists this site and the
/// origins the agency allows, and they send no X-Frame-Options: it can only say DENY or SAMEORIGIN, and a browser
/// that reads it rather than frame-ancestors would refuse every partner.
/// </summary>
internal static class SecurityHeaders
{
    private const string Sources = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
                                   "img-src 'self' data: blob:; font-src 'self' data:; worker-src 'self' blob:; " +
                                   "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; ";

    private const string Policy = Sources + "frame-ancestors 'none'";

    private const string ScalarPolicy = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; " +
                                        "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; " +
                                        "base-uri 'self'; frame-ancestors 'none'";

    /// <summary>The headers' middleware; reads (and checks) the embed origins now, so that a bad value stops start-up.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this WebApplication app)
    {
        var embedPolicy = Sources + EmbedFraming.FromConfiguration(app.Configuration).FrameAncestors;
        return app.Use(async (context, next) =>
        {
            // Set as the response starts: the exception handler clears the headers before writing its 500.
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                if (EmbedFraming.IsEmbedPage(context))
                {
                    headers.ContentSecurityPolicy = embedPolicy;
                }
                else
                {
                    headers.XFrameOptions = "DENY";
                    headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/scalar") ? ScalarPolicy : Policy;
                }
                return Task.CompletedTask;
            });
            await next(context);
        });
    }
}
