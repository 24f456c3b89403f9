using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Observatoires.Api.Platform.Data;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Platform.Data;

/// <summary>What a developer relies on when adding a migration.</summary>
public sealed class MigratorTests
{
    private NpgsqlDataSource dataSource = null!;

    [SetUp]
    public async Task EmptyDatabase()
    {
        var name = await TestDatabase.CreateEmptyAsync($"migrator_{TestContext.CurrentContext.Test.MethodName!.ToLowerInvariant()}");
        dataSource = NpgsqlDataSource.Create(TestDatabase.ConnectionString(name));
    }

    [TearDown]
    public async Task DisposeDataSource() => await dataSource.DisposeAsync();

    private Migrator Migrator => new(dataSource, NullLogger<Migrator>.Instance);

    [Test]
    public async Task The_repository_migrations_apply_in_order_and_a_second_run_applies_nothing()
    {
        var last = await Migrator.MigrateAsync();
        await using var connection = await dataSource.OpenConnectionAsync();
        var journal = (await connection.QueryAsync<string>("select name from platform.schema_migrations order by applied_at, name")).ToList();
        Assert.That(journal, Is.EqualTo(Api.Platform.Data.Migrator.Embedded().Select(m => m.Name)));
        Assert.That(journal, Is.Ordered);
        Assert.That(last, Is.EqualTo(journal[^1]));

        await Migrator.MigrateAsync();
        Assert.That(await connection.ExecuteScalarAsync<int>("select count(*) from platform.schema_migrations"), Is.EqualTo(journal.Count));
    }

    [Test]
    public async Task A_failing_migration_names_its_file_and_the_PostgreSQL_error_and_leaves_nothing_half_done()
    {
        Migrator.Migration[] migrations =
        [
            new("0001_ok.sql", "create table platform.a (id int);"),
            new("0002_broken.sql", "create table platform.b (id int); insert into platform.missing values (1);"),
            new("0003_after.sql", "create table platform.c (id int);"),
        ];
        var error = Assert.ThrowsAsync<MigrationException>(() => Migrator.MigrateAsync(migrations));
        Assert.That(error!.Message, Does.Contain("0002_broken.sql").And.Contain("42P01").And.Contain("platform.missing"));

        await using var connection = await dataSource.OpenConnectionAsync();
        var tables = (await connection.QueryAsync<string>(
            "select table_name from information_schema.tables where table_schema = 'platform' order by 1")).ToList();
        Assert.That(tables, Is.EqualTo(new[] { "a", "schema_migrations" }), "0002 rolled back whole, 0003 not attempted");
        Assert.That(await connection.QueryAsync<string>("select name from platform.schema_migrations"), Is.EqualTo(new[] { "0001_ok.sql" }));
    }

    [Test]
    public async Task An_applied_migration_that_was_edited_afterwards_is_refused()
    {
        await Migrator.MigrateAsync([new("0001_a.sql", "create table platform.a (id int);")]);
        var error = Assert.ThrowsAsync<MigrationException>(() =>
            Migrator.MigrateAsync([new("0001_a.sql", "create table platform.a (id bigint);")]));
        Assert.That(error!.Message, Does.Contain("0001_a.sql").And.Contain("different content"));
    }
}
