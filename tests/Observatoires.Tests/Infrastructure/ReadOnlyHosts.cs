namespace Observatoires.Tests.Infrastructure;

/// <summary>
/// The API hosts of the fixtures that only read (<see cref="ReadOnlyApiTest"/>): one copy of the template per run,
/// shared by all of them, and one host on it (two: with and without the tests' observatory), started by the first
/// fixture that needs it and stopped at the end of the run. Where a fixture of its own costs a copy of the ~250 MB
/// template and a host start, these cost nothing after the first. A fixture with settings of its own gets a host of its
/// own on the same database (<see cref="StartAsync"/>): the copy is saved, not the start.
/// <para>
/// Read-only is enforced, not promised: the hosts connect as a role of the run that may read every table and write
/// nothing but the bookkeeping of the fixtures' API keys (create one, note its last use). A write — through the API, the
/// command line or a connection of the fixture — fails with PostgreSQL's "permission denied"
/// (Architecture/ReadOnlyFixtureTests), so the data and its versions stay the template's for the whole run: no answer a
/// shared host keeps in its response cache, no ETag, depends on which fixture ran before. The rate limits, a budget the
/// fixtures of a shared host would share in turn, are lifted on those.
/// </para>
/// </summary>
internal static class ReadOnlyHosts
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static readonly Dictionary<bool, ApiFactory> Shared = [];
    private static (string Database, TestDatabase.Login Login)? database;

    private static readonly IReadOnlyDictionary<string, string?> Unlimited = new Dictionary<string, string?>
    {
        ["Observatoires:RateLimit:AnonymousPermits"] = "100000000",
        ["Observatoires:RateLimit:KeyPermits"] = "100000000",
    };

    /// <summary>The shared host (with or without the tests' observatory), started on first use; the run stops it.</summary>
    public static async Task<ApiFactory> SharedAsync(bool testObservatory)
    {
        await Gate.WaitAsync();
        try
        {
            if (!Shared.TryGetValue(testObservatory, out var host))
                Shared[testObservatory] = host = await StartLockedAsync(Unlimited, testObservatory);
            return host;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>
    /// A host of its own on the shared read-only database, with these settings; the caller disposes of it.
    /// <paramref name="configure"/> is applied before it starts (<c>f => f.UseKestrel(0)</c>: on a real port).
    /// </summary>
    public static async Task<ApiFactory> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, bool testObservatory = true,
        Action<ApiFactory>? configure = null)
    {
        await Gate.WaitAsync();
        try
        {
            return await StartLockedAsync(settings, testObservatory, configure);
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>Stops the shared hosts (their database and role are dropped with the run's).</summary>
    public static async Task StopAllAsync()
    {
        foreach (var host in Shared.Values)
            await host.DisposeAsync();
        Shared.Clear();
    }

    private static async Task<ApiFactory> StartLockedAsync(IReadOnlyDictionary<string, string?>? settings, bool testObservatory,
        Action<ApiFactory>? configure = null)
    {
        var (name, login) = database ??= await CreateDatabaseAsync();
        // The migrator checks its journal with "create schema/table if not exists", which PostgreSQL refuses without the
        // right to create even when both exist: given for the start only (nothing is pending on a copy of the migrated
        // template), taken back before any test runs.
        await TestDatabase.ExecuteAsync(name, $"grant create on database \"{name}\" to \"{login.Role}\"; grant create on schema platform to \"{login.Role}\"");
        try
        {
            var host = new ApiFactory(name, settings, testObservatory, login);
            configure?.Invoke(host);
            host.StartServer();
            return host;
        }
        finally
        {
            await TestDatabase.ExecuteAsync(name, $"revoke create on database \"{name}\" from \"{login.Role}\"; revoke create on schema platform from \"{login.Role}\"");
        }
    }

    /// <summary>The shared copy, and a role that may read all of it and write nothing but its API keys' bookkeeping.</summary>
    private static async Task<(string, TestDatabase.Login)> CreateDatabaseAsync()
    {
        var name = await TestDatabase.CloneTemplateAsync("read_only");
        var login = await TestDatabase.CreateRoleAsync("reader");
        await TestDatabase.ExecuteAsync(name, $$"""
            do $$
            declare s name;
            begin
                for s in select nspname from pg_namespace where nspname not like 'pg\_%' and nspname <> 'information_schema' loop
                    execute format('grant usage on schema %I to %I', s, '{{login.Role}}');
                    execute format('grant select on all tables in schema %I to %I', s, '{{login.Role}}');
                end loop;
            end $$;
            grant insert on platform.api_key to "{{login.Role}}";
            grant update (last_used_at) on platform.api_key to "{{login.Role}}";
            """);
        return (name, login);
    }
}
