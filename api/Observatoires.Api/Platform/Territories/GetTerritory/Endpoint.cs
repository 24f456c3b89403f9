using Dapper;
using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Http;

namespace Observatoires.Api.Platform.Territories.GetTerritory;

internal sealed class Request
{
    /// <summary>Territory id, level:code (commune:62119, epci:200072460, groupement:aula, departement:62, region:32).</summary>
    public string Id { get; set; } = "";

    internal sealed class Validator : Validator<Request>
    {
        public Validator() =>
            RuleFor(r => r.Id).Must(id => TerritoryId.Problem(id) is null).WithMessage(r => TerritoryId.Problem(r.Id));
    }
}

/// <param name="Names">The name after "de", "à" and where: "du Pas-de-Calais", "au Pas-de-Calais", "dans le Pas-de-Calais".</param>
internal sealed record ParentTerritory(string Id, string Level, string Code, string Name, TerritoryNames Names);

/// <param name="Members">The member territories, when there are any.</param>
internal sealed record TerritoryLinks(string Self, string Geometry, string? Members);

/// <param name="Names">The name after "de", "à" and where, as French says it: "de la CA de Béthune-Bruay…", "d’Arras", "du Pas-de-Calais".</param>
/// <param name="Population">Population municipale légale (INSEE), as the reference package gives it.</param>
/// <param name="CommuneCount">How many communes it has in the COG, whether or not the referential holds them all
/// (childrenCounts): the Pas-de-Calais has 887, of which the agency's perimeter holds 318.</param>
/// <param name="SourceVintage">Where the name, population and memberships come from.</param>
/// <param name="GeometrySource">synthetic (generated demo contours) or imported (real contours); null without contour.</param>
/// <param name="Bbox">[west, south, east, north] in longitude/latitude.</param>
/// <param name="Parents">The territories it belongs to, finest first.</param>
/// <param name="ChildrenCounts">Number of member territories by level, e.g. {"commune": 100}.</param>
internal sealed record Response(
    string Id,
    string Level,
    string Code,
    string Name,
    TerritoryNames Names,
    int? Population,
    int? CommuneCount,
    string SourceVintage,
    string? GeometrySource,
    DateTimeOffset? GeometryUpdatedAt,
    double[]? Bbox,
    IReadOnlyList<ParentTerritory> Parents,
    IReadOnlyDictionary<string, int> ChildrenCounts,
    TerritoryLinks Links);

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
                new("de la CA de Béthune-Bruay, Artois-Lys Romane", "à la CA de Béthune-Bruay, Artois-Lys Romane", "dans la CA de Béthune-Bruay, Artois-Lys Romane"),
                275736, 100, "INSEE COG via @etalab/decoupage-administratif 6.0.0", "synthetic", DateTimeOffset.Parse("2026-11-25T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture),
                [2.29, 50.38, 2.89, 50.64], [new("groupement:aula", "groupement", "aula", "Périmètre de l'AULA", new("du périmètre de l'AULA", "au périmètre de l'AULA", "dans le périmètre de l'AULA"))],
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
            await Send.ResultAsync(Problems.UnknownTerritory(r.Id));
            return;
        }
        if (await DataVersionETag.NotModifiedAsync(HttpContext, TerritoryGeometry.DataDomain) is { } notModified)
        {
            await Send.ResultAsync(notModified);
            return;
        }
        var self = HttpContext.Request.PublicUrl($"/api/v1/territories/{t.Id}");
        await Send.OkAsync(new Response(t.Id, t.Level, t.Code, t.Name, TerritoryNames.Read(t.Level, t.Name, t.NameOf, t.NameTo, t.NameIn),
            t.Population, t.CommuneCount, t.SourceVintage, t.GeometrySource,
            t.GeometryUpdatedAt is { } updated ? new DateTimeOffset(DateTime.SpecifyKind(updated, DateTimeKind.Utc)) : null,
            t.West is null ? null : [t.West.Value, t.South!.Value, t.East!.Value, t.North!.Value],
            parents, children,
            new(self, self + "/geometry",
                children.Count > 0 ? HttpContext.Request.PublicUrl("/api/v1/territories", QueryString.Create("within", t.Id)) : null)), ct);
    }
}

internal static class Data
{
    private static readonly string Query = SqlResource.Get("Platform/Territories/GetTerritory/Query.sql");

    internal sealed record Row(string Id, string Level, string Code, string Name, string? NameOf, string? NameTo, string? NameIn,
        int? CommuneCount, int? Population, string SourceVintage, string? GeometrySource, DateTime? GeometryUpdatedAt,
        double? West, double? South, double? East, double? North);

    private sealed record ParentRow(string Id, string Level, string Code, string Name, string? NameOf, string? NameTo, string? NameIn);

    public static async Task<(Row Territory, IReadOnlyList<ParentTerritory> Parents, IReadOnlyDictionary<string, int> Children)?> GetAsync(
        NpgsqlConnection connection, string id)
    {
        await using var results = await connection.QueryMultipleAsync(Query, new { Id = id });
        var territory = await results.ReadSingleOrDefaultAsync<Row>();
        if (territory is null)
            return null;
        var parents = (await results.ReadAsync<ParentRow>())
            .Select(p => new ParentTerritory(p.Id, p.Level, p.Code, p.Name, TerritoryNames.Read(p.Level, p.Name, p.NameOf, p.NameTo, p.NameIn)))
            .ToList();
        var children = (await results.ReadAsync<(string Level, int Count)>()).ToDictionary(c => c.Level, c => c.Count);
        return (territory, parents, children);
    }
}
