using Dapper;
using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Export;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.Environnement.ImportSensitiveBuildings;

internal sealed class Request
{
    /// <summary>The buildings in the multipart field `file`: CSV identifiant;nom;type;commune;adresse;lon;lat, or a GeoJSON FeatureCollection of Points with the same properties.</summary>
    public IFormFile? File { get; set; }

    internal sealed class Validator : Validator<Request>
    {
        public Validator() => RuleFor(r => r.File).NotNull().WithMessage("send the buildings file in the multipart field 'file'");
    }
}

internal sealed class Endpoint(NpgsqlDataSource dataSource, TerritoryHierarchy hierarchies) : Endpoint<Request, EnvironnementImport>
{
    public override void Configure()
    {
        Post("/api/v1/environnement/imports/batiments");
        Roles(RoleNames.Agency);
        AllowFileUploads();
        Description(d => d.ClearDefaultProduces(200).Produces<EnvironnementImport>(200, "application/json")
            .ProducesProblemDetails(400).ProducesProblemDetails(401).ProducesProblemDetails(403));
        Summary(s =>
        {
            s.Summary = "Load the sensitive public buildings from a CSV or GeoJSON upload (agency editors), all or nothing";
            s.Description = "multipart/form-data: the file in `file`, CSV identifiant;nom;type;commune;adresse;lon;lat (semicolons or " +
                            "commas, decimal point or comma) or a GeoJSON FeatureCollection of Points with the same properties. Every " +
                            "line is checked first: an id given once, a name, a type (ecole, creche, ehpad, sante, or École, Crèche...), " +
                            "a commune of the AULA perimeter (INSEE code), a point inside the perimeter. A file with a problem is " +
                            "refused (400) with every problem and its line or feature, and changes nothing. The file is the whole list: " +
                            "it replaces the buildings stored; the overheating indicators are recomputed. Audited.";
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        var name = Upload.NameOf(r.File!);
        await using var import = await Import.BeginAsync(dataSource, HttpContext, r.File!, EnvironnementModule.Slug, "environnement.building", ct);
        var (connection, transaction) = (import.Connection, import.Transaction);
        var perimeter = await ImportFiles.PerimeterAsync(connection, hierarchies, ct);
        var (lines, problems) = await import.ReadAsync(
            stream => ImportFiles.ReadBuildings(stream, name, perimeter.ToHashSet(StringComparer.Ordinal)), ct);
        foreach (var line in (await PointPlacement.OutsideAsync(connection, transaction, [.. lines.Select(l => (l.Lon, l.Lat))], perimeter)).Select(i => lines[i - 1]))
            problems.At(line.Where, $"the point {GeocodedCsv.Text(line.Lon, line.Lat)} is outside the AULA perimeter");
        await import.RefuseIfAnyAsync(this, problems.Listed(FeatureFile.ProblemsShown, inFileOrder: true), problems.Count);

        var replaced = await connection.ExecuteAsync("delete from environnement.building", transaction: transaction);
        var imported = await connection.ExecuteAsync("""
            insert into environnement.building (id, name, building_type, commune_id, address, geom)
            select b.id, b.name, b.building_type, b.commune_id, b.address, st_setsrid(st_makepoint(b.lon, b.lat), 4326)
            from unnest(@Ids, @Names, @Types, @Communes, @Addresses, @Lon, @Lat) as b (id, name, building_type, commune_id, address, lon, lat)
            """, new
        {
            Ids = lines.Select(l => l.Id).ToArray(),
            Names = lines.Select(l => l.Name).ToArray(),
            Types = lines.Select(l => l.Type).ToArray(),
            Communes = lines.Select(l => l.Commune).ToArray(),
            Addresses = lines.Select(l => l.Address).ToArray(),
            Lon = lines.Select(l => l.Lon).ToArray(),
            Lat = lines.Select(l => l.Lat).ToArray(),
        }, transaction);
        var values = await Surchauffe.RecomputeAsync(connection, transaction);
        var report = new EnvironnementImport(name, imported, replaced, 0, (int)(values.Inserted + values.Revised));
        var receipt = await import.CommitAsync(new AuditEntry("environnement_buildings_import", "environnement.building", null, null, report),
            [EnvironnementLayers.DataDomain],
            ImportRows.Replacing(imported, replaced), ct);
        await Send.OkAsync(report with { Import = receipt }, ct);
    }
}
