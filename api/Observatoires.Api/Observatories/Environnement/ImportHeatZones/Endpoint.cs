using Dapper;
using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Export;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.Environnement.ImportHeatZones;

internal sealed class Request
{
    /// <summary>The zones in the multipart field `file`: a GeoJSON FeatureCollection of Polygons or MultiPolygons (WGS 84) with the property `classe` (chaleur_forte, chaleur, fraicheur, fraicheur_forte, or their French labels) and an optional `libelle`.</summary>
    public IFormFile? File { get; set; }

    /// <summary>The date of the surface-temperature image the zones come from (2022-07-19), in the multipart field `imageDate`; its year is the period of the indicators.</summary>
    public DateOnly? ImageDate { get; set; }

    internal sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.File).NotNull().WithMessage("send the zones file in the multipart field 'file'");
            RuleFor(r => r.ImageDate).NotNull().WithMessage("imageDate is the date of the surface-temperature image (2022-07-19)");
            RuleFor(r => r.ImageDate).Must(d => d is null || (d.Value.Year >= 1980 && d.Value <= DateOnly.FromDateTime(DateTime.UtcNow)))
                .WithMessage("imageDate is a past date, from 1980");
        }
    }
}

internal sealed class Endpoint(NpgsqlDataSource dataSource, TerritoryHierarchy hierarchies) : Endpoint<Request, EnvironnementImport>
{
    public override void Configure()
    {
        Post("/api/v1/environnement/imports/zones");
        Roles(RoleNames.Agency);
        AllowFileUploads();
        Description(d => d.ClearDefaultProduces(200).Produces<EnvironnementImport>(200, "application/json")
            .ProducesProblemDetails(400).ProducesProblemDetails(401).ProducesProblemDetails(403));
        Summary(s =>
        {
            s.Summary = "Load the hot spots and cool islands of one surface-temperature image from GeoJSON (agency editors), all or nothing";
            s.Description = "multipart/form-data: the GeoJSON FeatureCollection in `file` and the image's date in `imageDate`. Every " +
                            "feature is checked first: a Polygon or MultiPolygon, valid (no self-intersection), touching the AULA " +
                            "perimeter, with its `classe` (chaleur_forte, chaleur, fraicheur, fraicheur_forte, or Îlot de chaleur fort...). " +
                            "A file with a problem is refused (400) with every problem and its feature (features[3]), and changes nothing. " +
                            "The zones replace those of the same image date; the overheating indicators are recomputed (one period per " +
                            "image year) and the layer environnement-ilots-chaleur follows. Audited.";
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        var imageDate = r.ImageDate!.Value;
        var name = Upload.NameOf(r.File!);
        await using var import = await Import.BeginAsync(dataSource, HttpContext, r.File!, EnvironnementModule.Slug, "environnement.zone", ct);
        var (connection, transaction) = (import.Connection, import.Transaction);
        var (lines, problems) = await import.ReadAsync(stream => ImportFiles.ReadZones(stream, name), ct);
        if (lines.Count > 0 && problems.Count == 0)
        {
            var perimeter = await ImportFiles.PerimeterAsync(connection, hierarchies, ct);
            var outside = await connection.QueryAsync<int>("""
                select g.i::integer from unnest(@Geometries) with ordinality as g (geojson, i)
                where not exists (select from platform.territory c
                                  where c.id = any(@Perimeter) and st_intersects(c.geom, st_setsrid(st_geomfromgeojson(g.geojson), 4326)))
                order by g.i
                """, new { Geometries = lines.Select(l => l.Geometry).ToArray(), Perimeter = perimeter.ToArray() }, transaction);
            foreach (var i in outside)
                problems.At(lines[i - 1].Where, "the zone lies outside the AULA perimeter");
        }
        await import.RefuseIfAnyAsync(this, problems.Listed(FeatureFile.ProblemsShown, inFileOrder: true), problems.Count);

        var replaced = await connection.ExecuteAsync("delete from environnement.zone where image_date = @imageDate", new { imageDate }, transaction);
        var imported = await connection.ExecuteAsync("""
            insert into environnement.zone (zone_class, image_date, label, source_file, geom)
            select z.zone_class, @imageDate, z.label, @name, st_multi(st_setsrid(st_geomfromgeojson(z.geojson), 4326))
            from unnest(@Classes, @Labels, @Geometries) as z (zone_class, label, geojson)
            """, new
        {
            imageDate,
            name,
            Classes = lines.Select(l => l.ZoneClass).ToArray(),
            Labels = lines.Select(l => l.Label).ToArray(),
            Geometries = lines.Select(l => l.Geometry).ToArray(),
        }, transaction);
        var values = await Surchauffe.RecomputeAsync(connection, transaction);
        var report = new EnvironnementImport(name, imported, replaced, 0, (int)(values.Inserted + values.Revised));
        var receipt = await import.CommitAsync(new AuditEntry("environnement_zones_import", "environnement.zone", $"{imageDate:yyyy-MM-dd}", null, report),
            [EnvironnementLayers.DataDomain],
            ImportRows.Replacing(imported, replaced), ct);
        await Send.OkAsync(report with { Import = receipt }, ct);
    }
}
