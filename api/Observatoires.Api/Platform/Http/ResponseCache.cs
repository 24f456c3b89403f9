using Microsoft.Extensions.Caching.Memory;
using Observatoires.Api.Platform.Data;

namespace Observatoires.Api.Platform.Http;

/// <summary>
/// The response bytes DataVersionCache keeps, bounded by design:
/// <list type="bullet">
/// <item>at most <see cref="LimitBytes"/> in all (256 MB, <c>Observatoires:ResponseCache:MaxMegabytes</c>): each entry is
/// charged twice its body when stored, room for its br and gzip copies, which are kept only when under half the body,
/// plus its key and headers (a long query string with a small answer is charged for it), so the bytes held never
/// exceed the limit; an entry that would go over it is not kept, and the least recently read
/// ones are dropped to make room;</item>
/// <item>an entry is dropped as soon as this instance learns a newer version of a data domain it was built from (a change
/// token per domain and version: <see cref="DataVersions.Outdated"/>): after a write, what answered the older data
/// leaves memory at once instead of waiting, unreachable, for the limit or the 30 minutes unread that also drop it.</item>
/// </list>
/// Its entries, bytes and evictions are in <c>/metrics</c> (ApiMetrics), so that an operator sees it stay bounded.
/// </summary>
internal sealed class ResponseCache : IDisposable
{
    public const string LimitSetting = "Observatoires:ResponseCache:MaxMegabytes";

    /// <summary>Only answers up to this size are kept (a national layer's page or a PDF, not a whole-layer download).</summary>
    public const int MaxEntryBytes = 16 * 1024 * 1024;

    // Headers and the entry's own objects, beside the body.
    private const int EntryOverhead = 512;
    private static readonly TimeSpan Unread = TimeSpan.FromMinutes(30);

    private readonly DataVersions versions;
    private readonly MemoryCache cache;
    private long bytesHeld;
    private readonly long[] evictions = new long[Enum.GetValues<EvictionReason>().Length];
    private readonly long[] evictedBytes = new long[Enum.GetValues<EvictionReason>().Length];

