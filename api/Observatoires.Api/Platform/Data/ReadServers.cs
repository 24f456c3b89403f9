using Dapper;
using Npgsql;
using NpgsqlTypes;

namespace Observatoires.Api.Platform.Data;

/// <summary>
/// A standby as readiness sees it: its replay position, the data versions it has replayed, and what keeps it from serving
/// reads (null: nothing).
/// </summary>
internal sealed record StandbyCheck(string Name, NpgsqlLogSequenceNumber? Replayed, VersionSnapshot? Versions, string? Problem);

/// <summary>
/// The hot standbys that GET requests may read from, given by ConnectionStrings:ObservatoiresRead (an Npgsql connection
/// string whose Host lists them: <c>Host=127.0.0.1:54361,127.0.0.1:54362</c>). Each listed server gets its own pool, so
/// that a request reads from one server whose replayed data versions are known: a standby serves a read only once it has
/// replayed the versions the request must see (<see cref="ChooseAsync"/>), and requests are spread over those, in turn.
/// Versions, not WAL positions: the WAL moves on with every vacuum, analyze or hint that no read needs, which kept
/// standbys "behind" the primary's position for the reads that asked for it (tests/cluster, after a restore). A server
/// that is not in recovery (the primary, or a promoted standby) is not read from here: the primary serves as the
/// fallback, through the primary's own connection string. Without that setting nothing is routed: every read goes to
/// the primary, exactly as before.
/// </summary>
internal sealed class ReadServers : IAsyncDisposable
{
    public const string ConnectionStringName = "ObservatoiresRead";

    // A standby that failed to answer (stopped, restarting, promoted) is left out rather than tried (and waited for) on
    // every request, and asked again by one request after this pause: a standby that comes back serves within about
    // a second (a 5 s pause kept a restarted standby out for up to 5 s after it was back: tests/cluster).
    private static readonly TimeSpan FailurePause = TimeSpan.FromSeconds(1);

    // How long a standby's replayed versions, once seen, are trusted without asking again: a standby stopped, rebuilt or
    // promoted since is noticed within that time.
    private static readonly TimeSpan VersionsTrust = TimeSpan.FromSeconds(1);

    // Out of recovery, a server is a primary (or a promoted standby: its replay position stays, not null, until it
    // restarts), not a server to read from here, whatever its versions: a promoted one may have bumped its own.
    private const string Replayed = "select pg_is_in_recovery() as in_recovery, pg_last_wal_replay_lsn()::text as lsn, "
                                    + DataVersions.SnapshotColumns;

    private readonly Standby[] standbys;
    private readonly ILogger<ReadServers> logger;
    private int next;

    public ReadServers(IConfiguration configuration, ILogger<ReadServers> logger)
    {
        this.logger = logger;
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        standbys = string.IsNullOrWhiteSpace(connectionString) ? [] : [.. Split(connectionString).Select(s => new Standby(s.Name, s.Source))];
    }

    /// <summary>Whether reads may go to standbys at all.</summary>
    public bool Enabled => standbys.Length > 0;

    /// <summary>
    /// A standby that has replayed the data versions <paramref name="required"/>, taken in turn; null when none has (or
    /// none answers): the caller then reads from the primary. A standby behind is asked again (one short query) before it
    /// is passed over.
    /// </summary>
    public async Task<(string Name, NpgsqlDataSource Source)?> ChooseAsync(VersionSnapshot required, CancellationToken ct)
    {
        var start = Interlocked.Increment(ref next);
        for (var i = 0; i < standbys.Length; i++)
        {
            var standby = standbys[(int)((uint)(start + i) % (uint)standbys.Length)];
            if (standby.Replayed(VersionsTrust) is { } known && required.IsHeldBy(known))
                return (standby.Name, standby.Source);
            // One request at a time asks a standby that failed, once per pause; the others go on without it.
            if (!standby.ClaimCheck(FailurePause))
                continue;
            try
            {
                await using var connection = await standby.Source.OpenConnectionAsync(ct);
                var (inRecovery, _, versions) = await connection.QuerySingleAsync<(bool, string?, string)>(Replayed);
                if (!inRecovery)
                {
                    standby.Fail(FailurePause);
                    continue;
                }
                var seen = VersionSnapshot.Parse(versions);
                standby.Observe(seen);
                if (required.IsHeldBy(seen))
                    return (standby.Name, standby.Source);
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException)
            {
                logger.LogWarning("Standby {Standby} does not answer ({Error}); reading from the others or the primary", standby.Name, e.Message);
                standby.Fail(FailurePause);
            }
        }
        return null;
    }

    /// <summary>
    /// A read on a standby failed for want of the server (it stopped or restarted after it was chosen): it is left out
    /// until it answers a check again, and its idle connections, which its restart broke, are closed.
    /// </summary>
    public void Failed(string name)
    {
        foreach (var standby in standbys.Where(s => s.Name == name))
        {
            logger.LogWarning("Standby {Standby} failed a read; reading from the others or the primary", standby.Name);
            standby.Fail(FailurePause);
        }
    }

