using FastEndpoints;
using Observatoires.Api.Platform.Http;

namespace Observatoires.Api.Platform.Geo.Ogc.GetTileMatrixSet;

internal sealed class Request
{
    /// <summary>Tile matrix set id: WebMercatorQuad.</summary>
    public string TileMatrixSetId { get; set; } = "";
}

internal sealed class Endpoint : Endpoint<Request, TileMatrixSet>
{
    public override void Configure()
    {
        Get(Ogc.Root + "/tileMatrixSets/{tileMatrixSetId}");
        AllowAnonymous();
        Description(d => d.ProducesProblemDetails(404));
        Summary(s =>
        {
            s.Summary = "A tile matrix set (OGC TMS 2.0 JSON): the grid of every zoom level, as clients compute tile addresses";
            s.Description = "The grid of each zoom level (origin, cell size, matrix width and height) in the OGC Two Dimensional Tile Matrix Set 2.0 JSON encoding.";
            s.ExampleRequest = new Request { TileMatrixSetId = WebMercatorQuad.Id };
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        if (r.TileMatrixSetId != WebMercatorQuad.Id)
        {
            await Send.ResultAsync(Problems.NotFound(Ogc.TileMatrixSetNotFoundMessage(r.TileMatrixSetId)));
            return;
        }
        await Send.OkAsync(WebMercatorQuad.Definition, ct);
    }
}
