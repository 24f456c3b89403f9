using Dapper;
using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Http;

namespace Observatoires.Api.Observatories.Dechets.ImportTonnages;

internal sealed class Request
{
    /// <summary>CSV annee;territoire;flux;tonnes_collectees;tonnes_valorisees (see the module's README), in the multipart field `file`.</summary>
    public IFormFile? File { get; set; }

    internal sealed class Validator : Validator<Request>
    {
        public Validator() => RuleFor(r => r.File).NotNull().WithMessage("send the CSV in the multipart field 'file'");
    }
}

/// <param name="File">The file's name as sent.</param>
/// <param name="Lines">Data lines read (one per year, EPCI and stream).</param>
/// <param name="Years">The EPCI-years the file holds ("epci:200069672 2024"), each replaced whole.</param>
/// <param name="Replaced">Rows of those years there were before (demo or imported), deleted.</param>
/// <param name="Import">The ingestion log's entry (GET /api/v1/imports/{id}): identical when the file is the last one imported into this target, then nothing changed.</param>
internal sealed record Response(string File, int Lines, IReadOnlyList<string> Years, int Replaced,
    ImportReceipt? Import = null);

internal sealed class Endpoint(NpgsqlDataSource dataSource) : Endpoint<Request, Response>
{
    public override void Configure()
    {
        Post("/api/v1/dechets/tonnages/import");
        Roles(RoleNames.Agency);
        AllowFileUploads();
        Description(d => d.ProducesProblemDetails(400).ProducesProblemDetails(401).ProducesProblemDetails(403));
        Summary(s =>
        {
            s.Summary = "Import waste tonnages per EPCI, year and stream from a SINOE-style CSV upload (agency editors), all or nothing";
            s.Description = "One line per year, EPCI and stream: annee;territoire;flux;tonnes_collectees;tonnes_valorisees. The whole file is " +
                            "checked first (a year, a known EPCI, a stream of the list, tonnes of 0 or more with tonnes_valorisees at most " +
                            "tonnes_collectees, no line given twice, every stream of each EPCI-year): a file with a problem is refused with every " +
                            "problem and its line number (400) and changes nothing. Each EPCI-year of the file replaces the stored one whole (demo " +
                            "or imported), the indicators are recomputed, and the import is audited. multipart/form-data with the file in the field `file`.";
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        await using var import = await Import.BeginAsync(dataSource, HttpContext, r.File!, DechetsModule.Slug, "dechets.tonnage", ct);
        var (connection, transaction) = (import.Connection, import.Transaction);
        var name = Upload.NameOf(r.File!);
        var epcis = (await connection.QueryAsync<string>("select id from platform.territory where level = 'epci'", transaction: transaction))
            .ToHashSet(StringComparer.Ordinal);
        var file = await import.ReadAsync(buffer => TonnageFile.Read(buffer, epcis), ct);
        await import.RefuseIfAnyAsync(this, file.Problems, file.Total);

        var years = file.Lines.Select(l => (l.Epci, l.Year)).Distinct().Order().ToList();
        var replaced = await connection.ExecuteAsync("""
            delete from dechets.tonnage t using unnest(@Epcis, @Years) as y(epci, year)
            where t.epci_id = y.epci and t.year = y.year
            """, new { Epcis = years.Select(y => y.Epci).ToArray(), Years = years.Select(y => y.Year).ToArray() }, transaction);
        await connection.ExecuteAsync("""
            insert into dechets.tonnage (epci_id, year, stream, tonnes_collected, tonnes_recovered, source, demo)
            select e, y, s, c, v, @Source, false
            from unnest(@Epcis, @Years, @Streams, @Collected, @Recovered) as r(e, y, s, c, v)
            """, new
        {
            Source = $"Import {name}",
            Epcis = file.Lines.Select(l => l.Epci).ToArray(),
            Years = file.Lines.Select(l => l.Year).ToArray(),
            Streams = file.Lines.Select(l => l.Stream).ToArray(),
            Collected = file.Lines.Select(l => l.Collected).ToArray(),
            Recovered = file.Lines.Select(l => l.Recovered).ToArray(),
        }, transaction);
        await DechetsIndicators.RecomputeAsync(connection, transaction);
        var response = new Response(name, file.Lines.Count, [.. years.Select(y => $"{y.Epci} {y.Year}")], replaced);
        var receipt = await import.CommitAsync(new AuditEntry("dechets_tonnage_import", "dechets.tonnage", name, null, response),
            [DechetsModule.DataDomain],
            ImportRows.Replacing(file.Lines.Count, replaced), ct);
        await Send.OkAsync(response with { Import = receipt }, ct);
    }
}
