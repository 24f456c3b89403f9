using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Observatoires.Api.Platform.Http;

/// <summary>
/// br or gzip for JSON, GeoJSON, CSV, tiles and the web client. Computed responses are compressed as they stream
/// (ASP.NET Core's response compression); cached ones keep their compressed bytes (DataVersionCache), and the web
/// client's assets are compressed once at build (web/tools/precompress.mjs), so a hit costs no CPU.
/// Compression over HTTPS is safe here (BREACH needs a secret that a cross-site request carries automatically,
/// such as a cookie; API keys travel in headers, which are not compressed, and a browser does not add them).
/// </summary>
internal static class Compression
{
    public const string Brotli = "br", Gzip = "gzip";

    private static readonly string[] MimeTypes =
    [
        "application/json", "application/problem+json", "application/geo+json", "application/schema+json",
        "application/vnd.oai.openapi+json", "application/vnd.mapbox-vector-tile", "text/csv", "text/plain",
        "text/html", "text/css", "text/javascript", "application/javascript", "image/svg+xml",
    ];

    public static IServiceCollection AddCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = MimeTypes;
        });
        // Fastest: a streamed answer is compressed once, as it is written; a cached one is compressed harder.
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.AddSingleton<IResponseCompressionProvider, ChosenCodingProvider>();
        return services;
    }

    public static bool IsCompressible(string? contentType) =>
        contentType is not null && MediaTypeHeaderValue.TryParse(contentType, out var media)
        && MimeTypes.Contains(media.MediaType.Value, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// br, gzip or null (identity), as the client's Accept-Encoding allows, br first. A coding named with q=0 is refused
    /// even where <c>*</c> accepts the others (RFC 9110 §12.5.3: <c>*</c> stands for the codings not named).
    /// </summary>
    public static string? Choose(HttpRequest request)
    {
        var accepted = request.GetTypedHeaders().AcceptEncoding;
        bool Accepts(string coding) =>
            (accepted.FirstOrDefault(a => a.Value.Equals(coding, StringComparison.OrdinalIgnoreCase))
             ?? accepted.FirstOrDefault(a => a.Value == "*")) is { Quality: not 0 };
        return Accepts(Brotli) ? Brotli : Accepts(Gzip) ? Gzip : null;
    }

    /// <summary>
    /// ASP.NET Core's choice of coding for streamed answers, made as <see cref="Choose"/> makes it: on its own, the
    /// middleware takes <c>br;q=0, *</c> for br, since <c>*</c> accepts it.
    /// </summary>
    private sealed class ChosenCodingProvider(IServiceProvider services, IOptions<ResponseCompressionOptions> options)
        : ResponseCompressionProvider(services, options)
    {
        public override ICompressionProvider? GetCompressionProvider(HttpContext context)
        {
            if (Choose(context.Request) is not { } coding)
                return null;
            // The base class picks among its providers by the header: shown the chosen coding alone, it picks that one.
            var header = context.Request.Headers.AcceptEncoding;
            context.Request.Headers.AcceptEncoding = coding;
            try
            {
                return base.GetCompressionProvider(context);
            }
            finally
            {
                context.Request.Headers.AcceptEncoding = header;
            }
        }
    }

    public static byte[] Encode(byte[] body, string coding)
    {
        using var output = new PooledBytes();
        using (Stream encoder = coding == Brotli
                   ? new BrotliStream(output, CompressionLevel.Optimal, leaveOpen: true)
                   : new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            encoder.Write(body);
        }
        return output.ToArray();
    }
}
