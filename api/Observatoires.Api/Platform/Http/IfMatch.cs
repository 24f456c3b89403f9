using Microsoft.Net.Http.Headers;

namespace Observatoires.Api.Platform.Http;

/// <summary>What the If-Match header of a write to a versioned object says about the version it was based on.</summary>
internal enum IfMatchResult
{
    /// <summary>No If-Match: the write says nothing of what it read (428).</summary>
    Missing,

    /// <summary><c>If-Match: *</c>: "whatever the version", which would overwrite another editor's change (428).</summary>
    Wildcard,

    /// <summary>The current version is among the tags sent.</summary>
    Current,

    /// <summary>Another version, a weak tag or something that is not an entity tag (412).</summary>
    Stale,
}

internal static class IfMatch
{
    /// <summary>
    /// Compares If-Match with the object's current ETag as RFC 9110 does for writes (strong comparison, a list
    /// matches when one of its tags does), except that <c>*</c> is not accepted: on a versioned object it would
    /// skip the very check If-Match is asked for.
    /// </summary>
    public static IfMatchResult Evaluate(HttpRequest request, string currentETag)
    {
        var values = request.Headers.IfMatch;
        if (values.All(string.IsNullOrWhiteSpace))
            return IfMatchResult.Missing;
        if (!EntityTagHeaderValue.TryParseList(values, out var tags))
            return IfMatchResult.Stale;
        if (tags.Any(t => t.Tag == "*"))
            return IfMatchResult.Wildcard;
        var current = EntityTagHeaderValue.Parse(currentETag);
        return tags.Any(t => t.Compare(current, useStrongComparison: true)) ? IfMatchResult.Current : IfMatchResult.Stale;
    }
}
