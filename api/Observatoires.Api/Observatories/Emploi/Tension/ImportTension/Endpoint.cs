using Dapper;
using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Observatories.Emploi.Etablissements;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Http;

namespace Observatoires.Api.Observatories.Emploi.Tension.ImportTension;

internal sealed class Request
{
    /// <summary>CSV epci;annee;metier;libelle;secteur;projets;difficiles;saisonniers (see the module's README), in the multipart field `file`.</summary>
    public IFormFile? File { get; set; }

    internal sealed class Validator : Validator<Request>
    {
        public Validator() => RuleFor(r => r.File).NotNull().WithMessage("send the CSV in the multipart field 'file'");
    }
}

/// <param name="File">The file's name as sent.</param>
/// <param name="Lines">Data lines read (occupations).</param>
/// <param name="Tables">The EPCI-year tables the file holds, each replaced whole.</param>
/// <param name="Replaced">Rows of those tables there were before (demo or imported), deleted.</param>
/// <param name="Import">The ingestion log's entry (GET /api/v1/imports/{id}): identical when the file is the last one imported into this target, then nothing changed.</param>
internal sealed record Response(string File, int Lines, IReadOnlyList<string> Tables, int Replaced,
    ImportReceipt? Import = null);

internal sealed class Endpoint(NpgsqlDataSource dataSource) : Endpoint<Request, Response>
{
    public override void Configure()
    {
        Post("/api/v1/emploi/tension/import");
        Roles(RoleNames.Agency);
        AllowFileUploads();
        Description(d => d.ProducesProblemDetails(400).ProducesProblemDetails(401).ProducesProblemDetails(403));
        Summary(s =>
        {
            s.Summary = "Import BMO recruitment tables per EPCI from a CSV upload (agency editors), all or nothing";
            s.Description = "One line per EPCI, year and occupation: epci;annee;metier;libelle;secteur;projets;difficiles;saisonniers. The " +
                            "whole file is checked first (a known EPCI, a year, an occupation code, a sector of the table, whole numbers with " +
                            "difficiles and saisonniers at most projets, no line given twice): a file with a problem is refused with every " +
                            "problem and its line number (400) and changes nothing. Each EPCI-year of the file replaces the stored table of " +
                            "that EPCI and year whole (demo or imported); the import is audited. multipart/form-data with the file in the field `file`.";
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        await using var import = await Import.BeginAsync(dataSource, HttpContext, r.File!, EmploiModule.Slug, "emploi.recruitment_need", ct);
        var (connection, transaction) = (import.Connection, import.Transaction);
        var name = Upload.NameOf(r.File!);
        var epcis = (await connection.QueryAsync<string>("select id from platform.territory where level = 'epci'", transaction: transaction))
            .ToHashSet(StringComparer.Ordinal);
        var file = await import.ReadAsync(buffer => RecruitmentFile.Read(buffer, epcis), ct);
        await import.RefuseIfAnyAsync(this, file.Problems, file.Total);

        var tables = file.Lines.Select(l => (l.Epci, l.Year)).Distinct().Order().ToList();
        var replaced = await connection.ExecuteAsync("""
            delete from emploi.recruitment_need n using unnest(@Epcis, @Years) as t(epci, year)
            where n.epci_id = t.epci and n.year = t.year
            """, new { Epcis = tables.Select(t => t.Epci).ToArray(), Years = tables.Select(t => t.Year).ToArray() }, transaction);
        await connection.ExecuteAsync("""
            insert into emploi.recruitment_need (epci_id, year, occupation, label, sector, projects, difficult, seasonal, demo)
            select e, y, o, l, s, p, d, n, false
            from unnest(@Epcis, @Years, @Occupations, @Labels, @Sectors, @Projects, @Difficult, @Seasonal) as r(e, y, o, l, s, p, d, n)
            """, new
        {
            Epcis = file.Lines.Select(l => l.Epci).ToArray(),
            Years = file.Lines.Select(l => l.Year).ToArray(),
            Occupations = file.Lines.Select(l => l.Occupation).ToArray(),
            Labels = file.Lines.Select(l => l.Label).ToArray(),
            Sectors = file.Lines.Select(l => l.Sector).ToArray(),
            Projects = file.Lines.Select(l => l.Projects).ToArray(),
            Difficult = file.Lines.Select(l => l.Difficult).ToArray(),
            Seasonal = file.Lines.Select(l => l.Seasonal).ToArray(),
        }, transaction);
        var response = new Response(name, file.Lines.Count, [.. tables.Select(t => $"{t.Epci} {t.Year}")], replaced);
        var receipt = await import.CommitAsync(new AuditEntry("emploi_tension_import", "emploi.recruitment_need", name, null, response),
            [EtablissementsLayer.DataDomain],
            ImportRows.Replacing(file.Lines.Count, replaced), ct);
        await Send.OkAsync(response with { Import = receipt }, ct);
    }
}
