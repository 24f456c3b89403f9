using FastEndpoints;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Geo.Layers;
using Observatoires.Api.Platform.Http;

namespace Observatoires.Api.Platform.Geo.Ogc.GetTilesets;

internal sealed class Request
{
    /// <summary>Collection id, e.g. emploi-etablissements.</summary>
    public string CollectionId { get; set; } = "";
}

internal sealed record TilesetItem(string Title, string DataType, string Crs, string TileMatrixSetURI, IReadOnlyList<Link> Links);

internal sealed record Response(IReadOnlyList<Link> Links, IReadOnlyList<TilesetItem> Tilesets);

internal sealed class Endpoint(LayerRegistry layers, ICallerAccessor callers) : Endpoint<Request, Response>
{
    public override void Configure()
    {
        Get(Ogc.Root + "/collections/{collectionId}/tiles");
        AllowAnonymous();
        Description(d => d.ProducesProblemDetails(404));
        Summary(s =>
        {
            s.Summary = "The vector tilesets of a layer (OGC API - Tiles): one, on WebMercatorQuad";
            s.Description = "The layer's vector tilesets, each with its tile matrix set and links to its metadata and tile URL template.";
            s.ExampleRequest = new Request { CollectionId = "emploi-etablissements" };
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        if (Ogc.Visible(layers, callers.Current, r.CollectionId) is not { } layer)
        {
            await Send.ResultAsync(Problems.NotFound(Ogc.NotFoundMessage(r.CollectionId)));
            return;
        }
        var tiles = Ogc.Url(HttpContext.Request, $"/collections/{layer.Id}/tiles");
        await Send.OkAsync(new Response(
            [new(tiles, "self", Ogc.Json, $"{layer.Title} : tuiles vectorielles")],
            [
                new($"{layer.Title} — tuiles vectorielles ({WebMercatorQuad.Id})", "vector", WebMercatorQuad.Crs, WebMercatorQuad.Uri,
                [
                    new($"{tiles}/{WebMercatorQuad.Id}", "self", Ogc.Json, "Description du jeu de tuiles"),
                    new(Ogc.Url(HttpContext.Request, $"/tileMatrixSets/{WebMercatorQuad.Id}"), Ogc.TilingSchemeRel, Ogc.Json,
                        "Définition de la grille"),
                ]),
            ]), ct);
    }
}
