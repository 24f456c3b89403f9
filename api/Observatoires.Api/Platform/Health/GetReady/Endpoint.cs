using Dapper;
using FastEndpoints;
using Npgsql;
using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Http;

namespace Observatoires.Api.Platform.Health.GetReady;

/// <param name="Status">Always ready (otherwise the answer is a 503 problem).</param>
/// <param name="SchemaVersion">The last migration applied, the last this build knows.</param>
/// <param name="Migrations">How many migrations this build knows, all applied.</param>
internal sealed record Response(string Status, string SchemaVersion, int Migrations);

/// <summary>The last ready answer and when it was given; one per application (a singleton).</summary>
internal sealed class LastReady
{
    public (DateTime At, Response Body)? Answer { get; set; }
}

/// <summary>
/// Readiness, for a load balancer: 200 once every migration this build carries is applied and the database answers;
/// 503 otherwise (a problem body saying which, with Retry-After), so that traffic goes to the other instances. A
/// ready answer is reused for a second (load balancers poll; the route is outside the rate limits); a refusal never.
/// </summary>
internal sealed class Endpoint(NpgsqlDataSource dataSource, LastReady last, ILogger<Endpoint> logger) : EndpointWithoutRequest<Response>
{
    private static readonly IReadOnlyList<string> Known = [.. Migrator.Embedded().Select(m => m.Name)];

    public override void Configure()
    {
        Get("/health/ready");
        AllowAnonymous();
        Summary(s =>
        {
            s.Summary = "Should this instance receive traffic?";
            s.Description = "200 when the database answers and every migration of this build is applied to it; otherwise 503 " +
                            "(database unreachable, or migrations pending: a database behind this build) with Retry-After. " +
                            "/health/live says whether the process answers at all; /health describes the data.";
            s.ResponseExamples[200] = new Response("ready", "0018_secret_with.sql", 19);
        });
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        if (last.Answer is { } recent && DateTime.UtcNow - recent.At < TimeSpan.FromSeconds(1))
        {
            await Send.OkAsync(recent.Body, ct);
            return;
        }
        HashSet<string> applied;
        try
        {
            await using var connection = await dataSource.OpenConnectionAsync(ct);
            applied = [.. await connection.QueryAsync<string>("select name from platform.schema_migrations")];
        }
        catch (Exception e) when (DatabaseOutage.Is(e) || e is TimeoutException)
        {
            logger.LogWarning("Readiness: database unreachable ({Error})", e.Message);
            await NotReadyAsync("The database cannot be reached.");
            return;
        }
        var pending = Known.Where(m => !applied.Contains(m)).ToList();
        if (pending.Count > 0)
        {
            await NotReadyAsync($"{pending.Count} migration(s) of this build are not applied to the database yet: {string.Join(", ", pending)}.");
            return;
        }
        var ready = new Response("ready", Known[^1], Known.Count);
        last.Answer = (DateTime.UtcNow, ready);
        await Send.OkAsync(ready, ct);
    }

    private async Task NotReadyAsync(string detail)
    {
        last.Answer = null;
        HttpContext.Response.Headers.RetryAfter = DatabaseOutage.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await Send.ResultAsync(Problems.Unavailable(detail));
    }
}
