using FastEndpoints;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Indicators.Engine;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Platform.Indicators.GetBreaks;

internal sealed class Endpoint(NpgsqlDataSource dataSource, TerritoryHierarchy hierarchies, ICallerAccessor callers) : Endpoint<Request, Response>
{
    public override void Configure()
    {
        Get("/api/v1/indicators/{code}/breaks");
        AllowAnonymous();
        Description(d => d.ProducesProblemDetails(400).ProducesProblemDetails(404));
        Summary(s =>
        {
            s.Summary = "Class breaks and colours of a choropleth";
            s.Description = "Breaks by quantiles, natural breaks (Jenks) or equal intervals, the number of territories per " +
                            "class and a colour per class: sequential for a neutral indicator, diverging (blue = better) otherwise. " +
                            "Counts add up to the number of territories, secret and missing values included.";
            s.ExampleRequest = new Request { Code = "emploi.salaries_prives", Level = "commune", Period = "2023", Method = "jenks", Classes = 5 };
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        var caller = callers.Current;
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var (opened, failure) = await IndicatorRequests.OpenAsync(this, connection, hierarchies, caller, r.Code, r.Period, r.Level,
            r.Within, []);
        if (opened is not var (indicator, period, selection, hierarchy))
        {
            await Send.ResultAsync(failure!);
            return;
        }
        AsOfDate.TryParse(r.AsOf, out var asOf);
        var table = await ClassifiedTable.BuildAsync(connection, hierarchy, indicator, selection, period, asOf, caller, r.ParsedMethod, r.Classes);
        await Send.OkAsync(new Response(IndicatorSummary.Of(indicator), period, r.Level ?? "commune", r.Within, LegendOf(table)), ct);
    }

    public static Legend LegendOf(ClassifiedTable table)
    {
        var c = table.Classification;
        var figures = table.Rows.Select(r => r.Figure).ToList();
        return new(c.Method.ToString().ToLowerInvariant(), c.Breaks,
            [.. c.Classes.Select(k => new ClassItem(k.Index, k.Lower, k.Upper, k.Count, k.Colour))], c.Palette,
            ClassifiedTable.SecretColour, ClassifiedTable.NoDataColour,
            new(figures.Count, figures.Count(f => f.HasNumber), figures.Count(f => f.IsSecret), figures.Count(f => !f.HasNumber && !f.IsSecret)));
    }
}
