using Microsoft.Extensions.DependencyInjection;
using Observatoires.Api;

using Observatoires.Tests.Infrastructure;

// In the root namespace: a SetUpFixture applies to the tests of its namespace and below.
namespace Observatoires.Tests;

/// <summary>Once per run: migrate and seed the template database; at the end, stop the read-only hosts and drop every database the run made.</summary>
[SetUpFixture]
public sealed class TestRun
{
    /// <summary>A database of the test server seeded by the API under test (./observatoires seed), to start the template from.</summary>
    public const string SeededDatabaseVariable = "OBSERVATOIRES_TEST_SEEDED_DB";

    [OneTimeSetUp]
    public async Task CreateTemplate()
    {
        // ./observatoires test hands over the database its end-to-end tests were copied from, seeded by the same build
        // (without the tests' observatory): the seed is idempotent, so on a copy of it only the tests' observatory is
        // left to load, seconds where a whole seed takes ~35 s of the server's and this process's time.
        if (Environment.GetEnvironmentVariable(SeededDatabaseVariable) is { Length: > 0 } seeded)
            await TestDatabase.CopyAsync("template", seeded);
        else
            await TestDatabase.CreateEmptyAsync("template");
        await using (var factory = new ApiFactory(TestDatabase.TemplateName))
        {
            _ = factory.Server;
            await Cli.SeedAsync(factory.Services);
        }
        // A template must have no open connection when it is copied.
        Npgsql.NpgsqlConnection.ClearAllPools();
    }

    [OneTimeTearDown]
    public async Task DropDatabases()
    {
        await ReadOnlyHosts.StopAllAsync();
        await TestDatabase.DropAllAsync();
    }
}
