using FastEndpoints;

namespace Observatoires.Api.Platform.Geo.Ogc.GetConformance;

internal sealed record Response(IReadOnlyList<string> ConformsTo);

internal sealed class Endpoint : EndpointWithoutRequest<Response>
{
    public override void Configure()
    {
        Get(Ogc.Root + "/conformance");
        AllowAnonymous();
        Summary(s =>
        {
            s.Summary = "The OGC API conformance classes implemented";
            s.Description = "The conformance classes of OGC API - Features (core, GeoJSON, OpenAPI 3.0, CRS, queryables) and OGC API - Tiles this API implements, as clients check them before using a feature.";
        });
    }

    public override Task HandleAsync(CancellationToken ct) => Send.OkAsync(new Response(Ogc.ConformanceClasses), ct);
}
