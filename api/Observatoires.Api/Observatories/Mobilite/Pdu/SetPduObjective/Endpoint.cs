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

namespace Observatoires.Api.Observatories.Mobilite.Pdu.SetPduObjective;

internal sealed class Request
{
    /// <summary>The objective's code: lowercase letters and digits in words joined by hyphens, at most 40 characters (securite-pietons-cyclistes).</summary>
    public string Code { get; set; } = "";

    /// <summary>What the plan says, in French ("Réduire de moitié les accidents impliquant un piéton ou un cycliste"); required.</summary>
    public string? Label { get; set; }

    /// <summary>The territory it applies to (groupement:pma, the transport authority's perimeter; an EPCI or a commune); required.</summary>
    public string? Territory { get; set; }

    /// <summary>The catalogue's indicator that measures it, with one value per year (mobilite.cyclable_km); required.</summary>
    public string? Indicator { get; set; }

    /// <summary>T0, the baseline year; required.</summary>
    public int? BaselineYear { get; set; }

    /// <summary>The value at T0 when the plan gives it; absent: read from the indicator for the territory.</summary>
    public double? BaselineValue { get; set; }

    /// <summary>The value aimed at for the horizon; or targetChange, not both.</summary>
    public double? TargetValue { get; set; }

    /// <summary>The change aimed at, relative to the baseline (-0.5 to halve it, 0.2 for +20 %); or targetValue, not both.</summary>
    public double? TargetChange { get; set; }

    /// <summary>The horizon year, after T0; required.</summary>
    public int? HorizonYear { get; set; }

    /// <summary>up or down: the way the indicator must move; required.</summary>
    public string? Direction { get; set; }

    internal sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Code).Matches("^[a-z0-9]+(-[a-z0-9]+)*$").MaximumLength(40)
                .WithMessage("code is lowercase letters and digits in words joined by hyphens, at most 40 characters (securite-pietons-cyclistes)");
            RuleFor(r => r.Label).NotNull().WithMessage("label is required: the objective as the plan words it")
                .Must(l => l is null || l.Trim().Length is >= 1 and <= 300).WithMessage("label has 1 to 300 characters")
                .Must(l => l is null || ControlCharacters.Problem(l) is null).WithMessage("label has control characters");
            RuleFor(r => r.Territory).NotNull().WithMessage("territory is required, e.g. groupement:pma")
                .Must(t => t is null || TerritoryId.Problem(t) is null).WithMessage("territory is a territory id, e.g. groupement:pma or epci:200072460");
            RuleFor(r => r.Indicator).NotNull().WithMessage("indicator is required: the code of the catalogue's indicator that measures the objective")
                .Matches(@"^[a-z0-9_]+\.[a-z0-9_]+$").WithMessage("indicator is an indicator code, e.g. mobilite.cyclable_km");
            RuleFor(r => r.BaselineYear).NotNull().WithMessage("baselineYear (T0) is required")
                .InclusiveBetween(1990, 2100).WithMessage("baselineYear is from 1990 to 2100");
            RuleFor(r => r.HorizonYear).NotNull().WithMessage("horizonYear is required")
                .InclusiveBetween(1990, 2100).WithMessage("horizonYear is from 1990 to 2100");
            // Its own rule: a When applies to the whole chain before it, and would skip "required" without a baselineYear.
            RuleFor(r => r.HorizonYear).GreaterThan(r => r.BaselineYear)
                .When(r => r.BaselineYear is not null && r.HorizonYear is not null).WithMessage("horizonYear is after baselineYear (T0)");
            RuleFor(r => r.Direction).NotNull().WithMessage("direction is required: up or down")
                .Must(d => d is null or PduObjective.Up or PduObjective.Down).WithMessage("direction is up or down");
            RuleFor(r => r.BaselineValue).Must(Plausible!).When(r => r.BaselineValue is not null).WithMessage("baselineValue is a number within ±1e12");
            RuleFor(r => r.TargetValue).NotNull().When(r => r.TargetChange is null)
                .WithMessage("give targetValue (the value aimed at) or targetChange (the change from the baseline: -0.5 to halve it)");
            RuleFor(r => r.TargetValue).Null().When(r => r.TargetChange is not null).WithMessage("give targetValue or targetChange, not both");
            RuleFor(r => r.TargetValue).Must(Plausible!).When(r => r.TargetValue is not null).WithMessage("targetValue is a number within ±1e12");
            RuleFor(r => r.TargetValue).Must((r, v) => r.Direction == PduObjective.Up ? v > r.BaselineValue : v < r.BaselineValue)
                .When(r => r.TargetValue is not null && r.BaselineValue is not null && r.Direction is PduObjective.Up or PduObjective.Down)
                .WithMessage(r => $"targetValue must be {(r.Direction == PduObjective.Up ? "above" : "below")} baselineValue for an objective going {r.Direction}");
            RuleFor(r => r.TargetChange).Must(c => c > -1 && c <= 100).When(r => r.TargetChange is not null)
                .WithMessage("targetChange is a relative change above -1 (-100 %) and at most 100 (-0.5 to halve the baseline)");
            RuleFor(r => r.TargetChange).Must((r, c) => r.Direction == PduObjective.Up ? c > 0 : c < 0)
                .When(r => r.TargetChange is not null && r.Direction is PduObjective.Up or PduObjective.Down)
                .WithMessage(r => $"targetChange must be {(r.Direction == PduObjective.Up ? "positive" : "negative")} for an objective going {r.Direction}");
        }

        private static bool Plausible(double? value) => value is { } v && double.IsFinite(v) && Math.Abs(v) <= 1e12;
    }
}

