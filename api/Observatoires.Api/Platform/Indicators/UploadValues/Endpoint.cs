using FastEndpoints;
using FluentValidation.Results;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Indicators.ImportValues;

namespace Observatoires.Api.Platform.Indicators.UploadValues;

internal sealed class Request
{
    /// <summary>CSV with columns indicator, territory, period, value and optionally numerator, denominator, status, vintage.</summary>
    public IFormFile? File { get; set; }
}

/// <param name="Inserted">New values (no value before for that indicator, territory and period).</param>
/// <param name="Revised">Changed values: the previous version is kept (asOf).</param>
/// <param name="Unchanged">Values already stored as given.</param>
/// <param name="Import">The ingestion log's entry: identical when the file is the last one imported (nothing changed).</param>
internal sealed record Response(string File, long Rows, long Inserted, long Revised, long Unchanged, double Seconds, ImportReceipt Import);

internal sealed class Endpoint(ValueImport import, ICallerAccessor callers) : Endpoint<Request, Response>
{
    public override void Configure()
    {
        Post(Upload.PathPrefix + "/values");
        Roles(RoleNames.Agency);
        AllowFileUploads();
        Description(d => d.ProducesProblemDetails(400).ProducesProblemDetails(401).ProducesProblemDetails(403));
        Summary(s =>
        {
            s.Summary = "Import indicator values from a CSV upload (agency editors), all or nothing";
            s.Description = "The same import as ./observatoires import values: the whole file is checked first; a file with a " +
                            "problem is refused with every problem and its line number (400) and changes nothing. The import " +
                            "is recorded in the audit log and the ingestion log (GET /api/v1/imports); a file identical to the last one " +
                            "imported changes nothing and says so (`import.identical`). multipart/form-data with the file in the field `file`; up to 256 MB.";
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        if (r.File is null)
            ThrowError(x => x.File!, "send the CSV in the multipart field 'file'");
        await using var upload = await Upload.SaveAsync(r.File!, ct);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            var summary = await import.ImportAsync(upload.Path, callers.Current, upload.File, ct);
            await Send.OkAsync(new Response(upload.Name, summary.Rows, summary.Result.Inserted, summary.Result.Revised,
                summary.Result.Unchanged, Math.Round(watch.Elapsed.TotalSeconds, 2), summary.Receipt), ct);
        }
        catch (ValueImportRejectedException e)
        {
            // Logged by the import; the command line's report: the same lines, as many, and how many there are in all.
            foreach (var problem in e.Problems)
                AddError(new ValidationFailure("file", problem));
            Problems.SetDetail(HttpContext, Upload.Refusal(upload.Name, e.Total, e.Problems.Count));
            ThrowIfAnyErrors();
        }
    }
}
