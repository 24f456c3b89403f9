using FastEndpoints;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Indicators.Engine;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Platform.Indicators.GetComparison;

internal sealed class Endpoint(NpgsqlDataSource dataSource, TerritoryHierarchy hierarchies, ICallerAccessor callers) : Endpoint<Request, Response>
{
    public override void Configure()
    {
        Get("/api/v1/indicators/{code}/compare");
        AllowAnonymous();
        Description(d => d.ProducesProblemDetails(400).ProducesProblemDetails(404));
        Summary(s =>
        {
            s.Summary = "A territory against its references";
            s.Description = "The territory's value next to reference territories (département, région, peer groups), with the gaps.";
            s.ExampleRequest = new Request { Code = "portrait.part_plus_65_ans", Territory = "epci:200072460", References = "departement:62,region:32" };
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        var caller = callers.Current;
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var references = r.References?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList()
                         ?? await TargetLookup.DefaultReferencesAsync(connection, r.Territory);
        var (opened, failure) = await IndicatorRequests.OpenAsync(this, connection, hierarchies, caller, r.Code, r.Period, null, null,
            [r.Territory, .. references]);
        if (opened is not var (indicator, period, selection, hierarchy))
        {
            await Send.ResultAsync(failure!);
            return;
        }

        var figures = await ValueEngine.ComputeAsync(connection, hierarchy, indicator, selection.Targets, [period], null, caller);
        var subject = selection.Targets[0];
        var own = figures[(subject.Id, period)];
        await Send.OkAsync(new Response(IndicatorSummary.Of(indicator), period,
            new(TerritoryRef.Of(subject), own.Value, own.Status, Coverage.Of(own)),
            [.. selection.Targets.Skip(1).Select(t =>
            {
                var f = figures[(t.Id, period)];
                var gap = own.HasNumber && f.HasNumber ? own.Value - f.Value : null;
                return new Reference(TerritoryRef.Of(t), f.Value, f.Status, Coverage.Of(f), gap,
                    gap is not null && f.Value is > 0 or < 0 ? gap / f.Value : null);
            })]), ct);
    }
}
