using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Observatoires.Tests.Infrastructure.TestObservatory;

namespace Observatoires.Tests.Infrastructure;

/// <summary>
/// The real API, in memory, on its own database of the test server, with the tests' own observatory
/// (<see cref="TestObservatoryModule"/>) beside Program.cs's modules: the platform's tests use its indicators and layers,
/// never an observatory's.
/// </summary>
/// <param name="settings">Configuration overrides (rate limits, log levels...).</param>
/// <param name="testObservatory">false: Program.cs's modules only, as in production (the OpenAPI copy, the module list).</param>
/// <param name="login">Another role than the server's owner (the read-only fixtures': <see cref="ReadOnlyHosts"/>).</param>
internal sealed class ApiFactory(string database, IReadOnlyDictionary<string, string?>? settings = null, bool testObservatory = true,
    TestDatabase.Login? login = null)
    : WebApplicationFactory<Program>
{
    public string Database { get; } = database;

    /// <summary>Every log line the API wrote (at the levels configured), to check what is never logged.</summary>
    public ConcurrentQueue<string> Logs { get; } = new();

    public string ConnectionString => TestDatabase.ConnectionString(Database, login);

    public NpgsqlConnection OpenConnection()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        return connection;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Observatoires", ConnectionString);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            builder.UseSetting(key, value);
        builder.UseEnvironment("Testing");
        builder.ConfigureLogging(logging =>
        {
            logging.SetMinimumLevel(LogLevel.Warning);
            logging.AddProvider(new CapturingLoggerProvider(Logs));
        });
    }

    // Program.cs adds Program.TestModules to its list: the host is built (and Program run) within this call, which
    // hands the module over on its own execution context; no other host, nor production, sees it.
    protected override IHost CreateHost(IHostBuilder builder)
    {
        Program.TestModules.Value = testObservatory ? [new TestObservatoryModule()] : null;
        try
        {
            return base.CreateHost(builder);
        }
        finally
        {
            Program.TestModules.Value = null;
        }
    }

    /// <summary>An API on a fresh copy of the seeded template database.</summary>
    public static async Task<ApiFactory> OnFreshCopyAsync(string suffix, IReadOnlyDictionary<string, string?>? settings = null,
        bool testObservatory = true)
    {
        var factory = new ApiFactory(await TestDatabase.CloneTemplateAsync(suffix), settings, testObservatory);
        _ = factory.Server; // start: migrations run at start-up
        return factory;
    }
}

/// <summary>Keeps every line, followed by the values of its scopes (the request id: RequestId=…).</summary>
internal sealed class CapturingLoggerProvider(ConcurrentQueue<string> lines) : ILoggerProvider, ISupportExternalScope
{
    private IExternalScopeProvider scopes = new LoggerExternalScopeProvider();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, lines, () => scopes);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => scopes = scopeProvider;

    public void Dispose() { }

    private sealed class Logger(string category, ConcurrentQueue<string> lines, Func<IExternalScopeProvider> scopes) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => scopes().Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = new List<string>();
            scopes().ForEachScope((scope, list) =>
            {
                if (scope is IEnumerable<KeyValuePair<string, object>> pairs)
                    list.AddRange(pairs.Select(p => $"{p.Key}={p.Value}"));
            }, values);
            lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception} {string.Join(' ', values)}".TrimEnd());
        }
    }
}
