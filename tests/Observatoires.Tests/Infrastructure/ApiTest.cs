using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Observatoires.Api.Platform.Access.Keys;

namespace Observatoires.Tests.Infrastructure;

/// <summary>
/// The base of a fixture of API tests: the real API in memory on its own fresh copy of the seeded template database,
/// named after the fixture class (AccessMatrixTests: …_access_matrix), started once before the fixture's tests and dropped
/// with the run. A fixture that seeds more (keys, rows) does it in its own [OneTimeSetUp], which NUnit runs after
/// this one; tests that need a database of their own per test use <see cref="ApiFactory.OnFreshCopyAsync"/> instead.
/// </summary>
/// <param name="settings">Configuration overrides for the whole fixture (rate limits, log levels...).</param>
/// <param name="testObservatory">false: without the tests' own observatory (see <see cref="ApiFactory"/>).</param>
public abstract class ApiTest(IReadOnlyDictionary<string, string?>? settings = null, bool testObservatory = true)
{
    private ApiFactory? factory;
    private HttpClient? client;

    private protected ApiFactory Factory => factory ?? throw new InvalidOperationException("the API is not started");

    /// <summary>A client of the in-memory API (no key: add one per request, see <see cref="GetAsync"/>).</summary>
    protected HttpClient Client => client ?? throw new InvalidOperationException("the API is not started");

    private protected ApiKeys ApiKeys => Factory.Services.GetRequiredService<ApiKeys>();

    [OneTimeSetUp]
    public async Task StartApi()
    {
        factory = await ApiFactory.OnFreshCopyAsync(DatabaseSuffix(GetType()), settings, testObservatory);
        client = factory.CreateClient();
    }

    [OneTimeTearDown]
    public async Task StopApi()
    {
        client?.Dispose();
        if (factory is null)
            return;
        await factory.DisposeAsync();
        // The fixture's copy goes with it: a run keeps a few copies at a time on disk, not one per fixture (~40 GB).
        await TestDatabase.DropAsync(factory.Database);
    }

    /// <summary>GETs a URL, with an API key as a bearer token when one is given; the status and the body as text.</summary>
    protected async Task<(HttpStatusCode Status, string Body)> GetAsync(string url, string? key = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (key is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await Client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>A new API key with this role and scope (territory ids); the key itself, to send as a bearer token.</summary>
    protected async Task<string> CreateKeyAsync(string role, params string[] scope) =>
        (await ApiKeys.CreateAsync($"{GetType().Name}, {role}", role, scope, null)).Key;

    /// <summary>snake_case of the class name without its "Tests": AccessMatrixTests → access_matrix.</summary>
    internal static string DatabaseSuffix(Type fixture)
    {
        var name = fixture.Name.EndsWith("Tests", StringComparison.Ordinal) ? fixture.Name[..^"Tests".Length] : fixture.Name;
        var suffix = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsUpper(c) && suffix.Length > 0)
                suffix.Append('_');
            suffix.Append(char.ToLowerInvariant(c));
        }
        return suffix.ToString();
    }
}
