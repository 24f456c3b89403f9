using Npgsql;

namespace Observatoires.Tests.Infrastructure;

/// <summary>
/// The base of a fixture that talks to the database alone, without an API: its own copy of the seeded template
/// (named after the suffix), made before its tests and dropped with it; its tests share it, each on what is its own
/// (a commune, a period).
/// </summary>
public abstract class DatabaseCopyTest(string suffix)
{
    private string? database;

    [OneTimeSetUp]
    public async Task CopyTheSeededDatabase() => database = await TestDatabase.CloneTemplateAsync(suffix);

    [OneTimeTearDown]
    public Task DropTheCopy() => database is null ? Task.CompletedTask : TestDatabase.DropAsync(database);

    /// <summary>An open connection to the fixture's copy, as the server's owner.</summary>
    protected NpgsqlConnection OpenConnection()
    {
        var connection = new NpgsqlConnection(TestDatabase.ConnectionString(database ?? throw new InvalidOperationException("no copy yet")));
        connection.Open();
        return connection;
    }
}
