using Microsoft.AspNetCore.Http.Features;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Geo.Layers;
using Observatoires.Api.Platform.Indicators.Engine;
using Observatoires.Api.Platform.Indicators.Values;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Platform.Http;

/// <summary>
/// For computed GET responses (indicator values, maps, series, OGC collections, features and tiles): the ETag from the data
/// versions they read, 304 when the client's copy is current, and the response bytes kept in memory under that
/// ETag, so that the same request on the same data is served without recomputing it. Entries are keyed by the
/// whole representation (DataVersionETag.Representation: data version, method, path, exact query, format, role
/// and scope), compared in full: a write makes every older entry unreachable at once, and one caller's answer
/// never reaches another. Responses still stream to the client as they are written; only those under 16 MB are
/// kept, with their br and gzip encodings made once, on the first hit that asks for each, in ResponseCache, which bounds
/// them (256 MB) and drops them as soon as a newer version of their data is known.
/// A 304 answers only for a representation this caller has, and carries the headers its 200 would (RFC 9110 §15.4.5:
/// the same Vary, Accept included where the answer is negotiated): when the cache does not hold that 200 (another
/// instance made it, or it was evicted), the endpoint runs without sending its body, so that <c>If-None-Match: *</c>
/// (or an ETag worked out by hand) on what the caller may not see gets the endpoint's 404, as for what does not exist.
/// </summary>
internal sealed class DataVersionCache(RequestDelegate next, ICallerAccessor callers, LayerRegistry layers, DataVersions versions,
    IEnumerable<IModule> modules, ApiMetrics metrics, ResponseCache cache)
{
    // A projection reads the modules' targets beside the values.
    private readonly string[] projectionDomains =
        [ValueWriter.DataDomain, TerritoryGeometry.DataDomain, .. modules.OfType<IIndicatorTargetSource>().Select(m => m.TargetDataDomain).Distinct()];

    // Vary too: an answer negotiated by Accept says so on a hit as on the miss that made it (its tokens merged with the hit's own).
    private static readonly string[] KeptHeaders = ["Content-Type", "Content-Disposition", "Content-Crs", "Link", "Vary"];

    /// <summary>The requests this applies to and the data domains they read.</summary>
    public string[]? DomainsOf(HttpRequest request)
    {
        if (!HttpMethods.IsGet(request.Method))
            return null;
        if (request.HttpContext.GetEndpoint()?.Metadata.GetMetadata<ReadsData>() is { } declared)
            return declared.Domains;
        var path = request.Path.Value ?? "";
        var indicatorData = path.StartsWith("/api/v1/indicators", StringComparison.Ordinal)
                            || path.StartsWith("/api/v1/observatories", StringComparison.Ordinal)
                            || (path.StartsWith("/api/v1/territories/", StringComparison.Ordinal) && path.EndsWith("/profile", StringComparison.Ordinal));
        if (indicatorData)
            return path.EndsWith("/projection", StringComparison.Ordinal) ? projectionDomains : [ValueWriter.DataDomain, TerritoryGeometry.DataDomain];
        // The datasets and their DCAT: the catalogue, the values' facts, the perimeter and every layer.
        if (path.StartsWith("/api/v1/datasets", StringComparison.Ordinal) || path == "/catalog")
            return [ValueWriter.DataDomain, TerritoryGeometry.DataDomain, .. layers.All.SelectMany(l => l.DataDomains).Distinct().Where(d => d is not (ValueWriter.DataDomain or TerritoryGeometry.DataDomain))];
        // /ogc/collections: every layer's data; /ogc/collections/{id}/...: what the layer reads.
        return path.Split('/', StringSplitOptions.RemoveEmptyEntries) switch
        {
            ["ogc", "collections"] => [.. layers.All.SelectMany(l => l.DataDomains).Distinct()],
            ["ogc", "collections", var id, ..] when layers.Find(id) is { } layer => [.. layer.DataDomains],
            _ => null,
        };
    }

    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            // A write answered here is seen by this instance's next read at once, without waiting for its NOTIFY
            // (the answer starts after the write's commit).
            context.Response.OnStarting(async () =>
            {
                if (context.Response.StatusCode is >= 200 and < 300)
                    await versions.RefreshAsync(context.RequestAborted);
            });
        }
        if (DomainsOf(context.Request) is not { } domains)
        {
            await next(context);
            return;
        }
        var representation = await DataVersionETag.SetAsync(context, callers.Current, domains);
        var known = cache.Find(representation.Key);
        if (DataVersionETag.Matches(context.Request, representation.ETag))
        {
            // Not known here: the endpoint decides whether the caller has this representation at all.
            known ??= await RunUnsentAsync(context, representation);
            if (known is not null)
            {
                NotModified(context.Response, known);
                metrics.CacheNotModified();
            }
            return;
        }
        if (known?.Body is { } kept)
        {
            metrics.CacheHit();
            await WriteAsync(context, known, kept);
            return;
        }
        metrics.CacheMiss();

        // An error is not a representation of the data: no validator for it.
        context.Response.OnStarting(() =>
        {
            if (context.Response.StatusCode is not (StatusCodes.Status200OK or StatusCodes.Status204NoContent))
                context.Response.Headers.Remove("ETag");
            // As a hit says it (whether or not this request asked for compression), so that both carry the same Vary.
            else if (Compression.IsCompressible(context.Response.ContentType))
                VaryHeader.Add(context.Response, "Accept-Encoding");
            return Task.CompletedTask;
        });
        // Run the endpoint writing through to the client, with a copy kept of a successful answer.
        Keep(context, representation, await RunCopyingAsync(context, sent: true));
    }

    /// <summary>Runs the endpoint with a copy made of what it writes (null over the size kept), sent to the client or not.</summary>
    private async Task<byte[]?> RunCopyingAsync(HttpContext context, bool sent)
    {
        var original = context.Features.Get<IHttpResponseBodyFeature>()!;
        // Owned here, not by the stream: an endpoint may dispose the response's stream (a StreamWriter does) before the copy is read.
        using var kept = new PooledBytes();
        var copy = new CopyingStream(sent ? original.Stream : Stream.Null, kept, ResponseCache.MaxEntryBytes);
        context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(copy, original));
        try
        {
            await next(context);
            await context.Response.BodyWriter.FlushAsync(context.RequestAborted);
        }
        finally
        {
            context.Features.Set(original);
        }
        return copy.OverLimit ? null : kept.ToArray();
    }

    /// <summary>Keeps a successful answer under its representation (its body too when under the size kept); null for any other.</summary>
    private ResponseCache.Entry? Keep(HttpContext context, DataVersionETag.Representation representation, byte[]? body)
    {
        var status = context.Response.StatusCode;
        if (status is not (StatusCodes.Status200OK or StatusCodes.Status204NoContent))
            return null;
        var headers = KeptHeaders.Where(h => context.Response.Headers.ContainsKey(h))
            .Select(h => KeyValuePair.Create(h, context.Response.Headers[h].ToString())).ToList();
        var entry = new ResponseCache.Entry(status, body, headers);
        cache.Keep(representation.Key, representation.BuiltFrom, entry);
        return entry;
    }

    /// <summary>
    /// A conditional request whose 200 this instance does not hold: the endpoint runs with its body kept here, not sent.
    /// Its 200 is kept (the 304 then says what that 200 said); any other answer (a 404 for what the caller may not
    /// see) is sent as the endpoint made it, and null returned.
    /// </summary>
    private async Task<ResponseCache.Entry?> RunUnsentAsync(HttpContext context, DataVersionETag.Representation representation)
    {
        var copy = await RunCopyingAsync(context, sent: false);
        if (Keep(context, representation, copy) is { } entry)
            return entry;
        context.Response.Headers.ETag = default;
        if (copy is { } body && !HttpMethods.IsHead(context.Request.Method))
            await context.Response.Body.WriteAsync(body, context.RequestAborted);
        return null;
    }

    /// <summary>A 304 with what its 200 says of the representation's variants (Vary), and no body's headers.</summary>
    private static void NotModified(HttpResponse response, ResponseCache.Entry entry)
    {
        foreach (var header in KeptHeaders.Where(h => h != "Vary"))
            response.Headers.Remove(header);
        response.Headers.ContentLength = null;
        response.StatusCode = StatusCodes.Status304NotModified;
        if (entry.Headers.FirstOrDefault(h => h.Key == "Vary").Value is { } vary)
            VaryHeader.Add(response, vary);
        if (Compression.IsCompressible(entry.ContentType))
            VaryHeader.Add(response, "Accept-Encoding");
    }

    private static async Task WriteAsync(HttpContext context, ResponseCache.Entry entry, byte[] body)
    {
        var response = context.Response;
        response.StatusCode = entry.StatusCode;
        foreach (var (name, value) in entry.Headers)
        {
            if (name == "Vary")
                VaryHeader.Add(response, value);
            else
                response.Headers[name] = value;
        }
        if (entry.StatusCode != StatusCodes.Status200OK)
            return;
        if (Compression.IsCompressible(response.ContentType))
        {
            VaryHeader.Add(response, "Accept-Encoding"); // beside the key headers
            // Small bodies gain nothing from compression; a body the coding does not make smaller is sent as it is.
            if (body.Length > 512 && Compression.Choose(context.Request) is { } coding && entry.EncodedBody(coding) is { } encoded)
            {
                // Set before the compression middleware sees the response, which then leaves it as is.
                response.Headers.ContentEncoding = coding;
                body = encoded;
            }
        }
        response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
            await response.Body.WriteAsync(body);
    }

    /// <summary>Writes through to the response and keeps a copy of what was written in <paramref name="copy"/>, up to a size.</summary>
    private sealed class CopyingStream(Stream inner, PooledBytes copy, int limit) : Stream
    {
        /// <summary>More than the limit was written: the copy was let go.</summary>
        public bool OverLimit { get; private set; }

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Keep(buffer.Span);
            await inner.WriteAsync(buffer, cancellationToken);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        // Synchronous writes go through too: the server allows or refuses them as it would without the copy.
        public override void Write(byte[] buffer, int offset, int count)
        {
            Keep(buffer.AsSpan(offset, count));
            inner.Write(buffer, offset, count);
        }

        public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

        public override void Flush() => inner.Flush();

        private void Keep(ReadOnlySpan<byte> bytes)
        {
            if (OverLimit)
                return;
            if (copy.Length + bytes.Length > limit)
            {
                OverLimit = true;
                copy.Clear();
                return;
            }
            copy.Write(bytes);
        }

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}

/// <summary>
/// Declared by a module's GET endpoint (<c>Options(o => o.WithMetadata(new ReadsData(...)))</c>): the data domains
/// its answer is built from, so that DataVersionCache gives it an ETag, 304s and a cached body. Not for endpoints
/// that set their own ETag (a versioned object's, for If-Match).
/// </summary>
internal sealed record ReadsData(params string[] Domains);
