using Dapper;
using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Export;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.Tourisme.ImportInventory;

internal sealed class Request
{
    /// <summary>Atout France's file of classified accommodation, geocoded by adresse.data.gouv.fr (CSV), in the multipart field `file`.</summary>
    public IFormFile? File { get; set; }

    /// <summary>The inventory's name (Inventaire des hébergements au 1er janvier 2026), in the multipart field `label`.</summary>
    public string? Label { get; set; }

    /// <summary>The date the inventory describes (2026-01-01), in the multipart field `asOf`; its year is the period of its indicators.</summary>
    public DateOnly? AsOf { get; set; }

    internal sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.File).NotNull().WithMessage("send the classified accommodation file in the multipart field 'file'");
            RuleFor(r => r.Label).NotEmpty().MaximumLength(200).WithMessage("label is the inventory's name (1 to 200 characters)");
            RuleFor(r => r.AsOf).NotNull().WithMessage("asOf is the date the inventory describes (2026-01-01)");
            RuleFor(r => r.AsOf).Must(d => d!.Value.Year is >= 2000 and <= 2100).When(r => r.AsOf is not null)
                .WithMessage("asOf is a date between 2000 and 2100");
        }
    }
}

/// <param name="Inventory">The new inventory.</param>
/// <param name="Imported">Classified establishments read from the file.</param>
/// <param name="CarriedOver">Establishments the file does not cover (gîtes, chambres d'hôtes, unclassified ones) carried over from the previous inventory.</param>
/// <param name="Skipped">Lines of the file in other communes, skipped.</param>
/// <param name="Import">The ingestion log's entry (GET /api/v1/imports/{id}).</param>
internal sealed record Response(TourismeInventory Inventory, int Imported, int CarriedOver, int Skipped, ImportReceipt? Import = null);

internal sealed class Endpoint(NpgsqlDataSource dataSource) : Endpoint<Request, Response>
{
    /// <summary>How far (metres) a geocoded point may lie outside its commune's contour: a geocoder's point on a border road.</summary>
    private const double Tolerance = 500;

