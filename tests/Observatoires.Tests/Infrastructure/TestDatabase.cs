using Npgsql;

namespace Observatoires.Tests.Infrastructure;

/// <summary>
/// Databases on the real PostgreSQL + PostGIS server that ./observatoires test starts (OBSERVATOIRES_TEST_DB).
/// One template is migrated and seeded per run; each fixture gets its own copy (CREATE DATABASE ... TEMPLATE),
/// so tests that write never see each other. Everything created by the run is dropped at the end.
/// </summary>
internal static class TestDatabase
{
    private static readonly string RunId = $"obs_test_{DateTime.UtcNow:yyyyMMddHHmmss}_{Environment.ProcessId}";
    private static readonly List<string> Created = [];

    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable("OBSERVATOIRES_TEST_DB") is { Length: > 0 } cs ? cs
            : throw new InvalidOperationException(
                "OBSERVATOIRES_TEST_DB is not set. Run the tests with ./observatoires test, which starts a private " +
                "PostgreSQL + PostGIS and sets it (an Npgsql connection string to the server's 'postgres' database).");

    public static string TemplateName => RunId + "_template";

    public static string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = database }.ConnectionString;

    public static Task<string> CreateEmptyAsync(string suffix) => CreateAsync(suffix, template: null);

    /// <summary>A fresh copy of the seeded template.</summary>
    public static Task<string> CloneTemplateAsync(string suffix) => CreateAsync(suffix, TemplateName);

    private static async Task<string> CreateAsync(string suffix, string? template)
    {
        var name = $"{RunId}_{suffix}";
        // strategy file_copy: the template's files copied as they are, after a checkpoint. PostgreSQL 15's default
        // (wal_log) writes every page of the copy to the WAL as well: ~250 MB of WAL per copy, ~160 copies a run.
        await ExecuteOnServerAsync($"create database \"{name}\"" + (template is null ? "" : $" template \"{template}\" strategy file_copy"));
        lock (Created)
            Created.Add(name);
        return name;
    }

    public static async Task DropAllAsync()
    {
        NpgsqlConnection.ClearAllPools();
        foreach (var name in Created)
            await ExecuteOnServerAsync($"drop database if exists \"{name}\" with (force)");
    }

    /// <summary>Drops one database of this run, once nothing uses it any more (its pooled connections are closed first).</summary>
    public static async Task DropAsync(string name)
    {
        lock (Created)
            if (!Created.Remove(name))
                return;
        NpgsqlConnection.ClearPool(new NpgsqlConnection(ConnectionString(name)));
        await ExecuteOnServerAsync($"drop database if exists \"{name}\" with (force)");
    }

    private static async Task ExecuteOnServerAsync(string sql)
    {
        // Database names are built from the run id and fixed suffixes above, never from input.
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
