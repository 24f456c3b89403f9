using Dapper;
using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Indicators.Values;

namespace Observatoires.Api.Observatories.Social.ImportFilosofi;

internal sealed class Request
{
    /// <summary>INSEE's Filosofi CSV of one level (CODGEO;NBMENFISC21;NBPERSMENFISC21;MED21;PIMP21;TP6021;D121;…;D921;RD21), in the multipart field `file`.</summary>
    public IFormFile? File { get; set; }

    /// <summary>The level of the file's CODGEO: commune (default), epci, departement or region (INSEE publishes one file per level).</summary>
    [QueryParam] public string? Level { get; set; }

    internal sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.File).NotNull().WithMessage("send the CSV in the multipart field 'file'");
            RuleFor(r => r.Level).Must(l => l is null || FilosofiFile.Codes.ContainsKey(l))
                .WithMessage("level is commune, epci, departement or region");
        }
    }
}

/// <param name="File">The file's name as sent.</param>
/// <param name="Level">The level of its territories.</param>
/// <param name="Year">The vintage, from its columns' digits (NBMENFISC21: 2021).</param>
/// <param name="Lines">Data lines read.</param>
/// <param name="Territories">Territories of the observatory whose figures were stored.</param>
/// <param name="OutsideObservatory">Lines of other territories (INSEE's files cover France), left aside.</param>
/// <param name="SecretCells">Cells INSEE marked secret ("s"), stored as secret.</param>
/// <param name="Inserted">Values new to the platform.</param>
/// <param name="Revised">Values that replaced a different stored one (demo or an earlier import), kept in the history.</param>
/// <param name="Unchanged">Values identical to the stored ones.</param>
/// <param name="Import">The ingestion log's entry (GET /api/v1/imports/{id}): identical when the file is the last one imported into this target, then nothing changed.</param>
internal sealed record Response(string File, string Level, int Year, int Lines, int Territories, int OutsideObservatory, int SecretCells,
    long Inserted, long Revised, long Unchanged,
    ImportReceipt? Import = null);

internal sealed class Endpoint(NpgsqlDataSource dataSource) : Endpoint<Request, Response>
{
    public override void Configure()
    {
        Post("/api/v1/social/imports/filosofi");
        Roles(RoleNames.Agency);
        AllowFileUploads();
        Description(d => d.ProducesProblemDetails(400).ProducesProblemDetails(401).ProducesProblemDetails(403));
        Summary(s =>
        {
            s.Summary = "Import INSEE's Filosofi file of one level (agency editors), all or nothing";
            s.Description = "The CSV as INSEE publishes it (semicolons, decimals with a point or a comma), one file per level: columns " +
                            "found by name with the vintage's digits (NBMENFISC21: 2021), CODGEO and NBMENFISC required, NBPERSMENFISC, MED " +
                            "(or Q2), PIMP, TP60, D1 to D9 and RD read when present, the others ignored. A cell \"s\" is INSEE's secret and is " +
                            "stored as secret; \"nd\" or empty is not stored; a line whose households are secret is secret whole. Territories " +
                            "the observatory does not hold are counted, not refused. Malformed text, a figure out of range, deciles out of " +
                            "order, an RD that is not D9 ÷ D1 or a territory given twice refuses the whole file with every problem and its " +
                            "line (400), changing nothing. Values are merged with the stored ones (a different value is a revision, kept " +
                            "in the history); audited. multipart/form-data with the file in the field `file`.";
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        var level = r.Level ?? "commune";
        await using var import = await Import.BeginAsync(dataSource, HttpContext, r.File!, SocialModule.Slug, "social.filosofi", ct);
        var (connection, transaction) = (import.Connection, import.Transaction);
        var name = Upload.NameOf(r.File!);
        var territories = (await connection.QueryAsync<string>("select id from platform.territory where level = @level", new { level }, transaction))
            .ToHashSet(StringComparer.Ordinal);
        var file = await import.ReadAsync(stream => FilosofiFile.Read(stream, level, territories), ct);
        await import.RefuseIfAnyAsync(this, file.Problems, file.Total);

        // The value writer bumps the indicators' data version itself.
        var written = await ValueWriter.WriteAsync(connection, transaction, file.Values, ct);
        var response = new Response(name, level, file.Year, file.Lines, file.Territories, file.OutsideObservatory, file.SecretCells,
            written.Inserted, written.Revised, written.Unchanged);
        var receipt = await import.CommitAsync(new AuditEntry("social_filosofi_import", "platform.indicator_value", name, null, response), [],
            new ImportRows(written.Inserted, written.Revised, written.Unchanged, file.OutsideObservatory), ct);
        await Send.OkAsync(response with { Import = receipt }, ct);
    }
}