    public override void Configure()
    {
        Post("/api/v1/tourisme/inventories");
        Roles(RoleNames.Agency);
        AllowFileUploads();
        Description(d => d.ClearDefaultProduces(200).Produces<Response>(201, "application/json")
            .ProducesProblemDetails(400).ProducesProblemDetails(401).ProducesProblemDetails(403));
        Summary(s =>
        {
            s.Summary = "Load a new inventory from Atout France's classified accommodation file, geocoded (agency editors), all or nothing";
            s.Description = "multipart/form-data: the file in `file`, and `label`, `asOf`. The file is Atout France's CSV of classified " +
                            "accommodation (data.gouv.fr) run through adresse.data.gouv.fr's CSV geocoder, which adds latitude, longitude and " +
                            "result_citycode; columns are found by name. Lines of communes outside the CC des 7 Vallées and the CABBALR are " +
                            "skipped (the file is national); every other line is checked: a known typology, 1 to 5 stars, a name, the " +
                            "capacity its type is counted in (rooms for a hotel, pitches for a campsite, persons otherwise), coordinates " +
                            "within 500 m of its commune. A file with a problem is refused (400) with every problem and its line, and " +
                            "changes nothing. The inventory is a new vintage: the classified establishments of the file, and the others of " +
                            "the previous inventory (gîtes, chambres d'hôtes, unclassified), which the file does not cover, carried over. " +
                            "The indicators tourisme.* are recomputed. Audited. Up to 1 MB.";
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        var name = Upload.NameOf(r.File!);
        await using var import = await Import.BeginAsync(dataSource, HttpContext, r.File!, TourismeModule.Slug, "tourisme.inventory", ct);
        var (connection, transaction) = (import.Connection, import.Transaction);
        var communes = (await connection.QueryAsync<string>("""
            select m.member_id from platform.territory_membership m join platform.territory t on t.id = m.member_id
            where t.level = 'commune' and m.parent_id = any(@Epcis)
            """, new { TourismeIndicators.Epcis }, transaction)).ToHashSet(StringComparer.Ordinal);
        var file = await import.ReadAsync(buffer => AtoutFranceFile.Read(buffer, communes), ct);
        var far = await PointPlacement.FarFromTheirCommuneAsync(connection, transaction, [.. file.Lines.Select(l => (l.Lon, l.Lat, l.Commune))], Tolerance);
        var problems = file.Problems.Concat(far.Select(i => file.Lines[i - 1])
            .Select(l => $"line {l.Line}: the point {GeocodedCsv.Text(l.Lon, l.Lat)} is more than 500 m from {l.Commune}"));
        // The file's order: the database's problems come after the reader's, each naming its line.
        await import.RefuseIfAnyAsync(this, [.. problems.OrderBy(FileProblems.Position).Take(AtoutFranceFile.ProblemsShown)], file.Total + far.Count);
        // A new vintage at each import: the same file again would only duplicate the last one.
        if (await import.IdenticalRefusalAsync(ct) is { } identical)
        {
            await Send.ResultAsync(identical);
            return;
        }

        var previous = await connection.ExecuteScalarAsync<int?>("select id from tourisme.inventory order by as_of desc, id desc limit 1",
            transaction: transaction);
        var inventory = await connection.ExecuteScalarAsync<int>("""
            insert into tourisme.inventory (label, as_of, source, source_file)
            values (@Label, @AsOf, 'Atout France, hébergements classés (géocodés par la Base Adresse Nationale) ; autres hébergements repris de l''inventaire précédent', @name)
            returning id
            """, new { r.Label, AsOf = r.AsOf!.Value, name }, transaction);
        var lines = file.Lines;
        await connection.ExecuteAsync("""
            insert into tourisme.accommodation (inventory_id, id, name, type, stars, rooms, pitches, beds, tourist_beds, address, commune_id, classified, geom)
            select @inventory, 'af-' || u.line, u.name, u.type, u.stars, u.rooms, u.pitches, u.beds, u.tourist_beds, u.address, u.commune, true,
                   st_setsrid(st_makepoint(u.lon, u.lat), 4326)
            from unnest(@Line, @Name, @Type, @Stars, @Rooms, @Pitches, @Beds, @TouristBeds, @Address, @Commune, @Lon, @Lat)
                 as u (line, name, type, stars, rooms, pitches, beds, tourist_beds, address, commune, lon, lat)
            """, new
        {
            inventory,
            Line = lines.Select(l => l.Line).ToArray(),
            Name = lines.Select(l => l.Name).ToArray(),
            Type = lines.Select(l => l.Type).ToArray(),
            Stars = lines.Select(l => l.Stars).ToArray(),
            Rooms = lines.Select(l => l.Rooms).ToArray(),
            Pitches = lines.Select(l => l.Pitches).ToArray(),
            Beds = lines.Select(l => l.Beds).ToArray(),
            TouristBeds = lines.Select(l => l.TouristBeds).ToArray(),
            Address = lines.Select(l => l.Address).ToArray(),
            Commune = lines.Select(l => l.Commune).ToArray(),
            Lon = lines.Select(l => l.Lon).ToArray(),
            Lat = lines.Select(l => l.Lat).ToArray(),
        }, transaction);
        var carried = previous is null ? 0 : await connection.ExecuteAsync("""
            insert into tourisme.accommodation (inventory_id, id, name, type, stars, rooms, pitches, beds, tourist_beds, address, commune_id, classified,
                                                geom, demo_seed)
            select @inventory, a.id, a.name, a.type, a.stars, a.rooms, a.pitches, a.beds, a.tourist_beds, a.address, a.commune_id, false, a.geom, a.demo_seed
            from tourisme.accommodation a where a.inventory_id = @previous and not a.classified
            """, new { inventory, previous }, transaction);
        await TourismeIndicators.RecomputeAsync(connection, transaction);
        var created = (await TourismeInventory.LoadAsync(connection, transaction, inventory))[0];
        var receipt = await import.CommitAsync(new AuditEntry("tourisme_inventory_import", "tourisme.inventory", $"{inventory}", null,
            new { File = name, created.Label, Imported = lines.Count, CarriedOver = carried, file.Skipped }), [TourismeLayers.DataDomain],
            new ImportRows(lines.Count, null, null, file.Skipped), ct);
        await Send.ResponseAsync(new Response(created, lines.Count, carried, file.Skipped, receipt), 201, ct);
    }
}
