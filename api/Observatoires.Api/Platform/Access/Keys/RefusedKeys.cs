using System.Net;
using Microsoft.Extensions.Caching.Memory;

namespace Observatoires.Api.Platform.Access.Keys;

/// <summary>
/// Keys lately refused (unknown, revoked, expired), remembered for a minute so that a client retrying a bad key
/// costs no database look-up. Safe because none of them can become valid meanwhile: a new key has a fresh random
/// secret, so its hash was never presented before; revocation is final; and expiry only moves by hand in the
/// database (then the change applies within the minute). Keys that were accepted are never remembered: each
/// request looks them up, so a revocation applies at the key's next request.
/// </summary>
internal sealed class RefusedKeys
{
    private static readonly TimeSpan Memory = TimeSpan.FromMinutes(1);
    private readonly MemoryCache refused = new(new MemoryCacheOptions { SizeLimit = 10_000 });

    /// <summary>How many refused keys are remembered now (at most 10,000: /metrics).</summary>
    public int Count => refused.Count;

    /// <summary>Why this key was refused less than a minute ago, or null.</summary>
    public string? Find(string key) => refused.Get<string>(CacheKey(key));

    public void Remember(string key, string failure) =>
        refused.Set(CacheKey(key), failure, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = Memory });

    // The hash, not the key: memory holds nothing that opens a door.
    private static string CacheKey(string key) => Convert.ToBase64String(ApiKeys.Hash(key));
}

/// <summary>
/// The log of refused keys, which a flood must not turn into a flood of lines: the first few refusals of each
/// minute are logged one by one (by prefix, never the key), the others are counted and summed up in one line at
/// the end of the minute.
/// </summary>
internal sealed class RefusedKeyLog(ILogger<RefusedKeyLog> logger, TimeProvider clock)
{
    public const int LinesPerMinute = 5;
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly Lock gate = new();
    private long windowStart = clock.GetTimestamp();
    private int logged, counted;
    private ITimer? summary;

    public void Refused(string key, string failure, IPAddress? address)
    {
        lock (gate)
        {
            var now = clock.GetTimestamp();
            if (clock.GetElapsedTime(windowStart, now) >= Window)
                (windowStart, logged) = (now, 0);
            if (logged >= LinesPerMinute)
            {
                // The summary is written when the window closes, once, whatever the number of refusals.
                if (counted++ == 0)
                    summary = clock.CreateTimer(_ => WriteSummary(), null, Window - clock.GetElapsedTime(windowStart, now), Timeout.InfiniteTimeSpan);
                return;
            }
            logged++;
        }
        logger.LogInformation("Refused API key {Prefix}… from {Address}: {Failure}", key.Length > 12 ? key[..12] : "?", address, failure);
    }

    private void WriteSummary()
    {
        int count;
        lock (gate)
        {
            (count, counted) = (counted, 0);
            summary?.Dispose();
            summary = null;
        }
        if (count > 0)
            logger.LogWarning("{Count} more API keys were refused in the last minute, beyond the {Lines} logged one by one", count, LinesPerMinute);
    }
}
