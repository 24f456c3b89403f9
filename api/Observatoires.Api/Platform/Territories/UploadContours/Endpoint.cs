using FastEndpoints;
using FluentValidation.Results;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Territories.ImportContours;

namespace Observatoires.Api.Platform.Territories.UploadContours;

internal sealed class Request
{
    /// <summary>Commune contours: GeoJSON (.geojson, .json), GeoPackage (.gpkg) or a zipped shapefile (.zip).</summary>
    public IFormFile? File { get; set; }

    /// <summary>The property holding the INSEE code (default code).</summary>
    public string? CodeProperty { get; set; }

    /// <summary>EPSG code of the coordinates when the file does not say (e.g. 2154).</summary>
    public int? Srid { get; set; }

    /// <summary>Repair invalid polygons instead of refusing them.</summary>
    public bool Repair { get; set; }

    /// <summary>Skip communes outside the referential (a whole-département file).</summary>
    public bool IgnoreUnknown { get; set; }
}

/// <param name="Import">The ingestion log's entry: identical when the file is the last one imported (nothing changed).</param>
internal sealed record Response(string File, int CommunesUpdated, int IgnoredUnknown, int Repaired, int Srid, ImportReceipt Import);

internal sealed class Endpoint(ContourImport import, ICallerAccessor callers) : Endpoint<Request, Response>
{
    public override void Configure()
    {
        Post(Upload.PathPrefix + "/territories");
        Roles(RoleNames.Agency);
        AllowFileUploads();
        Description(d => d.ProducesProblemDetails(400).ProducesProblemDetails(401).ProducesProblemDetails(403));
        Summary(s =>
        {
            s.Summary = "Import real commune contours from an upload (agency editors), all or nothing";
            s.Description = "The same import as ./observatoires import territories: the whole file is checked first (codes, " +
                            "missing or duplicate communes, geometries); a refused file changes nothing and every problem is " +
                            "listed (400). Aggregate contours are recomputed; the import is recorded in the audit log and the ingestion " +
                            "log (GET /api/v1/imports); a file identical to the last one imported changes nothing and says so (`import.identical`).";
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        if (r.File is null)
            ThrowError(x => x.File!, "send the contours in the multipart field 'file'");
        await using var upload = await Upload.SaveAsync(r.File!, ct);
        if (upload.UnzipShapefile() is { } zipProblem)
            ThrowError(x => x.File!, zipProblem);
        try
        {
            var summary = await import.ImportAsync(new(upload.Path, r.CodeProperty ?? "code", r.Srid, r.Repair, r.IgnoreUnknown),
                callers.Current, upload.File, ct);
            await Send.OkAsync(new Response(upload.Name, summary.Updated, summary.IgnoredUnknown, summary.Repaired, summary.Srid, summary.Receipt), ct);
        }
        catch (ContourImportRejectedException e)
        {
            foreach (var problem in e.Problems.Take(ContourImportRejectedException.Shown))
                AddError(new ValidationFailure("file", problem.ToString()));
            Problems.SetDetail(HttpContext, Upload.Refusal(upload.Name, e.Problems.Count, ContourImportRejectedException.Shown));
            ThrowIfAnyErrors();
        }
    }
}
