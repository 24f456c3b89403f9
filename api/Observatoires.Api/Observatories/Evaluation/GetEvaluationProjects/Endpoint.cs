using FastEndpoints;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Indicators;
using Observatoires.Api.Platform.Indicators.Values;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.Evaluation.GetEvaluationProjects;

/// <summary>An axis' score, for the list.</summary>
internal sealed record EvaluationAxisScore(string Code, string Title, double? Score);

/// <summary>A project in the list: its score, its axes' scores and how many indicators stand where.</summary>
/// <param name="Id">Its id, as in /api/v1/evaluation/projects/{id}.</param>
/// <param name="Score">The weighted mean of its axes' scores (0 to 1); null when none has one.</param>
internal sealed record EvaluationProjectItem(string Id, string Title, TerritoryRef Territory, int StartYear, int EndYear, double? Score, EvaluationSummary Summary,
    IReadOnlyList<EvaluationAxisScore> Axes, bool Demo, string Etag);

/// <param name="Items">Every project, the most recent first.</param>
internal sealed record Response(IReadOnlyList<EvaluationProjectItem> Items);

internal sealed class Endpoint(NpgsqlDataSource dataSource, TerritoryHierarchy hierarchies, ICallerAccessor callers) : EndpointWithoutRequest<Response>
{
    public override void Configure()
    {
        Get("/api/v1/evaluation/projects");
        // The projects are the module's; catalogue indicators' figures come from the values, names from the territories.
        Options(o => o.WithMetadata(new ReadsData(EvaluationModule.DataDomain, ValueWriter.DataDomain, TerritoryGeometry.DataDomain)));
        AllowAnonymous();
        Summary(s =>
        {
            s.Summary = "The territorial projects under evaluation, each with its score and its axes' scores";
            s.Description = "Every project (projet de territoire, Projet Alimentaire Territorial...) with its territory, period, score (the " +
                            "weighted mean of its axes' scores, 0 to 1), its axes' scores and how many of its indicators are achieved, " +
                            "ahead, on track, behind, without data, or restricted (figures the caller may not see, left out of the scores). " +
                            "The whole tree: GET /api/v1/evaluation/projects/{id}.";
        });
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var projects = await ProjectScores.ListAsync(connection, await hierarchies.GetAsync(ct), callers.Current, ct);
        await Send.OkAsync(new Response([.. projects.Select(p => new EvaluationProjectItem(p.Id, p.Title, p.Territory, p.StartYear, p.EndYear, p.Score,
            p.Summary, [.. p.Axes.Select(a => new EvaluationAxisScore(a.Code, a.Title, a.Score))], p.Demo, p.Etag))]), ct);
    }
}
