using System.Text.RegularExpressions;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Architecture;

/// <summary>
/// Writes are built from the platform's parts, so that every observatory answers the same way: roles from
/// RoleNames, problem bodies from Problems, and every write endpoint through the platform's Write (Platform/Data/
/// Write.cs), which begins the transaction, refuses with 404/403/428/412, and at commit appends the audit entry and
/// bumps the data versions. An observatory that began its own transaction, audited or bumped by hand would sooner or
/// later forget one of them.
/// </summary>
public sealed partial class WriteConventionTests
{
    private static readonly (string File, string Text)[] ObservatoryFiles = [.. Directory
        .EnumerateFiles(Repository.File("api/Observatoires.Api/Observatories"), "*.cs", SearchOption.AllDirectories)
        .Select(f => (Path.GetRelativePath(Repository.Root, f), File.ReadAllText(f)))];

    [Test]
    public void Observatories_build_no_problem_body_name_no_role_and_write_through_the_platform()
    {
        Assert.That(ObservatoryFiles, Is.Not.Empty);
        // The rules see the write routes (whichever observatories are in the build): each one goes through Write.
        var writeRoutes = ObservatoryFiles.Where(f => WriteVerb().IsMatch(f.Text) && f.Text.Contains("Roles(", StringComparison.Ordinal)).ToList();
        Assert.That(writeRoutes, Is.Not.Empty, "the write endpoints are found");
        Assert.That(writeRoutes.Count(f => WritesThroughThePlatform(f.Text)), Is.EqualTo(writeRoutes.Count));
        Assert.Multiple(() =>
        {
            foreach (var (file, text) in ObservatoryFiles)
            {
                Assert.That(HandMadeProblem().IsMatch(text), Is.False, $"{file}: use Problems (Platform/Http/Problems.cs)");
                Assert.That(RoleLiteral().IsMatch(text), Is.False, $"{file}: use RoleNames");
                Assert.That(HandMadeWriteStep().Match(text).Value, Is.Empty,
                    $"{file}: begin the write with Write.BeginAsync and end it with CommitAsync (Platform/Data/Write.cs), which audits and bumps the data versions");
                Assert.That(WritesByHand(text), Is.False, $"{file}: a write route goes through Write.BeginAsync (Platform/Data/Write.cs)");
                Assert.That(text.Contains("AllowFileUploads()", StringComparison.Ordinal) && !text.Contains("Import.BeginAsync(", StringComparison.Ordinal),
                    Is.False, $"{file}: an upload goes through Import.BeginAsync (Platform/Data/Import.cs), which keeps the ingestion log");
            }
        });
    }

    [TestCase("return TypedResults.Problem(statusCode: 403, title: \"Forbidden\", detail: \"x\");", true, false, false)]
    [TestCase("await Results.Problem(statusCode: 409).ExecuteAsync(context);", true, false, false)]
    [TestCase("Roles(\"partner_editor\", \"admin\");", false, true, false)]
    [TestCase("Roles(RoleNames.ObjectEditors); return Problems.OutsideScope(\"Lot 1\", commune);", false, false, false)]
    [TestCase("await using var transaction = await connection.BeginTransactionAsync(ct);", false, false, true)]
    [TestCase("using var transaction = connection.BeginTransaction();", false, false, true)]
    [TestCase("await DataVersions.BumpAsync(connection, transaction, FrichesLayer.DataDomain);", false, false, true)]
    [TestCase("await connection.ExecuteAsync(\"select platform.bump_data_version('zan')\", transaction: transaction);", false, false, true)]
    [TestCase("await AuditLog.AppendAsync(connection, transaction, caller, entry);", false, false, true)]
    [TestCase("insert into platform.audit_log (actor, action) values (@Actor, 'lot_update')", false, false, true)]
    [TestCase("await using var write = await Write.BeginAsync(dataSource, HttpContext, ct);", false, false, false)]
    [TestCase("await write.CommitAsync(new AuditEntry(\"zan_reduction\", \"zan.reduction\", id, before, after), [ZanModule.DataDomain], ct);",
        false, false, false)]
    public void The_rules_recognise_what_they_refuse(string code, bool problem, bool role, bool handMadeWriteStep)
    {
        Assert.That(HandMadeProblem().IsMatch(code), Is.EqualTo(problem));
        Assert.That(RoleLiteral().IsMatch(code), Is.EqualTo(role));
        Assert.That(HandMadeWriteStep().IsMatch(code), Is.EqualTo(handMadeWriteStep));
    }

    [TestCase("Put(\"/api/v1/zan/trajectory\"); Roles(RoleNames.Agency);", true)]
    [TestCase("Delete(\"/api/v1/foncier-eco/lots/{id}\"); Roles(RoleNames.ObjectEditors);", true)]
    [TestCase("Post(\"/api/v1/friches/scores/what-if\"); AllowAnonymous();", false)]
    [TestCase("Get(\"/api/v1/friches/sites\"); Roles(RoleNames.All);", false)]
    public void A_write_route_without_Write_is_refused(string configure, bool refused)
    {
        Assert.That(WritesByHand(configure), Is.EqualTo(refused));
        Assert.That(WritesByHand(configure + " await using var write = await Write.BeginAsync(dataSource, HttpContext, ct);"), Is.False);
        Assert.That(WritesByHand(configure + " await using var import = await Import.BeginAsync(dataSource, HttpContext, r.File!, Slug, \"t\", ct);"), Is.False);
    }

    /// <summary>
    /// A route that changes data (a write verb, for callers with a role: an anonymous POST such as the score what-if
    /// computes, it cannot write) without the platform's Write: it would write unaudited, or leave stale ETags behind.
    /// </summary>
    private static bool WritesByHand(string text) =>
        WriteVerb().IsMatch(text) && text.Contains("Roles(", StringComparison.Ordinal) && !WritesThroughThePlatform(text);

    /// <summary>Through Write, or through Import (an upload: a Write that also keeps the ingestion log).</summary>
    private static bool WritesThroughThePlatform(string text) =>
        text.Contains("Write.BeginAsync(", StringComparison.Ordinal) || text.Contains("Import.BeginAsync(", StringComparison.Ordinal);

    [GeneratedRegex(@"\b(Typed)?Results\.Problem\(")]
    private static partial Regex HandMadeProblem();

    [GeneratedRegex(@"Roles\(\s*""")]
    private static partial Regex RoleLiteral();

    [GeneratedRegex(@"\bBeginTransaction(Async)?\(|\bDataVersions\.BumpAsync\(|bump_data_version|\bAuditLog\.AppendAsync\(|platform\.audit_log")]
    private static partial Regex HandMadeWriteStep();

    [GeneratedRegex(@"\b(Post|Put|Patch|Delete)\(\s*""")]
    private static partial Regex WriteVerb();
}
