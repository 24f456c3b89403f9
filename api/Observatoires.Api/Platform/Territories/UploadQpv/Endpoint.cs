using FastEndpoints;
using FluentValidation.Results;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Territories.ImportContours;
using Observatoires.Api.Platform.Territories.ImportQpv;

namespace Observatoires.Api.Platform.Territories.UploadQpv;

internal sealed class Request
{
    /// <summary>The ANCT's QPV file (géographie prioritaire 2024), GeoJSON with the properties code_qp, lib_qp and insee_com.</summary>
    public IFormFile? File { get; set; }
}

/// <param name="Imported">QPVs created or updated (their communes in the referential).</param>
/// <param name="IgnoredOutside">QPVs of the file none of whose communes is in the referential (a national file).</param>
/// <param name="Import">The ingestion log's entry: identical when the file is the last one imported (nothing changed).</param>
internal sealed record Response(string File, int Imported, int IgnoredOutside, ImportReceipt Import);

internal sealed class Endpoint(QpvImport import, ICallerAccessor callers) : Endpoint<Request, Response>
{
    public override void Configure()
    {
        Post(Upload.PathPrefix + "/qpv");
        Roles(RoleNames.Agency);
        AllowFileUploads();
        Description(d => d.ProducesProblemDetails(400).ProducesProblemDetails(401).ProducesProblemDetails(403));
        Summary(s =>
        {
            s.Summary = "Import the ANCT's QPV polygons (agency editors), all or nothing";
            s.Description = "Creates or updates the quartiers prioritaires of the file whose communes are in the referential " +
                            "(code_qp, lib_qp, insee_com, polygon), with their memberships; the others are counted. The whole file " +
                            "is checked first: a refused file changes nothing and every problem is listed with its feature (400). " +
                            "Recorded in the audit log and the ingestion log (GET /api/v1/imports); a file identical to the last one imported changes " +
                            "nothing and says so (`import.identical`).";
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        if (r.File is null)
            ThrowError(x => x.File!, "send the QPV GeoJSON in the multipart field 'file'");
        await using var upload = await Upload.SaveAsync(r.File!, ct);
        try
        {
            var summary = await import.ImportAsync(upload.Path, upload.File, callers.Current, ct);
            await Send.OkAsync(new Response(upload.Name, summary.Imported, summary.IgnoredOutside, summary.Receipt), ct);
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
