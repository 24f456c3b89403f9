using Dapper;
using FastEndpoints;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Http;

namespace Observatoires.Api.Platform.Health.GetReady;

/// <param name="Name">"primary", or a standby as ConnectionStrings:ObservatoiresRead lists it (host:port).</param>
/// <param name="Role">"primary" or "standby".</param>
/// <param name="Replayed">A standby's replay position in the primary's WAL (e.g. "0/3A2B1C8"), when it answered.</param>
/// <param name="Problem">What keeps the server from serving this instance's reads (unreachable, migrations pending, not in
/// recovery...); null when it can.</param>
internal sealed record Server(string Name, string Role, string? Replayed, string? Problem);

/// <param name="Status">"ready"; "read-only" while the primary does not answer and a standby serves the reads (writes and
/// requests with a key then get 503). Otherwise the answer is a 503 problem with the same <c>servers</c>.</param>
/// <param name="SchemaVersion">The last migration applied, the last this build knows.</param>
/// <param name="Migrations">How many migrations this build knows, all applied.</param>
/// <param name="Reads">Where this instance would send a read now: "primary", or "standby host:port" (the
/// Observatoires-Read-Server header's words). For an agency key only, as <paramref name="Servers"/>.</param>
/// <param name="Servers">The primary, then each standby reads may go to, with what keeps each from serving. For an agency
/// key only: host names, ports, replication positions and database errors are the operator's, not the public's.</param>
internal sealed record Response(string Status, string SchemaVersion, int Migrations, string? Reads, IReadOnlyList<Server>? Servers)
{
    /// <summary>The answer as the caller may see it: without the servers' details unless it is the agency.</summary>
    public Response For(bool agency) => agency ? this : this with { Reads = null, Servers = null };
}

/// <summary>The last ready answer and when it was given; one per application (a singleton).</summary>
internal sealed class LastReady
{
    public (DateTime At, Response Body)? Answer { get; set; }
}

/// <summary>
/// Readiness, for a load balancer: 200 once every migration this build carries is applied and a server can serve its
/// reads: the primary, or, while it does not answer, a hot standby (ReadServers) holding every migration; 503 otherwise
/// (a problem body saying why, each server's state in <c>servers</c>, with Retry-After), so that traffic goes to the
/// other instances. A standby that cannot serve is reported, not a reason to refuse traffic (reads fall back to the
/// primary). A ready answer is reused for a second (load balancers poll; the route is outside the rate limits); a
/// refusal never.
/// </summary>
internal sealed class Endpoint(NpgsqlDataSource dataSource, ReadServers readServers, DataVersions versions, LastReady last,
    ILogger<Endpoint> logger) : EndpointWithoutRequest<Response>
{
    private static readonly IReadOnlyList<string> Known = [.. Migrator.Embedded().Select(m => m.Name)];

    public override void Configure()
    {
        Get("/health/ready");
        AllowAnonymous();
        Summary(s =>
        {
            s.Summary = "Should this instance receive traffic?";
            s.Description = "200 when every migration of this build is applied and a server can serve this instance's reads: the " +
                            "database (the primary) or, while it does not answer, a hot standby (status read-only); otherwise 503 " +
                            "(database unreachable, or migrations pending: a database behind this build) with Retry-After. With an " +
                            "agency key, both list each server and what keeps it from serving, and where reads go. /health/live " +
                            "says whether the process answers at all; /health describes the data.";
            s.ResponseExamples[200] = new Response("ready", "0018_secret_with.sql", 19, "standby 127.0.0.1:54361",
            [
                new("primary", "primary", null, null),
                new("127.0.0.1:54361", "standby", "0/3A2B1C8", null),
                new("127.0.0.1:54362", "standby", null, "does not answer (Failed to connect to 127.0.0.1:54362)"),
            ]);
        });
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        var agency = ApiKeyAuthentication.CallerOf(HttpContext).IsAgency;
        if (last.Answer is { } recent && DateTime.UtcNow - recent.At < TimeSpan.FromSeconds(1))
        {
            await Send.OkAsync(recent.Body.For(agency), ct);
            return;
        }
        var primary = await CheckPrimaryAsync(ct);
        var standbys = readServers.Enabled ? await readServers.CheckAsync([.. Known], ct) : [];
        List<Server> servers =
        [
            new("primary", "primary", null, primary),
            .. standbys.Select(s => new Server(s.Name, "standby", s.Replayed?.ToString(), s.Problem)),
        ];
        string? reads;
        if (primary is null)
        {
            // As ReadRouting chooses: a standby that has replayed the versions this instance knows, else the primary.
            var required = standbys.Count > 0 ? await versions.CurrentAsync(ct) : VersionSnapshot.Empty;
            var standby = standbys.FirstOrDefault(s => s.Problem is null && s.Versions is { } seen && required.IsHeldBy(seen));
            reads = standby is null ? "primary" : $"standby {standby.Name}";
        }
        else
        {
            var standby = standbys.FirstOrDefault(s => s.Problem is null);
            reads = standby is null ? null : $"standby {standby.Name}";
        }
        if (reads is null)
        {
            logger.LogWarning("Readiness: no server can serve reads ({Primary})", primary);
            await NotReadyAsync(agency ? primary! : PublicProblem(primary!), agency ? servers : null);
            return;
        }
        var ready = new Response(primary is null ? "ready" : "read-only", Known[^1], Known.Count, reads, servers);
        last.Answer = (DateTime.UtcNow, ready);
        await Send.OkAsync(ready.For(agency), ct);
    }

    /// <summary>What keeps the primary from serving (null: nothing).</summary>
    private async Task<string?> CheckPrimaryAsync(CancellationToken ct)
    {
        HashSet<string> applied;
        try
        {
            await using var connection = await dataSource.OpenConnectionAsync(ct);
            applied = [.. await connection.QueryAsync<string>("select name from platform.schema_migrations")];
        }
        catch (Exception e) when (DatabaseOutage.Is(e) || e is TimeoutException)
        {
            logger.LogWarning("Readiness: database unreachable ({Error})", e.Message);
            return "The database cannot be reached.";
        }
        var pending = Known.Where(m => !applied.Contains(m)).ToList();
        return pending.Count == 0 ? null
            : $"{pending.Count} migration(s) of this build are not applied to the database yet: {string.Join(", ", pending)}.";
    }

    /// <summary>The primary's problem without the names of the pending migrations (the agency's to read).</summary>
    private static string PublicProblem(string problem) =>
        problem.IndexOf(": ", StringComparison.Ordinal) is > 0 and var colon && problem.Contains("migration", StringComparison.Ordinal)
            ? problem[..colon] + "."
            : problem;

    private async Task NotReadyAsync(string detail, IReadOnlyList<Server>? servers)
    {
        last.Answer = null;
        HttpContext.Response.Headers.RetryAfter = DatabaseOutage.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await Send.ResultAsync(Problems.Unavailable(detail,
            servers is null ? null : new Dictionary<string, object?> { ["servers"] = servers }));
    }
}
