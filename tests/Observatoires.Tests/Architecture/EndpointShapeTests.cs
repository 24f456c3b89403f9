using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Architecture;

/// <summary>
/// One endpoint file shape: a folder holding an Endpoint.cs holds no other C# file. Its Request (+ nested Validator),
/// response records, Endpoint and, when worth naming, a static Data class of its Dapper calls all live in Endpoint.cs;
/// longer SQL stays in .sql files beside it (see docs/architecture.md, "Endpoint shape").
/// </summary>
public sealed class EndpointShapeTests
{
    /// <summary>
    /// Other C# files allowed in an endpoint folder, each with its reason (paths relative to the API project, '/'-separated).
    /// </summary>
    private static readonly Dictionary<string, string> Exceptions = new(StringComparer.Ordinal)
    {
        // ~200 lines parsing and checking the OGC items query (bbox, datetime, property filters, crs, paging, CSV);
        // GetApi reads its limits. Merged, it would bury the endpoint; it is a helper type, not Request/Response.
        ["Platform/Geo/Ogc/GetItems/ItemsParameters.cs"] = "the OGC items query parser",
    };

    private static string ApiRoot => Repository.File("api/Observatoires.Api");

    [Test]
    public void Every_endpoint_folder_holds_only_Endpoint_cs()
    {
        var folders = EndpointFolders(ApiRoot);
        Assert.That(folders, Has.Count.GreaterThan(20), "no endpoint folder found: wrong root?");
        Assert.That(Strays(ApiRoot, folders), Is.Empty,
            "put Request, Response and Data in the folder's Endpoint.cs (or list a justified exception here)");
    }

    [Test]
    public void Every_exception_still_exists()
    {
        foreach (var file in Exceptions.Keys)
            Assert.That(File.Exists(Path.Combine(ApiRoot, file)), Is.True, $"{file} is gone: remove its exception");
    }

    [Test]
    public void The_rule_recognises_a_split_endpoint()
    {
        var root = Directory.CreateTempSubdirectory("endpoint-shape-").FullName;
        try
        {
            var split = Directory.CreateDirectory(Path.Combine(root, "Platform", "Things", "GetThing")).FullName;
            var single = Directory.CreateDirectory(Path.Combine(root, "Platform", "Things", "GetThings")).FullName;
            var helpers = Directory.CreateDirectory(Path.Combine(root, "Platform", "Things", "Engine")).FullName;
            foreach (var file in new[] { Path.Combine(split, "Endpoint.cs"), Path.Combine(split, "Request.cs"),
                         Path.Combine(split, "Query.sql"), Path.Combine(single, "Endpoint.cs"), Path.Combine(single, "Query.sql"),
                         Path.Combine(helpers, "Engine.cs"), Path.Combine(helpers, "Rows.cs") })
                File.WriteAllText(file, "");

            Assert.That(Strays(root, EndpointFolders(root)), Is.EqualTo(new[] { "Platform/Things/GetThing/Request.cs" }));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static List<string> EndpointFolders(string root) => [.. Directory
        .EnumerateFiles(root, "Endpoint.cs", SearchOption.AllDirectories)
        .Where(f => !IsBuildOutput(root, f))
        .Select(f => Path.GetDirectoryName(f)!)];

    private static List<string> Strays(string root, IEnumerable<string> folders) => [.. folders
        .SelectMany(folder => Directory.EnumerateFiles(folder, "*.cs"))
        .Where(f => Path.GetFileName(f) != "Endpoint.cs")
        .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
        .Where(f => !Exceptions.ContainsKey(f))
        .Order(StringComparer.Ordinal)];

    private static bool IsBuildOutput(string root, string file) =>
        Path.GetRelativePath(root, file).Replace('\\', '/').Split('/')[0] is "bin" or "obj";
}
