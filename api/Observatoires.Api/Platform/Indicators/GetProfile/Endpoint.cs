using Dapper;
using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Indicators.Engine;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Platform.Indicators.GetProfile;

internal sealed class Request
{
    /// <summary>Territory id (commune, EPCI, groupement...; a custom zone works too).</summary>
    public string Id { get; set; } = "";

    /// <summary>Comma-separated references; default: the territory's département and région.</summary>
    public string? References { get; set; }

    internal sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Id).Must(t => TargetLookup.Problem(t) is null).WithMessage(r => TargetLookup.Problem(r.Id));
            RuleFor(r => r.References).Must(t => t!.Split(',').All(id => TargetLookup.Problem(id.Trim()) is null))
                .When(r => r.References is not null)
                .WithMessage(r => r.References!.Split(',').Select(id => TargetLookup.Problem(id.Trim())).First(p => p is not null));
            RuleFor(r => r.References).Must(t => t!.Split(',').Length <= 5).When(r => r.References is not null)
                .WithMessage("at most 5 references");
        }
    }
}

/// <param name="Period">The earlier period compared with.</param>
/// <param name="Difference">Value now minus value then.</param>
/// <param name="Rate">Relative change (0.05 = +5 %).</param>
internal sealed record Evolution(string Period, double? Value, double? Difference, double? Rate);

/// <param name="Coverage">For an aggregate: how many of the reference's communes had a value, out of how many it has.
/// The département's or the région's figure of an indicator measured in the agency's perimeter only covers part of it.</param>
internal sealed record ReferenceGap(string TerritoryId, double? Value, string? Status, double? Gap, Coverage? Coverage);

/// <param name="Period">The latest period with data.</param>
/// <param name="ChangeOver1">Change over one period (a year, a quarter...).</param>
/// <param name="ChangeOver5">Change over five periods.</param>
/// <param name="Coverage">For an aggregate: how many of the territory's communes had a value, out of how many it has.</param>
internal sealed record KeyFigure(
    IndicatorSummary Indicator,
    string Period,
    double? Value,
    string? Status,
    Coverage? Coverage,
    Evolution? ChangeOver1,
    Evolution? ChangeOver5,
    IReadOnlyList<ReferenceGap> References);

internal sealed record ObservatoryFigures(string Slug, string Name, IReadOnlyList<KeyFigure> Figures);

internal sealed record Response(TerritoryRef Territory, IReadOnlyList<TerritoryRef> References, IReadOnlyList<ObservatoryFigures> Observatories);

internal sealed class Endpoint(NpgsqlDataSource dataSource, TerritoryHierarchy hierarchies, ICallerAccessor callers) : Endpoint<Request, Response>
{
    public override void Configure()
    {
        Get("/api/v1/territories/{id}/profile");
        AllowAnonymous();
        Description(d => d.ProducesProblemDetails(400).ProducesProblemDetails(404));
        Summary(s =>
        {
            s.Summary = "Key figures of a territory across observatories";
            s.Description = "The territory dashboard: for each observatory its headline indicators at their latest period, " +
                            "the change over one and five periods, and the gap to the reference territories.";
            s.ExampleRequest = new Request { Id = "epci:200072460" };
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        var caller = callers.Current;
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var referenceIds = r.References?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList()
                           ?? await TargetLookup.DefaultReferencesAsync(connection, r.Id);
        var hierarchy = await hierarchies.GetAsync(ct);
        var (targets, unknown) = await TargetLookup.ResolveAsync(connection, hierarchy, [r.Id, .. referenceIds]);
        if (unknown.Count > 0)
        {
            await Send.ResultAsync(Problems.NotFound($"Unknown territories: {string.Join(", ", unknown)}"));
            return;
        }

        var observatories = (await connection.QueryAsync<(string Slug, string Name)>(
            "select slug, name from platform.observatory order by sort_order, slug")).ToList();
        var headlines = (await IndicatorInfo.ListAsync(connection, caller)).Where(i => i.HeadlineOrder is not null)
            .OrderBy(i => i.HeadlineOrder).ToList();
        var figuresByObservatory = new Dictionary<string, List<KeyFigure>>();
        foreach (var indicator in headlines)
        {
            var periods = await IndicatorFacts.PeriodsAsync(connection, indicator.Code);
            if (periods.Count == 0 || (indicator.Aggregation == Catalogue.Aggregation.None && targets[0].Level != "commune"))
                continue;
            var latest = Indicators.Period.Parse(periods[^1]);
            string[] asked = [latest.ToString(), latest.Add(-1).ToString(), latest.Add(-5).ToString()];
            var figures = await ValueEngine.ComputeAsync(connection, hierarchy, indicator, targets, asked, null, caller);
            var own = figures[(targets[0].Id, asked[0])];
            Evolution? ChangeTo(string period)
            {
                var then = figures[(targets[0].Id, period)];
                if (!then.HasNumber)
                    return null;
                var change = own.HasNumber ? own.Value - then.Value : null;
                return new(period, then.Value, change, change is not null && then.Value != 0 ? change / then.Value : null);
            }
            var key = new KeyFigure(IndicatorSummary.Of(indicator), asked[0], own.Value, own.Status, Coverage.Of(own, targets[0]),
                ChangeTo(asked[1]), ChangeTo(asked[2]),
                [.. targets.Skip(1).Select(t =>
                {
                    var f = figures[(t.Id, asked[0])];
                    return new ReferenceGap(t.Id, f.Value, f.Status, own.HasNumber && f.HasNumber ? own.Value - f.Value : null, Coverage.Of(f, t));
                })]);
            figuresByObservatory.TryAdd(indicator.ObservatorySlug, []);
            figuresByObservatory[indicator.ObservatorySlug].Add(key);
        }

        await Send.OkAsync(new Response(TerritoryRef.Of(targets[0]), [.. targets.Skip(1).Select(TerritoryRef.Of)],
            [.. observatories.Where(o => figuresByObservatory.ContainsKey(o.Slug))
                .Select(o => new ObservatoryFigures(o.Slug, o.Name, figuresByObservatory[o.Slug]))]), ct);
    }
}
