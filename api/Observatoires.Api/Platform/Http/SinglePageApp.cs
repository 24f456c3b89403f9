using Microsoft.Extensions.FileProviders;

namespace Observatoires.Api.Platform.Http;

/// <summary>Serves the built web client at / and its index.html for client-side routes.</summary>
internal static class SinglePageApp
{
    private static readonly string[] ApiPrefixes = ["/api", "/ogc", "/health", "/openapi", "/scalar"];

    public static void UseSinglePageApp(this WebApplication app, string webRoot)
    {
        if (!Directory.Exists(webRoot))
        {
            app.Logger.LogWarning("Web client not built ({WebRoot} missing): run 'npm run build' in web/", webRoot);
            return;
        }
        var files = new PhysicalFileProvider(webRoot);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            // Vite fingerprints assets: they never change under the same name.
            OnPrepareResponse = c =>
            {
                if (c.Context.Request.Path.StartsWithSegments("/assets", StringComparison.Ordinal))
                    c.Context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            },
        });
        app.MapFallback(async context =>
        {
            var path = context.Request.Path;
            if (ApiPrefixes.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)) || Path.HasExtension(path.Value))
            {
                await Results.Problem(statusCode: 404, title: "Not Found", detail: $"No resource at {path}").ExecuteAsync(context);
                return;
            }
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.SendFileAsync(files.GetFileInfo("index.html"));
        });
    }
}
