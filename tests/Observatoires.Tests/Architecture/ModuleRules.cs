using System.Reflection;
using System.Text.RegularExpressions;
using FastEndpoints;
using FluentValidation;

namespace Observatoires.Tests.Architecture;

/// <summary>A module as the rules see it: its OpenAPI tag, the namespace (folder) of its class, the types it lists.</summary>
internal sealed record ModuleEntry(string Name, string Namespace, IReadOnlyList<Type> Types);

/// <summary>The rules on how modules register their endpoints; each returns one readable line per problem.</summary>
internal static class ModuleRules
{
    public static bool IsEndpoint(Type t) => typeof(IEndpoint).IsAssignableFrom(t);

    public static bool IsValidator(Type t) => typeof(IValidator).IsAssignableFrom(t);

    /// <summary>
    /// The endpoint and validator types under a namespace that FastEndpoints could be handed. Left out: abstract
    /// types and open generic ones, which cannot be registered as they are (FastEndpoints needs a closed validator of
    /// a request type): GetBreaks.Request.Rules&lt;T&gt; is such a rule set, shared by two validators that Include it.
    /// </summary>
    public static IReadOnlyList<Type> Registrable(Assembly assembly, string rootNamespace) =>
        [.. assembly.GetTypes()
            .Where(t => t.Namespace is { } ns && InNamespace(ns, rootNamespace))
            .Where(t => t is { IsAbstract: false, IsInterface: false, ContainsGenericParameters: false })
            .Where(t => IsEndpoint(t) || IsValidator(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)];

    /// <summary>Every endpoint and validator listed by exactly one module, once; nothing else listed.</summary>
    public static IReadOnlyList<string> RegistrationProblems(IReadOnlyList<Type> registrable, IReadOnlyList<ModuleEntry> modules)
    {
        var problems = new List<string>();
        foreach (var type in registrable)
        {
            var listedBy = modules.SelectMany(m => m.Types.Where(t => t == type).Select(_ => m.Name)).ToList();
            var kind = IsEndpoint(type) ? "endpoint" : "validator";
            if (listedBy.Count == 0)
                problems.Add($"{kind} {Describe(type)} is listed by no module" +
                             (kind == "validator" ? ": its request would go unvalidated" : ": its route would not exist"));
            else if (listedBy.Count > 1)
                problems.Add($"{kind} {Describe(type)} is listed {listedBy.Count} times, by {string.Join(", ", listedBy)}");
        }
        foreach (var module in modules)
        {
            foreach (var type in module.Types.Where(t => !registrable.Contains(t)).Distinct())
                problems.Add($"{module.Name} lists {Describe(type)}, which is not a concrete endpoint or validator");
        }
        return problems;
    }

    /// <summary>Module names (the OpenAPI tags) are unique, ignoring case, and not blank.</summary>
    public static IReadOnlyList<string> NameProblems(IReadOnlyList<ModuleEntry> modules)
    {
        var problems = modules.Where(m => string.IsNullOrWhiteSpace(m.Name)).Select(m => $"the module in {m.Namespace} has no name").ToList();
        problems.AddRange(modules.Where(m => !string.IsNullOrWhiteSpace(m.Name))
            .GroupBy(m => m.Name.Trim(), StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1)
            .Select(g => $"the name '{g.Key}' is taken by {g.Count()} modules: {string.Join(", ", g.Select(m => m.Namespace))}"));
        return problems;
    }

    /// <summary>
    /// Each type a module lists lives in that module's folder, and the nearest one: under its namespace segment by
    /// segment (Shops does not own ShopsArchive), and not inside another module nested in it.
    /// </summary>
    public static IReadOnlyList<string> FolderProblems(IReadOnlyList<ModuleEntry> modules)
    {
        var problems = new List<string>();
        foreach (var module in modules)
        {
            foreach (var type in module.Types.Distinct())
            {
                var owner = modules.Where(m => type.Namespace is { } ns && InNamespace(ns, m.Namespace))
                    .MaxBy(m => m.Namespace.Length);
                if (owner != module)
                    problems.Add($"{module.Name} lists {Describe(type)}, which lives in {type.Namespace}, " +
                                 (owner is null ? "outside every module's folder" : $"the folder of {owner.Name}"));
            }
        }
        return problems;
    }

    /// <summary>True when ns is root or under it, segment by segment (A.B is under A, A.BC is not).</summary>
    public static bool InNamespace(string ns, string root) =>
        ns == root || ns.StartsWith(root + ".", StringComparison.Ordinal);

    private static string Describe(Type t) => (t.FullName ?? t.Name).Replace('+', '.');
}

/// <summary>Which observatory's database schema a file names.</summary>
internal static partial class SchemaRules
{
    /// <summary>
    /// Observatory folder → its schema: each migration db/migrations/01NN_name.sql creates the schema of the
    /// observatory whose folder is name in PascalCase (0103_foncier_eco.sql: FoncierEco). A migration that creates a
    /// schema for no folder, or more than one schema, is a problem: the map must be complete for the rule to hold.
    /// </summary>
    public static IReadOnlyDictionary<string, string> SchemasByFolder(string migrations, IReadOnlyList<string> folders, List<string> problems)
    {
        var schemas = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(migrations, "01??_*.sql").Order(StringComparer.Ordinal))
        {
            var created = CreateSchema().Matches(File.ReadAllText(file)).Select(m => m.Groups["schema"].Value.ToLowerInvariant()).Distinct().ToList();
            if (created.Count == 0)
                continue;
            var name = Path.GetFileNameWithoutExtension(file)[5..];
            var folder = folders.SingleOrDefault(f => SnakeCase(f) == name);
            if (folder is null || created.Count > 1)
                problems.Add($"{Path.GetFileName(file)} creates {string.Join(", ", created)}: expected one schema, of an observatory folder named {name} in PascalCase");
            else if (!schemas.TryAdd(folder, created[0]))
                problems.Add($"{Path.GetFileName(file)} creates a second schema for {folder}");
        }
        return schemas;
    }

