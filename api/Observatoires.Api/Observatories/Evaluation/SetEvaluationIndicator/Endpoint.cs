using System.Globalization;
using Dapper;
using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Indicators;
using Observatoires.Api.Platform.Indicators.Catalogue;
using Observatoires.Api.Platform.Indicators.Engine;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.Evaluation.SetEvaluationIndicator;

internal sealed class Request
{
    /// <summary>The project's id.</summary>
    public string Id { get; set; } = "";

    /// <summary>The indicator's code in the project: lowercase letters and digits in words joined by hyphens, at most 40 characters (emplois-salaries).</summary>
    public string Indicator { get; set; } = "";

    /// <summary>The code of the project's action it measures (moving it there when it changes); required.</summary>
    public string? Action { get; set; }

    /// <summary>What it measures, in French ("Emplois salariés privés"); required.</summary>
    public string? Label { get; set; }

    /// <summary>The catalogue indicator that measures it, with one value per year (emploi.salaries_prives); or unit, for a series the agency enters, not both.</summary>
    public string? Catalogue { get; set; }

    /// <summary>The unit of a series the agency enters (cantines, %, ha); or catalogue, not both.</summary>
    public string? Unit { get; set; }

    /// <summary>Decimals shown for an entered series, 0 to 3 (default 0).</summary>
    public int? Decimals { get; set; }

    /// <summary>Who may see an entered series' figures: public (default), partner (partners whose scope covers the project's territory) or agency. A catalogue indicator follows the catalogue's rule.</summary>
    public string? Confidentiality { get; set; }

    /// <summary>T0, the reference year; required.</summary>
    public int? T0Year { get; set; }

    /// <summary>The value at T0 when known; absent: read from the series at T0.</summary>
    public double? T0Value { get; set; }

    /// <summary>The value aimed at for the horizon, above T0 for direction up, below for down; required.</summary>
    public double? TargetValue { get; set; }

    /// <summary>The horizon year, after T0; required.</summary>
    public int? HorizonYear { get; set; }

    /// <summary>up (higher is better) or down (lower is better); required.</summary>
    public string? Direction { get; set; }

    /// <summary>Its weight in its action's score, above 0 and at most 100 (default 1).</summary>
    public double? Weight { get; set; }

    internal sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Indicator).Must(c => ProjectWrites.IsCode(c))
                .WithMessage("indicator is lowercase letters and digits in words joined by hyphens, at most 40 characters (emplois-salaries)");
            RuleFor(r => r.Action).NotNull().WithMessage("action is required: the code of the project's action the indicator measures")
                .Must(c => c is null || ProjectWrites.IsCode(c)).WithMessage("action is an action code (mobilites-douces)");
            RuleFor(r => r.Label).NotNull().WithMessage("label is required")
                .Must(t => t is null || ProjectWrites.IsText(t, 300)).WithMessage("label has 1 to 300 characters, without control characters");
            RuleFor(r => r.Catalogue).NotNull().When(r => r.Unit is null)
                .WithMessage("give catalogue (a catalogue indicator's code) or unit (for a series the agency enters)");
            RuleFor(r => r.Catalogue).Null().When(r => r.Unit is not null).WithMessage("give catalogue or unit, not both");
            RuleFor(r => r.Catalogue).Matches(@"^[a-z0-9_]+\.[a-z0-9_]+$").When(r => r.Catalogue is not null)
                .WithMessage("catalogue is an indicator code, e.g. emploi.salaries_prives");
            RuleFor(r => r.Unit).Must(u => ProjectWrites.IsText(u, 40)).When(r => r.Unit is not null).WithMessage("unit has 1 to 40 characters");
            RuleFor(r => r.Decimals).InclusiveBetween(0, 3).When(r => r.Decimals is not null).WithMessage("decimals is from 0 to 3");
            RuleFor(r => r.Decimals).Null().When(r => r.Catalogue is not null).WithMessage("decimals is the catalogue's for a catalogue indicator");
            RuleFor(r => r.Confidentiality).Must(c => c is null or "public" or "partner" or "agency").WithMessage("confidentiality is public, partner or agency");
            RuleFor(r => r.Confidentiality).Null().When(r => r.Catalogue is not null)
                .WithMessage("a catalogue indicator's confidentiality is the catalogue's: give it for an entered series only");
            RuleFor(r => r.T0Year).NotNull().WithMessage("t0Year is required").InclusiveBetween(1990, 2100).WithMessage("t0Year is from 1990 to 2100");
            RuleFor(r => r.HorizonYear).NotNull().WithMessage("horizonYear is required").InclusiveBetween(1990, 2100).WithMessage("horizonYear is from 1990 to 2100");
            RuleFor(r => r.HorizonYear).GreaterThan(r => r.T0Year).When(r => r.T0Year is not null && r.HorizonYear is not null)
                .WithMessage("horizonYear is after t0Year");
            RuleFor(r => r.Direction).NotNull().WithMessage("direction is required: up (higher is better) or down (lower is better)")
                .Must(d => d is null or StoredIndicator.Up or StoredIndicator.Down).WithMessage("direction is up or down");
            RuleFor(r => r.T0Value).Must(ProjectWrites.IsPlausible).When(r => r.T0Value is not null).WithMessage("t0Value is a number within ±1e12");
            RuleFor(r => r.TargetValue).NotNull().WithMessage("targetValue is required: the value aimed at for the horizon")
                .Must(v => v is null || ProjectWrites.IsPlausible(v)).WithMessage("targetValue is a number within ±1e12");
            RuleFor(r => r.TargetValue).Must((r, v) => r.Direction == StoredIndicator.Up ? v > r.T0Value : v < r.T0Value)
                .When(r => r.TargetValue is not null && r.T0Value is not null && r.Direction is StoredIndicator.Up or StoredIndicator.Down)
                .WithMessage(r => $"targetValue must be {(r.Direction == StoredIndicator.Up ? "above" : "below")} t0Value for direction {r.Direction}");
            RuleFor(r => r.Weight).Must(ProjectWrites.IsWeight).When(r => r.Weight is not null).WithMessage("weight is above 0 and at most 100");
        }
    }
}

