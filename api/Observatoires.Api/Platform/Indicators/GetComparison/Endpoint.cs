using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Indicators.Engine;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Platform.Indicators.GetComparison;

internal sealed class Request
{
    /// <summary>Indicator code.</summary>
    public string Code { get; set; } = "";

    /// <summary>The territory to compare (a custom zone works too).</summary>
    public string Territory { get; set; } = "";

    /// <summary>
    /// Comma-separated reference territories, default its département and région. A peer group
    /// (groupement:pairs-cabbalr, GET /api/v1/peer-groups) counts as one reference: its figure is recomputed from its
    /// member EPCIs' (a ratio as Σ numerators ÷ Σ denominators, never an average of their ratios), and they are listed.
    /// </summary>
    public string? References { get; set; }

    /// <summary>Period; default the latest.</summary>
    public string? Period { get; set; }

    internal sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Territory).Must(t => TargetLookup.Problem(t) is null).WithMessage(r => TargetLookup.Problem(r.Territory));
            RuleFor(r => r.References).Must(t => t!.Split(',').All(id => TargetLookup.Problem(id.Trim()) is null))
                .When(r => r.References is not null)
                .WithMessage(r => r.References!.Split(',').Select(id => TargetLookup.Problem(id.Trim())).First(p => p is not null));
            RuleFor(r => r.References).Must(t => t!.Split(',').Length <= 20).When(r => r.References is not null)
                .WithMessage("at most 20 references");
            RuleFor(r => r.Period).Must(p => Indicators.Period.TryParse(p, out _)).When(r => r.Period is not null)
                .WithMessage(r => $"'{r.Period}' is not a period: expected 2023, 2024-S1, 2023-Q4 or 2024-03");
        }
    }
}

/// <param name="Coverage">For an aggregate: how many of its communes had a value, out of how many it has.</param>
internal sealed record Subject(TerritoryRef Territory, double? Value, string? Status, Coverage? Coverage);

/// <param name="Coverage">For an aggregate: how many of its communes had a value, out of how many it has. The
/// département's or the région's figure of an indicator measured in the agency's perimeter only covers part of it.</param>
/// <param name="Gap">The territory's value minus the reference's, in the indicator's unit.</param>
/// <param name="RelativeGap">Gap relative to the reference's value (0.1 = 10 % above).</param>
/// <param name="Members">For a peer group: the EPCIs in it, each with its own figure (its value is computed from
/// theirs); null for any other reference.</param>
internal sealed record Reference(TerritoryRef Territory, double? Value, string? Status, Coverage? Coverage, double? Gap, double? RelativeGap,
    IReadOnlyList<PeerMember>? Members = null);

/// <param name="Numerator">For a ratio: what the group's numerator sums; null otherwise or when not shown.</param>
/// <param name="Denominator">For a ratio: what the group's denominator sums.</param>
internal sealed record PeerMember(TerritoryRef Territory, double? Value, double? Numerator, double? Denominator, string? Status)
{
    public static PeerMember Of(Target t, Figure f) => new(TerritoryRef.Of(t), f.Value, f.Numerator, f.Denominator, f.Status);
}

internal sealed record Response(IndicatorSummary Indicator, string Period, Subject Territory, IReadOnlyList<Reference> References);

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
            s.Description = "The territory's value next to reference territories (département, région, peer groups), with the gaps. " +
                            "A peer group's value is recomputed from its member EPCIs' figures (a ratio as the sum of their numerators " +
                            "over the sum of their denominators, never an average of ratios), and the answer lists those members with theirs.";
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

        // The peer groups' members are computed for the caller too, so that each shows what the caller may see of it.
        var (members, _) = await TargetLookup.ResolveAsync(connection, hierarchy,
            [.. selection.Targets.SelectMany(t => t.Peers).Distinct().Where(id => selection.Targets.All(t => t.Id != id))]);
        var figures = await ValueEngine.ComputeAsync(connection, hierarchy, indicator, [.. selection.Targets, .. members], [period], null, caller);
        var byId = selection.Targets.Concat(members).DistinctBy(t => t.Id).ToDictionary(t => t.Id);
        var subject = selection.Targets[0];
        var own = figures[(subject.Id, period)];
        await Send.OkAsync(new Response(IndicatorSummary.Of(indicator), period,
            new(TerritoryRef.Of(subject), own.Value, own.Status, Coverage.Of(own, subject)),
            [.. selection.Targets.Skip(1).Select(t =>
            {
                var f = figures[(t.Id, period)];
                var gap = own.HasNumber && f.HasNumber ? own.Value - f.Value : null;
                return new Reference(TerritoryRef.Of(t), f.Value, f.Status, Coverage.Of(f, t), gap,
                    gap is not null && f.Value is > 0 or < 0 ? gap / f.Value : null,
                    t.IsPeerGroup
                        ? [.. t.Peers.Where(byId.ContainsKey).Select(p => PeerMember.Of(byId[p], figures[(p, period)]))]
                        : null);
            })]), ct);
    }
}
