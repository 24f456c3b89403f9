using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace Observatoires.Api.Platform.Http;

/// <summary>
/// Serves the built web client at / and its index.html for client-side routes — embed.html, the page without the
/// portal's header and footer, for the embed pages (/embed/…, <see cref="EmbedFraming"/>) —, in the br or gzip variant
/// the build wrote beside each file (web/tools/precompress.mjs) when the browser accepts it.
/// </summary>
internal static class SinglePageApp
{
    private static readonly string[] ApiPrefixes = ["/api", "/ogc", "/health", "/openapi", "/scalar"];
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static void UseSinglePageApp(this WebApplication app, string webRoot)
    {
        if (!Directory.Exists(webRoot))
        {
            app.Logger.LogWarning("Web client not built ({WebRoot} missing): run 'npm run build' in web/", webRoot);
            return;
        }
        var files = new PhysicalFileProvider(webRoot);
        app.Use(async (context, next) =>
        {
            var path = context.Request.Path.Value ?? "/";
            // API routes never look at the disk.
            if (IsApi(context.Request.Path) || !HttpMethods.IsGet(context.Request.Method)
                || !await SendAsync(context, files, path == "/" ? "/index.html" : path))
                await next(context);
        });
        // "{*path}", not MapFallback's default "{*path:nonfile}", which leaves out any path with a dot in its last segment.
        app.MapFallback("{*path}", async context =>
        {
            var path = context.Request.Path;
            if (IsApi(path) || LooksLikeFile(path))
            {
                await Results.Problem(statusCode: 404, title: "Not Found", detail: $"No resource at {path}").ExecuteAsync(context);
                return;
            }
            if (!EmbedFraming.IsEmbedPage(context) || !await SendAsync(context, files, "/embed.html"))
                await SendAsync(context, files, "/index.html");
        });
    }

    /// <summary>
    /// A missing file (a known file type: /assets/x.js, /favicon.ico) is a 404, not the page: a client route may hold a
    /// dot of its own (/donnees/{observatory}.{source}), which is no file type.
    /// </summary>
    private static bool LooksLikeFile(PathString path) => ContentTypes.TryGetContentType(path.Value ?? "", out _);

    private static bool IsApi(PathString path) => ApiPrefixes.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase));

    /// <summary>Sends a file of the client (false when there is none), precompressed when the browser accepts it.</summary>
    private static async Task<bool> SendAsync(HttpContext context, IFileProvider files, string path)
    {
        var file = files.GetFileInfo(path);
        if (!file.Exists || file.IsDirectory || !ContentTypes.TryGetContentType(path, out var contentType))
            return false;
        var response = context.Response;
        response.ContentType = contentType;
        // Vite fingerprints assets: they never change under the same name. index.html is revalidated.
        response.Headers.CacheControl = path.StartsWith("/assets/", StringComparison.Ordinal)
            ? "public, max-age=31536000, immutable" : "no-cache";
        if (Compression.IsCompressible(contentType))
        {
            response.Headers.Vary = "Accept-Encoding";
            if (Compression.Choose(context.Request) is { } coding
                && files.GetFileInfo(path + (coding == Compression.Brotli ? ".br" : ".gz")) is { Exists: true } encoded)
            {
                response.Headers.ContentEncoding = coding;
                file = encoded;
            }
        }
        response.ContentLength = file.Length;
        await response.SendFileAsync(file);
        return true;
    }
}
