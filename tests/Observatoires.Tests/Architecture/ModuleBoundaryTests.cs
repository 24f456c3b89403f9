using System.Reflection;
using NetArchTest.Rules;
using Observatoires.Api.Platform;

namespace Observatoires.Tests.Architecture;

/// <summary>Observatory modules are vertical and independent: they may use Platform, never each other.</summary>
public sealed class ModuleBoundaryTests
{
    private static readonly Assembly Api = typeof(IModule).Assembly;

    [Test]
    public void No_observatory_reaches_into_another() =>
        Assert.That(ModuleBoundaries.Violations(Api, "Observatoires.Api.Observatories"), Is.Empty);

    [Test]
    public void The_platform_does_not_depend_on_any_observatory()
    {
        var result = Types.InAssembly(Api).That().ResideInNamespace("Observatoires.Api.Platform")
            .ShouldNot().HaveDependencyOn("Observatoires.Api.Observatories").GetResult();
        Assert.That(result.FailingTypeNames ?? [], Is.Empty);
    }

    [Test]
    public void The_rule_catches_a_module_that_uses_another()
    {
        var violations = ModuleBoundaries.Violations(typeof(ModuleBoundaryTests).Assembly,
            "Observatoires.Tests.Architecture.Samples.Observatories");
        Assert.That(violations, Has.Some.Contains("Shops").And.Some.Contains("Housing"));
        Assert.That(violations, Has.None.Contains("Housing uses"));
    }
}

internal static class ModuleBoundaries
{
    /// <summary>"X uses Y: type names" for every observatory X whose types depend on another observatory Y.</summary>
    public static IReadOnlyList<string> Violations(Assembly assembly, string observatoriesNamespace)
    {
        var modules = assembly.GetTypes()
            .Select(t => t.Namespace)
            .Where(ns => ns is not null && ns.StartsWith(observatoriesNamespace + ".", StringComparison.Ordinal))
            .Select(ns => ns![(observatoriesNamespace.Length + 1)..].Split('.')[0])
            .Distinct()
            .ToList();
        // The assembly read once (Types.InAssembly loads every type with Mono.Cecil), and one scan per module, against all
        // the others at once; only a module that fails is scanned again, pair by pair, to name whom it uses.
        var types = Types.InAssembly(assembly);
        var violations = new List<string>();
        foreach (var module in modules)
        {
            var inModule = () => types.That().ResideInNamespace($"{observatoriesNamespace}.{module}");
            var others = modules.Where(m => m != module).ToList();
            if (inModule().ShouldNot().HaveDependencyOnAny([.. others.Select(o => $"{observatoriesNamespace}.{o}")]).GetResult().IsSuccessful)
                continue;
            foreach (var other in others)
            {
                var result = inModule().ShouldNot().HaveDependencyOn($"{observatoriesNamespace}.{other}").GetResult();
                if (!result.IsSuccessful)
                    violations.Add($"{module} uses {other}: {string.Join(", ", result.FailingTypeNames)}");
            }
        }
        return violations;
    }
}
