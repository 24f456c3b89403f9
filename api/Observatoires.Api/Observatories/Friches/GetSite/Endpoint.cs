using Dapper;
using FastEndpoints;
using Npgsql;
using Observatoires.Api.Observatories.Friches.Scoring;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Indicators.Catalogue;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.Friches.GetSite;

internal sealed class Request
{
    /// <summary>Site id.</summary>
    public int Id { get; set; }
}

/// <param name="Actor">Who made the change: for partners of the site's territory and the agency only (a key's name
/// is partner data, as a lot's author is).</param>
internal sealed record StatusStep(string? From, string To, DateOnly On, string? Actor);

/// <param name="Sheet">The characterisation sheet.</param>
/// <param name="Score">Mutability score 0–100 with each criterion's value, points (0–5), weight and contribution.</param>
/// <param name="Vocations">Suitability 0–100 of each vocation, best first.</param>
/// <param name="AllowedStatuses">The statuses the site may move to now.</param>
internal sealed record Response(Site Sheet, Score Score, IReadOnlyList<VocationFit> Vocations, IReadOnlyList<string> AllowedStatuses,
    IReadOnlyList<StatusStep> History);

internal sealed class Endpoint(NpgsqlDataSource dataSource, ICallerAccessor callers) : Endpoint<Request, Response>
{
    public override void Configure()
    {
        Get("/api/v1/friches/sites/{id}", "/api/v1/friches/sites/{id}/score");
        Options(o => o.WithMetadata(new ReadsData(FrichesLayer.DataDomain, TerritoryGeometry.DataDomain)));
        AllowAnonymous();
        Description(d => d.ProducesProblemDetails(400).ProducesProblemDetails(404));
        Summary(s =>
        {
            s.Summary = "One brownfield: its sheet, the breakdown of its mutability score, its vocations and its status history";
            s.Description = "The site's sheet (former activity, ownership, pollution, buildings, planning zone, distances to networks, risks, status), each criterion's value, points, weight and contribution to its score, the vocations it fits, the statuses it may move to, and its status history. Also served at /score.";
            s.ExampleRequest = new Request { Id = 1 };
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        if ((await Site.LoadAsync(connection, id: r.Id)).SingleOrDefault() is not { } site)
        {
            await Send.ResultAsync(Problems.NotFound($"There is no brownfield {r.Id}"));
            return;
        }
        var weights = await ScoringWeights.LoadAsync(connection);
        var score = Mutability.Compute(site, weights.For(site.EpciId));
        var history = await connection.QueryAsync<(string? From, string To, DateOnly On, string Actor)>(
            "select from_status, to_status, changed_on, actor from friches.status_change where site_id = @Id order by id", new { r.Id });
        var seesActors = callers.Current.CanSeeFiguresOf(Confidentiality.Partner, site.CommuneId, []);
        await Send.OkAsync(new Response(site, score, Scoring.Vocations.Rank(score), Workflow.AllowedFrom(site.Status),
            [.. history.Select(h => new StatusStep(h.From, h.To, h.On, seesActors ? h.Actor : null))]), ct);
    }
}
