using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Platform.Http;

/// <summary>
/// The web client's typed API client is generated from web/openapi.json, a committed copy of the document the API
/// serves. This test fails when that copy differs from what the API serves now (the web check, in turn, fails when
/// web/src/api/schema.d.ts differs from what web/openapi.json generates). With OBSERVATOIRES_UPDATE_OPENAPI=1 it
/// writes the copy instead: <c>./observatoires openapi</c> does that, then regenerates the types.
/// </summary>
public sealed class OpenApiDocumentTests
{
    internal const string UpdateVariable = "OBSERVATOIRES_UPDATE_OPENAPI";

    [Test]
    public async Task The_web_clients_copy_of_the_OpenAPI_document_is_current()
    {
        // The document of production's modules: the tests' own module has routes of its own.
        await using var factory = await ReadOnlyHosts.StartAsync(testObservatory: false);
        using var client = factory.CreateClient();
        using var response = await client.GetAsync("/openapi/v1.json");
        var served = Normalise(JsonNode.Parse(await response.Content.ReadAsStringAsync())!);

        var path = Repository.File("web/openapi.json");
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            await File.WriteAllTextAsync(path, Serialise(served));
            TestContext.Out.WriteLine($"wrote {path}");
            return;
        }

        Assert.That(File.Exists(path), Is.True, $"{path} is missing: run ./observatoires openapi");
        var committed = Normalise(JsonNode.Parse(await File.ReadAllTextAsync(path))!);
        Assert.That(JsonNode.DeepEquals(served, committed), Is.True,
            "web/openapi.json differs from the document the API serves: run ./observatoires openapi " +
            "(it rewrites web/openapi.json and web/src/api/schema.d.ts) and commit both files.");
    }

    [Test]
    public async Task Operations_have_short_ids_declared_security_descriptions_and_described_tags()
    {
        await using var factory = await ReadOnlyHosts.StartAsync();
        using var client = factory.CreateClient();
        var document = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!;
        var operations = document["paths"]!.AsObject()
            .SelectMany(p => p.Value!.AsObject().Select(o => (Path: p.Key, Method: o.Key, Operation: o.Value!))).ToList();

        Assert.Multiple(() =>
        {
            foreach (var (path, method, operation) in operations)
            {
                var id = (string)operation["operationId"]!;
                Assert.That(id, Does.Match("^[a-z][A-Za-z]{2,30}$"), $"{method} {path}: a short verb");
                var security = operation["security"]!.AsArray();
                Assert.That(security, Is.Not.Empty, $"{method} {path} declares its security");
                Assert.That(security.SelectMany(r => r!.AsObject()).SelectMany(s => s.Value!.AsArray()), Is.Empty,
                    $"{method} {path}: roles are not OAuth scopes");
                Assert.That((string?)operation["summary"], Is.Not.Empty, $"{method} {path}");
                Assert.That((string?)operation["description"], Is.Not.Empty, $"{method} {path} says what it answers");
                foreach (var parameter in operation["parameters"]?.AsArray() ?? [])
                    Assert.That((string?)parameter!["description"], Is.Not.Empty, $"{method} {path}: {parameter["name"]}");
            }
            Assert.That(operations.Select(o => (string)o.Operation["operationId"]!), Is.Unique);
            Assert.That(operations.Single(o => o.Path == "/api/v1/indicators/{code}/values").Operation["security"]!.ToJsonString(),
                Is.EqualTo("""[{},{"ApiKey":[]}]"""), "anonymous, a key optional");
            Assert.That(document["tags"]!.AsArray().Select(t => (string?)t!["description"]), Has.All.Not.Empty);
            Assert.That((string?)document["info"]!["license"]!["name"], Is.Not.Empty);
        });
    }

    /// <summary>
    /// Without what describes the machine rather than the API: <c>servers</c> names the host that served the
    /// document, <c>x-generator</c> the generator's version. Paths, parameters, schemas and responses stay strict.
    /// </summary>
    internal static JsonNode Normalise(JsonNode document)
    {
        foreach (var member in HostOrGeneratorMembers)
            document.AsObject().Remove(member);
        return document;
    }

    private static readonly string[] HostOrGeneratorMembers = ["servers", "x-generator"];

    [Test]
    public void The_comparison_ignores_the_generator_and_host_but_not_the_API()
    {
        static JsonNode Document(string generator, string server, string summary) => new JsonObject
        {
            ["x-generator"] = generator,
            ["servers"] = new JsonArray(new JsonObject { ["url"] = server }),
            ["paths"] = new JsonObject { ["/a"] = new JsonObject { ["get"] = new JsonObject { ["summary"] = summary } } },
        };

        Assert.Multiple(() =>
        {
            Assert.That(JsonNode.DeepEquals(Normalise(Document("NSwag v14.7.1.0", "http://a", "x")),
                Normalise(Document("NSwag v14.8.0.0", "http://b", "x"))), Is.True);
            Assert.That(JsonNode.DeepEquals(Normalise(Document("NSwag v14.8.0.0", "http://a", "x")),
                Normalise(Document("NSwag v14.8.0.0", "http://a", "y"))), Is.False);
        });
    }

    internal static string Serialise(JsonNode document) => document.ToJsonString(new JsonSerializerOptions
    {
        WriteIndented = true,
        IndentSize = 2,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    }) + "\n";
}
