using System.Globalization;
using Dapper;
using FastEndpoints;
using Npgsql;
using Observatoires.Api.Platform.Data;

namespace Observatoires.Api.Platform.Health.GetHealth;

/// <param name="Status">ok, or degraded while the database cannot be reached.</param>
/// <param name="Database">reachable or unreachable.</param>
/// <param name="SchemaVersion">The last migration applied.</param>
/// <param name="Counts">Territories by level.</param>
internal sealed record Response(string Status, string Database, string? SchemaVersion, IReadOnlyDictionary<string, int> Counts);

/// <summary>
/// The last good answer, reused for a second: /health is outside the rate limits (load balancers poll it), so a flood
/// of it costs one database round trip a second, not one a request. A degraded answer is never reused: the
/// recovery shows at once. One per application (a singleton).
/// </summary>
internal sealed class LastHealth
{
    public (DateTime At, Response Body)? Answer { get; set; }
}

internal sealed class Endpoint(NpgsqlDataSource dataSource, LastHealth last, ILogger<Endpoint> logger) : EndpointWithoutRequest<Response>
{
    public override void Configure()
    {
        Get("/health");
        AllowAnonymous();
        Description(d => d.Produces<Response>(503));
        Summary(s =>
        {
            s.Summary = "Is the platform up?";
            s.Description = "200 when the database answers, with the schema version and the number of territories by level; otherwise " +
                            "503 with status degraded and Retry-After: the API is up, its data is not (data routes answer 503 too).";
            s.ResponseExamples[200] = new Response("ok", "reachable", "0002_territories.sql",
                new Dictionary<string, int> { ["commune"] = 319, ["epci"] = 5, ["groupement"] = 3, ["departement"] = 1, ["region"] = 1 });
        });
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        if (last.Answer is { } recent && DateTime.UtcNow - recent.At < TimeSpan.FromSeconds(1))
        {
            await Send.OkAsync(recent.Body, ct);
            return;
        }
        var (body, status) = await CheckAsync(ct);
        if (status == 200)
            last.Answer = (DateTime.UtcNow, body);
        else
            HttpContext.Response.Headers.RetryAfter = DatabaseOutage.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        await Send.ResponseAsync(body, status, ct);
    }

    private async Task<(Response Body, int Status)> CheckAsync(CancellationToken ct)
    {
        try
        {
            await using var connection = await dataSource.OpenConnectionAsync(ct);
            var schema = await connection.ExecuteScalarAsync<string?>(
                "select name from platform.schema_migrations order by name desc limit 1");
            var counts = (await connection.QueryAsync<(string Level, int Count)>(
                "select level, count(*)::int from platform.territory group by level")).ToDictionary(c => c.Level, c => c.Count);
            return (new Response("ok", "reachable", schema, counts), 200);
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            logger.LogWarning("Health check: database unreachable ({Error})", e.Message);
            return (new Response("degraded", "unreachable", null, new Dictionary<string, int>()), 503);
        }
    }
}
