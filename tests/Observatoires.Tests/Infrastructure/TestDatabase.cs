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
    private static readonly List<string> CreatedRoles = [];

    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable("OBSERVATOIRES_TEST_DB") is { Length: > 0 } cs ? cs
            : throw new InvalidOperationException(
                "OBSERVATOIRES_TEST_DB is not set. Run the tests with ./observatoires test, which starts a private " +
                "PostgreSQL + PostGIS and sets it (an Npgsql connection string to the server's 'postgres' database).");

    public static string TemplateName => RunId + "_template";

    /// <summary>A role and its password, to connect as another user than the server's (OBSERVATOIRES_TEST_DB's).</summary>
    public sealed record Login(string Role, string Password);

    public static string ConnectionString(string database, Login? login = null)
    {
        var builder = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = database };
        if (login is not null)
            (builder.Username, builder.Password) = (login.Role, login.Password);
        return builder.ConnectionString;
    }

    public static Task<string> CreateEmptyAsync(string suffix) => CreateAsync(suffix, template: null);

    /// <summary>A fresh copy of the seeded template.</summary>
    public static Task<string> CloneTemplateAsync(string suffix) => CreateAsync(suffix, TemplateName);

    /// <summary>A copy of another database of the server (which nothing may be connected to meanwhile).</summary>
    public static Task<string> CopyAsync(string suffix, string source) => CreateAsync(suffix, source);

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
        // After the databases: a role's privileges lived in them.
        foreach (var role in CreatedRoles)
            await ExecuteOnServerAsync($"drop role if exists \"{role}\"");
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

    /// <summary>A role of this run (dropped at its end with <see cref="DropAllAsync"/>), named after the run and a suffix.</summary>
    public static async Task<Login> CreateRoleAsync(string suffix)
    {
        var login = new Login($"{RunId}_{suffix}", Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)));
        // A password is not an identifier: given as a literal, which CREATE ROLE does not take as a parameter; it is hex.
        await ExecuteOnServerAsync($"create role \"{login.Role}\" login password '{login.Password}'");
        lock (Created)
            CreatedRoles.Add(login.Role);
        return login;
    }

    /// <summary>Runs SQL as the server's owner role in one database of this run.</summary>
    public static Task ExecuteAsync(string database, string sql) => ExecuteWithAsync(ConnectionString(database), sql);

    private static Task ExecuteOnServerAsync(string sql) => ExecuteWithAsync(ServerConnectionString, sql);

    private static async Task ExecuteWithAsync(string connectionString, string sql)
    {
        // Database and role names are built from the run id and fixed suffixes above, never from input.
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
