using Microsoft.Extensions.DependencyInjection;
using Observatoires.Api;

using Observatoires.Tests.Infrastructure;

// In the root namespace: a SetUpFixture applies to the tests of its namespace and below.
namespace Observatoires.Tests;

/// <summary>Once per run: migrate and seed the template database; at the end, drop every database the run made.</summary>
[SetUpFixture]
public sealed class TestRun
{
    [OneTimeSetUp]
    public async Task CreateTemplate()
    {
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
    public Task DropDatabases() => TestDatabase.DropAllAsync();
}
