using FastEndpoints;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Data;

namespace Observatoires.Api.Platform.Http;

/// <summary>
/// Where a GET reads from, chosen once per request: the versions its ETag and cache key are built from, and the server
/// whose data is at least that recent (a standby that has replayed them, else the primary).
/// </summary>
internal sealed record ReadTarget(string Server, NpgsqlDataSource Source, VersionSnapshot Versions)
{
    public static ReadTarget? Of(HttpContext context) => context.Features.Get<ReadTarget>();
}

/// <summary>
/// The data versions read in the statement that looked the caller's key up (ApiKeyAuthentication, on a routed read): at
/// least as recent as the caller's own last write.
/// </summary>
internal sealed record VersionsReadWithKey(VersionSnapshot Snapshot);

/// <summary>
/// Declared by a GET endpoint that reads the platform's bookkeeping (API keys, the audit and import logs), which no data
/// version covers (a refused import is logged without one): read on the primary, so that it shows every write before it.
/// </summary>
internal sealed record ReadsPrimary;

/// <summary>
/// Routes GET and HEAD requests to hot standbys when ConnectionStrings:ObservatoiresRead lists some (ReadServers);
/// writes, imports, migrations, LISTEN, API keys, the reads marked <see cref="ReadsPrimary"/> and the platform's shared
/// snapshots stay on the primary.
/// <list type="bullet">
/// <item>Cache coherence: the request's ETag and cache key use the versions this instance knows, and only a standby
/// whose platform.data_version shows at least those versions (it has replayed the transactions that wrote their data)
/// reads the data. So no standby's older answer is ever served or cached under a newer version.</item>
/// <item>Read-your-writes: every write needs a key; for a request with a key the versions are read on the primary in
/// the very statement that looks the key up (VersionsReadWithKey: no query of its own), so that its ETag names the
/// caller's own last write even if this instance's notification has not arrived yet, and a standby serves it only
/// once it has replayed that write.</item>
/// </list>
/// Endpoints take the chosen server as their NpgsqlDataSource (ReadRoutingEndpointFactory): none of them changes.
/// </summary>
internal sealed class ReadRouting(RequestDelegate next, ReadServers servers, DataVersions versions, NpgsqlDataSource primary,
    IConfiguration configuration)
{
    /// <summary>Names the server that read the data in a response header, for the cluster's tests and for diagnosis.</summary>
    public const string HeaderSetting = "Observatoires:Cluster:ReadServerHeader";

    public const string Header = "Observatoires-Read-Server";

    private readonly bool header = configuration.GetValue<bool>(HeaderSetting);

    public async Task InvokeAsync(HttpContext context)
    {
        // The probes check the primary itself (/health/ready reports the standbys on its own), never a routed server.
        if (!servers.Enabled || !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
            || context.Request.Path.StartsWithSegments("/health"))
        {
            await next(context);
            return;
        }
        if (context.GetEndpoint()?.Metadata.GetMetadata<ReadsPrimary>() is not null)
        {
            if (header)
                context.Response.Headers[Header] = "primary";
            await next(context);
            return;
        }
        var ct = context.RequestAborted;
        var snapshot = ApiKeyAuthentication.CallerOf(context).Role == CallerRole.Anonymous
            ? await versions.CurrentAsync(ct)
            : context.Features.Get<VersionsReadWithKey>()?.Snapshot ?? await versions.RefreshAsync(ct);
        var standby = await servers.ChooseAsync(snapshot, ct);
        var target = standby is { } chosen
            ? new ReadTarget(chosen.Name, chosen.Source, snapshot)
            : new ReadTarget("primary", primary, snapshot);
        // The headers as they are before this read: a retry on the primary starts from them again.
        var headers = context.Response.Headers.ToArray();
        Route(context, target);
        try
        {
            await next(context);
        }
        catch (Exception e) when (standby is { } failed && (DatabaseOutage.Is(e) || IsRecoveryConflict(e)) && !context.Response.HasStarted)
        {
            // The standby went away between its check and this read's query (stopped, restarting): it is left out, and
            // the read, which has sent nothing yet, is made again on the primary rather than answered 503. The same
            // read, cancelled by the standby for the WAL it had to replay (a recovery conflict), is made again there too.
            if (DatabaseOutage.Is(e))
                servers.Failed(failed.Name);
            context.Response.Headers.Clear();
            foreach (var (name, value) in headers)
                context.Response.Headers[name] = value;
            context.Response.StatusCode = StatusCodes.Status200OK;
            Route(context, new ReadTarget("primary", primary, snapshot));
            await next(context);
        }
    }

    /// <summary>
    /// A query a standby cancelled to replay WAL that conflicted with it (a vacuum's cleanup, a lock): SQLSTATE 40001,
    /// which a standby gives for nothing else (it runs no serializable writes).
    /// </summary>
    private static bool IsRecoveryConflict(Exception e) => e switch
    {
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.SerializationFailure,
        _ => e.InnerException is { } inner && IsRecoveryConflict(inner),
    };

    private void Route(HttpContext context, ReadTarget target)
    {
        context.Features.Set(target);
        if (header)
            context.Response.Headers[Header] = target.Server == "primary" ? "primary" : $"standby {target.Server}";
    }
}

/// <summary>
/// Builds endpoints as FastEndpoints does, but hands a routed GET the data source ReadRouting chose for it wherever the
/// endpoint asks for an NpgsqlDataSource.
/// </summary>
internal sealed class ReadRoutingEndpointFactory : IEndpointFactory
{
    private readonly EndpointFactory inner = new();

    public BaseEndpoint Create(EndpointDefinition definition, HttpContext ctx)
    {
        if (ReadTarget.Of(ctx) is not { } target)
            return inner.Create(definition, ctx);
        var services = ctx.RequestServices;
        ctx.RequestServices = new ReadServices(services, target.Source);
        try
        {
            return inner.Create(definition, ctx);
        }
        finally
        {
            ctx.RequestServices = services;
        }
    }

    private sealed class ReadServices(IServiceProvider services, NpgsqlDataSource source) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(NpgsqlDataSource) ? source : services.GetService(serviceType);
    }
}
