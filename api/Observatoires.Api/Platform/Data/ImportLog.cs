using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dapper;
using Npgsql;
using Observatoires.Api.Platform.Access;

namespace Observatoires.Api.Platform.Data;

/// <summary>An imported file as the log records it: the name its sender gave, its size and its SHA-256 (lowercase hex).</summary>
internal sealed record ImportedFile(string Name, long Bytes, string Sha256)
{
    /// <summary>A file on disk (the command line's imports), read once for its checksum.</summary>
    public static async Task<ImportedFile> OfAsync(string path, string name, CancellationToken ct = default)
    {
        await using var stream = File.OpenRead(path);
        var hash = await SHA256.HashDataAsync(stream, ct);
        return new(name, stream.Length, Convert.ToHexStringLower(hash));
    }
}

/// <summary>What an import did to the rows of its target: each count null where the importer has no such count.</summary>
/// <param name="New">Rows that were not there before.</param>
/// <param name="Revised">Rows that were there and changed (or were replaced).</param>
/// <param name="Unchanged">Rows given as they were already stored.</param>
/// <param name="Refused">Rows of the file left out (outside the referential, skipped by the importer's rules).</param>
/// <param name="Written">Rows written, for an importer that replaces a whole set (a year, a département, a vintage) and so knows neither
/// which rows are new nor which changed.</param>
/// <param name="Replaced">Stored rows such an importer deleted and replaced.</param>
internal sealed record ImportRows(long? New, long? Revised, long? Unchanged, long? Refused, long? Written = null, long? Replaced = null)
{
    /// <summary>An importer that replaces a whole set: what it wrote, what it replaced, what it left out.</summary>
    public static ImportRows Replacing(long written, long? replaced, long? refused = null) => new(null, null, null, refused, written, replaced);
}

/// <param name="Id">The import log's entry (<c>GET /api/v1/imports/{id}</c>).</param>
/// <param name="At">When it was imported.</param>
internal sealed record PreviousImport(long Id, DateTimeOffset At);

/// <summary>How the ingestion log recorded an import, in the importer's answer.</summary>
/// <param name="Id">The log entry: <c>GET /api/v1/imports/{id}</c>.</param>
/// <param name="Outcome">imported, or identical: the same file as the last import of the same target (a partner's: its own), imported again.</param>
/// <param name="Identical">Whether the file is the last import's of this target (same SHA-256). It is applied all the same (its options and the
/// data may have changed since), except where a repeat would duplicate a dated vintage (then refused, 409).</param>
/// <param name="PreviousImport">For an identical file: the import it repeats.</param>
/// <param name="Sha256">The file's SHA-256, lowercase hex.</param>
/// <param name="Bytes">The file's size.</param>
/// <param name="Message">What happened, in a sentence.</param>
internal sealed record ImportReceipt(long Id, string Outcome, bool Identical, PreviousImport? PreviousImport, string Sha256, long Bytes, string Message);

/// <summary>One problem of a refused file, as the log keeps it.</summary>
internal sealed record ImportProblemLine(long? Line, string Message);

/// <summary>
/// The ingestion log (<c>platform.import_log</c>): one run of an import, from the moment its file is known to its end.
/// A success is recorded in the import's own transaction (with its audit entry); a refusal or an identical file, after
/// that transaction rolled back, on the connection alone, so that what was tried is kept even when nothing was written.
/// Used by every importer, HTTP (<see cref="Import"/>) and command line (values, contours).
/// </summary>
internal sealed partial class ImportRun(Caller caller, ImportedFile file, string module, string target)
{
    public const string Imported = "imported", Identical = "identical", Refused = "refused";

    /// <summary>Problems kept with a refused import's entry: what the answer listed, at most this many.</summary>
    public const int ReportedProblems = 100;

    private readonly Stopwatch watch = Stopwatch.StartNew();

    public ImportedFile File => file;

    public string Module => module;

    public string Target => target;

    /// <summary>
    /// The indicators whose values the import wrote, for an importer whose target does not say (a values file names its
    /// own): logged with it, the lineage of each indicator's dataset. Null: not recorded.
    /// </summary>
    public IReadOnlyList<string>? Indicators { get; set; }

