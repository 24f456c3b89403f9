using FastEndpoints;

namespace Observatoires.Api.Platform.Geo.Ogc.GetTileMatrixSets;

internal sealed record TileMatrixSetItem(string Id, string Title, string Uri, string Crs, IReadOnlyList<Link> Links);

internal sealed record Response(IReadOnlyList<Link> Links, IReadOnlyList<TileMatrixSetItem> TileMatrixSets);

internal sealed class Endpoint : EndpointWithoutRequest<Response>
{
    public override void Configure()
    {
        Get(Ogc.Root + "/tileMatrixSets");
        AllowAnonymous();
        Summary(s =>
        {
            s.Summary = "The tile matrix sets of the vector tiles (OGC API - Tiles): WebMercatorQuad";
            s.Description = "The tile matrix sets the vector tiles use, with links to their definitions.";
        });
    }

    public override Task HandleAsync(CancellationToken ct)
    {
        var definition = WebMercatorQuad.Definition;
        return Send.OkAsync(new Response(
            [new(Ogc.Url(HttpContext.Request, "/tileMatrixSets"), "self", Ogc.Json, "Les grilles de tuilage")],
            [
                new(definition.Id, definition.Title, definition.Uri, definition.Crs,
                [
                    new(Ogc.Url(HttpContext.Request, $"/tileMatrixSets/{definition.Id}"), "self", Ogc.Json, "Définition de la grille"),
                ]),
            ]), ct);
    }
}
