using Npgsql;

namespace Observatoires.Api.Platform.Data;

/// <summary>Tells a database that cannot be reached, or is shutting down, from one that refused a query.</summary>
internal static class DatabaseOutage
{
    /// <summary>Seconds a client is asked to wait (Retry-After) before trying again.</summary>
    public const int RetryAfterSeconds = 10;

    public static bool Is(Exception exception) => exception switch
    {
        // Connection errors (class 08), the server shutting down or starting (57P01–57P03), no connection slot left.
        PostgresException e => e.SqlState.StartsWith("08", StringComparison.Ordinal) || e.SqlState is "57P01" or "57P02" or "57P03" or "53300",
        // No answer from a server at all: refused, reset or timed-out connections, an exhausted pool.
        NpgsqlException => true,
        _ => exception.InnerException is { } inner && Is(inner),
    };
}
