using FastEndpoints;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Http;

namespace Observatoires.Api.Platform.Catalog.GetDataset;

internal sealed class Request
{
    /// <summary>Dataset id, as the list gives it: an observatory's slug and a source's (observatory.source), or a layer's id.</summary>
    public string Id { get; set; } = "";
}

internal sealed class Endpoint(DatasetCatalogue catalogue, ICallerAccessor callers) : Endpoint<Request, Dataset>
{
    public override void Configure()
    {
        Get("/api/v1/datasets/{id}");
        AllowAnonymous();
        Description(d => d.ProducesProblemDetails(404));
        Summary(s =>
        {
            s.Summary = "A dataset with its metadata and distributions";
            s.Description = "Its title, description, themes and keywords, publisher and contact, licence and access right, " +
                            "spatial and temporal coverage, update frequency, last modification, provenance, indicators or " +
                            "layer, and every distribution (CSV with its CSVW metadata, XLSX, GeoJSON, API, OGC API) with its absolute " +
                            "URL; for the agency, its health (late beyond its update frequency). A dataset you may not see is a 404.";
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        var dataset = (await catalogue.ListAsync(callers.Current, ct)).FirstOrDefault(d => d.Id == r.Id);
        if (dataset is null)
        {
            await Send.ResultAsync(Problems.NotFound($"Dataset '{Echo.Cut(r.Id)}' does not exist; the list is at /api/v1/datasets"));
            return;
        }
        await Send.OkAsync(dataset, ct);
    }
}
