using FastEndpoints;
using Observatoires.Api.Platform.Http;

namespace Observatoires.Api.Platform.Geo.Ogc.GetLanding;

internal sealed record Response(string Title, string Description, IReadOnlyList<Link> Links);

internal sealed class Endpoint : EndpointWithoutRequest<Response>
{
    public override void Configure()
    {
        Get(Ogc.Root);
        AllowAnonymous();
        Summary(s =>
        {
            s.Summary = "OGC API - Features and Tiles landing page: what QGIS and GDAL open (OAPIF:http://host/ogc)";
            s.Description = "Links to the API definition, the conformance classes, the collections, the tile matrix sets and the human documentation (Scalar).";
        });
    }

    public override Task HandleAsync(CancellationToken ct) => Send.OkAsync(new Response(
        "Observatoires — couches géographiques",
        "Les couches des observatoires territoriaux (communes, EPCI, groupements, sites...) en OGC API - Features, " +
        "lisibles par QGIS, GDAL/ogr2ogr et MapLibre (tuiles vectorielles).",
        [
            new(Ogc.Url(HttpContext.Request), "self", Ogc.Json, "Cette page"),
            new(Ogc.Url(HttpContext.Request, "/api"), "service-desc", Ogc.OpenApi, "Définition OpenAPI de l'API OGC"),
            new(HttpContext.Request.PublicUrl("/scalar"), "service-doc",
                "text/html", "Documentation de l'API"),
            new(Ogc.Url(HttpContext.Request, "/conformance"), "conformance", Ogc.Json, "Classes de conformité"),
            new(Ogc.Url(HttpContext.Request, "/collections"), "data", Ogc.Json, "Les collections"),
            new(Ogc.Url(HttpContext.Request, "/tileMatrixSets"), Ogc.TilingSchemesRel, Ogc.Json, "Les grilles des tuiles vectorielles"),
        ]), ct);
}
