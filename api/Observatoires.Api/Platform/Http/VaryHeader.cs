using Microsoft.Extensions.Primitives;

namespace Observatoires.Api.Platform.Http;

/// <summary>The Vary header built token by token, so that the middleware and the endpoints that add to it never repeat one.</summary>
internal static class VaryHeader
{
    public static void Add(HttpResponse response, string tokens)
    {
        var present = Tokens(response.Headers.Vary).ToList();
        var added = Tokens(tokens).Where(t => !present.Contains(t, StringComparer.OrdinalIgnoreCase)).ToList();
        if (added.Count > 0)
            response.Headers.Vary = string.Join(", ", present.Concat(added));
    }

    public static IEnumerable<string> Tokens(StringValues header) =>
        header.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Distinct(StringComparer.OrdinalIgnoreCase);
}
