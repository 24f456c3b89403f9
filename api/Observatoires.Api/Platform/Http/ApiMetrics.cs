using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Access.Keys;
using Observatoires.Api.Platform.Data;
using Prometheus;

namespace Observatoires.Api.Platform.Http;

/// <summary>
/// The API's metrics in Prometheus' text format, at <c>/metrics</c> for an agency or admin key only (they show which
/// routes are used and when: not public; Prometheus sends the key as a bearer token). Each application has its own
/// registry (not prometheus-net's static one, so that two hosts in one process count apart): requests by route
/// template, method and status class (bounded labels, never the raw path), the response cache's outcomes, imports by
/// module and outcome, the data versions, the in-process caches' sizes (the response cache's entries, bytes, limit and
/// evictions; the refused keys; Dapper's compiled queries), Npgsql's pool and command metrics (its "Npgsql" meter), the
/// runtime's heap after the last garbage collection (the "System.Runtime" meter), the live heap after the last full
/// collection and the process's.
/// </summary>
internal sealed class ApiMetrics : IDisposable
{
    public const string Path = "/metrics";

    private readonly CollectorRegistry registry = Metrics.NewCustomRegistry();

    public Task WriteAsync(Stream body, CancellationToken ct) => registry.CollectAndExportAsTextAsync(body, ct);
    private readonly IDisposable npgsql;
    private readonly Histogram requests;
    private readonly Counter cacheLookups;
    private readonly Counter imports;

    public ApiMetrics(DataVersions versions, ResponseCache responses, RefusedKeys refusedKeys)
    {
        var metrics = Metrics.WithCustomRegistry(registry);
        requests = metrics.CreateHistogram("observatoires_http_request_duration_seconds",
            "HTTP requests answered, by route template, method and status class (2xx, 3xx, 4xx, 5xx), and how long they took.",
            new HistogramConfiguration
            {
                LabelNames = ["route", "method", "status"],
                // 1 ms to about 16 s: cached answers take a millisecond, a cold national map or a PDF seconds.
                Buckets = Histogram.ExponentialBuckets(0.001, 2, 15),
            });
        cacheLookups = metrics.CreateCounter("observatoires_response_cache_requests_total",
            "Reads the response cache could answer: hit (served from memory), not_modified (304 on the ETag), miss (computed).",
            new CounterConfiguration { LabelNames = ["outcome"] });
        imports = metrics.CreateCounter("observatoires_imports_total",
            "Imports through the API (a POST to a route with an import or imports segment), by module and outcome: " +
            "committed (2xx), refused (4xx: nothing written) or failed (5xx).",
            new CounterConfiguration { LabelNames = ["module", "outcome"] });
        var dataVersion = metrics.CreateGauge("observatoires_data_version",
            "The current data version of each data domain, as this instance knows it: it grows by one per write or import.",
            new GaugeConfiguration { LabelNames = ["domain"] });
        // The caches' sizes, read at each scrape (flat memory: the soak test samples them beside the heap).
        var responseEntries = metrics.CreateGauge("observatoires_response_cache_entries",
            "Answers the response cache holds now (computed GET responses kept by data version).");
        var responseBytes = metrics.CreateGauge("observatoires_response_cache_bytes",
            "Bytes the response cache holds now: the bodies, their keys and headers, and the br and gzip copies made of them.");
        var responseLimit = metrics.CreateGauge("observatoires_response_cache_limit_bytes",
            "The most the response cache may hold (Observatoires:ResponseCache:MaxMegabytes): its bytes never exceed it.");
        var responseEvictions = metrics.CreateCounter("observatoires_response_cache_evictions_total",
            "Answers dropped from the response cache, by reason: stale (a newer version of their data is known), capacity " +
            "(room for others, at the limit), unread (30 minutes), replaced (computed twice at once).",
            new CounterConfiguration { LabelNames = ["reason"] });
        var responseEvictedBytes = metrics.CreateCounter("observatoires_response_cache_evicted_bytes_total",
            "Bytes the answers dropped from the response cache held, by reason (as observatoires_response_cache_evictions_total).",
            new CounterConfiguration { LabelNames = ["reason"] });
        var otherCaches = metrics.CreateGauge("observatoires_cache_entries",
            "Entries of the other in-process caches: refused_keys (keys refused in the last minute, at most 10,000), " +
            "sql_queries (Dapper's compiled readers, one per distinct SQL text and parameter types; Dapper drops those used once).",
            new GaugeConfiguration { LabelNames = ["cache"] });
        var liveAfterFullCollection = metrics.CreateGauge("observatoires_gc_live_after_full_collection_bytes",
            "The managed objects the last full (generation 2) garbage collection kept, fragmentation excluded: the live heap. " +
            "The last collection's heap size (system_runtime_dotnet_gc_last_collection_heap_size) also counts the garbage of the " +
            "older generations and of the large object heap that a generation 0 or 1 collection does not look at; 0 before the first.");
        registry.AddBeforeCollectCallback(() =>
        {
            liveAfterFullCollection.Set(LiveAfterLastFullCollection());
            foreach (var (domain, version) in versions.Current)
                dataVersion.WithLabels(domain).Set(version);
            responseEntries.Set(responses.Count);
            responseBytes.Set(responses.BytesHeld);
            responseLimit.Set(responses.LimitBytes);
            foreach (var (reason, entries, bytes) in responses.Evictions)
            {
                responseEvictions.WithLabels(reason).IncTo(entries);
                responseEvictedBytes.WithLabels(reason).IncTo(bytes);
            }
            otherCaches.WithLabels("refused_keys").Set(refusedKeys.Count);
            otherCaches.WithLabels("sql_queries").Set(Dapper.SqlMapper.GetCachedSQLCount());
        });
        DotNetStats.Register(registry);
        npgsql = MeterAdapter.StartListening(new MeterAdapterOptions
        {
            Registry = registry,
            MetricFactory = metrics,
            // The runtime's: the heap and committed memory after the last collection, a steadier measure than the
            // allocated bytes (dotnet_total_memory_bytes counts garbage not yet collected).
            InstrumentFilterPredicate = instrument => instrument.Meter.Name == "Npgsql"
                || (instrument.Meter.Name == "System.Runtime" && instrument.Name.StartsWith("dotnet.gc.last_collection.", StringComparison.Ordinal)),
        });
    }

