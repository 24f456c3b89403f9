using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Features;

namespace Observatoires.Api.Platform.Http;

/// <summary>
/// The pages meant for an iframe on a partner's site (/embed/&lt;observatory&gt;/&lt;page&gt;, the web client's embed
/// shell) and the origins allowed to frame them: Observatoires:Embed:AllowedOrigins, a list of origins
/// (scheme://host[:port]) or one comma-separated value. Nothing is listed by default: the embed pages are then framed
/// by this site only. A value that is not an origin stops start-up: it would end up in the Content-Security-Policy,
/// where a path narrows nothing, a wildcard opens framing to everyone and a quote or a semicolon rewrites the policy.
/// </summary>
internal sealed partial class EmbedFraming
{
    public const string Setting = "Observatoires:Embed:AllowedOrigins";

    /// <summary>The embed pages' path; case-sensitive, as the web client's router.</summary>
    public const string PathPrefix = "/embed";

    private EmbedFraming(IReadOnlyList<string> origins) => AllowedOrigins = origins;

    /// <summary>The origins listed, normalised (lower-case host, no default port, no trailing slash).</summary>
    public IReadOnlyList<string> AllowedOrigins { get; }

    /// <summary>The frame-ancestors directive of the embed pages: this site, then the origins listed.</summary>
    public string FrameAncestors => string.Join(' ', ["frame-ancestors 'self'", .. AllowedOrigins]);

    /// <summary>
    /// A request for an embed page: /embed/… (not /embed.html, not /EMBED/…), as sent: an encoded /%65mbed/… would get the
    /// embed page's framing while the web client, reading the address as written, runs as the full site.
    /// </summary>
    public static bool IsEmbedPage(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments(PathPrefix, StringComparison.Ordinal, out var rest) || !rest.HasValue || rest == "/")
            return false;
        var sent = context.Features.Get<IHttpRequestFeature>()?.RawTarget;
        return string.IsNullOrEmpty(sent) || sent.StartsWith(PathPrefix + "/", StringComparison.Ordinal);
    }

    /// <summary>The configured origins; a malformed one is an <see cref="InvalidOperationException"/> naming it.</summary>
    public static EmbedFraming FromConfiguration(IConfiguration configuration)
    {
        var section = configuration.GetSection(Setting);
        var entries = (section.Value is { Length: > 0 } single ? single.Split(',') : section.Get<string[]>() ?? [])
            .Select(e => e.Trim()).Where(e => e.Length > 0);
        var origins = new List<string>();
        foreach (var entry in entries)
        {
            var origin = Origin(entry) ?? throw new InvalidOperationException(
                $"{Setting}: '{Echo.Cut(entry)}' is not an origin. Write scheme://host[:port] (e.g. https://www.artois-mobilites.fr): " +
                "http or https, a host name or an IPv4 address, no path, query, user or wildcard.");
            if (!origins.Contains(origin))
                origins.Add(origin);
        }
        return new EmbedFraming(origins);
    }

    /// <summary>The origin an entry names (normalised), or null when it is not exactly an origin.</summary>
    private static string? Origin(string entry)
    {
        var match = OriginPattern().Match(entry);
        if (!match.Success || !Uri.TryCreate(entry, UriKind.Absolute, out var uri) || uri.HostNameType is not (UriHostNameType.Dns or UriHostNameType.IPv4))
            return null;
        if (match.Groups["port"].Success && uri.Port is < 1 or > 65535)
            return null;
        return uri.IsDefaultPort ? $"{uri.Scheme}://{uri.Host}" : $"{uri.Scheme}://{uri.Host}:{uri.Port}";
    }

    // Labels of letters, digits and hyphens (IDN hosts in their xn-- form), an optional port, at most a trailing slash.
    // Case is matched by hand, not with IgnoreCase: that would let the Kelvin sign (U+212A) pass for a "k" into the header.
    [GeneratedRegex(@"^[Hh][Tt][Tt][Pp][Ss]?://[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*(?<port>:[0-9]{1,5})?/?$", RegexOptions.CultureInvariant)]
    private static partial Regex OriginPattern();
}
