using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Build;

/// <summary>
/// The same package graph on every machine. A version that nobody asked for and nobody pinned is how a restore
/// "floats": FastEndpoints.Swagger asked for NSwag.AspNetCore 14.7.1, the feed served 14.8.0, and two machines
/// generated two different OpenAPI documents. These checks fail on such a graph, before any build differs.
/// </summary>
public sealed partial class DependencyPinningTests
{
    private static readonly string[] Projects = Directory
        .EnumerateFiles(Repository.Root, "*.csproj", SearchOption.AllDirectories)
        .Where(path => !path.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or "node_modules" or ".data"))
        .Order()
        .ToArray();

    private static readonly Dictionary<string, string> Pinned = XDocument.Load(Repository.File("Directory.Packages.props"))
        .Descendants("PackageVersion")
        .ToDictionary(e => (string)e.Attribute("Include")!, e => (string)e.Attribute("Version")!, StringComparer.OrdinalIgnoreCase);

    [Test]
    public void Every_central_version_is_exact()
    {
        Assert.That(Pinned.Where(p => !ExactVersion().IsMatch(p.Value)).Select(p => $"{p.Key} {p.Value}"), Is.Empty,
            "Directory.Packages.props must name exact versions (no ranges, no wildcards)");
    }

    [Test]
    public void No_project_names_a_version_of_its_own()
    {
        var local = Projects.SelectMany(project => XDocument.Load(project).Descendants("PackageReference")
            .Where(r => r.Attribute("Version") is not null || r.Attribute("VersionOverride") is not null)
            .Select(r => $"{Path.GetRelativePath(Repository.Root, project)}: {r.Attribute("Include")?.Value}"));
        Assert.That(local, Is.Empty, "versions belong in Directory.Packages.props");
    }

    [Test]
    public void Every_project_has_a_committed_lock_file_with_no_floating_version()
    {
        Assert.That(Projects, Is.Not.Empty);
        foreach (var project in Projects)
        {
            var lockFile = Path.Combine(Path.GetDirectoryName(project)!, "packages.lock.json");
            Assert.That(File.Exists(lockFile), Is.True, $"{lockFile} is missing: run ./observatoires lock");
            Assert.That(Floating(JsonNode.Parse(File.ReadAllText(lockFile))!, Pinned), Is.Empty,
                $"{Path.GetRelativePath(Repository.Root, lockFile)}: versions nobody asked for; pin them in Directory.Packages.props");
        }
    }

    [Test]
    public void The_check_finds_the_NSwag_version_that_floated()
    {
        // The graph of the machine that failed, reduced to the edge that floated.
        var graph = JsonNode.Parse("""
            {"version":2,"dependencies":{"net10.0":{
              "FastEndpoints.Swagger":{"type":"Direct","requested":"[8.3.0, )","resolved":"8.3.0",
                                       "dependencies":{"NSwag.AspNetCore":"14.7.1"}},
              "NSwag.AspNetCore":{"type":"Transitive","resolved":"14.8.0"}}}}
            """)!;
        var withoutPin = new Dictionary<string, string> { ["FastEndpoints.Swagger"] = "8.3.0" };
        var withPin = new Dictionary<string, string>(withoutPin) { ["NSwag.AspNetCore"] = "14.8.0" };

        Assert.Multiple(() =>
        {
            Assert.That(Floating(graph, withoutPin), Is.EqualTo(new[] { "net10.0: NSwag.AspNetCore 14.8.0, asked for 14.7.1" }));
            Assert.That(Floating(graph, withPin), Is.Empty);
        });
    }

    [Test]
    public void Every_npm_package_installs_from_its_lock_file()
    {
        var manifests = Directory.EnumerateFiles(Repository.Root, "package.json", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}node_modules{Path.DirectorySeparatorChar}")
                && !path.Contains($"{Path.DirectorySeparatorChar}.data{Path.DirectorySeparatorChar}"))
            .ToArray();
        Assert.That(manifests, Is.Not.Empty);
        foreach (var manifest in manifests)
        {
            Assert.That(File.Exists(Path.Combine(Path.GetDirectoryName(manifest)!, "package-lock.json")), Is.True,
                $"{manifest} has no package-lock.json beside it (npm ci needs one)");
        }
        var script = File.ReadAllText(Repository.File("observatoires"));
        Assert.That(script, Does.Contain("npm ci").And.Not.Contain("npm install"), "the script installs from the lock files");
    }

    /// <summary>
    /// Packages resolved at a version that none of their dependents asked for (a float: the feed lacked the asked
    /// version) and that Directory.Packages.props does not pin.
    /// </summary>
    internal static IEnumerable<string> Floating(JsonNode lockFile, IReadOnlyDictionary<string, string> pinned)
    {
        foreach (var (framework, packages) in lockFile["dependencies"]!.AsObject())
        {
            var asked = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);
            void Ask(string package, string range) =>
                (asked.TryGetValue(package, out var set) ? set : asked[package] = []).Add(LowerBound(range));

            foreach (var (name, entry) in packages!.AsObject())
            {
                if ((string?)entry!["requested"] is { } requested)
                    Ask(name, requested);
                foreach (var (dependency, range) in entry["dependencies"]?.AsObject() ?? [])
                    Ask(dependency, (string)range!);
            }
            foreach (var (name, entry) in packages.AsObject())
            {
                if ((string?)entry!["resolved"] is not { } resolved || pinned.ContainsKey(name))
                    continue;
                var requests = asked.GetValueOrDefault(name) ?? [];
                if (!requests.Contains(Normalised(resolved)))
                    yield return $"{framework}: {name} {resolved}, asked for {string.Join(" or ", requests.Order())}";
            }
        }
    }

    private static string LowerBound(string range) => Normalised(range.TrimStart('[', '(').Split(',')[0].TrimEnd(']', ')').Trim());

    private static string Normalised(string version) => version.EndsWith(".0", StringComparison.Ordinal) && version.Count(c => c == '.') == 3
        ? version[..^2] : version;

    [GeneratedRegex(@"^\d+(\.\d+){1,3}(-[0-9A-Za-z.-]+)?$")]
    private static partial Regex ExactVersion();
}
