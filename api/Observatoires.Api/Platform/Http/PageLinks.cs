using Microsoft.AspNetCore.WebUtilities;

namespace Observatoires.Api.Platform.Http;

/// <summary>self/next/prev links of a limit/offset page, absolute, keeping every other query parameter.</summary>
internal sealed record PageLinks(string Self, string? Next, string? Prev)
{
    public static PageLinks For(HttpRequest request, int limit, int offset, long total)
    {
        string Page(int pageOffset)
        {
            var query = QueryHelpers.ParseQuery(request.QueryString.Value)
                .Where(p => p.Key is not ("limit" or "offset"))
                .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)))
                .Append(new("limit", limit.ToString(System.Globalization.CultureInfo.InvariantCulture)))
                .Append(new("offset", pageOffset.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            return request.PublicUrl(request.Path, QueryString.Create(query));
        }
        return new(Page(offset),
            offset + limit < total ? Page(offset + limit) : null,
            offset > 0 ? Page(Math.Max(0, offset - limit)) : null);
    }
}
