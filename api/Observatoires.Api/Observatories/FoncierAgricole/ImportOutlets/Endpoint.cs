using Dapper;
using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Export;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.FoncierAgricole.ImportOutlets;

internal sealed class Request
{
    /// <summary>The inventory of outlets (CSV: nom, type, adresse, code_commune, longitude, latitude), in the multipart field `file`.</summary>
    public IFormFile? File { get; set; }

    /// <summary>Where the inventory comes from (Recensement PAT CABBALR 2026), in the multipart field `source`.</summary>
    public string? Source { get; set; }

    internal sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.File).NotNull().WithMessage("send the outlets file in the multipart field 'file'");
            RuleFor(r => r.Source).NotEmpty().MaximumLength(300).WithMessage("source says where the inventory comes from (1 to 300 characters)");
        }
    }
}

/// <param name="Imported">Outlets read from the file, now the layer's.</param>
/// <param name="Replaced">Outlets of the previous inventory (demo or imported) the file replaced.</param>
/// <param name="Import">The ingestion log's entry (GET /api/v1/imports/{id}): identical when the file is the last one imported into this target, then nothing changed.</param>
internal sealed record Response(int Imported, int Replaced,
    ImportReceipt? Import = null);

internal sealed class Endpoint(NpgsqlDataSource dataSource) : Endpoint<Request, Response>
{
    /// <summary>How far (metres) a point may lie outside its commune's contour: a market on a border road.</summary>
    private const double Tolerance = 500;

    public override void Configure()
    {
        Post("/api/v1/foncier-agricole/outlets");
        Roles(RoleNames.Agency);
        AllowFileUploads();
        Description(d => d.ClearDefaultProduces(200).Produces<Response>(201, "application/json")
            .ProducesProblemDetails(400).ProducesProblemDetails(401).ProducesProblemDetails(403));
        Summary(s =>
        {
            s.Summary = "Replace the short-supply-chain outlets with an inventory file (agency editors), all or nothing";
            s.Description = "multipart/form-data: the file in `file` and its `source`. The file is a CSV (semicolon or comma, UTF-8) with the " +
                            "columns nom, type (vente_ferme, marche, amap, drive_fermier, magasin_producteurs, or their labels), adresse, " +
                            "code_commune (INSEE code of a commune of the CABBALR), longitude, latitude (WGS 84); columns are found by name. " +
                            "Every line is checked, and its point must lie within 500 m of its commune. A file with a problem is refused (400) " +
                            "with every problem and its line, and changes nothing; a good file replaces the whole layer " +
                            "foncier-agricole-circuits-courts. Audited. Up to 1 MB.";
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        var name = Upload.NameOf(r.File!);
        await using var import = await Import.BeginAsync(dataSource, HttpContext, r.File!, FoncierAgricoleModule.Slug, "foncier_agricole.outlet", ct);
        var (connection, transaction) = (import.Connection, import.Transaction);
        var communes = (await connection.QueryAsync<string>("""
            select m.member_id from platform.territory_membership m join platform.territory t on t.id = m.member_id
            where t.level = 'commune' and m.parent_id = @Cabbalr
            """, new { FoncierAgricoleModule.Cabbalr }, transaction)).ToHashSet(StringComparer.Ordinal);
        var file = await import.ReadAsync(buffer => OutletFile.Read(buffer, communes), ct);
        var far = await PointPlacement.FarFromTheirCommuneAsync(connection, transaction, [.. file.Lines.Select(l => (l.Lon, l.Lat, l.Commune))], Tolerance);
        var problems = file.Problems.Concat(far.Select(i => file.Lines[i - 1])
            .Select(l => $"line {l.Line}: the point {GeocodedCsv.Text(l.Lon, l.Lat)} is more than 500 m from {l.Commune}"));
        // The file's order: the database's problems come after the reader's, each naming its line.
        await import.RefuseIfAnyAsync(this, [.. problems.OrderBy(FileProblems.Position).Take(OutletFile.ProblemsShown)], file.Total + far.Count);

        var replaced = await connection.ExecuteAsync("delete from foncier_agricole.outlet", transaction: transaction);
        var lines = file.Lines;
        await connection.ExecuteAsync("""
            insert into foncier_agricole.outlet (id, name, type, address, commune_id, geom, source)
            select 'pv-' || u.line, u.name, u.type, u.address, u.commune, st_setsrid(st_makepoint(u.lon, u.lat), 4326), @Source
            from unnest(@Line, @Name, @Type, @Address, @Commune, @Lon, @Lat) as u (line, name, type, address, commune, lon, lat)
            """, new
        {
            r.Source,
            Line = lines.Select(l => l.Line).ToArray(),
            Name = lines.Select(l => l.Name).ToArray(),
            Type = lines.Select(l => l.Type).ToArray(),
            Address = lines.Select(l => l.Address).ToArray(),
            Commune = lines.Select(l => l.Commune).ToArray(),
            Lon = lines.Select(l => l.Lon).ToArray(),
            Lat = lines.Select(l => l.Lat).ToArray(),
        }, transaction);
        var receipt = await import.CommitAsync(new AuditEntry("foncier_agricole_outlets_import", "foncier_agricole.outlet", "all", null,
            new { File = name, r.Source, Imported = lines.Count, Replaced = replaced }), [FoncierAgricoleLayers.DataDomain],
            ImportRows.Replacing(lines.Count, replaced), ct);
        await Send.ResponseAsync(new Response(lines.Count, replaced) { Import = receipt }, 201, ct);
    }
}
