using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.Primitives;
using Npgsql;
using NpgsqlTypes;

namespace Observatoires.Api.Platform.Data;

/// <summary>
/// The data versions as one instance knows them. <see cref="Lsn"/>, when known, is a position of the primary's WAL
/// read in the same statement as the versions: a server that has replayed it holds at least the data of these
/// versions. Null once a notification raised a version since (the versions are then ahead of any known position).
/// </summary>
internal sealed record VersionSnapshot(ImmutableDictionary<string, long> Versions, NpgsqlLogSequenceNumber? Lsn)
{
    public static readonly VersionSnapshot Empty = new(ImmutableDictionary<string, long>.Empty, null);

    /// <summary>A snapshot as read with <see cref="DataVersions.SnapshotColumns"/>.</summary>
    public static VersionSnapshot Parse(string lsn, string versions) =>
        new(JsonSerializer.Deserialize<Dictionary<string, long>>(versions)!.ToImmutableDictionary(), NpgsqlLogSequenceNumber.Parse(lsn));

    /// <summary>The versions of the domains, as one stable string (e.g. "12.3").</summary>
    public string Format(IReadOnlyList<string> domains) => string.Join('.', domains.Order(StringComparer.Ordinal)
        .Select(d => Versions.GetValueOrDefault(d).ToString(CultureInfo.InvariantCulture)));
}

/// <summary>
/// The data versions (platform.data_version) kept in memory: one connection LISTENs to the notifications that
/// platform.bump_data_version sends at commit, so that revalidating a request costs no query. While that
/// connection is down, versions are read from the database, never guessed. Always read on the primary (NOTIFY is not
/// delivered on a standby); with reads on standbys (ReadServers), each load also notes the primary's WAL position, so
/// that a read is only served by a standby that has replayed the versions its ETag names.
/// </summary>
internal sealed class DataVersions(NpgsqlDataSource dataSource, ReadServers readServers, ILogger<DataVersions> logger) : BackgroundService
{
    private const string Channel = "data_version";
    private static readonly IChangeToken AlreadyOutdated = new CancellationChangeToken(new CancellationToken(canceled: true));
    private readonly Lock gate = new();
    private VersionSnapshot snapshot = VersionSnapshot.Empty;
    private volatile bool listening;
    // One source per domain and version still current or ahead (a keyed read may see a version before its NOTIFY):
    // a few dozen at most, each cancelled and dropped when a newer version of its domain is learnt.
    private readonly Dictionary<(string Domain, long Version), CancellationTokenSource> outdated = [];

