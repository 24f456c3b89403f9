using System.Text.RegularExpressions;
using Dapper;
using FastEndpoints;
using FluentValidation;
using FluentValidation.Results;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Indicators;
using Observatoires.Api.Platform.Indicators.Catalogue;
using Observatoires.Api.Platform.Indicators.Engine;

namespace Observatoires.Api.Observatories.Transitions.SetDonutDimensions;

internal sealed partial class Request
{
    /// <summary>The whole set, in the order of the chart (at least 1, at most 24 dimensions): it replaces the current one.</summary>
    public List<DonutDimensionInput>? Dimensions { get; set; }

    /// <summary>A dimension of the Donut.</summary>
    internal sealed class DonutDimensionInput
    {
        /// <summary>Its code: lowercase letters and digits in words joined by hyphens, at most 40 characters, unique in the set (logement-social).</summary>
        public string? Code { get; set; }

        /// <summary>What it measures, in French, at most 200 characters.</summary>
        public string? Label { get; set; }

        /// <summary>social (a floor: the inner ring) or ecological (a ceiling: the outer ring).</summary>
        public string? Ring { get; set; }

        /// <summary>The catalogue indicator that measures it, with one value per year (habitat.part_logements_sociaux).</summary>
        public string? Indicator { get; set; }

        /// <summary>up: higher is better, the bound is a minimum; down: lower is better, the bound is a maximum.</summary>
        public string? Direction { get; set; }

        /// <summary>The floor or ceiling in the indicator's unit, above 0.</summary>
        public double? Bound { get; set; }

        /// <summary>Where the bound comes from (a law, a national figure, the agency's choice), at most 500 characters.</summary>
        public string? Source { get; set; }
    }

    public const int MaxDimensions = 24;

    internal sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Dimensions).NotNull().WithMessage("dimensions is required: the whole set, at least one dimension")
                .Must(d => d!.Count is >= 1 and <= MaxDimensions).When(r => r.Dimensions is not null)
                .WithMessage($"the set has at least 1 and at most {MaxDimensions} dimensions")
                .Must(d => d!.Select(x => x?.Code).Distinct().Count() == d!.Count).When(r => r.Dimensions is not null)
                .WithMessage("every dimension's code appears once");
            RuleForEach(r => r.Dimensions).NotNull().WithMessage("a dimension is an object: code, label, ring, indicator, direction, bound, source");
            RuleForEach(r => r.Dimensions).ChildRules(d =>
            {
                d.RuleFor(x => x.Code).Must(c => c is not null && c.Length <= 40 && CodePattern().IsMatch(c))
                    .WithMessage("code: lowercase letters and digits in words joined by hyphens, at most 40 characters");
                d.RuleFor(x => x.Label).Must(t => IsText(t, 200)).WithMessage("label is required, at most 200 characters");
                d.RuleFor(x => x.Ring).Must(x => x is Boundaries.Social or Boundaries.Ecological).WithMessage("ring is social or ecological");
                d.RuleFor(x => x.Indicator).Must(i => i is not null && i.Length <= 100).WithMessage("indicator is required: a catalogue indicator's code");
                d.RuleFor(x => x.Direction).Must(x => x is Boundaries.Up or Boundaries.Down).WithMessage("direction is up or down");
                d.RuleFor(x => x.Bound).Must(b => b is { } v && double.IsFinite(v) && v > 0 && v <= 1e12)
                    .WithMessage("bound is required, above 0 (a share beyond it is computed)");
                d.RuleFor(x => x.Source).Must(t => IsText(t, 500)).WithMessage("source is required, at most 500 characters");
            }).When(r => r.Dimensions is not null);
        }

        private static bool IsText(string? text, int maxLength) =>
            text is not null && text.Trim().Length >= 1 && text.Trim().Length <= maxLength && ControlCharacters.Problem(text) is null;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex CodePattern();
}

