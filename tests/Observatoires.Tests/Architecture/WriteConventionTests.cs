using System.Text.RegularExpressions;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Architecture;

/// <summary>
/// Writes are built from the platform's parts, so that every observatory answers the same way: roles from
/// RoleNames, problem bodies from Problems, data versions bumped by DataVersions.BumpAsync.
/// </summary>
public sealed partial class WriteConventionTests
{
    private static readonly (string File, string Text)[] ObservatoryFiles = [.. Directory
        .EnumerateFiles(Repository.File("api/Observatoires.Api/Observatories"), "*.cs", SearchOption.AllDirectories)
        .Select(f => (Path.GetRelativePath(Repository.Root, f), File.ReadAllText(f)))];

    [Test]
    public void Observatories_build_no_problem_body_name_no_role_and_bump_no_version_by_hand()
    {
        Assert.That(ObservatoryFiles, Is.Not.Empty);
        Assert.Multiple(() =>
        {
            foreach (var (file, text) in ObservatoryFiles)
            {
                Assert.That(HandMadeProblem().IsMatch(text), Is.False, $"{file}: use Problems (Platform/Http/Problems.cs)");
                Assert.That(RoleLiteral().IsMatch(text), Is.False, $"{file}: use RoleNames");
                Assert.That(text, Does.Not.Contain("bump_data_version"), $"{file}: use DataVersions.BumpAsync");
            }
        });
    }

    [TestCase("return TypedResults.Problem(statusCode: 403, title: \"Forbidden\", detail: \"x\");", true, false)]
    [TestCase("await Results.Problem(statusCode: 409).ExecuteAsync(context);", true, false)]
    [TestCase("Roles(\"partner_editor\", \"admin\");", false, true)]
    [TestCase("Roles(RoleNames.ObjectEditors); return Problems.OutsideScope(\"Lot 1\", commune);", false, false)]
    public void The_rules_recognise_what_they_refuse(string code, bool problem, bool role)
    {
        Assert.That(HandMadeProblem().IsMatch(code), Is.EqualTo(problem));
        Assert.That(RoleLiteral().IsMatch(code), Is.EqualTo(role));
    }

    [GeneratedRegex(@"\b(Typed)?Results\.Problem\(")]
    private static partial Regex HandMadeProblem();

    [GeneratedRegex(@"Roles\(\s*""")]
    private static partial Regex RoleLiteral();
}
