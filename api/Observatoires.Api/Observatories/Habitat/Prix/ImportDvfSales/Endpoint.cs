using Dapper;
using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Http;

namespace Observatoires.Api.Observatories.Habitat.Prix.ImportDvfSales;

internal sealed class Request
{
    /// <summary>A DVF géolocalisées CSV (files.data.gouv.fr/geo-dvf: one département and year), in the multipart field `file`.</summary>
    public IFormFile? File { get; set; }

    internal sealed class Validator : Validator<Request>
    {
        public Validator() => RuleFor(r => r.File).NotNull().WithMessage("send the CSV in the multipart field 'file'");
    }
}

/// <param name="File">The file's name as sent.</param>
/// <param name="Mutations">Mutations read.</param>
/// <param name="Sales">Sales of one house or flat kept, in the observatory's communes.</param>
/// <param name="Replaced">Sales stored before (demo or imported) that the file's départements and years replaced.</param>
/// <param name="Covers">The départements and years the file covers ("62/2023"): their stored sales were replaced.</param>
/// <param name="Skipped">Mutations left aside, by reason.</param>
/// <param name="Import">The ingestion log's entry (GET /api/v1/imports/{id}): identical when the file is the last one imported into this target, then nothing changed.</param>
internal sealed record Response(string File, int Mutations, int Sales, int Replaced, IReadOnlyList<string> Covers, DvfSkipped Skipped,
    ImportReceipt? Import = null);

internal sealed class Endpoint(NpgsqlDataSource dataSource) : Endpoint<Request, Response>
{
    public override void Configure()
    {
        Post("/api/v1/habitat/imports/dvf");
        Roles(RoleNames.Agency);
        AllowFileUploads();
        Description(d => d.ProducesProblemDetails(400).ProducesProblemDetails(401).ProducesProblemDetails(403));
        Summary(s =>
        {
            s.Summary = "Import the property sales of a DVF géolocalisées file (agency editors), all or nothing";
            s.Description = "Etalab's geolocated DVF CSV as published (files.data.gouv.fr/geo-dvf/latest/csv/<year>/departements/62.csv.gz, " +
                            "unzipped): columns found by name, these required: id_mutation, date_mutation, nature_mutation, valeur_fonciere, " +
                            "code_commune, type_local, surface_reelle_bati, nombre_pieces_principales, longitude, latitude. A mutation becomes a " +
                            "sale when its nature is Vente and it holds exactly one Maison or Appartement (outbuildings and land aside); the " +
                            "others are counted by reason, not refused. Malformed text (date, number, code, coordinates) refuses the whole " +
                            "file with every problem and its line (400), changing nothing. The file replaces the stored sales (demo or " +
                            "imported) of each département and year it covers; audited. multipart/form-data with the file in the field `file`.";
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        await using var import = await Import.BeginAsync(dataSource, HttpContext, r.File!, HabitatModule.Slug, "habitat.sale", ct);
        var (connection, transaction) = (import.Connection, import.Transaction);
        var name = Upload.NameOf(r.File!);
        var communes = (await connection.QueryAsync<string>("select id from platform.territory where level = 'commune'", transaction: transaction))
            .ToHashSet(StringComparer.Ordinal);
        // Saved to disk and read from there: a département's year of DVF is tens of megabytes.
        await using var upload = await import.SaveAsync(ct);
        DvfRead file;
        await using (var stream = System.IO.File.OpenRead(upload.Path))
            file = DvfFile.Read(stream, communes);
        await import.RefuseIfAnyAsync(this, file.Problems, file.Total);

        var replaced = await connection.ExecuteAsync("""
            delete from habitat.sale s using unnest(@Departements, @Years) as c(departement, year)
            where s.year = c.year and substr(s.commune_id, 9, length(c.departement)) = c.departement
            """, new { Departements = file.Covers.Select(c => c.Departement).ToArray(), Years = file.Covers.Select(c => c.Year).ToArray() }, transaction);
        await connection.ExecuteAsync("""
            insert into habitat.sale (mutation_id, sold_on, commune_id, property_type, built_surface, rooms, price, geom, demo)
            select m, d::date, c, t, s, r, p, case when x is null then null else st_setsrid(st_makepoint(x, y), 4326) end, false
            from unnest(@Mutations, @Dates, @Communes, @Types, @Surfaces, @Rooms, @Prices, @Longitudes, @Latitudes) as u(m, d, c, t, s, r, p, x, y)
            on conflict (mutation_id) do update set sold_on = excluded.sold_on, commune_id = excluded.commune_id,
                property_type = excluded.property_type, built_surface = excluded.built_surface, rooms = excluded.rooms,
                price = excluded.price, geom = excluded.geom, demo = false
            """, new
        {
            Mutations = file.Sales.Select(s => s.MutationId).ToArray(),
            Dates = file.Sales.Select(s => s.SoldOn.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified)).ToArray(),
            Communes = file.Sales.Select(s => s.CommuneId).ToArray(),
            Types = file.Sales.Select(s => s.Type).ToArray(),
            Surfaces = file.Sales.Select(s => s.BuiltSurface).ToArray(),
            Rooms = file.Sales.Select(s => s.Rooms).ToArray(),
            Prices = file.Sales.Select(s => s.Price).ToArray(),
            Longitudes = file.Sales.Select(s => s.Longitude).ToArray(),
            Latitudes = file.Sales.Select(s => s.Latitude).ToArray(),
        }, transaction);
        var response = new Response(name, file.Mutations, file.Sales.Count, replaced,
            [.. file.Covers.Select(c => $"{c.Departement}/{c.Year}")], file.Skipped);
        var receipt = await import.CommitAsync(new AuditEntry("habitat_dvf_import", "habitat.sale", name, null, response), [HabitatModule.DataDomain],
            ImportRows.Replacing(file.Sales.Count, replaced), ct);
        await Send.OkAsync(response with { Import = receipt }, ct);
    }
}