internal sealed class Endpoint(NpgsqlDataSource dataSource) : Endpoint<Request, DonutSet>
{
    public override void Configure()
    {
        Put("/api/v1/transitions/donut-dimensions");
        Roles(RoleNames.Agency);
        Description(d => d.Produces<DonutSet>(200, "application/json").ProducesProblemDetails(400).ProducesProblemDetails(401)
            .ProducesProblemDetails(403).ProducesProblemDetails(412).ProducesProblemDetails(428));
        Summary(s =>
        {
            s.Summary = "Replace the Donut's dimensions (agency; If-Match: the set's etag; audited)";
            s.Description = "The body is the whole set, in the chart's order. Each indicator must be in the catalogue with one value per " +
                            "year; a bad dimension is a 400 naming its field (dimensions[2].indicator) and nothing is written. Without " +
                            "If-Match (or with *) 428; when another editor changed the set since it was read, 412 with the current set. " +
                            "The answer is the new set, its new etag in the ETag header.";
            s.ExampleRequest = new Request
            {
                Dimensions =
                [
                    new() { Code = "logement-social", Label = "Accès au logement social", Ring = Boundaries.Social, Indicator = "habitat.part_logements_sociaux",
                        Direction = Boundaries.Up, Bound = 20, Source = "Loi SRU (article 55) : 20 % de logements sociaux" },
                    new() { Code = "climat", Label = "Changement climatique", Ring = Boundaries.Ecological, Indicator = TransitionsIndicators.EmissionsParHabitant,
                        Direction = Boundaries.Down, Bound = 2, Source = "Stratégie nationale bas-carbone" },
                ],
            };
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        await using var write = await Write.BeginAsync(dataSource, HttpContext, ct);
        var (before, updatedBy) = await DonutSet.LoadAsync(write.Connection, write.Transaction);
        // The set is edited as one object, for the whole perimeter: If-Match names its version.
        var target = new WriteTarget("The Donut's dimension set", "groupement:aula", new CurrentVersion(before.Etag, before,
            $"version {before.Version} (by {updatedBy})"));
        if (write.Refusal(target, "") is { } refusal)
        {
            await Send.ResultAsync(refusal);
            return;
        }
        var dimensions = r.Dimensions!;
        for (var i = 0; i < dimensions.Count; i++)
        {
            var indicator = await IndicatorInfo.FindAsync(write.Connection, dimensions[i].Indicator!, write.Caller);
            if (indicator is null)
                AddError(new ValidationFailure($"dimensions[{i}].indicator",
                    $"indicator {Echo.Cut(dimensions[i].Indicator)} is not in the catalogue (GET /api/v1/indicators lists them)"));
            else if (indicator.Periodicity != Periodicity.Year)
                AddError(new ValidationFailure($"dimensions[{i}].indicator",
                    $"indicator {indicator.Code} has one value per {Period.Name(indicator.Periodicity)}: a dimension reads one value per year"));
        }
        ThrowIfAnyErrors();
        await write.Connection.ExecuteAsync("""
            delete from transitions.donut_dimension;
            insert into transitions.donut_dimension (code, sort_order, label, ring, indicator, direction, bound, source)
            select * from unnest(@Codes, @Orders, @Labels, @Rings, @Indicators, @Directions, @Bounds, @Sources);
            update transitions.donut_set set version = version + 1, updated_at = now(), updated_by = @Actor;
            """, new
        {
            Codes = dimensions.Select(d => d.Code!).ToArray(),
            Orders = dimensions.Select((_, i) => i + 1).ToArray(),
            Labels = dimensions.Select(d => d.Label!.Trim()).ToArray(),
            Rings = dimensions.Select(d => d.Ring!).ToArray(),
            Indicators = dimensions.Select(d => d.Indicator!).ToArray(),
            Directions = dimensions.Select(d => d.Direction!).ToArray(),
            Bounds = dimensions.Select(d => d.Bound!.Value).ToArray(),
            Sources = dimensions.Select(d => d.Source!.Trim()).ToArray(),
            write.Caller.Actor,
        }, write.Transaction);
        var (after, _) = await DonutSet.LoadAsync(write.Connection, write.Transaction);
        await write.CommitAsync(new AuditEntry("transitions_donut", "transitions.donut_dimension", null, before.Dimensions, after.Dimensions),
            [TransitionsModule.DataDomain], ct);
        HttpContext.Response.Headers.ETag = after.Etag;
        await Send.OkAsync(after, ct);
    }
}
