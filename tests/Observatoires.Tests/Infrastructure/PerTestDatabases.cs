namespace Observatoires.Tests.Infrastructure;

/// <summary>
/// Marks a test of a fixture that gives each test a database of its own (<see cref="PerTestDatabases"/>) as one whose
/// import is refused, and so changes nothing (most check it too): such tests share one copy, where each would cost a copy
/// of the template and a host start.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class ChangesNothingAttribute() : PropertyAttribute(Name, "true")
{
    public const string Name = "ChangesNothing";
}

/// <summary>
/// The API of each test of a fixture whose tests write: a fresh copy of the template per test, except for the tests marked
/// <see cref="ChangesNothingAttribute"/>, which share one, started with the first of them and stopped with the fixture.
/// </summary>
internal sealed class PerTestDatabases(string prefix) : IAsyncDisposable
{
    private ApiFactory? shared;

    /// <summary>The current test's API: its own copy, or the one the tests that change nothing share.</summary>
    public async Task<ApiFactory> StartAsync()
    {
        var test = TestContext.CurrentContext.Test;
        if (test.Properties.ContainsKey(ChangesNothingAttribute.Name))
            return shared ??= await ApiFactory.OnFreshCopyAsync($"{prefix}_changes_nothing");
        return await ApiFactory.OnFreshCopyAsync($"{prefix}_{test.MethodName!.ToLowerInvariant()}");
    }

    /// <summary>Stops the current test's API unless it is the shared one.</summary>
    public async Task StopAsync(ApiFactory factory)
    {
        if (factory != shared)
            await factory.DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (shared is not null)
            await shared.DisposeAsync();
        shared = null;
    }
}