    /// <summary>
    /// The last successful import of the same target, when it was this very file (same SHA-256); null otherwise. Read in
    /// the import's transaction, just before it commits, so that an import committed meanwhile counts. A partner's file
    /// is compared with its own key's imports only: the answer must not tell it what others imported, nor when.
    /// </summary>
    public async Task<PreviousImport?> IdenticalToAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction)
    {
        var last = await connection.QuerySingleOrDefaultAsync<(long Id, DateTime At, string Sha256)?>("""
            select id, at, file_sha256 from platform.import_log
            where target = @target and outcome in ('imported', 'identical') and (@anyone or key_id = @KeyId)
            order by id desc limit 1
            """, new { target, anyone = caller.KeyId is null || caller.IsAgency, caller.KeyId }, transaction);
        return last is { } l && l.Sha256 == file.Sha256 ? new(l.Id, new DateTimeOffset(l.At, TimeSpan.Zero)) : null;
    }

    /// <summary>
    /// Ends a write that went through, logged in its transaction, which <paramref name="commit"/> then commits (with the
    /// audit entry and the version bumps). A file identical to the target's last import is recognised and said so, and
    /// still applied: its options may differ (replace, a vintage, a level) and the target may have changed since, so
    /// skipping it would report a change that never happened. The receipt goes into the importer's answer.
    /// </summary>
    public async Task<ImportReceipt> FinishAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, ImportRows rows,
        Func<Task> commit, CancellationToken ct)
    {
        var previous = await IdenticalToAsync(connection, transaction);
        var entry = await RecordAsync(connection, transaction, previous is null ? Imported : Identical, rows, [], 0, previous?.Id);
        await commit();
        if (previous is null)
            return new(entry, Imported, false, null, file.Sha256, file.Bytes, $"{file.Name} was imported into {target}.");
        return new(entry, Identical, true, previous, file.Sha256, file.Bytes,
            $"{file.Name} is the file of import {previous.Id} ({At(previous)}), the last one of {target}: imported again, as it says.");
    }

    private static string At(PreviousImport previous) =>
        previous.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC";

    /// <summary>Rolls the import back and logs it as the repeat of <paramref name="previous"/>: nothing rewritten, no version bumped.</summary>
    public async Task<ImportReceipt> IdenticalAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, PreviousImport previous, ImportRows rows,
        CancellationToken ct)
    {
        await transaction.RollbackAsync(ct);
        var id = await RecordAsync(connection, null, Identical, rows, [], 0, previous.Id);
        return new(id, Identical, true, previous, file.Sha256, file.Bytes,
            $"{file.Name} is the file of import {previous.Id} ({At(previous)}), the last one of {target}: nothing was changed.");
    }

    /// <summary>
    /// Logs a refused file with its problems (the first <see cref="ReportedProblems"/>, each with its line when it names
    /// one) on a connection of its own: the import's transaction has rolled back, or will.
    /// </summary>
    public async Task<long> RefusedAsync(NpgsqlDataSource dataSource, IReadOnlyList<string> problems, long total, long? refusedRows = null)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        return await RecordAsync(connection, null, Refused, new(null, null, null, refusedRows), problems, total, null);
    }

    private async Task<long> RecordAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string outcome, ImportRows rows,
        IReadOnlyList<string> problems, long total, long? previous)
    {
        // A problem may quote a cell with a NUL, which PostgreSQL's text and jsonb cannot hold: the log keeps U+FFFD instead.
        var report = problems.Take(ReportedProblems).Select(p => LineOf(p.Replace('\0', '\uFFFD'))).ToList();
        return await connection.ExecuteScalarAsync<long>("""
            insert into platform.import_log (by_kind, key_id, by_name, file_name, file_bytes, file_sha256, module, target, outcome,
                                             rows_new, rows_revised, rows_unchanged, rows_refused, rows_written, rows_replaced, problems, report, duration_ms, previous_id, indicators)
            values (@Kind, @KeyId, @ByName, @Name, @Bytes, @Sha256, @module, @target, @outcome,
                    @New, @Revised, @Unchanged, @Refused, @Written, @Replaced, @Problems, @Report::jsonb, @Duration, @previous, @Indicators)
            returning id
            """, new
        {
            Kind = caller.KeyId is null ? "cli" : "key",
            caller.KeyId,
            // A key's holder, or the system user who ran ./observatoires import.
            ByName = caller.KeyId is null ? Environment.UserName : caller.KeyName ?? "",
            Name = file.Name.Replace('\0', '\uFFFD'),
            file.Bytes,
            file.Sha256,
            module,
            target,
            outcome,
            rows.New,
            rows.Revised,
            rows.Unchanged,
            rows.Refused,
            rows.Written,
            rows.Replaced,
            Problems = (int)Math.Min(total, int.MaxValue),
            Report = JsonSerializer.Serialize(report, JsonSerializerOptions.Web),
            Duration = (int)Math.Min(watch.ElapsedMilliseconds, int.MaxValue),
            previous,
            // A refusal wrote nothing: no indicator's lineage names it.
            Indicators = outcome == Refused ? null : Indicators?.ToArray(),
        }, transaction);
    }

    /// <summary>The line a problem names ("line 12: …", "features[3]: …", "feature 3 …"), kept apart; the message whole.</summary>
    public static ImportProblemLine LineOf(string problem) =>
        new(Place().Match(problem) is { Success: true } m && long.TryParse(m.Groups[1].Value, CultureInfo.InvariantCulture, out var line) ? line : null,
            problem);

    [GeneratedRegex(@"^(?:line |features?\[|feature #?)(\d+)")]
    private static partial Regex Place();
}