    /// <summary>
    /// The bytes of the objects the last full collection, blocking or background (whichever came last), left alive:
    /// what a leak makes grow from one full collection to the next, without the garbage that waits for the next one.
    /// </summary>
    internal static long LiveAfterLastFullCollection()
    {
        var blocking = GC.GetGCMemoryInfo(GCKind.FullBlocking);
        var background = GC.GetGCMemoryInfo(GCKind.Background);
        var last = background.Index > blocking.Index ? background : blocking;
        return last.Index == 0 ? 0 : last.HeapSizeBytes - last.FragmentedBytes;
    }

    /// <summary>One answered request; an import's outcome too (see <see cref="imports"/>).</summary>
    public void Request(string route, string method, int status, TimeSpan duration)
    {
        var statusClass = status switch { < 200 => "1xx", < 300 => "2xx", < 400 => "3xx", < 500 => "4xx", _ => "5xx" };
        requests.WithLabels(route, method, statusClass).Observe(duration.TotalSeconds);
        if (method == HttpMethods.Post && ImportModule(route) is { } module)
            imports.WithLabels(module, status switch { < 400 => "committed", < 500 => "refused", _ => "failed" }).Inc();
    }

    public void CacheHit() => cacheLookups.WithLabels("hit").Inc();

    public void CacheNotModified() => cacheLookups.WithLabels("not_modified").Inc();

    public void CacheMiss() => cacheLookups.WithLabels("miss").Inc();

    /// <summary>
    /// The module of an import route: /api/v1/{slug}/…/import(s)/… gives the observatory's slug, the platform's
    /// uploads (/api/v1/imports/values) "platform"; null for any other route.
    /// </summary>
    internal static string? ImportModule(string route)
    {
        var segments = route.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length < 4 || segments[0] != "api" || !segments.Skip(2).Any(s => s is "import" or "imports"))
            return null;
        return segments[2] == "imports" ? "platform" : segments[2];
    }

    public void Dispose() => npgsql.Dispose();
}

/// <summary>The metrics' route, served by a middleware: it is the operator's, not part of the API.</summary>
internal static class ApiMetricsEndpoint
{
    /// <summary>
    /// Serves <see cref="ApiMetrics.Path"/>: 401 without a key, 403 for a key whose role is not the agency's, the metrics otherwise.
    /// Placed after authentication; outside the rate limits (a scrape every 15 s) and never cached.
    /// </summary>
    public static WebApplication UseMetricsEndpoint(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (!context.Request.Path.Equals(ApiMetrics.Path, StringComparison.OrdinalIgnoreCase))
            {
                await next(context);
                return;
            }
            var caller = ApiKeyAuthentication.CallerOf(context);
            if (caller.KeyId is null)
            {
                context.Response.Headers.WWWAuthenticate = "Bearer";
                await Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized",
                    detail: "The metrics need an API key of the agency (Authorization: Bearer obs_…).").ExecuteAsync(context);
                return;
            }
            if (!caller.IsAgency)
            {
                await Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden",
                    detail: $"The metrics are for the agency's keys ({string.Join(" or ", RoleNames.Agency)}).").ExecuteAsync(context);
                return;
            }
            context.Response.ContentType = "text/plain; version=0.0.4; charset=utf-8";
            context.Response.Headers.CacheControl = "no-store";
            await context.RequestServices.GetRequiredService<ApiMetrics>().WriteAsync(context.Response.Body, context.RequestAborted);
        });
        return app;
    }
}
