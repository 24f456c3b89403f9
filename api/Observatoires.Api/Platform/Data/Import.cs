using System.Security.Cryptography;
using FastEndpoints;
using FluentValidation.Results;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Http;

namespace Observatoires.Api.Platform.Data;

/// <summary>
/// One HTTP import of an uploaded file: a <see cref="Write"/> (its transaction, audit entry and version bumps) that also
/// knows the file (name, size, SHA-256, computed as it is read) and logs the run in the ingestion log
/// (<see cref="ImportRun"/>): a refused file with its problems, answered 400 as every importer does; a success in the
/// write's transaction; a file identical to the target's last import recognised and said so (and applied all the same). Each
/// importer keeps only its own reading and writing:
/// <code>
/// await using var import = await Import.BeginAsync(dataSource, HttpContext, r.File!, DechetsModule.Slug, "schema.table", ct);
/// var file = await import.ReadAsync(buffer => TonnageFile.Read(buffer, epcis), ct);
/// await import.RefuseIfAnyAsync(this, file.Problems, file.Total);
/// /* write with import.Connection / import.Transaction */
/// var receipt = await import.CommitAsync(new AuditEntry(...), [DechetsModule.DataDomain], new ImportRows(...), ct);
/// </code>
/// </summary>
internal sealed class Import : IAsyncDisposable
{
    private readonly NpgsqlDataSource dataSource;
    private readonly HttpContext context;
    private readonly IFormFile? upload;
    private readonly ImportRun run;

    private Import(NpgsqlDataSource dataSource, HttpContext context, IFormFile? upload, Write write, ImportRun run)
    {
        this.dataSource = dataSource;
        this.context = context;
        this.upload = upload;
        this.run = run;
        Write = write;
    }

    public Write Write { get; }

    public NpgsqlConnection Connection => Write.Connection;

    public NpgsqlTransaction Transaction => Write.Transaction;

    /// <summary>The file's name as answers and the logs quote it (<see cref="Upload.NameOf"/>).</summary>
    public string Name => run.File.Name;

    /// <param name="module">The observatory's slug (or <c>platform</c>): the log's <c>module</c> filter.</param>
    /// <param name="target">What the import writes, named as docs/api.md lists it (<c>values</c>, or an observatory's <c>schema.table</c>): an identical file is one
    /// already imported into this very target.</param>
    public static async Task<Import> BeginAsync(NpgsqlDataSource dataSource, HttpContext context, IFormFile file, string module, string target,
        CancellationToken ct)
    {
        // The form's file is buffered by ASP.NET Core (memory, or disk past 64 kB): reading it for its checksum costs no upload.
        string sha256;
        await using (var stream = file.OpenReadStream())
            sha256 = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, ct));
        var run = new ImportRun(ApiKeyAuthentication.CallerOf(context), new(Upload.NameOf(file), file.Length, sha256), module, target);
        return new(dataSource, context, file, await Write.BeginAsync(dataSource, context, ct), run);
    }

    /// <summary>
    /// An import of several uploads at once (the BAAC's four tables), already saved: the log records them as one file
    /// (<see cref="ImportedFile"/> made by the importer: their names, their total size, one checksum of them all).
    /// </summary>
    public static async Task<Import> BeginAsync(NpgsqlDataSource dataSource, HttpContext context, ImportedFile files, string module, string target,
        CancellationToken ct) =>
        new(dataSource, context, null, await Write.BeginAsync(dataSource, context, ct),
            new ImportRun(ApiKeyAuthentication.CallerOf(context), files, module, target));

    /// <summary>Reads the upload with a synchronous reader (<see cref="Upload.ReadAsync{T}"/>).</summary>
    public Task<T> ReadAsync<T>(Func<Stream, T> read, CancellationToken ct) =>
        Upload.ReadAsync(upload ?? throw new InvalidOperationException("an import of several files reads them itself"), read, ct);

    /// <summary>Saves the upload to a private temporary file, for large files and the readers that want a path (<see cref="Upload.SaveAsync"/>).</summary>
    public Task<Upload> SaveAsync(CancellationToken ct) =>
        Upload.SaveAsync(upload ?? throw new InvalidOperationException("an import of several files saves them itself"), ct);

    /// <summary>
    /// When the file has problems: rolls the import back, logs the refusal with its problems and answers 400 with every
    /// listed problem under <c>file</c> and how many there are in all (<see cref="Upload.Refusal"/>). Does nothing
    /// without problems.
    /// </summary>
    /// <param name="problems">The problems listed, in the file's order (each importer caps them).</param>
    /// <param name="total">How many problems the file has in all.</param>
    public Task RefuseIfAnyAsync(IValidationErrors endpoint, IReadOnlyList<string> problems, long total, long? refusedRows = null) =>
        RefuseIfAnyAsync(endpoint, [.. problems.Select(p => new ValidationFailure("file", p))], total, refusedRows);

    /// <summary>The same, for an importer whose problems name a field of their own (a JSON path): the log keeps "field: message".</summary>
    public async Task RefuseIfAnyAsync(IValidationErrors endpoint, IReadOnlyList<ValidationFailure> problems, long total, long? refusedRows = null)
    {
        if (total == 0 && problems.Count == 0)
            return;
        await Transaction.RollbackAsync();
        await run.RefusedAsync(dataSource, [.. problems.Select(p => p.PropertyName == "file" ? p.ErrorMessage : $"{p.PropertyName}: {p.ErrorMessage}")],
            Math.Max(total, problems.Count), refusedRows);
        foreach (var problem in problems)
            endpoint.AddError(problem);
        Problems.SetDetail(context, Upload.Refusal(Name, (int)Math.Min(Math.Max(total, problems.Count), int.MaxValue), problems.Count));
        endpoint.ThrowIfAnyErrors(null);
    }

    /// <summary>
    /// Why the caller may not write what the file touches (<see cref="Write.Refusal"/>: 403 outside its scope…), the
    /// refusal logged like a refused file's, so that an attempt outside one's scope stays in the log; null when it may.
    /// </summary>
    public async Task<IResult?> RefusalAsync(WriteTarget target)
    {
        if (Write.Refusal(target, "") is not { } refusal)
            return null;
        await Transaction.RollbackAsync();
        await run.RefusedAsync(dataSource, [$"{target.Name}: outside the caller's scope ({target.Territory})"], 1);
        return refusal;
    }

    /// <summary>
    /// For an importer that adds a new vintage at each import (a survey, an inventory): the file of the target's last
    /// successful import would only duplicate that vintage, so it is rolled back, logged as identical and answered 409
    /// with the import it repeats (<c>import</c>). Null for any other file.
    /// </summary>
    public async Task<IResult?> IdenticalRefusalAsync(CancellationToken ct)
    {
        if (await run.IdenticalToAsync(Connection, Transaction) is not { } previous)
            return null;
        var receipt = await run.IdenticalAsync(Connection, Transaction, previous, new(null, null, null, null), ct);
        return Problems.Conflict(receipt.Message, new Dictionary<string, object?> { ["import"] = receipt });
    }

    /// <summary>
    /// Commits the import (<see cref="Write.CommitAsync"/>: audit entry, version bumps) with its log entry, which says
    /// whether the file is the target's last import's (<see cref="ImportRun.FinishAsync"/>).
    /// </summary>
    public Task<ImportReceipt> CommitAsync(AuditEntry audit, IReadOnlyList<string> domains, ImportRows rows, CancellationToken ct) =>
        run.FinishAsync(Connection, Transaction, rows, () => Write.CommitAsync(audit, domains, ct), ct);

    public ValueTask DisposeAsync() => Write.DisposeAsync();
}
