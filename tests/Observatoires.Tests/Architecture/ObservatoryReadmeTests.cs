using FastEndpoints;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Observatoires.Api.Platform;
using Observatoires.Api.Platform.Geo.Layers;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Architecture;

/// <summary>
/// Every observatory's folder (api/Observatoires.Api/Observatories/&lt;Name&gt;) has a README.md, and it names, as code
/// (`GET /api/v1/zan/counter`, `zan-communes`), every route its endpoints serve and every layer of its module, so that
/// a route or a layer added without a word in the README fails here. The routes are read as
/// DesignConventionTests reads them: from the running API's endpoint data sources, each with the folder of its
/// FastEndpoints endpoint type; the layers from the modules the API registered (without the tests' own).
/// </summary>
public sealed class ObservatoryReadmeTests() : ReadOnlyApiTest(testObservatory: false)
{
    private const string Namespace = "Observatoires.Api.Observatories.";
    private static string ObservatoriesRoot => Repository.File("api/Observatoires.Api/Observatories");

    private ILookup<string, string> routesOf = null!;
    private ILookup<string, string> layersOf = null!;

    [OneTimeSetUp]
    public void ReadRoutesAndLayers()
    {
        routesOf = Factory.Services.GetServices<EndpointDataSource>()
            .SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Select(e => (Folder: FolderOf(e.Metadata.GetMetadata<EndpointDefinition>()?.EndpointType), Endpoint: e))
            .Where(r => r.Folder is not null)
            .SelectMany(r => (r.Endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [])
                .Select(verb => (r.Folder, Route: $"{verb} {r.Endpoint.RoutePattern.RawText}")))
            .ToLookup(r => r.Folder!, r => r.Route);
        layersOf = Factory.Services.GetServices<IModule>().OfType<ILayerModule>()
            .SelectMany(m => m.Layers.Select(l => (Folder: FolderOf(m.GetType()), l.Id)))
            .Where(l => l.Folder is not null)
            .ToLookup(l => l.Folder!, l => l.Id);
    }

    [Test]
    public void Every_observatory_folder_has_a_README_naming_its_routes_and_layers()
    {
        var folders = Directory.GetDirectories(ObservatoriesRoot).Select(Path.GetFileName).OfType<string>().ToList();
        // Sanity counts that hold whichever observatories are in the build (one can be moved out).
        Assert.That(folders, Has.Count.GreaterThan(1), "the observatories' folders are found");
        Assert.That(routesOf.Sum(r => r.Count()), Is.Positive, "the observatories' routes are read from the running API");
        Assert.That(layersOf.Sum(l => l.Count()), Is.Positive, "the observatories' layers are read from the modules");
        var problems = folders.SelectMany(folder =>
        {
            var readme = Path.Combine(ObservatoriesRoot, folder, "README.md");
            return ReadmeProblems(folder, File.Exists(readme) ? File.ReadAllText(readme) : null, routesOf[folder], layersOf[folder]);
        });
        Assert.That(problems, Is.Empty);
    }

    [TestCase("`GET /api/v1/zan/counter`, `PUT /api/v1/zan/trajectory`; layer `zan-communes`.", "")]
    [TestCase("`GET /api/v1/zan/counter`; layer `zan-communes`.",
        "Zan/README.md does not name `PUT /api/v1/zan/trajectory`")]
    [TestCase("`GET /api/v1/zan/counter/{id}`, `PUT /api/v1/zan/trajectory`, the layer zan-communes.",
        "Zan/README.md does not name `GET /api/v1/zan/counter`|Zan/README.md does not name `zan-communes`")]
    [TestCase(null, "Zan has no README.md: what the observatory follows, its sources, rules, tables, layers, endpoints and tests")]
    public void The_README_rule_wants_every_route_and_layer_named_as_code(string? readme, string problems) =>
        Assert.That(ReadmeProblems("Zan", readme, ["GET /api/v1/zan/counter", "PUT /api/v1/zan/trajectory"], ["zan-communes"]),
            Is.EqualTo(problems.Split('|', StringSplitOptions.RemoveEmptyEntries)));

    /// <summary>What the README of an observatory's folder misses: itself, or a route or layer id written as code.</summary>
    private static IEnumerable<string> ReadmeProblems(string folder, string? readme, IEnumerable<string> routes, IEnumerable<string> layers) =>
        readme is null
            ? [$"{folder} has no README.md: what the observatory follows, its sources, rules, tables, layers, endpoints and tests"]
            : routes.Concat(layers).Distinct().Order(StringComparer.Ordinal)
                .Where(name => !readme.Contains($"`{name}`", StringComparison.Ordinal))
                .Select(name => $"{folder}/README.md does not name `{name}`");

    /// <summary>The observatory folder a type of the API lives in (Observatories/&lt;Name&gt;/…), from its namespace.</summary>
    private static string? FolderOf(Type? type) =>
        type?.Namespace is { } ns && ns.StartsWith(Namespace, StringComparison.Ordinal) ? ns[Namespace.Length..].Split('.')[0] : null;
}
