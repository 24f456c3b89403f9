using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Observatoires.Api.Platform.Http;

/// <summary>
/// The address clients reach the API at, for absolute links (pages, OGC links, self links). Never taken from the
/// request's Host header: a forged Host would otherwise end up in links that are cached and served to everyone
/// (GDAL and QGIS follow them with their API key). Configured by Observatoires:PublicBaseUrl (behind a proxy,
/// e.g. https://data.example.fr/observatoires); by default the address the server listens on.
/// </summary>
internal sealed class PublicUrl(IConfiguration configuration, IServer server)
{
    public const string Setting = "Observatoires:PublicBaseUrl";

    private string? baseUrl;

    /// <summary>scheme://host[:port][/path base], without a trailing slash.</summary>
    public string Base => baseUrl ??= Configured(configuration) ?? Listening(server);

    public string For(PathString path, QueryString query = default) => Base + path.ToUriComponent() + query.ToUriComponent();

    /// <summary>The configured base URL; a malformed one stops start-up rather than producing broken links.</summary>
    public static string? Configured(IConfiguration configuration)
    {
        if (configuration[Setting] is not { Length: > 0 } text)
            return null;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Query.Length > 0)
            throw new InvalidOperationException($"{Setting} must be an absolute http(s) URL without a query, not '{text}'");
        return uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
    }

    private static string Listening(IServer server)
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        if (address is null || !Uri.TryCreate(address.Replace("://+", "://localhost").Replace("://*", "://localhost"), UriKind.Absolute, out var uri))
            return "http://localhost";
        // Listening on every interface: the links can only name this machine.
        var host = uri.Host is "0.0.0.0" or "[::]" ? "localhost" : uri.Host;
        return $"{uri.Scheme}://{host}{(uri.IsDefaultPort ? "" : $":{uri.Port}")}";
    }
}

internal static class PublicUrlExtensions
{
    /// <summary>The absolute public URL of a path of this API.</summary>
    public static string PublicUrl(this HttpRequest request, PathString path, QueryString query = default) =>
        request.HttpContext.RequestServices.GetRequiredService<PublicUrl>().For(path, query);

    /// <summary>The absolute public URL of this request (its path and exact query).</summary>
    public static string PublicUrl(this HttpRequest request) => request.PublicUrl(request.Path, request.QueryString);

    /// <summary>
    /// Only the hosts this API answers for (ASP.NET Core's host filtering, 400 otherwise): AllowedHosts if set,
    /// else the loopback names and the public base URL's host.
    /// </summary>
    public static void AddHostFiltering(this WebApplicationBuilder builder)
    {
        if (builder.Configuration["AllowedHosts"] is { Length: > 0 })
            return;
        var hosts = new List<string> { "localhost", "127.0.0.1", "[::1]" };
        if (Http.PublicUrl.Configured(builder.Configuration) is { } configured)
            hosts.Add(new Uri(configured).Host);
        builder.Configuration["AllowedHosts"] = string.Join(';', hosts);
    }
}
