using System.Globalization;
using Dapper;
using FastEndpoints;
using Npgsql;
using Observatoires.Api.Platform.Data;

namespace Observatoires.Api.Platform.Health.GetHealth;

internal sealed class Endpoint(NpgsqlDataSource dataSource, ILogger<Endpoint> logger) : EndpointWithoutRequest<Response>
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
        try
        {
            await using var connection = await dataSource.OpenConnectionAsync(ct);
            var schema = await connection.ExecuteScalarAsync<string?>(
                "select name from platform.schema_migrations order by name desc limit 1");
            var counts = (await connection.QueryAsync<(string Level, int Count)>(
                "select level, count(*)::int from platform.territory group by level")).ToDictionary(c => c.Level, c => c.Count);
            await Send.OkAsync(new Response("ok", "reachable", schema, counts), ct);
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            logger.LogWarning("Health check: database unreachable ({Error})", e.Message);
            HttpContext.Response.Headers.RetryAfter = DatabaseOutage.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            await Send.ResponseAsync(new Response("degraded", "unreachable", null, new Dictionary<string, int>()), 503, ct);
        }
    }
}
