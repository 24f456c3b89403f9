using Dapper;
using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Observatories.Sante.OffreSoins;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Http;

namespace Observatoires.Api.Observatories.Sante.ImportFiness;

internal sealed class Request
{
    /// <summary>The FINESS extraction of establishments (etalab-cs1100507-stock-*.csv from data.gouv.fr), in the multipart field `file`.</summary>
    public IFormFile? File { get; set; }

    internal sealed class Validator : Validator<Request>
    {
        public Validator() => RuleFor(r => r.File).NotNull().WithMessage("send the FINESS file in the multipart field 'file'");
    }
}

/// <param name="File">The file's name as sent.</param>
/// <param name="Establishments">structureet lines read.</param>
/// <param name="Stored">Establishments stored as care points (of a followed category, in the observatory's communes).</param>
/// <param name="WithoutPoint">Stored ones without a geolocalisation line: in the tables, not on the map.</param>
/// <param name="Replaced">Points of the FINESS classes (centre_sante, msp, pharmacie, hopital) stored before in the file's départements, demo or imported.</param>
/// <param name="Departements">The départements of the file's establishments.</param>
/// <param name="Skipped">Establishments left aside, by reason.</param>
/// <param name="Import">The ingestion log's entry (GET /api/v1/imports/{id}): identical when the file is the last one imported into this target, then nothing changed.</param>
internal sealed record Response(string File, int Establishments, int Stored, int WithoutPoint, int Replaced, IReadOnlyList<string> Departements,
    FinessSkipped Skipped,
    ImportReceipt? Import = null);

internal sealed class Endpoint(NpgsqlDataSource dataSource) : Endpoint<Request, Response>
{
    public override void Configure()
    {
        Post("/api/v1/sante/imports/finess");
        Roles(RoleNames.Agency);
        AllowFileUploads();
        Description(d => d.ProducesProblemDetails(400).ProducesProblemDetails(401).ProducesProblemDetails(403));
        Summary(s =>
        {
            s.Summary = "Import the care-supply establishments of a FINESS extraction (agency editors), all or nothing";
            s.Description = "The FINESS extraction of establishments as data.gouv.fr publishes it (etalab-cs1100507-stock-*.csv, the " +
                            "whole file or a département's lines of it): semicolon-separated, UTF-8 or Latin-1, a first line finess;etalab;…, " +
                            "structureet lines (FINESS number, name, commune, département, category code...) and geolocalisation lines " +
                            "(Lambert-93 coordinates). Categories kept: 124 centre de santé, 603 maison de santé, 620 pharmacie, 101/106/355/365 " +
                            "établissements hospitaliers; the others, and establishments outside the observatory's communes, are counted, not " +
                            "refused. A malformed line refuses the whole file with every problem and its line (400), changing nothing. The " +
                            "file replaces the stored points of those four classes (demo or imported) in its départements; GP practices and " +
                            "emergency services, which FINESS does not list, stay. Audited. multipart/form-data with the file in the field `file`.";
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        await using var import = await Import.BeginAsync(dataSource, HttpContext, r.File!, SanteModule.Slug, "sante.care_point", ct);
        var (connection, transaction) = (import.Connection, import.Transaction);
        var name = Upload.NameOf(r.File!);
        var communes = (await connection.QueryAsync<string>("select id from platform.territory where level = 'commune'", transaction: transaction))
            .ToHashSet(StringComparer.Ordinal);
        await using var upload = await import.SaveAsync(ct);
        FinessRead file;
        using (var reader = new StringReader(FinessFile.Decode(await System.IO.File.ReadAllBytesAsync(upload.Path, ct))))
            file = FinessFile.Read(reader, communes);
        await import.RefuseIfAnyAsync(this, file.Problems, file.Total);

        var replaced = await connection.ExecuteAsync("""
            delete from sante.care_point where category = any(@Categories) and substr(commune_id, 9, 2) = any(@Departements)
            """, new { Categories = CareCategories.FromFiness.ToArray(), Departements = file.Departements.ToArray() }, transaction);
        await connection.ExecuteAsync("""
            insert into sante.care_point (id, name, category, finess_category, commune_id, address, geom, demo)
            select u.id, u.name, u.category, u.finess_category, u.commune, u.address,
                   case when u.x is null then null else st_transform(st_setsrid(st_makepoint(u.x, u.y), 2154), 4326) end, false
            from unnest(@Ids, @Names, @Categories, @FinessCategories, @Communes, @Addresses, @Xs, @Ys)
                 as u(id, name, category, finess_category, commune, address, x, y)
            on conflict (id) do update set name = excluded.name, category = excluded.category, finess_category = excluded.finess_category,
                commune_id = excluded.commune_id, address = excluded.address, geom = excluded.geom, demo = false
            """, new
        {
            Ids = file.Kept.Select(e => e.Finess).ToArray(),
            Names = file.Kept.Select(e => e.Name).ToArray(),
            Categories = file.Kept.Select(e => e.Category).ToArray(),
            FinessCategories = file.Kept.Select(e => e.FinessCategory).ToArray(),
            Communes = file.Kept.Select(e => e.CommuneId).ToArray(),
            Addresses = file.Kept.Select(e => e.Address).ToArray(),
            Xs = file.Kept.Select(e => e.X).ToArray(),
            Ys = file.Kept.Select(e => e.Y).ToArray(),
        }, transaction);
        var response = new Response(name, file.Establishments, file.Kept.Count, file.Kept.Count(e => e.X is null), replaced, file.Departements, file.Skipped);
        var receipt = await import.CommitAsync(new AuditEntry("sante_finess_import", "sante.care_point", name, null, response), [CareSupplyLayer.DataDomain],
            ImportRows.Replacing(file.Kept.Count, replaced, file.Establishments - file.Kept.Count), ct);
        await Send.OkAsync(response with { Import = receipt }, ct);
    }
}