    /// <summary>
    /// Every standby asked now, for readiness: its replay position, its data versions, and whether it holds every migration
    /// this build knows; what keeps it from serving reads is its problem, never an exception.
    /// </summary>
    public async Task<IReadOnlyList<StandbyCheck>> CheckAsync(IReadOnlyCollection<string> migrations, CancellationToken ct)
    {
        var checks = new List<StandbyCheck>(standbys.Length);
        foreach (var standby in standbys)
        {
            try
            {
                await using var connection = await standby.Source.OpenConnectionAsync(ct);
                var (inRecovery, replayed, versions, applied) = await connection.QuerySingleAsync<(bool, string?, string, string[])>(
                    Replayed + ", array(select name from platform.schema_migrations)");
                var pending = migrations.Except(applied).Count();
                if (!inRecovery || replayed is null)
                {
                    standby.Fail(FailurePause);
                    checks.Add(new(standby.Name, null, null, "not in recovery (a primary, or a promoted standby): not read from"));
                    continue;
                }
                var seen = VersionSnapshot.Parse(versions);
                standby.Observe(seen);
                checks.Add(new(standby.Name, NpgsqlLogSequenceNumber.Parse(replayed), seen,
                    pending == 0 ? null : $"{pending} migration(s) of this build not replayed yet"));
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException)
            {
                standby.Fail(FailurePause);
                checks.Add(new(standby.Name, null, null, $"does not answer ({e.Message})"));
            }
        }
        return checks;
    }

    /// <summary>
    /// While the primary does not answer: the versions a standby has replayed, so that reads are served with what that
    /// standby holds, under its own versions; null when no standby answers either.
    /// </summary>
    public async Task<VersionSnapshot?> ReplayedSnapshotAsync(CancellationToken ct)
    {
        foreach (var standby in standbys)
        {
            if (DateTime.UtcNow < standby.PausedUntil)
                continue;
            try
            {
                await using var connection = await standby.Source.OpenConnectionAsync(ct);
                var (inRecovery, _, versions) = await connection.QuerySingleAsync<(bool, string?, string)>(Replayed);
                // Out of recovery, it is a primary (promoted): the instance finds it through its own connection string.
                if (inRecovery)
                    return VersionSnapshot.Parse(versions);
                standby.Fail(FailurePause);
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException)
            {
                standby.Fail(FailurePause);
            }
        }
        return null;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var standby in standbys)
            await standby.Source.DisposeAsync();
    }

    /// <summary>One single-host data source per listed host, with the string's other settings.</summary>
    private static IEnumerable<(string Name, NpgsqlDataSource Source)> Split(string connectionString)
    {
        var template = new NpgsqlConnectionStringBuilder(connectionString);
        var hosts = (template.Host ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (hosts.Length == 0)
            throw new InvalidOperationException($"ConnectionStrings:{ConnectionStringName} names no Host");
        foreach (var entry in hosts)
        {
            var colon = entry.LastIndexOf(':');
            var (host, port) = colon > 0 && !entry.EndsWith(']') && int.TryParse(entry[(colon + 1)..], out var p)
                ? (entry[..colon], p)
                : (entry, template.Port);
            var builder = new NpgsqlDataSourceBuilder(template.ConnectionString);
            builder.ConnectionStringBuilder.Host = host;
            builder.ConnectionStringBuilder.Port = port;
            builder.ConnectionStringBuilder.TargetSessionAttributes = null;
            builder.ConnectionStringBuilder.LoadBalanceHosts = false;
            builder.ConnectionStringBuilder.ApplicationName ??= "observatoires-api-read";
            yield return ($"{host}:{port}", builder.Build());
        }
    }

    private sealed class Standby(string name, NpgsqlDataSource source)
    {
        private readonly Lock gate = new();
        private VersionSnapshot? replayed;
        private DateTime observedAt;
        private DateTime pausedUntil;
        private bool failed;

        public string Name { get; } = name;

        public NpgsqlDataSource Source { get; } = source;

        /// <summary>The replayed versions last seen, if seen within <paramref name="trust"/>; else none.</summary>
        public VersionSnapshot? Replayed(TimeSpan trust)
        {
            lock (gate)
                return DateTime.UtcNow - observedAt <= trust ? replayed : null;
        }

        public DateTime PausedUntil
        {
            get { lock (gate) return pausedUntil; }
        }

        public void Observe(VersionSnapshot versions)
        {
            lock (gate)
            {
                replayed = versions;
                observedAt = DateTime.UtcNow;
                failed = false;
            }
        }

        /// <summary>
        /// Whether this request may ask the standby now: always while it answers; once it failed, one request per
        /// <paramref name="pause"/> (the others are told no while that one asks).
        /// </summary>
        public bool ClaimCheck(TimeSpan pause)
        {
            lock (gate)
            {
                if (!failed)
                    return true;
                var now = DateTime.UtcNow;
                if (now < pausedUntil)
                    return false;
                pausedUntil = now + pause;
                return true;
            }
        }

        /// <summary>Left out for <paramref name="pause"/>; its idle connections closed (a restart broke them).</summary>
        public void Fail(TimeSpan pause)
        {
            lock (gate)
            {
                pausedUntil = DateTime.UtcNow + pause;
                replayed = null;
                failed = true;
            }
            Source.Clear();
        }
    }
}
