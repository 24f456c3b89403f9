using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Observatoires.Api.Platform;
using Observatoires.Api.Platform.Indicators;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Architecture;

/// <summary>
/// Modules register what they own, and only that: every endpoint and validator of the API is listed by exactly one
/// module (nothing is scanned, so one left out is silently missing: a route that does not exist, a request that goes
/// unvalidated), module names are unique, a module lists only types of its own folder, and no observatory names
/// another's database schema. The modules are those the running API registered (Program.cs's list: this fixture's API
/// is without the tests' own module). Each rule is
/// also run on deliberate mistakes (Samples/Modules.cs, a temporary folder of files), to show it can fail.
/// </summary>
public sealed class ModuleRegistrationTests() : ReadOnlyApiTest(testObservatory: false)
{
    private static readonly Assembly Api = typeof(IModule).Assembly;
    private const string SamplesNamespace = "Observatoires.Tests.Architecture.Samples.Modules";
    private IReadOnlyList<IModule> modules = null!;
    private IReadOnlyList<ModuleEntry> entries = null!;

    [OneTimeSetUp]
    public void ReadModules()
    {
        modules = [.. Factory.Services.GetServices<IModule>()];
        entries = [.. modules.Select(m => new ModuleEntry(m.Name, m.GetType().Namespace!, m.Endpoints))];
    }

