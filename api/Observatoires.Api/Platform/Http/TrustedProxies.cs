using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Observatoires.Api.Platform.Http;

/// <summary>
/// Behind a reverse proxy, the client's address (rate limits per address) and scheme come from X-Forwarded-For and
/// X-Forwarded-Proto, but only when the request comes from a proxy listed in Observatoires:TrustedProxies (IP
/// addresses or CIDR networks; a list, or one comma-separated value). Nothing is trusted by default, loopback
/// included: anyone else could pick their address, hence their rate-limit bucket, by sending the header.
/// X-Forwarded-Host is never read: absolute links must not follow a header a client can set.
/// </summary>
internal static class TrustedProxies
{
    public const string Section = "Observatoires:TrustedProxies";

    public static WebApplication UseTrustedProxies(this WebApplication app)
    {
        if (Options(app.Configuration) is { } options)
            app.UseForwardedHeaders(options);
        return app;
    }

    /// <summary>Whether a connection comes from a trusted proxy (read before the forwarded headers are applied).</summary>
    public static Func<IPAddress?, bool> Trusts(IConfiguration configuration)
    {
        if (Options(configuration) is not { } options)
            return _ => false;
        return address => address is not null && (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address) is var a
                          && (options.KnownProxies.Contains(a) || options.KnownIPNetworks.Any(n => n.Contains(a)));
    }

    /// <summary>The forwarded headers' options for the listed proxies; null when none is listed.</summary>
    private static ForwardedHeadersOptions? Options(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var entries = (section.Value is { Length: > 0 } single ? single.Split(',') : section.Get<string[]>() ?? [])
            .Select(e => e.Trim()).Where(e => e.Length > 0).ToList();
        if (entries.Count == 0)
            return null;
        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto,
            // Walk X-Forwarded-For from the right through every trusted hop (a CDN, then the local proxy) to the
            // first address no trusted proxy vouches for: the client's.
            ForwardLimit = null,
        };
        // The defaults trust loopback; only what is listed is trusted here.
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var entry in entries)
        {
            if (entry.Contains('/') && System.Net.IPNetwork.TryParse(entry, out var network))
                options.KnownIPNetworks.Add(network);
            else if (IPAddress.TryParse(entry, out var address))
                options.KnownProxies.Add(address);
            else
                throw new InvalidOperationException($"{Section}: '{entry}' is neither an IP address nor a CIDR network (e.g. 10.0.0.0/8).");
        }
        return options;
    }
}
