using System.Collections.Concurrent;
using System.Globalization;
using Dapper;
using Npgsql;

namespace Observatoires.Api.Platform.Data;

/// <summary>
/// The data versions (platform.data_version) kept in memory: one connection LISTENs to the notifications that
/// platform.bump_data_version sends at commit, so that revalidating a request costs no query. While that
/// connection is down, versions are read from the database, never guessed.
/// </summary>
internal sealed class DataVersions(NpgsqlDataSource dataSource, ILogger<DataVersions> logger) : BackgroundService
{
    private const string Channel = "data_version";
    private readonly ConcurrentDictionary<string, long> versions = new();
    private volatile bool listening;

    /// <summary>
    /// Marks a domain's data as changed, inside the writing transaction: at commit, every instance's ETags and
    /// cached answers that read the domain are stale (the NOTIFY reaches the others).
    /// </summary>
    public static Task BumpAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string domain) =>
        connection.ExecuteAsync("select platform.bump_data_version(@domain)", new { domain }, transaction);

    /// <summary>Every domain's version as this instance last learnt it (the metrics' gauge).</summary>
    public IEnumerable<KeyValuePair<string, long>> Current => versions;

    /// <summary>The versions of the domains, as one stable string (e.g. "12.3").</summary>
    public async Task<string> GetAsync(IReadOnlyList<string> domains, CancellationToken ct = default)
    {
        if (!listening)
            await RefreshAsync(ct);
        return string.Join('.', domains.Order(StringComparer.Ordinal)
            .Select(d => versions.GetValueOrDefault(d).ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>Reads every version from the database (also called after a write in this process, to see it at once).</summary>
    public async Task RefreshAsync(CancellationToken ct = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await LoadAsync(connection);
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
                        versions.AddOrUpdate(parts[0], version, (_, current) => Math.Max(current, version));
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

    private async Task LoadAsync(NpgsqlConnection connection)
    {
        foreach (var (domain, version) in await connection.QueryAsync<(string, long)>("select domain, version from platform.data_version"))
            versions.AddOrUpdate(domain, version, (_, current) => Math.Max(current, version));
    }
}
