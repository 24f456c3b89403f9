using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Http;

namespace Observatoires.Api.Platform.Data;

/// <summary>The object a write changes, as read and locked in the write's transaction.</summary>
/// <param name="Name">How the answers name it: "Lot 12", "Brownfield 3".</param>
/// <param name="Territory">Where it lies (its commune): the caller's scope must cover it.</param>
/// <param name="Version">For an object that several editors change: its current version, which If-Match must name.</param>
internal sealed record WriteTarget(string Name, string Territory, CurrentVersion? Version = null);

/// <param name="ETag">The current version's ETag, as the object's reads give it.</param>
/// <param name="Current">The object as it is now: a 412 sends it back, so that the editor can redo their change on it.</param>
/// <param name="Summary">The current version in a few words, for the 412's detail ("version 3 (friche, by key 4)").</param>
internal sealed record CurrentVersion(string ETag, object Current, string Summary);

/// <summary>
/// One HTTP write, the only way an endpoint changes data: its own connection and transaction; the object it changes
/// checked once locked (<see cref="Refusal"/>); then, at commit and in the same transaction, the audit entry and the
/// bump of the data domains it changed, so that no write goes unaudited or leaves stale ETags and cached answers
/// behind. Disposed without a commit (a refusal, a field error, an exception), it rolls back: nothing is written.
/// </summary>
internal sealed class Write : IAsyncDisposable
{
    private readonly HttpContext context;

    private Write(HttpContext context, NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        this.context = context;
        Connection = connection;
        Transaction = transaction;
        Caller = ApiKeyAuthentication.CallerOf(context);
    }

    public NpgsqlConnection Connection { get; }

    public NpgsqlTransaction Transaction { get; }

    /// <summary>Who writes: whose scope is checked, who the audit entry names.</summary>
    public Caller Caller { get; }

    public static async Task<Write> BeginAsync(NpgsqlDataSource dataSource, HttpContext context, CancellationToken ct)
    {
        var connection = await dataSource.OpenConnectionAsync(ct);
        try
        {
            return new(context, connection, await connection.BeginTransactionAsync(ct));
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Why this write may not change the object (null when it does not exist, which <paramref name="notFound"/> says),
    /// as the answer to send: 404; 403 outside the caller's scope; for a versioned object, 428 without If-Match or
    /// with <c>*</c> (which would skip the very check), 412 with the current version when it changed since the caller
    /// read it. Null when the write may go on.
    /// </summary>
    public IResult? Refusal(WriteTarget? target, string notFound)
    {
        if (target is null)
            return Problems.NotFound(notFound);
        if (!Caller.CanWrite(target.Territory, []))
            return Problems.OutsideScope(target.Name, target.Territory);
        if (target.Version is not { } version)
            return null;
        switch (IfMatch.Evaluate(context.Request, version.ETag))
        {
            case IfMatchResult.Missing:
                return Problems.PreconditionRequired(
                    $"Send If-Match: {version.ETag} (the version you read) so that another editor's change is never overwritten.");
            case IfMatchResult.Wildcard:
                return Problems.PreconditionRequired(
                    $"If-Match: * is not accepted here: it would overwrite whatever another editor saved. Send If-Match: {version.ETag} " +
                    "(the version you read).");
            case IfMatchResult.Stale:
                context.Response.Headers.ETag = version.ETag;
                return Problems.PreconditionFailed(
                    $"{target.Name} changed since you read it: it is now {version.Summary}. Read it again and redo your change.",
                    new Dictionary<string, object?> { ["current"] = version.Current });
            default:
                return null;
        }
    }

    /// <summary>Appends the audit entry and bumps the data domains the write changed, in its transaction, then commits.</summary>
    public async Task CommitAsync(AuditEntry audit, IReadOnlyList<string> domains, CancellationToken ct)
    {
        await AuditLog.AppendAsync(Connection, Transaction, Caller, audit);
        foreach (var domain in domains)
            await DataVersions.BumpAsync(Connection, Transaction, domain);
        await Transaction.CommitAsync(ct);
    }

    public async ValueTask DisposeAsync()
    {
        await Transaction.DisposeAsync();
        await Connection.DisposeAsync();
    }
}
