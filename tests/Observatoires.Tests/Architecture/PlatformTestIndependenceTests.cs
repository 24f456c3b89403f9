using System.Text.RegularExpressions;
using Observatoires.Api.Platform;
using Observatoires.Api.Platform.Geo.Layers;
using Observatoires.Api.Platform.Indicators;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Architecture;

/// <summary>
/// The platform's tests depend on no observatory: they run on the tests' own observatory (Infrastructure/TestObservatory),
/// so that moving an observatory out of the build leaves them green. No file under Platform/ or Infrastructure/ names an
/// observatory's slug, indicator, layer, schema or folder (Emploi, emploi.salaries_prives, emploi-etablissements,
/// foncier_eco, FoncierEco...); tests about an observatory live in Observatories/&lt;Name&gt;/. The names are read from
/// the API's observatory modules and the migrations; a temporary folder of files shows the rule can fail.
/// </summary>
public sealed class PlatformTestIndependenceTests
{
    private static readonly string[] Folders = ["tests/Observatoires.Tests/Platform", "tests/Observatoires.Tests/Infrastructure"];

    [Test]
    public void No_platform_test_names_an_observatory()
    {
        var names = ObservatoryNames();
        Assert.That(names.Keys, Is.Not.Empty, "the observatories are found");
        Assert.That(names.Values.SelectMany(n => n), Has.Some.Contains("-"), "their layers are found");
        Assert.That(names.Values.SelectMany(n => n), Has.Some.Contains("."), "their indicators are found");
        var violations = Folders.SelectMany(f => PlatformTestRules.Violations(Repository.Root, Repository.File(f), names)).ToList();
        Assert.That(violations, Is.Empty, "a platform test uses the test observatory (or moves to Observatories/<Name>/)");
    }

    [Test]
    public void The_rule_catches_a_platform_test_that_names_an_observatory()
    {
        var root = Directory.CreateTempSubdirectory("observatoires-platform-tests-").FullName;
        try
        {
            Write(root, "Platform/Geo/LayerTests.cs", "const string Url = \"/ogc/collections/shops-stores/items\";");
            Write(root, "Platform/Indicators/ValueTests.cs", "// the number of rooms\nvar code = \"housing.rooms\";");
            Write(root, "Platform/Http/WriteTests.cs", "await connection.ExecuteAsync(\"delete from shop_archive.sale\");");
            Write(root, "Platform/Http/RouteTests.cs", "await Client.GetAsync(\"/api/v1/Shops/list\"); // ShopsArchiveTests too");
            Write(root, "Platform/Http/AuditTests.cs", "Assert.That(entry.Str(\"action\"), Is.EqualTo(\"housing_rent\"));");
            Write(root, "Platform/Http/CleanTests.cs", "// shopsy housings, a shop: other words\nvar layer = \"test-points\";");
            Write(root, "Platform/Http/obj/Generated.cs", "var code = \"housing.rooms\";");
            var names = new Dictionary<string, IReadOnlyList<string>>
            {
                ["Housing"] = ["housing", "housing.rooms"],
                ["Shops"] = ["shops", "shops-stores", "shop_archive"],
            };

            Assert.That(PlatformTestRules.Violations(root, Path.Combine(root, "Platform"), names), Is.EquivalentTo(new[]
            {
                $"{Path.Combine("Platform", "Geo", "LayerTests.cs")} names Shops (shops-stores)",
                $"{Path.Combine("Platform", "Indicators", "ValueTests.cs")} names Housing (housing.rooms)",
                $"{Path.Combine("Platform", "Http", "WriteTests.cs")} names Shops (shop_archive)",
                $"{Path.Combine("Platform", "Http", "RouteTests.cs")} names Shops (Shops)",
                $"{Path.Combine("Platform", "Http", "AuditTests.cs")} names Housing (housing)",
            }));
        }
        finally
        {
            Directory.Delete(root, true);
        }
    }

    /// <summary>Observatory folder → the names that are its own: folder, slug, indicator codes, layer ids, schema.</summary>
    private static Dictionary<string, IReadOnlyList<string>> ObservatoryNames()
    {
        var api = typeof(IModule).Assembly;
        var modules = api.GetTypes()
            .Where(t => typeof(IObservatoryModule).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
            .Select(t => (IObservatoryModule)Activator.CreateInstance(t)!)
            .ToList();
        var folders = modules.Select(Folder).ToList();
        var problems = new List<string>();
        var schemas = SchemaRules.SchemasByFolder(Repository.File("db/migrations"), folders, problems);
        Assert.That(problems, Is.Empty);
        return modules.ToDictionary(Folder, m => (IReadOnlyList<string>)
        [
            Folder(m), m.Observatory.Slug, .. m.Observatory.Indicators.Select(i => i.Code),
            .. (m as ILayerModule)?.Layers.Select(l => l.Id) ?? [], .. schemas.TryGetValue(Folder(m), out var schema) ? [schema] : Array.Empty<string>(),
        ]);

        static string Folder(IModule module) => module.GetType().Namespace!.Split('.')[3]; // Observatoires.Api.Observatories.<Folder>
    }

    private static void Write(string root, string relative, string text)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}

internal static class PlatformTestRules
{
    /// <summary>
    /// "file names Observatory (name)" for every C# or SQL file under folder (build output aside) that names one of an
    /// observatory's names, in any case, as a word of its own: not inside a longer word (shopsy), but at the start of an
    /// identifier in PascalCase, camelCase or snake_case (ShopsArchiveTests, shopsKey, shops_total) it counts.
    /// </summary>
    public static IReadOnlyList<string> Violations(string root, string folder, IReadOnlyDictionary<string, IReadOnlyList<string>> names)
    {
        // The longest names first, so that a file is said to name shops-stores rather than shops.
        var patterns = names.SelectMany(o => o.Value.Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(n => n.Length).Select(name => (Observatory: o.Key,
            Pattern: new Regex($@"(?<![\p{{L}}\d_])(?i:{Regex.Escape(name)})(?![\p{{Ll}}\d])", RegexOptions.CultureInvariant)))).ToList();
        var violations = new List<string>();
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".sql", StringComparison.Ordinal))
            .Where(f => !Path.GetRelativePath(folder, f).Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            foreach (var hit in patterns.Select(p => (p.Observatory, Match: p.Pattern.Match(text))).Where(h => h.Match.Success)
                         .GroupBy(h => h.Observatory).Select(g => g.First()))
                violations.Add($"{Path.GetRelativePath(root, file)} names {hit.Observatory} ({hit.Match.Value})");
        }
        return violations;
    }
}
