using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Observatoires.Api.Platform.Access.Keys;

namespace Observatoires.Tests.Infrastructure;

/// <summary>
/// The base of a fixture of API tests that writes: the real API in memory on its own fresh copy of the seeded template
/// database, named after the fixture class (AccessMatrixTests: …_access_matrix), started once before the fixture's tests
/// and dropped with it. A fixture that seeds more (keys, rows) does it in its own [OneTimeSetUp], which NUnit runs after
/// this one; tests that need a database of their own per test use <see cref="ApiFactory.OnFreshCopyAsync"/> instead. A
/// fixture that only reads derives from <see cref="ReadOnlyApiTest"/>: no copy, no host of its own.
/// </summary>
public abstract class ApiTest
{
    private readonly IReadOnlyDictionary<string, string?>? settings;
    private readonly bool testObservatory;
    private readonly bool readOnly;
    private ApiFactory? factory;
    private HttpClient? client;

    /// <param name="settings">Configuration overrides for the whole fixture (rate limits, log levels...).</param>
    /// <param name="testObservatory">false: without the tests' own observatory (see <see cref="ApiFactory"/>).</param>
    protected ApiTest(IReadOnlyDictionary<string, string?>? settings = null, bool testObservatory = true)
        : this(settings, testObservatory, readOnly: false)
    {
    }

    private protected ApiTest(IReadOnlyDictionary<string, string?>? settings, bool testObservatory, bool readOnly) =>
        (this.settings, this.testObservatory, this.readOnly) = (settings, testObservatory, readOnly);

    private protected ApiFactory Factory => factory ?? throw new InvalidOperationException("the API is not started");

    /// <summary>A client of the in-memory API (no key: add one per request, see <see cref="GetAsync"/>).</summary>
    protected HttpClient Client => client ?? throw new InvalidOperationException("the API is not started");

    private protected ApiKeys ApiKeys => Factory.Services.GetRequiredService<ApiKeys>();

    [OneTimeSetUp]
    public async Task StartApi()
    {
        factory = (readOnly, settings) switch
        {
            (false, _) => await ApiFactory.OnFreshCopyAsync(DatabaseSuffix(GetType()), settings, testObservatory),
            (true, null) => await ReadOnlyHosts.SharedAsync(testObservatory),
            (true, _) => await ReadOnlyHosts.StartAsync(settings, testObservatory),
        };
        client = factory.CreateClient();
    }

    [OneTimeTearDown]
    public async Task StopApi()
    {
        client?.Dispose();
        if (factory is null)
            return;
        // A shared read-only host serves the next read-only fixture: the run stops it (TestRun), with its database.
        if (readOnly && settings is null)
            return;
        await factory.DisposeAsync();
        if (readOnly)
            return;
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

/// <summary>
/// The base of a fixture of API tests that only reads: without settings, it shares the run's read-only host and
/// database with every other such fixture (<see cref="ReadOnlyHosts"/>), where a fixture of its own would cost a
/// database copy and a host start; with settings, it starts a host of its own on that database. Its database role may
/// only read (and create API keys): a test that writes fails with "permission denied", and belongs in an
/// <see cref="ApiTest"/>.
/// </summary>
/// <param name="settings">Configuration overrides for the whole fixture (a host of its own).</param>
/// <param name="testObservatory">false: without the tests' own observatory (see <see cref="ApiFactory"/>).</param>
public abstract class ReadOnlyApiTest(IReadOnlyDictionary<string, string?>? settings = null, bool testObservatory = true)
    : ApiTest(settings, testObservatory, readOnly: true);