internal sealed class Endpoint(NpgsqlDataSource dataSource, TerritoryHierarchy hierarchies, ICallerAccessor callers) : Endpoint<Request, PduObjectiveStanding>
{
    public override void Configure()
    {
        Put("/api/v1/mobilite/pdu/objectives/{code}");
        Roles(RoleNames.Agency);
        Description(d => d.ProducesProblemDetails(400).ProducesProblemDetails(401).ProducesProblemDetails(403)
            .ProducesProblemDetails(412).ProducesProblemDetails(428));
        Summary(s =>
        {
            s.Summary = "Create or replace an objective of the mobility plan (agency; If-Match to replace one; audited)";
            s.Description = "Creates the objective, or replaces it whole: then send If-Match with its ETag as GET /api/v1/mobilite/pdu " +
                            "gave it (428 without it or with *, 412 with the current version when it changed since). The indicator must " +
                            "be in the catalogue with one value per year (400 on the field otherwise); the target is a value or a relative " +
                            "change from the baseline, on the side of the baseline the direction says. The answer is the objective and " +
                            "where it stands, with its new ETag in the header.";
            s.ExampleRequest = new Request
            {
                Code = "securite-pietons-cyclistes",
                Label = "Réduire de moitié les accidents impliquant un piéton ou un cycliste (cumul sur 5 ans)",
                Territory = "groupement:pma",
                Indicator = "mobilite.accidents_pieton_cycliste_5ans",
                BaselineYear = 2019,
                TargetChange = -0.5,
                HorizonYear = 2030,
                Direction = PduObjective.Down,
            };
        });
    }

    /// <summary>The most objectives the plan may have.</summary>
    public const int MaxObjectives = 100;

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        var caller = callers.Current;
        var hierarchy = await hierarchies.GetAsync(ct);
        await CheckAsync(r, caller, hierarchy, ct);

