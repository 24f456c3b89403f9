using System.Text.RegularExpressions;
using Dapper;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.Evaluation;

/// <summary>
/// What every write to a project adds to the platform's <see cref="Write"/>: the project locked and checked as one
/// versioned object (If-Match names the project's version, whatever part of it changes: the editor works on the whole
/// dashboard, and another editor's change to it is never overwritten), then its version bumped with the audit entry.
/// </summary>
internal static partial class ProjectWrites
{
    /// <summary>The project, locked for this write, or why the write cannot go on (404, 403, 428, 412).</summary>
    public static async Task<(ProjectTree? Tree, IResult? Refusal)> LockAsync(Write write, string id)
    {
        var tree = await ProjectTree.LoadAsync(write.Connection, id, write.Transaction);
        return (tree, write.Refusal(tree is null ? null : TargetOf(tree), $"There is no evaluation project {Echo.Cut(id)}"));
    }

    public static WriteTarget TargetOf(ProjectTree tree)
    {
        var p = tree.Project;
        return new WriteTarget($"Project {p.Id}", p.TerritoryId, new CurrentVersion(p.ETag,
            new { id = p.Id, title = p.Title, version = p.Version, etag = p.ETag, updatedBy = p.UpdatedBy, updatedAt = p.UpdatedAt },
            $"version {p.Version} (by {p.UpdatedBy})"));
    }

    /// <summary>Ends a write to a project: its version bumped (a demo project edited is the agency's from then on), the audit entry, the commit.</summary>
    public static async Task CommitAsync(Write write, string projectId, AuditEntry audit, CancellationToken ct)
    {
        await write.Connection.ExecuteAsync("""
            update evaluation.project set version = version + 1, updated_at = now(), updated_by = @Actor, demo = false where id = @projectId
            """, new { projectId, write.Caller.Actor }, write.Transaction);
        await write.CommitAsync(audit, [EvaluationModule.DataDomain], ct);
    }

    /// <summary>The project as the caller now sees it, with its new version as the ETag header: every write's answer.</summary>
    public static async Task<EvaluationProject> AnswerAsync(NpgsqlDataSource dataSource, TerritoryHierarchy hierarchies, Caller caller,
        HttpContext context, string id, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var tree = (await ProjectTree.LoadAsync(connection, id))!;
        var project = (await ProjectScores.ComputeAsync(connection, await hierarchies.GetAsync(ct), caller, tree))!;
        context.Response.Headers.ETag = project.Etag;
        return project;
    }

    /// <summary>The next place in a project's list (axes, actions or indicators).</summary>
    public static int NextOrder<T>(IEnumerable<T> items, Func<T, int> order) => items.Select(order).DefaultIfEmpty(0).Max() + 1;

    /// <summary>An axis', action's or indicator's code: lowercase letters and digits in words joined by hyphens.</summary>
    public static bool IsCode(string? code, int maxLength = 40) => code is not null && code.Length <= maxLength && CodePattern().IsMatch(code);

    public static bool IsText(string? text, int maxLength) =>
        text is not null && text.Trim().Length >= 1 && text.Trim().Length <= maxLength && ControlCharacters.Problem(text) is null;

    public static bool IsWeight(double? weight) => weight is > 0 and <= 100;

    public static bool IsPlausible(double? value) => value is { } v && double.IsFinite(v) && Math.Abs(v) <= 1e12;

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex CodePattern();
}
