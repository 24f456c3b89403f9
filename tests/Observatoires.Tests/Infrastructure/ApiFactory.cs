using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Observatoires.Tests.Infrastructure;

/// <summary>The real API, in memory, on its own database of the test server.</summary>
internal sealed class ApiFactory(string database) : WebApplicationFactory<Program>
{
    public string Database { get; } = database;

    public string ConnectionString => TestDatabase.ConnectionString(Database);

    public NpgsqlConnection OpenConnection()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        return connection;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Observatoires", ConnectionString);
        builder.UseEnvironment("Testing");
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
    }

    /// <summary>An API on a fresh copy of the seeded template database.</summary>
    public static async Task<ApiFactory> OnFreshCopyAsync(string suffix)
    {
        var factory = new ApiFactory(await TestDatabase.CloneTemplateAsync(suffix));
        _ = factory.Server; // start: migrations run at start-up
        return factory;
    }
}
