using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using Npgsql;

namespace Observatoires.Api.Platform.Data;

/// <summary>
/// Applies the numbered SQL files of db/migrations (embedded in this assembly) in order, each in its own
/// transaction, and journals them in platform.schema_migrations. An advisory lock lets several API
/// instances start at once without applying a migration twice.
/// </summary>
internal sealed class Migrator(NpgsqlDataSource dataSource, ILogger<Migrator> logger)
{
    private const long LockKey = 0x0B5E_2024;

    internal sealed record Migration(string Name, string Sql)
    {
        public string Checksum { get; } = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Sql)));
    }

    public static IReadOnlyList<Migration> Embedded()
    {
        var assembly = typeof(Migrator).Assembly;
        return [.. assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("Migrations.", StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => new Migration(n["Migrations.".Length..], Read(assembly, n)))
            .OrderBy(m => m.Name, StringComparer.Ordinal)];
    }

    /// <summary>Applies what is pending of db/migrations; returns the name of the last applied migration.</summary>
    public Task<string> MigrateAsync(CancellationToken ct = default) => MigrateAsync(Embedded(), ct);

    public async Task<string> MigrateAsync(IReadOnlyList<Migration> migrations, CancellationToken ct = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await connection.ExecuteAsync("select pg_advisory_lock(@LockKey)", new { LockKey });
        try
        {
            await connection.ExecuteAsync("""
                create schema if not exists platform;
                create table if not exists platform.schema_migrations (
                    name text primary key,
                    checksum text not null,
                    applied_at timestamptz not null default now());
                """);
            var applied = (await connection.QueryAsync<(string Name, string Checksum)>(
                "select name, checksum from platform.schema_migrations")).ToDictionary(m => m.Name, m => m.Checksum);

            foreach (var migration in migrations)
            {
                if (applied.TryGetValue(migration.Name, out var checksum))
                {
                    if (checksum != migration.Checksum)
                        throw new MigrationException(migration.Name,
                            "this migration was already applied with a different content; add a new migration instead of editing it");
                    continue;
                }
                await ApplyAsync(connection, migration, ct);
            }
            return await connection.ExecuteScalarAsync<string>(
                "select name from platform.schema_migrations order by name desc limit 1") ?? "";
        }
        finally
        {
            await connection.ExecuteAsync("select pg_advisory_unlock(@LockKey)", new { LockKey });
        }
    }

    private async Task ApplyAsync(NpgsqlConnection connection, Migration migration, CancellationToken ct)
    {
        await using var transaction = await connection.BeginTransactionAsync(ct);
        try
        {
            await connection.ExecuteAsync(new CommandDefinition(migration.Sql, transaction: transaction, cancellationToken: ct));
            await connection.ExecuteAsync(
                "insert into platform.schema_migrations (name, checksum) values (@Name, @Checksum)",
                new { migration.Name, migration.Checksum }, transaction);
            await transaction.CommitAsync(ct);
            logger.LogInformation("Applied migration {Migration}", migration.Name);
        }
        catch (PostgresException e)
        {
            throw new MigrationException(migration.Name, $"{e.SqlState}: {e.MessageText}" +
                (e.Position > 0 ? $" (at character {e.Position})" : ""), e);
        }
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

internal sealed class MigrationException(string migration, string error, Exception? inner = null)
    : Exception($"Migration {migration} failed: {error}", inner)
{
    public string Migration { get; } = migration;
}
