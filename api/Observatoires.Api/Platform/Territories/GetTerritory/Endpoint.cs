using FastEndpoints;
using Npgsql;
using Observatoires.Api.Platform.Http;

namespace Observatoires.Api.Platform.Territories.GetTerritory;

internal sealed class Endpoint(NpgsqlDataSource dataSource) : Endpoint<Request, Response>
{
    public override void Configure()
    {
        Get("/api/v1/territories/{id}");
        AllowAnonymous();
        Description(d => d.ProducesProblemDetails(400).ProducesProblemDetails(404));
        Summary(s =>
        {
            s.Summary = "One territory";
            s.Description = "Name, population, source vintage, bounding box, the territories it belongs to and how many " +
                            "members it has by level. `geometrySource` says whether its contours are synthetic (demo) or imported.";
            s.ExampleRequest = new Request { Id = "epci:200072460" };
            s.ResponseExamples[200] = new Response("epci:200072460", "epci", "200072460", "CA de Béthune-Bruay, Artois-Lys Romane",
                275736, "INSEE COG via @etalab/decoupage-administratif 6.0.0", "synthetic", DateTimeOffset.Parse("2026-11-25T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture),
                [2.29, 50.38, 2.89, 50.64], [new("groupement:aula", "groupement", "aula", "Périmètre de l'AULA")],
                new Dictionary<string, int> { ["commune"] = 100 },
                new("http://127.0.0.1:8080/api/v1/territories/epci:200072460", "http://127.0.0.1:8080/api/v1/territories/epci:200072460/geometry",
                    "http://127.0.0.1:8080/api/v1/territories?within=epci:200072460"));
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var found = await Data.GetAsync(connection, r.Id);
        if (found is not var (t, parents, children))
        {
            await Send.ResultAsync(Problems.NotFound($"Territory '{r.Id}' does not exist"));
            return;
        }
        if (await DataVersionETag.NotModifiedAsync(HttpContext, TerritoryGeometry.DataDomain) is { } notModified)
        {
            await Send.ResultAsync(notModified);
            return;
        }
        var self = HttpContext.Request.PublicUrl($"/api/v1/territories/{t.Id}");
        await Send.OkAsync(new Response(t.Id, t.Level, t.Code, t.Name, t.Population, t.SourceVintage, t.GeometrySource,
            t.GeometryUpdatedAt is { } updated ? new DateTimeOffset(DateTime.SpecifyKind(updated, DateTimeKind.Utc)) : null,
            t.West is null ? null : [t.West.Value, t.South!.Value, t.East!.Value, t.North!.Value],
            parents, children,
            new(self, self + "/geometry",
                children.Count > 0 ? HttpContext.Request.PublicUrl("/api/v1/territories", QueryString.Create("within", t.Id)) : null)), ct);
    }
}