    /// <summary>
    /// Marks a domain's data as changed, inside the writing transaction: at commit, every instance's ETags and
    /// cached answers that read the domain are stale (the NOTIFY reaches the others).
    /// </summary>
    public static Task BumpAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string domain) =>
        connection.ExecuteAsync("select platform.bump_data_version(@domain)", new { domain }, transaction);

    /// <summary>Every domain's version as this instance last learnt it (the metrics' gauge).</summary>
    public IEnumerable<KeyValuePair<string, long>> Current => Volatile.Read(ref snapshot).Versions;

    /// <summary>
    /// A token that fires when this instance learns a version of the domain newer than this one (by notification, by a
    /// refresh or with a key look-up), so that what was built from it can be dropped at once (ResponseCache). Already
    /// fired when a newer version is known.
    /// </summary>
    public IChangeToken Outdated(string domain, long version)
    {
        lock (gate)
        {
            if (snapshot.Versions.GetValueOrDefault(domain) > version)
                return AlreadyOutdated;
            if (!outdated.TryGetValue((domain, version), out var source))
                outdated[(domain, version)] = source = new CancellationTokenSource();
            return new CancellationChangeToken(source.Token);
        }
    }

    /// <summary>The versions of the domains, as one stable string (e.g. "12.3").</summary>
    public async Task<string> GetAsync(IReadOnlyList<string> domains, CancellationToken ct = default) =>
        (await CurrentAsync(ct)).Format(domains);

    /// <summary>The versions as this instance knows them now (read from the database while not listening).</summary>
    public async Task<VersionSnapshot> CurrentAsync(CancellationToken ct = default)
    {
        if (!listening)
            return await RefreshAsync(ct);
        return Volatile.Read(ref snapshot);
    }

    /// <summary>
    /// Reads every version from the database (also called after a write in this process, to see it at once). Returns
    /// the versions as read, with the WAL position read with them; while the primary does not answer and reads may go
    /// to standbys, a standby's (ReadServers.ReplayedSnapshotAsync).
    /// </summary>
    public async Task<VersionSnapshot> RefreshAsync(CancellationToken ct = default)
    {
        try
        {
            await using var connection = await dataSource.OpenConnectionAsync(ct);
            return await LoadAsync(connection);
        }
        catch (Exception e) when (DatabaseOutage.Is(e) && readServers.Enabled)
        {
            // The primary does not answer: reads go on with what a standby has replayed, under that standby's own
            // versions (never merged into this instance's: they may be older). Writes and keys still need the primary.
            if (await readServers.ReplayedSnapshotAsync(ct) is { } replayed)
                return replayed;
            throw;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await dataSource.OpenConnectionAsync(stoppingToken);
                connection.Notification += (_, e) =>
                {
                    var parts = e.Payload.Split(':');
                    if (parts.Length == 2 && long.TryParse(parts[1], CultureInfo.InvariantCulture, out var version))
                        Merge(ImmutableDictionary<string, long>.Empty.Add(parts[0], version), null);
                };
                await connection.ExecuteAsync($"listen {Channel}");
                await LoadAsync(connection); // after LISTEN: no bump can fall between the two
                listening = true;
                while (!stoppingToken.IsCancellationRequested)
                {
                    await connection.WaitAsync(stoppingToken);
                    // The notification left the versions without a WAL position: read one with them, so that standbys
                    // that have replayed it may serve the new versions.
                    if (readServers.Enabled)
                        await LoadAsync(connection);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
            {
                listening = false;
                logger.LogWarning("Data version notifications interrupted ({Error}); retrying", e.Message);
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
            finally
            {
                listening = false;
            }
        }
    }

    /// <summary>
    /// The columns <c>lsn</c> and <c>versions</c> of a snapshot, for a select on the primary (LoadAsync's, and the key
    /// look-up's of a routed read: ApiKeys). In one statement, the flush position is read after the statement's snapshot
    /// was taken, so it lies at or after the commit of every version it returns: a commit is flushed before it becomes
    /// visible (synchronous_commit is never off here). Not the insert position: WAL that no commit needs (a read's page
    /// pruning, even the look-up's own) waits up to the WAL writer's delay for its flush, and kept the standbys "behind"
    /// meanwhile (tests/cluster saw keyed reads sent to the primary). (On a server in recovery, given as the primary by
    /// mistake: what it has replayed.)
    /// </summary>
    public const string SnapshotColumns = """
        (case when pg_is_in_recovery() then pg_last_wal_replay_lsn() else pg_current_wal_flush_lsn() end)::text as lsn,
        (select coalesce(json_object_agg(domain, version), '{}') from platform.data_version)::text as versions
        """;

    /// <summary>Takes in a snapshot read with <see cref="SnapshotColumns"/> (merged with what this instance knows); returns it as read.</summary>
    public VersionSnapshot Adopt(string lsn, string versions)
    {
        var loaded = VersionSnapshot.Parse(lsn, versions);
        Merge(loaded.Versions, loaded.Lsn);
        return loaded;
    }

    private async Task<VersionSnapshot> LoadAsync(NpgsqlConnection connection)
    {
        var (lsn, versions) = await connection.QuerySingleAsync<(string, string)>($"select {SnapshotColumns}");
        return Adopt(lsn, versions);
    }

    /// <summary>
    /// Merges versions (each only ever goes up); the known position stays only while no version is ahead of it. The
    /// tokens of the versions passed fire after the lock is left (their callbacks drop cache entries).
    /// </summary>
    private void Merge(ImmutableDictionary<string, long> versions, NpgsqlLogSequenceNumber? lsn)
    {
        List<CancellationTokenSource>? passed = null;
        lock (gate)
        {
            var current = snapshot;
            var merged = current.Versions;
            var ahead = false; // a known version newer than those read at lsn
            foreach (var (domain, version) in versions)
            {
                var known = merged.GetValueOrDefault(domain);
                if (version > known)
                    merged = merged.SetItem(domain, version);
            }
            if (lsn is not null)
                ahead = current.Versions.Any(v => v.Value > versions.GetValueOrDefault(v.Key));
            var position = lsn is null
                ? (ReferenceEquals(merged, current.Versions) ? current.Lsn : null)
                : ahead ? null : Max(lsn.Value, current.Lsn);
            Volatile.Write(ref snapshot, new VersionSnapshot(merged, position));
            if (!ReferenceEquals(merged, current.Versions))
            {
                foreach (var key in outdated.Keys.Where(k => merged.GetValueOrDefault(k.Domain) > k.Version).ToList())
                {
                    (passed ??= []).Add(outdated[key]);
                    outdated.Remove(key);
                }
            }
        }
        foreach (var source in passed ?? [])
            source.Cancel();
    }

    private static NpgsqlLogSequenceNumber Max(NpgsqlLogSequenceNumber a, NpgsqlLogSequenceNumber? b) =>
        b is { } other && other > a ? other : a;
}
