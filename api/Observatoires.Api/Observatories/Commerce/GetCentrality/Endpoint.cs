using System.Text.Json;
using Dapper;
using FastEndpoints;
using Npgsql;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.Commerce.GetCentrality;

internal sealed class Request
{
    /// <summary>Centrality id (bethune-centre).</summary>
    public string Id { get; set; } = "";
}

/// <summary>The centrality at one survey.</summary>
/// <param name="Label">The survey's name.</param>
/// <param name="SurveyedTo">Last day of its fieldwork.</param>
internal sealed record HistoryPoint(int Survey, string Label, DateOnly SurveyedTo, long Cells, long Active, long Vacant, long Works,
    double VacancyRate, double? FoodShare);

/// <summary>Active cells of one activity at the latest survey.</summary>
internal sealed record ActivityCount(string Activity, string Label, long Count);

/// <summary>Another centrality of the same programmes, with its vacancy rate at its latest survey (null: never surveyed).</summary>
internal sealed record Peer(string Id, string Name, double? VacancyRate);

/// <param name="Latest">Its figures at the newest survey that covers it; null if none does.</param>
/// <param name="History">Its figures at every survey that covers it, oldest first.</param>
/// <param name="ByActivity">Its active cells by activity at the latest survey, in the nomenclature's order (0 included).</param>
/// <param name="Peers">The other centralities of its programmes, lowest vacancy first (none for a centrality in no programme).</param>
/// <param name="Geometry">Its contour: a GeoJSON MultiPolygon (longitude, latitude); null when it has none.</param>
internal sealed record Response(string Id, string Name, string Kind, string KindLabel, CommuneRef Commune, IReadOnlyList<ProgrammeRef> Programmes,
    CentralityFigures? Latest, IReadOnlyList<HistoryPoint> History, IReadOnlyList<ActivityCount> ByActivity, IReadOnlyList<Peer> Peers,
    JsonElement? Geometry);

internal sealed class Endpoint(NpgsqlDataSource dataSource) : Endpoint<Request, Response>
{
    public override void Configure()
    {
        Get("/api/v1/commerce/centralities/{id}");
        Options(o => o.WithMetadata(new ReadsData(CommerceLayers.DataDomain, TerritoryGeometry.DataDomain)));
        AllowAnonymous();
        Description(d => d.ProducesProblemDetails(404));
        Summary(s =>
        {
            s.Summary = "One centrality's sheet: its figures over the surveys, its activities, its programme's other centralities";
            s.Description = "The centrality as in the list, with its history (cells, active, vacant, under works, vacancy rate and share " +
                            "of food at every survey that covers it, oldest first), its active cells by activity at the latest survey, its " +
                            "peers (the other centralities of its programmes with their latest vacancy rate, lowest first) and its contour.";
            s.ExampleRequest = new Request { Id = "bethune-centre" };
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var centralities = await Centralities.LoadAsync(connection);
        if (centralities.All.FirstOrDefault(c => c.Id == r.Id) is not { } centrality)
        {
            await Send.ResultAsync(Problems.NotFound($"There is no centrality '{Echo.Cut(r.Id)}'"));
            return;
        }
        var surveys = (await CommerceSurvey.LoadAsync(connection)).ToDictionary(s => s.Id);
        var history = centralities.History.GetValueOrDefault(centrality.Id) ?? [];
        var counts = centrality.Latest is not { } latest ? new Dictionary<string, long>() : (await connection.QueryAsync<(string Activity, long Count)>("""
                select activity, count(*) from commerce.cell
                where centrality_id = @Id and survey_id = @Survey and status = 'active' group by activity
                """, new { centrality.Id, latest.Survey })).ToDictionary(c => c.Activity, c => c.Count);
        var programmes = centrality.Programmes.Select(p => p.Code).ToHashSet();
        var peers = centralities.All.Where(c => c.Id != centrality.Id && c.Programmes.Any(p => programmes.Contains(p.Code)))
            .OrderBy(c => c.Latest is null).ThenBy(c => c.Latest?.VacancyRate).ThenBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => new Peer(c.Id, c.Name, c.Latest?.VacancyRate)).ToList();
        var geometry = await connection.ExecuteScalarAsync<string?>("select st_asgeojson(geom, 6) from commerce.centrality where id = @Id", new { centrality.Id });
        await Send.OkAsync(new Response(centrality.Id, centrality.Name, centrality.Kind, centrality.KindLabel, centrality.Commune, centrality.Programmes,
            centrality.Latest,
            [.. history.Select(h => new HistoryPoint(h.Survey, surveys[h.Survey].Label, surveys[h.Survey].SurveyedTo, h.Cells, h.Active, h.Vacant,
                h.Works, h.VacancyRate, h.FoodShare))],
            [.. Vocabulary.Activities.Select(a => new ActivityCount(a.Code, a.Label, counts.GetValueOrDefault(a.Code)))],
            peers,
            geometry is null ? null : JsonSerializer.Deserialize<JsonElement>(geometry)), ct);
    }
}