    [Test]
    public void Every_module_class_is_in_the_list_of_Program_cs()
    {
        var classes = Api.GetTypes().Where(t => typeof(IModule).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false });
        Assert.That(modules.Select(m => m.GetType()), Is.EquivalentTo(classes));
    }

    [Test]
    public void Every_endpoint_and_validator_is_listed_by_exactly_one_module()
    {
        var registrable = ModuleRules.Registrable(Api, "Observatoires.Api");
        // The platform's alone are more than that, whichever observatories the build holds.
        Assert.That(registrable.Count(ModuleRules.IsEndpoint), Is.GreaterThan(25), "the endpoints are found");
        Assert.That(registrable.Count(ModuleRules.IsValidator), Is.GreaterThan(10), "the validators are found");
        Assert.That(ModuleRules.RegistrationProblems(registrable, entries), Is.Empty);
    }

    [Test]
    public void Module_names_are_unique() => Assert.That(ModuleRules.NameProblems(entries), Is.Empty);

    [Test]
    public void A_module_lists_only_endpoints_and_validators_of_its_own_folder() =>
        Assert.That(ModuleRules.FolderProblems(entries), Is.Empty);

    [Test]
    public void The_registration_rules_catch_a_forgotten_validator_a_type_listed_twice_a_borrowed_folder_and_a_shared_name()
    {
        ModuleEntry shops = new("Shops", $"{SamplesNamespace}.Shops",
        [
            typeof(Samples.Modules.Shops.ListShops.Endpoint), typeof(Samples.Modules.Shops.ListShops.Request),
            typeof(Samples.Modules.Shops.ShowShop.Endpoint), typeof(Samples.Modules.Shops.ShowShop.Request.Validator),
            typeof(Samples.Modules.ShopsArchive.ListArchivedShops.Endpoint),
        ]);
        ModuleEntry archive = new("shops", $"{SamplesNamespace}.ShopsArchive", [typeof(Samples.Modules.Shops.ShowShop.Endpoint)]);
        List<ModuleEntry> samples = [shops, archive];

        var registration = ModuleRules.RegistrationProblems(ModuleRules.Registrable(typeof(ModuleRegistrationTests).Assembly, SamplesNamespace), samples);
        Assert.That(registration, Is.EquivalentTo(new[]
        {
            $"validator {SamplesNamespace}.Shops.ListShops.Request.Validator is listed by no module: its request would go unvalidated",
            $"endpoint {SamplesNamespace}.Shops.ShowShop.Endpoint is listed 2 times, by Shops, shops",
            $"Shops lists {SamplesNamespace}.Shops.ListShops.Request, which is not a concrete endpoint or validator",
        }));
        Assert.That(ModuleRules.NameProblems(samples), Has.Exactly(1).Contains("'Shops' is taken by 2 modules"));
        Assert.That(ModuleRules.FolderProblems(samples), Is.EquivalentTo(new[]
        {
            // A folder whose name starts like the module's is not the module's.
            $"Shops lists {SamplesNamespace}.ShopsArchive.ListArchivedShops.Endpoint, which lives in {SamplesNamespace}.ShopsArchive.ListArchivedShops, the folder of shops",
            $"shops lists {SamplesNamespace}.Shops.ShowShop.Endpoint, which lives in {SamplesNamespace}.Shops.ShowShop, the folder of Shops",
        }));
    }

    [Test]
    public void Source_files_declare_the_namespace_of_their_folder()
    {
        // The folder rules read namespaces: they are the folders only if every file says so.
        var root = Repository.File("api/Observatoires.Api");
        var wrong = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(root, f).Split(Path.DirectorySeparatorChar).Any(p => p is "bin" or "obj"))
            .Where(f => Path.GetRelativePath(root, f) != "Program.cs") // top-level statements: no namespace
            .Select(f => (File: Path.GetRelativePath(root, f), Expected: NamespaceOf(root, f), Declared: DeclaredNamespace(f)))
            .Where(f => f.Declared != f.Expected)
            .Select(f => $"{f.File} declares {f.Declared ?? "no namespace"}, its folder is {f.Expected}");
        Assert.That(wrong, Is.Empty);
    }

    [Test]
    public void No_observatory_names_another_observatorys_schema_and_the_platform_names_none()
    {
        var observatories = Repository.File("api/Observatoires.Api/Observatories");
        var folders = Directory.GetDirectories(observatories).Select(Path.GetFileName).OfType<string>().ToList();
        var problems = new List<string>();
        var schemas = SchemaRules.SchemasByFolder(Repository.File("db/migrations"), folders, problems);
        Assert.That(problems, Is.Empty);
        Assert.That(schemas, Is.Not.Empty, "the map is read from the migrations");
        // Whichever observatories the build holds: each schema is its folder in snake_case (FoncierEco: foncier_eco).
        Assert.That(schemas.Where(s => s.Value != SchemaRules.SnakeCase(s.Key)), Is.Empty);
        var codes = modules.OfType<IObservatoryModule>().SelectMany(m => m.Observatory.Indicators).Select(i => i.Code).ToHashSet();

        Assert.That(SchemaRules.Violations(observatories, schemas, codes), Is.Empty);
        Assert.That(SchemaRules.Scan(Repository.File("api/Observatoires.Api"), Repository.File("api/Observatoires.Api/Platform"),
            [.. schemas.Values], codes), Is.Empty);
    }

    [Test]
    public void The_schema_rule_catches_an_observatory_that_reads_another_ones_tables()
    {
        var root = Directory.CreateTempSubdirectory("observatoires-schema-rule-").FullName;
        try
        {
            var migrations = Write(root, "db/0101_housing.sql", "create schema if not exists housing;\ncreate table housing.dwelling (id int);");
            Write(root, "db/0102_shops.sql", "create schema shops;\ncreate table shops.shop (id int);");
            Write(root, "db/0103_parking.sql", "create schema parking;");
            var observatories = Path.Combine(root, "Observatories");
            Write(root, "Observatories/Housing/GetDwellings/Query.sql", "select * from housing.dwelling join platform.territory t using (id)");
            Write(root, "Observatories/Shops/GetShops/Query.sql", "select * from shops.shop s join housing.dwelling d on d.id = s.id");
            Write(root, "Observatories/Shops/ShopFigures.cs", "const string Sql = \"select count(*) from \\\"HOUSING\\\" . dwelling\";");
            Write(root, "Observatories/Shops/Ranking.cs", "// per dwelling: the platform indicator housing.rooms\nvar code = \"housing.rooms\";");

            var problems = new List<string>();
            var schemas = SchemaRules.SchemasByFolder(Path.GetDirectoryName(migrations)!, ["Housing", "Shops"], problems);
            Assert.That(schemas, Is.EquivalentTo(new Dictionary<string, string> { ["Housing"] = "housing", ["Shops"] = "shops" }));
            Assert.That(problems, Has.Exactly(1).StartWith("0103_parking.sql creates parking"), "a schema of no folder is reported");

            var violations = SchemaRules.Violations(observatories, schemas, new HashSet<string> { "housing.rooms" });
            Assert.That(violations, Is.EquivalentTo(new[]
            {
                Path.Combine("Shops", "GetShops", "Query.sql") + " names housing.dwelling",
                Path.Combine("Shops", "ShopFigures.cs") + " names housing.dwelling",
            }));
        }
        finally
        {
            Directory.Delete(root, true);
        }
    }

    private static string Write(string root, string relative, string text)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private static string NamespaceOf(string root, string file)
    {
        var folder = Path.GetRelativePath(root, Path.GetDirectoryName(file)!);
        return folder == "." ? "Observatoires.Api" : "Observatoires.Api." + folder.Replace(Path.DirectorySeparatorChar, '.');
    }

    private static string? DeclaredNamespace(string file) =>
        File.ReadLines(file).Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("namespace ", StringComparison.Ordinal))
            ?["namespace ".Length..].TrimEnd(';', ' ', '{');
}