        await using var write = await Write.BeginAsync(dataSource, HttpContext, ct);
        var (connection, transaction) = (write.Connection, write.Transaction);
        var before = await PduObjective.LockAsync(connection, transaction, r.Code);
        // A new objective has no version to match; an If-Match for it names one the caller cannot have read (RFC 9110).
        if (before is null && HttpContext.Request.Headers.IfMatch.Count > 0)
        {
            await Send.ResultAsync(Problems.PreconditionFailed($"There is no PDU objective {r.Code} to match: send no If-Match to create it.",
                new Dictionary<string, object?> { ["current"] = null }));
            return;
        }
        var target = before is null
            ? new WriteTarget($"PDU objective {r.Code}", r.Territory!)
            : new WriteTarget($"PDU objective {r.Code}", before.TerritoryId,
                new CurrentVersion(before.ETag, before, $"version {before.Version} (\"{before.Label}\", by {before.UpdatedBy})"));
        if (write.Refusal(target, $"There is no PDU objective {r.Code}") is { } refusal)
        {
            await Send.ResultAsync(refusal);
            return;
        }
        // Every objective is computed on every read: a plan has a few dozen, not thousands.
        if (before is null && await connection.ExecuteScalarAsync<int>("select count(*) from mobilite.pdu_objective", transaction: transaction) >= MaxObjectives)
            ThrowError(x => x.Code, $"the plan has {MaxObjectives} objectives already, the most it may have: change or delete one");
        await connection.ExecuteAsync("""
            insert into mobilite.pdu_objective (code, label, territory_id, indicator_code, baseline_year, baseline_value, target_value,
                target_change, horizon_year, direction, sort_order, demo, version, updated_at, updated_by)
            values (@Code, @Label, @Territory, @Indicator, @BaselineYear, @BaselineValue, @TargetValue, @TargetChange, @HorizonYear,
                @Direction, (select coalesce(max(sort_order), 0) + 1 from mobilite.pdu_objective), false, 1, now(), @Actor)
            on conflict (code) do update set label = excluded.label, territory_id = excluded.territory_id,
                indicator_code = excluded.indicator_code, baseline_year = excluded.baseline_year,
                baseline_value = excluded.baseline_value, target_value = excluded.target_value,
                target_change = excluded.target_change, horizon_year = excluded.horizon_year, direction = excluded.direction,
                demo = false, version = pdu_objective.version + 1, updated_at = now(), updated_by = excluded.updated_by
            """, new
        {
            r.Code,
            Label = r.Label!.Trim(),
            r.Territory,
            r.Indicator,
            r.BaselineYear,
            r.BaselineValue,
            r.TargetValue,
            r.TargetChange,
            r.HorizonYear,
            r.Direction,
            write.Caller.Actor,
        }, transaction);
        var after = (await PduObjective.LockAsync(connection, transaction, r.Code))!;
        await write.CommitAsync(new AuditEntry("mobilite_pdu_objective", "mobilite.pdu_objective", r.Code, before?.Audited, after.Audited),
            [MobiliteModule.DataDomain], ct);

        await using var read = await dataSource.OpenConnectionAsync(ct);
        var standing = (await PduStandings.ComputeAsync(read, hierarchy, caller, [after])).Single();
        HttpContext.Response.Headers.ETag = after.ETag;
        await Send.OkAsync(standing, ct);
    }

    /// <summary>What the validator cannot see: the territory and the indicator exist, and the target lies the right side of the baseline.</summary>
    private async Task CheckAsync(Request r, Caller caller, TerritoryHierarchy.Snapshot hierarchy, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var (territories, _) = await TargetLookup.ResolveAsync(connection, hierarchy, [r.Territory!]);
        if (territories.Count == 0)
            AddError(x => x.Territory!, $"territory {Echo.Cut(r.Territory)} does not exist");
        var indicator = await IndicatorInfo.FindAsync(connection, r.Indicator!, caller);
        if (indicator is null)
            AddError(x => x.Indicator!, $"indicator {Echo.Cut(r.Indicator)} is not in the catalogue (GET /api/v1/indicators lists them)");
        else if (indicator.Periodicity != Periodicity.Year)
            AddError(x => x.Indicator!, $"indicator {indicator.Code} has one value per {Period.Name(indicator.Periodicity)}: an objective's indicator has one per year");
        ThrowIfAnyErrors();
        if (r.TargetValue is not { } value || r.BaselineValue is not null)
            return;
        // The baseline is read from the indicator: the target must lie the way the objective goes from it.
        if (await PduStandings.ValueAsync(connection, hierarchy, caller, indicator!, territories[0], r.BaselineYear!.Value) is { } baseline
            && (r.Direction == PduObjective.Up ? value <= baseline : value >= baseline))
            ThrowError(x => x.TargetValue!, $"targetValue must be {(r.Direction == PduObjective.Up ? "above" : "below")} the baseline, " +
                                            $"{baseline.ToString(System.Globalization.CultureInfo.InvariantCulture)} ({indicator!.Code} in {r.BaselineYear}), for an objective going {r.Direction}");
    }
}
