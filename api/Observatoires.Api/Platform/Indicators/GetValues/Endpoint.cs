using FastEndpoints;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Export;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Indicators.Engine;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Platform.Indicators.GetValues;

internal sealed class Endpoint(NpgsqlDataSource dataSource, TerritoryHierarchy hierarchies, ICallerAccessor callers) : Endpoint<Request, Response>
{
    public override void Configure()
    {
        Get("/api/v1/indicators/{code}/values");
        AllowAnonymous();
        Description(d => d.Produces<Response>(200, "application/json", CsvWriter.ContentType)
            .ProducesProblemDetails(400).ProducesProblemDetails(404));
        Summary(s =>
        {
            s.Summary = "Values of an indicator, one row per territory";
            s.Description = "For a level (`level=commune&within=epci:200072460`) or a list of territories, custom zones included " +
                            "(`territories=epci:200072460,custom:62119+62178`). Aggregates are recomputed from the communes by the " +
                            "indicator's rule (sums add, ratios from their numerators and denominators) with their coverage. " +
                            "Secret values have a status and no number. `format=csv` gives the same table with the numerators " +
                            "and denominators, so that anyone can recompute an aggregate.";
            s.ExampleRequest = new Request { Code = "emploi.salaries_prives", Level = "commune", Within = "epci:200072460", Period = "2023" };
            s.ResponseExamples[200] = ResponseExamples.Values;
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        var caller = callers.Current;
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var (opened, failure) = await IndicatorRequests.OpenAsync(this, connection, hierarchies, caller, r.Code, r.Period, r.Level,
            r.Within, r.TerritoryList);
        if (opened is not var (indicator, period, selection, hierarchy))
        {
            await Send.ResultAsync(failure!);
            return;
        }
        AsOfDate.TryParse(r.AsOf, out var asOf);
        var rows = await ValueTable.BuildAsync(connection, hierarchy, indicator, selection, period, asOf, caller);
        if (r.Format == "csv" || (r.Format is null && OutputFormat.Resolve(null, HttpContext.Request) == OutputFormat.Csv))
        {
            await WriteCsvAsync(indicator, period, rows);
            return;
        }

        ParentFigure? parent = null;
        if (selection.Within is { } within)
        {
            var figure = rows.Count > 0 ? rows[0].ParentFigure : null;
            parent = new(TerritoryRef.Of(within), figure?.Value, figure?.Status, figure is null ? null : Coverage.Of(figure));
        }
        await Send.OkAsync(new Response(IndicatorSummary.Of(indicator), period, asOf, parent, rows.Count,
            [.. rows.Select(row => new ValueItem(TerritoryRef.Of(row.Target), row.Figure.Value, row.Figure.Numerator,
                row.Figure.Denominator, row.Figure.Status, row.Rank, row.Parent?.Id, row.GapToParent, Coverage.Of(row.Figure)))]), ct);
    }

    private async Task WriteCsvAsync(IndicatorInfo indicator, string period, IReadOnlyList<ValueTableRow> rows)
    {
        HttpContext.StartRaw(CsvWriter.ContentType);
        HttpContext.Response.Headers.ContentDisposition = $"inline; filename=\"{indicator.Code}_{period}.csv\"";
        await using var csv = new CsvWriter(HttpContext.Response.Body);
        await csv.WriteRowAsync("territory_id", "territory_name", "level", "indicator", "period", "value", "numerator",
            "denominator", "status", "rank", "parent_id", "parent_value", "gap_to_parent", "coverage_communes",
            "coverage_communes_with_value", "unit");
        foreach (var row in rows)
        {
            var f = row.Figure;
            await csv.WriteRowAsync(row.Target.Id, row.Target.Name, row.Target.Level, indicator.Code, period, f.Value, f.Numerator,
                f.Denominator, f.Status, row.Rank, row.Parent?.Id, row.ParentFigure?.Value, row.GapToParent, f.Members,
                f.MembersWithValue, indicator.Unit);
        }
    }
}