    /// <summary>
    /// "file: names schema.object" for every C# or SQL file under a folder of observatoriesRoot that names the schema
    /// of another observatory. Indicator codes (emploi.salaries_prives) look like schema-qualified names because an
    /// indicator's prefix is its observatory's slug: the codes listed in indicatorCodes are platform data, not tables,
    /// and another observatory may name them (the ZAN ranking reads portrait.population and emploi.salaries_prives).
    /// </summary>
    public static IReadOnlyList<string> Violations(string observatoriesRoot, IReadOnlyDictionary<string, string> schemasByFolder,
        IReadOnlySet<string> indicatorCodes)
    {
        var violations = new List<string>();
        foreach (var folder in Directory.GetDirectories(observatoriesRoot).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(folder);
            var others = schemasByFolder.Where(s => s.Key != name).Select(s => s.Value).ToList();
            violations.AddRange(Scan(observatoriesRoot, folder, others, indicatorCodes));
        }
        return violations;
    }

    /// <summary>The same for any folder that may name none of these schemas (the platform).</summary>
    public static IReadOnlyList<string> Scan(string root, string folder, IReadOnlyList<string> forbidden, IReadOnlySet<string> indicatorCodes)
    {
        var violations = new List<string>();
        if (forbidden.Count == 0)
            return violations;
        // schema.object, with or without quotes, escaped (\"zan\".consumption in a C# string) or not.
        var reference = new Regex($"""(?<![\w.])(\\?")?(?<schema>{string.Join("|", forbidden.Select(Regex.Escape))})(\\?")?\s*\.\s*(\\?")?(?<object>[a-z_][a-z0-9_]*)""",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".sql", StringComparison.Ordinal))
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var names = reference.Matches(File.ReadAllText(file))
                .Select(m => $"{m.Groups["schema"].Value}.{m.Groups["object"].Value}".ToLowerInvariant())
                .Where(n => !indicatorCodes.Contains(n))
                .Distinct()
                .ToList();
            if (names.Count > 0)
                violations.Add($"{Path.GetRelativePath(root, file)} names {string.Join(", ", names)}");
        }
        return violations;
    }

    public static string SnakeCase(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    [GeneratedRegex("""create\s+schema\s+(if\s+not\s+exists\s+)?"?(?<schema>[a-z_][a-z0-9_]*)""", RegexOptions.IgnoreCase)]
    private static partial Regex CreateSchema();
}
