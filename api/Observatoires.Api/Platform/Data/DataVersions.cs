using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.Primitives;
using Npgsql;

namespace Observatoires.Api.Platform.Data;

/// <summary>
/// The data versions as one instance knows them, or as a standby has replayed them. A version is bumped in the
/// transaction that writes its data: a server whose platform.data_version shows at least these versions holds at least
/// their data (<see cref="IsHeldBy"/>), whatever else its WAL replay is behind on.
/// </summary>
internal sealed record VersionSnapshot(ImmutableDictionary<string, long> Versions)
{
    public static readonly VersionSnapshot Empty = new(ImmutableDictionary<string, long>.Empty);

    /// <summary>A snapshot as read with <see cref="DataVersions.SnapshotColumns"/>.</summary>
    public static VersionSnapshot Parse(string versions) =>
        new(JsonSerializer.Deserialize<Dictionary<string, long>>(versions)!.ToImmutableDictionary());

    /// <summary>Whether a server with these versions holds the data of every version of this snapshot.</summary>
    public bool IsHeldBy(VersionSnapshot server) =>
        Versions.All(v => server.Versions.GetValueOrDefault(v.Key) >= v.Value);

    /// <summary>The versions of the domains, as one stable string (e.g. "12.3").</summary>
    public string Format(IReadOnlyList<string> domains) => string.Join('.', domains.Order(StringComparer.Ordinal)
        .Select(d => Versions.GetValueOrDefault(d).ToString(CultureInfo.InvariantCulture)));
}

/// <summary>
/// The data versions (platform.data_version) kept in memory: one connection LISTENs to the notifications that
/// platform.bump_data_version sends at commit, so that revalidating a request costs no query. While that
/// connection is down, versions are read from the database, never guessed. Always read on the primary (NOTIFY is not
/// delivered on a standby); with reads on standbys (ReadServers), a read is only served by a standby that has replayed
/// the versions its ETag names (VersionSnapshot.IsHeldBy).
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
    public IEnumerable<KeyValuePair<string, long>> Current => Volatile.Read(ref snapshot).Versions.Where(v => v.Key != Migrations);

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
    /// the versions as read; while the primary does not answer and reads may go to standbys, a standby's
    /// (ReadServers.ReplayedSnapshotAsync).
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
                        Merge(ImmutableDictionary<string, long>.Empty.Add(parts[0], version));
                };
                await connection.ExecuteAsync($"listen {Channel}");
                await LoadAsync(connection); // after LISTEN: no bump can fall between the two
                listening = true;
                while (!stoppingToken.IsCancellationRequested)
                    await connection.WaitAsync(stoppingToken);
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
    /// The column <c>versions</c> of a snapshot, for a select (LoadAsync's, the key look-up's of a routed read: ApiKeys,
    /// and a standby's check: ReadServers): every data domain's version, and the number of migrations applied as the
    /// pseudo-domain <see cref="Migrations"/>, so that a standby still replaying a migration (a long one replays for
    /// minutes) serves no read of this build, which would query tables or columns it does not have yet.
    /// </summary>
    public const string SnapshotColumns = $$"""
        (select coalesce(json_object_agg(domain, version), '{}') from (
            select domain, version from platform.data_version
            union all select '{{Migrations}}', count(*) from platform.schema_migrations) versions)::text as versions
        """;

    /// <summary>The snapshot's count of applied migrations, beside the data domains (no data domain has this name).</summary>
    public const string Migrations = "platform.migrations";

    /// <summary>Takes in a snapshot read with <see cref="SnapshotColumns"/> (merged with what this instance knows); returns it as read.</summary>
    public VersionSnapshot Adopt(string versions)
    {
        var loaded = VersionSnapshot.Parse(versions);
        Merge(loaded.Versions);
        return loaded;
    }

    private async Task<VersionSnapshot> LoadAsync(NpgsqlConnection connection) =>
        Adopt(await connection.QuerySingleAsync<string>($"select {SnapshotColumns}"));

    /// <summary>
    /// Merges versions (each only ever goes up). The tokens of the versions passed fire after the lock is left (their
    /// callbacks drop cache entries).
    /// </summary>
    private void Merge(ImmutableDictionary<string, long> versions)
    {
        List<CancellationTokenSource>? passed = null;
        lock (gate)
        {
            var current = snapshot;
            var merged = current.Versions;
            foreach (var (domain, version) in versions)
            {
                if (version > merged.GetValueOrDefault(domain))
                    merged = merged.SetItem(domain, version);
            }
            if (!ReferenceEquals(merged, current.Versions))
            {
                Volatile.Write(ref snapshot, new VersionSnapshot(merged));
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
}
