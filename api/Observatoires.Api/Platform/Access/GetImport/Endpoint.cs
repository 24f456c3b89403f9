using System.Text.Json;
using Dapper;
using FastEndpoints;
using Npgsql;
using Observatoires.Api.Platform.Access.GetImports;
using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Http;

namespace Observatoires.Api.Platform.Access.GetImport;

internal sealed class Request
{
    /// <summary>The entry's id, as GET /api/v1/imports and every importer's answer (`import.id`) give it.</summary>
    public long Id { get; set; }
}

/// <param name="Line">The file's line (or feature) the problem names; null for a problem of the whole file.</param>
/// <param name="Message">The problem, as the refusal listed it.</param>
internal sealed record ReportLine(long? Line, string Message);

/// <param name="Indicators">The indicators whose values it wrote, when the import records them (a values import); else null.</param>
/// <param name="Report">A refused file's problems, the first 100 at most (empty for an import that went through).</param>
internal sealed record Response(long Id, DateTimeOffset At, ImportBy By, ImportFile File, string Module, string Target, string Outcome,
    ImportCounts Rows, int Problems, int DurationMs, long? PreviousImport, IReadOnlyList<string>? Indicators, IReadOnlyList<ReportLine> Report);

internal sealed class Endpoint(NpgsqlDataSource dataSource) : Endpoint<Request, Response>
{
    public override void Configure()
    {
        Get("/api/v1/imports/{id}");
        Roles(RoleNames.Agency);
        Options(o => o.WithMetadata(new ReadsPrimary()));
        Description(d => d.ProducesProblemDetails(400).ProducesProblemDetails(401).ProducesProblemDetails(403).ProducesProblemDetails(404));
        Summary(s =>
        {
            s.Summary = "One import of the ingestion log (agency), with its validation report";
            s.Description = "The entry of GET /api/v1/imports and, for a refused file, its problems with their line.";
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<GetImports.Data.Row>(GetImports.Data.ById, new { r.Id });
        if (row is null)
        {
            await Send.ResultAsync(Problems.NotFound($"There is no import {r.Id} in the ingestion log"));
            return;
        }
        var e = GetImports.Data.Entry(row);
        var report = JsonSerializer.Deserialize<List<ImportProblemLine>>(row.report, JsonSerializerOptions.Web) ?? [];
        await Send.OkAsync(new Response(e.Id, e.At, e.By, e.File, e.Module, e.Target, e.Outcome, e.Rows, e.Problems, e.DurationMs,
            e.PreviousImport, e.Indicators, [.. report.Select(p => new ReportLine(p.Line, p.Message))]), ct);
    }
}
