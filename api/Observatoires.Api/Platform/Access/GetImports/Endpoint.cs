using Dapper;
using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Http;

namespace Observatoires.Api.Platform.Access.GetImports;

internal sealed class Request
{
    /// <summary>Only the imports of this module: an observatory's slug (dechets, habitat…) or platform (values, contours, QPV).</summary>
    [QueryParam] public string? Module { get; set; }

    /// <summary>Only the imports into this target, as docs/api.md lists them (values, territories, an observatory's schema.table…).</summary>
    [QueryParam] public string? Target { get; set; }

    /// <summary>
    /// Only the imports that wrote values of one of these indicators (codes, comma-separated: an indicators dataset's
    /// lineage). The values imports record the indicators of their file; the observatories' own importers name their
    /// target table instead.
    /// </summary>
    [QueryParam] public string? Indicator { get; set; }

    /// <summary>Only this outcome: imported, identical (the file of the target's last import: nothing changed) or refused.</summary>
    [QueryParam] public string? Outcome { get; set; }

    /// <summary>Only the imports at or after this instant (ISO 8601, e.g. 2025-01-31 or 2025-01-31T08:00:00Z).</summary>
    [QueryParam] public DateTimeOffset? Since { get; set; }

    /// <summary>Entries per page, newest first (1–1000, default 100).</summary>
    [QueryParam] public int Limit { get; set; } = 100;

    /// <summary>Entries to skip.</summary>
    [QueryParam] public int Offset { get; set; }

    internal sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Module).Matches("^[a-z][a-z-]{0,49}$").When(r => r.Module is not null)
                .WithMessage("module is an observatory's slug (dechets, foncier-agricole) or platform");
            RuleFor(r => r.Target).Matches(@"^[a-z][a-z0-9_.:-]{0,99}$").When(r => r.Target is not null)
                .WithMessage("target is a name like values or an observatory's schema.table (see docs/api.md)");
            RuleFor(r => r.Indicator).Matches(@"^[a-z0-9_.-]{1,100}(,[a-z0-9_.-]{1,100}){0,199}$").When(r => r.Indicator is not null)
                .WithMessage("indicator is one or more indicator codes, comma-separated (at most 200), e.g. emploi.salaries_prives");
            RuleFor(r => r.Outcome).Must(o => o is ImportRun.Imported or ImportRun.Identical or ImportRun.Refused).When(r => r.Outcome is not null)
                .WithMessage("outcome must be imported, identical or refused");
            RuleFor(r => r.Limit).InclusiveBetween(1, 1000).WithMessage("limit must be from 1 to 1000");
            RuleFor(r => r.Offset).GreaterThanOrEqualTo(0).WithMessage("offset must be 0 or more");
        }
    }
}

/// <param name="Kind">key: an API key over HTTP; cli: ./observatoires import on the server.</param>
/// <param name="Id">The key's id; null for the command line.</param>
/// <param name="Name">The key's name, or the system user who ran the command.</param>
internal sealed record ImportBy(string Kind, int? Id, string Name);

/// <param name="Name">The name its sender gave (without its path).</param>
/// <param name="Bytes">Its size.</param>
/// <param name="Sha256">Its SHA-256, lowercase hex: the same file has the same.</param>
internal sealed record ImportFile(string Name, long Bytes, string Sha256);

/// <summary>What the import did to its target's rows; null where the importer has no such count (never guessed).</summary>
/// <param name="New">Rows that were not there.</param>
/// <param name="Revised">Rows that were there and were changed or replaced.</param>
/// <param name="Unchanged">Rows given as they were already stored.</param>
/// <param name="Refused">Rows of the file left out (a refused file: null, nothing was written).</param>
/// <param name="Written">Rows written by an importer that replaces a whole set (a year, a département), which knows neither new nor revised.</param>
/// <param name="Replaced">Stored rows such an importer deleted and replaced.</param>
internal sealed record ImportCounts(long? New, long? Revised, long? Unchanged, long? Refused, long? Written, long? Replaced);

