using Dapper;
using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Indicators.Engine;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.Commerce.CompareSurveys;

internal sealed class Request
{
    /// <summary>The first survey (its id, GET /api/v1/commerce/surveys).</summary>
    [QueryParam] public int From { get; set; }

    /// <summary>The second survey.</summary>
    [QueryParam] public int To { get; set; }

    /// <summary>Only the cells of this territory's communes (commune:62119, epci:200072460, custom:62119+62498) or of this centrality (bethune-centre); default: every cell.</summary>
    [QueryParam] public string? Territory { get; set; }

    internal sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.From).GreaterThan(0).WithMessage("from is a survey id");
            RuleFor(r => r.To).GreaterThan(0).WithMessage("to is a survey id");
            RuleFor(r => r.To).NotEqual(r => r.From).When(r => r.From > 0).WithMessage("to must be another survey than from");
            RuleFor(r => r.Territory).Must(t => t is null || (t.Contains(':', StringComparison.Ordinal)
                    ? TargetLookup.Problem(t) is null
                    : System.Text.RegularExpressions.Regex.IsMatch(t, "^[a-z0-9]+(-[a-z0-9]+)*$")))
                .WithMessage("territory is a territory id (commune:62119, epci:200072460, custom:62119+62498) or a centrality id (bethune-centre)");
        }
    }
}

/// <param name="Territory">The territory or centrality compared, as asked; null for every cell.</param>
/// <param name="Changes">Every changed cell: openings, closures, activity changes, new cells, removed cells, each by cell id.</param>
internal sealed record Response(CommerceSurvey From, CommerceSurvey To, string? Territory, ComparisonSummary Summary, IReadOnlyList<CellChange> Changes);

internal sealed class Endpoint(NpgsqlDataSource dataSource, TerritoryHierarchy hierarchies) : Endpoint<Request, Response>
{
    public override void Configure()
    {
        Get("/api/v1/commerce/surveys/compare");
        Options(o => o.WithMetadata(new ReadsData(CommerceLayers.DataDomain, TerritoryGeometry.DataDomain)));
        AllowAnonymous();
        Description(d => d.ProducesProblemDetails(400).ProducesProblemDetails(404));
        Summary(s =>
        {
            s.Summary = "Two surveys compared cell by cell: openings, closures, activity changes, vacancy change";
            s.Description = "Cells are matched by their stable cell id. opening: not active at the first survey (vacant, under works or " +
                            "absent) and active at the second; closure: active, then vacant, under works or absent; activity_change: " +
                            "active at both with another activity; new_cell / removed_cell: a cell that appears or disappears without " +
                            "being active; every other cell is unchanged. The summary counts each kind (they are the changes listed) and " +
                            "gives the vacancy rate (vacant ÷ cells, %) at each survey and its change in points. territory restricts " +
                            "both surveys to a territory's communes or to a centrality. An unknown survey, territory or centrality is a 404.";
            s.ExampleRequest = new Request { From = 1, To = 2, Territory = "bethune-centre" };
        });
    }

    private sealed record Row(int Survey, string CellId, string? Name, string Address, string Status, string? Activity);

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var surveys = (await CommerceSurvey.LoadAsync(connection)).ToDictionary(s => s.Id);
        foreach (var id in new[] { r.From, r.To }.Where(id => !surveys.ContainsKey(id)))
        {
            await Send.ResultAsync(Problems.NotFound($"There is no survey {id}"));
            return;
        }
        string[]? communes = null;
        string? centrality = null;
        if (r.Territory is { } territory && territory.Contains(':', StringComparison.Ordinal))
        {
            if (await TargetLookup.FindAsync(connection, await hierarchies.GetAsync(ct), territory) is not { } target)
            {
                await Send.ResultAsync(Problems.UnknownTerritory(territory));
                return;
            }
            communes = [.. target.CoveredCommunes];
        }
        else if (r.Territory is not null)
        {
            if (!await connection.ExecuteScalarAsync<bool>("select exists (select from commerce.centrality where id = @Territory)", new { r.Territory }))
            {
                await Send.ResultAsync(Problems.NotFound($"There is no territory or centrality '{Echo.Cut(r.Territory)}'"));
                return;
            }
            centrality = r.Territory;
        }
        var rows = (await connection.QueryAsync<Row>("""
            select survey_id as survey, cell_id as cellid, name, address, status, activity from commerce.cell
            where survey_id in (@From, @To)
              and (@Communes::text[] is null or commune_id = any(@Communes))
              and (@Centrality::text is null or centrality_id = @Centrality)
            """, new { r.From, r.To, Communes = communes, Centrality = centrality })).ToList();
        List<ComparedCell> Of(int survey) =>
            [.. rows.Where(x => x.Survey == survey).Select(x => new ComparedCell(x.CellId, x.Name, x.Address, new CellState(x.Status, x.Activity)))];
        var (summary, changes) = SurveyComparison.Compare(Of(r.From), Of(r.To));
        await Send.OkAsync(new Response(surveys[r.From], surveys[r.To], r.Territory, summary, changes), ct);
    }
}