internal sealed class Endpoint(NpgsqlDataSource dataSource, TerritoryHierarchy hierarchies, ICallerAccessor callers) : Endpoint<Request, EvaluationProject>
{
    public override void Configure()
    {
        Put("/api/v1/evaluation/projects/{id}/indicators/{indicator}");
        Roles(RoleNames.Agency);
        Description(d => d.ProducesProblemDetails(400).ProducesProblemDetails(401).ProducesProblemDetails(403).ProducesProblemDetails(404)
            .ProducesProblemDetails(412).ProducesProblemDetails(428));
        Summary(s =>
        {
            s.Summary = "Add an indicator to an action of a project, or replace its definition (agency; If-Match: the project's ETag; audited)";
            s.Description = "The indicator is measured by a catalogue indicator with one value per year (catalogue; read for the project's " +
                            "territory through the platform's engine) or by a series the agency enters (unit; its values: PUT " +
                            "…/indicators/{indicator}/values). The target lies on the side of T0 the direction says: checked against " +
                            "t0Value, or against the series' value at T0 when t0Value is absent (400 on the field). A new indicator goes " +
                            "last; its entered values stay when its definition changes. The answer is the project as GET gives it.";
            s.ExampleRequest = new Request
            {
                Id = "cabbalr-projet-de-territoire",
                Indicator = "consommation-energie",
                Action = "sobriete-energetique",
                Label = "Consommation d'énergie finale",
                Catalogue = "energie.consommation",
                T0Year = 2022,
                TargetValue = 5500,
                HorizonYear = 2030,
                Direction = StoredIndicator.Down,
            };
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        var caller = callers.Current;
        var hierarchy = await hierarchies.GetAsync(ct);
        await using var write = await Write.BeginAsync(dataSource, HttpContext, ct);
        var (tree, refusal) = await ProjectWrites.LockAsync(write, r.Id);
        if (refusal is not null)
        {
            await Send.ResultAsync(refusal);
            return;
        }
        var before = tree!.Indicator(r.Indicator);
        await CheckAsync(r, tree, caller, hierarchy, write.Connection);
        if (before is null && tree.Indicators.Count >= ProjectTree.MaxIndicators)
            ThrowError(x => x.Indicator, $"the project has {ProjectTree.MaxIndicators} indicators already, the most it may have");
        await write.Connection.ExecuteAsync("""
            insert into evaluation.indicator (project_id, code, action_code, label, catalogue_code, unit, decimals, confidentiality, t0_year, t0_value,
                target_value, horizon_year, direction, weight, sort_order)
            values (@Id, @Indicator, @Action, @Label, @Catalogue, @Unit, @Decimals, @Confidentiality, @T0Year, @T0Value, @TargetValue, @HorizonYear,
                @Direction, @Weight, @Order)
            on conflict (project_id, code) do update set action_code = excluded.action_code, label = excluded.label,
                catalogue_code = excluded.catalogue_code, unit = excluded.unit, decimals = excluded.decimals,
                confidentiality = excluded.confidentiality, t0_year = excluded.t0_year, t0_value = excluded.t0_value,
                target_value = excluded.target_value, horizon_year = excluded.horizon_year, direction = excluded.direction, weight = excluded.weight
            """, new
        {
            r.Id,
            r.Indicator,
            r.Action,
            Label = r.Label!.Trim(),
            r.Catalogue,
            Unit = r.Unit?.Trim(),
            Decimals = r.Unit is null ? null : (short?)(r.Decimals ?? 0),
            Confidentiality = r.Confidentiality ?? "public",
            r.T0Year,
            r.T0Value,
            r.TargetValue,
            r.HorizonYear,
            r.Direction,
            Weight = r.Weight ?? before?.Weight ?? 1,
            Order = ProjectWrites.NextOrder(tree.Indicators, i => i.SortOrder),
        }, write.Transaction);
        // A series the agency entered belongs to an entered indicator: one that now reads the catalogue drops it.
        if (r.Catalogue is not null)
        {
            await write.Connection.ExecuteAsync("delete from evaluation.indicator_value where project_id = @Id and indicator_code = @Indicator",
                new { r.Id, r.Indicator }, write.Transaction);
        }
        var after = (await ProjectTree.LoadAsync(write.Connection, r.Id, write.Transaction))!;
        await ProjectWrites.CommitAsync(write, r.Id, new AuditEntry("evaluation_indicator", "evaluation.indicator", $"{r.Id}/{r.Indicator}",
            before is null ? null : tree.AuditedIndicator(before), after.AuditedIndicator(after.Indicator(r.Indicator)!)), ct);
        await Send.OkAsync(await ProjectWrites.AnswerAsync(dataSource, hierarchies, caller, HttpContext, r.Id, ct), ct);
    }

    /// <summary>What the validator cannot see: the action and the catalogue indicator exist, and the target lies the right side of T0.</summary>
    private async Task CheckAsync(Request r, ProjectTree tree, Caller caller, TerritoryHierarchy.Snapshot hierarchy, NpgsqlConnection connection)
    {
        if (tree.Action(r.Action!) is null)
            AddError(x => x.Action!, $"project {r.Id} has no action {Echo.Cut(r.Action)}: create it first (PUT /api/v1/evaluation/projects/{r.Id}/actions/{{action}})");
        IndicatorInfo? indicator = null;
        if (r.Catalogue is not null)
        {
            indicator = await IndicatorInfo.FindAsync(connection, r.Catalogue, caller);
            if (indicator is null)
                AddError(x => x.Catalogue!, $"indicator {Echo.Cut(r.Catalogue)} is not in the catalogue (GET /api/v1/indicators lists them)");
            else if (indicator.Periodicity != Periodicity.Year)
                AddError(x => x.Catalogue!, $"indicator {indicator.Code} has one value per {Period.Name(indicator.Periodicity)}: a project's indicator has one per year");
        }
        ThrowIfAnyErrors();
        if (r.T0Value is not null)
            return;
        // T0 is read from the series: the target must lie the way the indicator goes from it.
        double? t0;
        if (indicator is not null)
        {
            var (found, _) = await TargetLookup.ResolveAsync(connection, hierarchy, [tree.Project.TerritoryId]);
            t0 = found.Count == 0 ? null : await ProjectScores.ValueAtAsync(connection, hierarchy, caller, indicator, found[0], r.T0Year!.Value);
        }
        else
        {
            t0 = tree.ValuesOf(r.Indicator).FirstOrDefault(v => v.Year == r.T0Year)?.Value;
        }
        if (t0 is { } start && (r.Direction == StoredIndicator.Up ? r.TargetValue <= start : r.TargetValue >= start))
            ThrowError(x => x.TargetValue!, $"targetValue must be {(r.Direction == StoredIndicator.Up ? "above" : "below")} T0, " +
                                            $"{start.ToString(CultureInfo.InvariantCulture)} (the series in {r.T0Year}), for direction {r.Direction}");
    }
}