/// <param name="Id">The entry (GET /api/v1/imports/{id}).</param>
/// <param name="At">When the import ended.</param>
/// <param name="Module">An observatory's slug, or platform.</param>
/// <param name="Target">What the import writes, as the module's README names it.</param>
/// <param name="Outcome">imported; identical (the same file as the target's last successful import: nothing changed); refused (nothing changed).</param>
/// <param name="Problems">How many problems a refused file had (its report lists the first ones).</param>
/// <param name="DurationMs">How long the import took, in milliseconds.</param>
/// <param name="PreviousImport">For an identical file: the import it repeats.</param>
/// <param name="Indicators">The indicators whose values it wrote, when the import records them (a values import; not a refused one); else null.</param>
internal sealed record ImportEntry(long Id, DateTimeOffset At, ImportBy By, ImportFile File, string Module, string Target, string Outcome,
    ImportCounts Rows, int Problems, int DurationMs, long? PreviousImport, IReadOnlyList<string>? Indicators);

internal sealed record Response(IReadOnlyList<ImportEntry> Items, long Total, int Limit, int Offset, PageLinks Links);

internal sealed class Endpoint(NpgsqlDataSource dataSource) : Endpoint<Request, Response>
{
    public override void Configure()
    {
        Get("/api/v1/imports");
        Roles(RoleNames.Agency);
        Options(o => o.WithMetadata(new ReadsPrimary()));
        Description(d => d.ProducesProblemDetails(400).ProducesProblemDetails(401).ProducesProblemDetails(403));
        Summary(s =>
        {
            s.Summary = "The ingestion log (agency): every import by HTTP or command line, its file, outcome and counts; newest first";
            s.Description = "Who (a key, or the command line's system user), when, the file's name, size and SHA-256, the module and the target, " +
                            "the outcome (imported, identical, refused), the rows new / revised / unchanged / refused, how many problems and the " +
                            "duration, and the indicators a values import wrote; filtered by module, target, indicator (an indicators dataset's lineage), outcome and since, paged with limit/offset (`links`, and a `Link` header to the next " +
                            "page). A refused import is logged too; its problems are in GET /api/v1/imports/{id}.";
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var filter = new { r.Module, r.Target, Indicators = r.Indicator?.Split(',') ?? [], r.Outcome, Since = r.Since?.UtcDateTime, r.Limit, r.Offset };
        var total = await connection.ExecuteScalarAsync<long>(Data.Count, filter);
        var rows = await connection.QueryAsync<Data.Row>(Data.Page, filter);
        var links = PageLinks.For(HttpContext.Request, r.Limit, r.Offset, total);
        if (links.Next is { } next)
            HttpContext.Response.Headers.Link = $"<{next}>; rel=\"next\"";
        await Send.OkAsync(new Response([.. rows.Select(Data.Entry)], total, r.Limit, r.Offset, links), ct);
    }
}

/// <summary>The log's columns and filter, shared with GET /api/v1/imports/{id}.</summary>
internal static class Data
{
    private const string Columns = """
        select id, at, by_kind, key_id, by_name, file_name, file_bytes, file_sha256, module, target, outcome,
               rows_new, rows_revised, rows_unchanged, rows_refused, rows_written, rows_replaced, problems, duration_ms, previous_id, report::text, array_to_string(indicators, ',') as indicators
        from platform.import_log
        """;

    private const string Where = """
         where (@Module::text is null or module = @Module) and (@Target::text is null or target = @Target)
           and (cardinality(@Indicators::text[]) = 0 or indicators && @Indicators::text[])
           and (@Outcome::text is null or outcome = @Outcome) and (@Since::timestamptz is null or at >= @Since)
        """;

    public const string Count = "select count(*) from platform.import_log" + Where;

    public const string Page = Columns + Where + " order by id desc limit @Limit offset @Offset";

    public const string ById = Columns + " where id = @Id";

    public static ImportEntry Entry(Row x) => new(x.id, new DateTimeOffset(x.at, TimeSpan.Zero), new(x.by_kind, x.key_id, x.by_name),
        new(x.file_name, x.file_bytes, x.file_sha256), x.module, x.target, x.outcome,
        new(x.rows_new, x.rows_revised, x.rows_unchanged, x.rows_refused, x.rows_written, x.rows_replaced), x.problems, x.duration_ms, x.previous_id,
        x.indicators is null ? null : x.indicators.Split(',', StringSplitOptions.RemoveEmptyEntries));

    internal sealed record Row(long id, DateTime at, string by_kind, int? key_id, string by_name, string file_name, long file_bytes,
        string file_sha256, string module, string target, string outcome, long? rows_new, long? rows_revised, long? rows_unchanged,
        long? rows_refused, long? rows_written, long? rows_replaced, int problems, int duration_ms, long? previous_id, string report, string? indicators);
}