    public ResponseCache(DataVersions versions, IConfiguration configuration)
    {
        this.versions = versions;
        var megabytes = configuration.GetValue<double?>(LimitSetting) ?? 256;
        if (!(megabytes > 0))
            throw new InvalidOperationException($"{LimitSetting} must be a number of megabytes above 0 (it is {megabytes}).");
        LimitBytes = (long)(megabytes * 1024 * 1024);
        cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = LimitBytes });
    }

    /// <summary>The most the entries may hold, bodies and compressed copies together.</summary>
    public long LimitBytes { get; }

    /// <summary>How many answers are kept now.</summary>
    public int Count => cache.Count;

    /// <summary>The bytes kept now: bodies, keys, headers and the compressed copies made so far (never more than <see cref="LimitBytes"/>).</summary>
    public long BytesHeld => Interlocked.Read(ref bytesHeld);

    /// <summary>
    /// Entries dropped so far and the bytes they held, by reason: stale (a newer data version), capacity (room for
    /// others), unread (30 minutes), replaced (the same answer computed twice at once).
    /// </summary>
    public IEnumerable<(string Reason, long Entries, long Bytes)> Evictions =>
        Reasons.Select(r => (r.Name, Interlocked.Read(ref evictions[(int)r.Reason]), Interlocked.Read(ref evictedBytes[(int)r.Reason])));

    private static readonly (string Name, EvictionReason Reason)[] Reasons =
        [("stale", EvictionReason.TokenExpired), ("capacity", EvictionReason.Capacity), ("unread", EvictionReason.Expired), ("replaced", EvictionReason.Replaced)];

    public Entry? Find(string key) => cache.TryGetValue(key, out Entry? entry) ? entry : null;

    /// <summary>
    /// Keeps an answer built from these versions of its data domains, until one of them is outdated. An answer built
    /// from a version this instance already knows to be outdated (a standby's older snapshot) is not kept.
    /// </summary>
    public void Keep(string key, IEnumerable<KeyValuePair<string, long>> builtFrom, Entry entry)
    {
        // The key (the whole query and the headers that select the answer) and the kept headers count too: a long query
        // string with a small or empty answer must not make the limit admit entries by the hundred thousand.
        var charged = ((entry.Body?.Length ?? 0) * 2L) + (2L * key.Length) + entry.HeaderBytes + EntryOverhead;
        var options = new MemoryCacheEntryOptions { Size = charged, SlidingExpiration = Unread };
        foreach (var (domain, version) in builtFrom)
            options.ExpirationTokens.Add(versions.Outdated(domain, version));
        options.RegisterPostEvictionCallback(static (_, value, reason, state) =>
        {
            var self = (ResponseCache)state!;
            var released = ((Entry)value!).Release();
            Interlocked.Increment(ref self.evictions[(int)reason]);
            Interlocked.Add(ref self.evictedBytes[(int)reason], released);
            Interlocked.Add(ref self.bytesHeld, -released);
        }, this);
        // Counted before it is set: an entry refused at once (no room, or already stale) is released in Set itself.
        entry.KeyBytes = 2L * key.Length;
        Interlocked.Add(ref bytesHeld, entry.OwnBytes);
        entry.Held = bytes => Interlocked.Add(ref bytesHeld, bytes);
        cache.Set(key, entry, options);
    }

    public void Dispose() => cache.Dispose();

    /// <summary>
    /// A kept answer: its status, body (null when over <see cref="MaxEntryBytes"/>: kept for its 304s only) and headers,
    /// and the br and gzip copies of its body made on demand.
    /// </summary>
    internal sealed class Entry(int statusCode, byte[]? body, IReadOnlyList<KeyValuePair<string, string>> headers)
    {
        private readonly Lock gate = new();
        private readonly Dictionary<string, byte[]?> encoded = new(StringComparer.Ordinal);
        private bool released;

        public int StatusCode { get; } = statusCode;

        public byte[]? Body { get; } = body;

        public IReadOnlyList<KeyValuePair<string, string>> Headers { get; } = headers;

        public string? ContentType => Headers.FirstOrDefault(h => h.Key == "Content-Type").Value;

        /// <summary>The kept headers' size in memory (UTF-16).</summary>
        internal long HeaderBytes => Headers.Sum(h => 2L * (h.Key.Length + h.Value.Length));

        /// <summary>The size in memory (UTF-16) of the key it is kept under, set when it is kept.</summary>
        internal long KeyBytes { get; set; }

        /// <summary>What the entry holds before any compressed copy: body, key and headers.</summary>
        internal long OwnBytes => (Body?.Length ?? 0) + KeyBytes + HeaderBytes;

        /// <summary>Adds bytes to the cache's count while the entry is held.</summary>
        internal Action<long>? Held { get; set; }

        /// <summary>
        /// The body in this content coding, made on first use (a race makes it twice, harmlessly), or null when the coding
        /// does not halve it: then no copy is kept, which is what keeps both copies together under the body's size.
        /// </summary>
        public byte[]? EncodedBody(string coding)
        {
            lock (gate)
            {
                if (encoded.TryGetValue(coding, out var known))
                    return known;
            }
            var made = Compression.Encode(Body!, coding);
            // Under half the body: the body and both copies then stay within the twice-the-body the entry is charged.
            var kept = made.Length * 2L <= Body!.Length ? made : null;
            lock (gate)
            {
                if (encoded.TryGetValue(coding, out var raced))
                    return raced;
                encoded[coding] = kept;
                if (!released && kept is not null)
                    Held?.Invoke(kept.Length);
                return kept;
            }
        }

        /// <summary>Leaves the cache: the bytes it held (a copy made after this is no longer counted).</summary>
        internal long Release()
        {
            lock (gate)
            {
                released = true;
                return OwnBytes + encoded.Values.Sum(copy => (long)(copy?.Length ?? 0));
            }
        }
    }
}
