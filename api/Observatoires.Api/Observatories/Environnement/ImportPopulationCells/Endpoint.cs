using Dapper;
using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Export;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.Environnement.ImportPopulationCells;

internal sealed class Request
{
    /// <summary>INSEE's Filosofi carroyé 200 m file in the multipart field `file` (CSV): its columns idcar_200m and ind are read, the others ignored.</summary>
    public IFormFile? File { get; set; }

    /// <summary>The file's vintage (Filosofi 2019), in the multipart field `vintage`.</summary>
    public string? Vintage { get; set; }

    internal sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.File).NotNull().WithMessage("send the Filosofi file in the multipart field 'file'");
            RuleFor(r => r.Vintage).NotEmpty().MaximumLength(100).WithMessage("vintage is the file's vintage, e.g. Filosofi 2019 (1 to 100 characters)");
        }
    }
}

internal sealed class Endpoint(NpgsqlDataSource dataSource, TerritoryHierarchy hierarchies) : Endpoint<Request, EnvironnementImport>
{
    public override void Configure()
    {
        Post("/api/v1/environnement/imports/carreaux");
        Roles(RoleNames.Agency);
        AllowFileUploads();
        Description(d => d.ClearDefaultProduces(200).Produces<EnvironnementImport>(200, "application/json")
            .ProducesProblemDetails(400).ProducesProblemDetails(401).ProducesProblemDetails(403));
        Summary(s =>
        {
            s.Summary = "Load the gridded population (INSEE Filosofi, 200 m cells) from its CSV (agency editors), all or nothing";
            s.Description = "multipart/form-data: the CSV in `file` and its vintage in `vintage`. The columns idcar_200m " +
                            "(CRS3035RES200mN2959600E3776200: the cell's lower-left corner in ETRS89-LAEA) and ind (inhabitants) are " +
                            "read, the others ignored. Every line is checked first: a 200 m cell id given once, a number of inhabitants. " +
                            "A file with a problem is refused (400) with every problem and its line, and changes nothing. Each cell goes " +
                            "to the commune of the AULA perimeter that holds its centre; cells whose centre lies in none are skipped " +
                            "(counted in the answer: a département's file holds other communes). The file replaces the cells stored; the " +
                            "overheating indicators are recomputed. Audited. Up to 256 MB.";
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        var name = Upload.NameOf(r.File!);
        await using var import = await Import.BeginAsync(dataSource, HttpContext, r.File!, EnvironnementModule.Slug, "environnement.population_cell", ct);
        var (lines, problems) = await import.ReadAsync(stream => ImportFiles.ReadCells(stream, name), ct);
        await import.RefuseIfAnyAsync(this, problems.Listed(FeatureFile.ProblemsShown, inFileOrder: true), problems.Count);

        var (connection, transaction) = (import.Connection, import.Transaction);
        var perimeter = await ImportFiles.PerimeterAsync(connection, hierarchies, ct);
        var replaced = await connection.ExecuteAsync("delete from environnement.population_cell", transaction: transaction);
        var imported = await connection.ExecuteAsync(SqlResource.Get("Observatories/Environnement/ImportPopulationCells/InsertCells.sql"), new
        {
            Ids = lines.Select(l => l.Id).ToArray(),
            North = lines.Select(l => l.North).ToArray(),
            East = lines.Select(l => l.East).ToArray(),
            Population = lines.Select(l => l.Population).ToArray(),
            r.Vintage,
            Perimeter = perimeter.ToArray(),
        }, transaction);
        var values = await Surchauffe.RecomputeAsync(connection, transaction);
        var report = new EnvironnementImport(name, imported, replaced, lines.Count - imported, (int)(values.Inserted + values.Revised));
        var receipt = await import.CommitAsync(new AuditEntry("environnement_cells_import", "environnement.population_cell", null, null, report),
            [EnvironnementLayers.DataDomain],
            ImportRows.Replacing(imported, replaced, lines.Count - imported), ct);
        await Send.OkAsync(report with { Import = receipt }, ct);
    }
}
