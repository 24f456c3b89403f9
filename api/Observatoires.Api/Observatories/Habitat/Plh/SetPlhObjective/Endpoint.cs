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

namespace Observatoires.Api.Observatories.Habitat.Plh.SetPlhObjective;

internal sealed class Request
{
    /// <summary>The objective's code: lowercase letters and digits in words joined by hyphens, at most 40 characters (logements-autorises).</summary>
    public string Code { get; set; } = "";

    /// <summary>What the programme says, in French ("Produire 850 logements par an"); required.</summary>
    public string? Label { get; set; }

    /// <summary>The territory of the programme: an EPCI (epci:246200364) or a commune; required.</summary>
    public string? Territory { get; set; }

    /// <summary>The catalogue's indicator that measures it, with one value per year (habitat.logements_autorises); required.</summary>
    public string? Indicator { get; set; }

    /// <summary>trajectory (from the baseline at T0 to the target at the horizon) or yearly (the target every year from T0 to the horizon); required.</summary>
    public string? Kind { get; set; }

    /// <summary>T0: the baseline's year (trajectory), the programme's first year (yearly); required.</summary>
    public int? BaselineYear { get; set; }

    /// <summary>trajectory only: the value at T0 when the programme gives it; absent: read from the indicator for the territory.</summary>
    public double? BaselineValue { get; set; }

    /// <summary>The value aimed at for the horizon (trajectory), or the quantity aimed at each year (yearly, above 0); required.</summary>
    public double? TargetValue { get; set; }

    /// <summary>The horizon year, after T0 (the programme's last year); required.</summary>
    public int? HorizonYear { get; set; }

    /// <summary>up or down: the way the indicator must move (yearly: up); required.</summary>
    public string? Direction { get; set; }

    internal sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Code).Matches("^[a-z0-9]+(-[a-z0-9]+)*$").MaximumLength(40)
                .WithMessage("code is lowercase letters and digits in words joined by hyphens, at most 40 characters (logements-autorises)");
            RuleFor(r => r.Label).NotNull().WithMessage("label is required: the objective as the programme words it")
                .Must(l => l is null || l.Trim().Length is >= 1 and <= 300).WithMessage("label has 1 to 300 characters")
                .Must(l => l is null || ControlCharacters.Problem(l) is null).WithMessage("label has control characters");
            RuleFor(r => r.Territory).NotNull().WithMessage("territory is required, e.g. epci:246200364")
                .Must(t => t is null || TerritoryId.Problem(t) is null).WithMessage("territory is a territory id, e.g. epci:246200364");
            RuleFor(r => r.Indicator).NotNull().WithMessage("indicator is required: the code of the catalogue's indicator that measures the objective")
                .Matches(@"^[a-z0-9_]+\.[a-z0-9_]+$").WithMessage("indicator is an indicator code, e.g. habitat.logements_autorises");
            RuleFor(r => r.Kind).NotNull().WithMessage("kind is required: trajectory or yearly")
                .Must(k => k is null or PlhObjective.Trajectory or PlhObjective.Yearly).WithMessage("kind is trajectory or yearly");
            RuleFor(r => r.BaselineYear).NotNull().WithMessage("baselineYear (T0) is required")
                .InclusiveBetween(1990, 2100).WithMessage("baselineYear is from 1990 to 2100");
            RuleFor(r => r.HorizonYear).NotNull().WithMessage("horizonYear is required")
                .InclusiveBetween(1990, 2100).WithMessage("horizonYear is from 1990 to 2100");
            RuleFor(r => r.HorizonYear).GreaterThan(r => r.BaselineYear)
                .When(r => r.BaselineYear is not null && r.HorizonYear is not null).WithMessage("horizonYear is after baselineYear (T0)");
            RuleFor(r => r.Direction).NotNull().WithMessage("direction is required: up or down")
                .Must(d => d is null or PlhObjective.Up or PlhObjective.Down).WithMessage("direction is up or down");
            RuleFor(r => r.Direction).Equal(PlhObjective.Up).When(r => r.Kind == PlhObjective.Yearly && r.Direction is not null)
                .WithMessage("a yearly objective goes up: direction is up");
            RuleFor(r => r.TargetValue).NotNull().WithMessage("targetValue is required")
                .Must(v => v is null || (double.IsFinite(v.Value) && Math.Abs(v.Value) <= 1e12)).WithMessage("targetValue is a number within ±1e12");
            RuleFor(r => r.TargetValue).GreaterThan(0).When(r => r.Kind == PlhObjective.Yearly && r.TargetValue is not null)
                .WithMessage("a yearly objective's targetValue is the quantity aimed at each year, above 0");
            RuleFor(r => r.BaselineValue).Null().When(r => r.Kind == PlhObjective.Yearly)
                .WithMessage("a yearly objective has no baselineValue: it counts what is done each year from baselineYear");
            RuleFor(r => r.BaselineValue).Must(v => v is { } b && double.IsFinite(b) && Math.Abs(b) <= 1e12).When(r => r.BaselineValue is not null)
                .WithMessage("baselineValue is a number within ±1e12");
            RuleFor(r => r.TargetValue).Must((r, v) => r.Direction == PlhObjective.Up ? v > r.BaselineValue : v < r.BaselineValue)
                .When(r => r.Kind == PlhObjective.Trajectory && r.TargetValue is not null && r.BaselineValue is not null
                           && r.Direction is PlhObjective.Up or PlhObjective.Down)
                .WithMessage(r => $"targetValue must be {(r.Direction == PlhObjective.Up ? "above" : "below")} baselineValue for an objective going {r.Direction}");
        }
    }
}

internal sealed class Endpoint(NpgsqlDataSource dataSource, TerritoryHierarchy hierarchies, ICallerAccessor callers) : Endpoint<Request, PlhObjectiveStanding>
{
    /// <summary>The most objectives the programmes may have together.</summary>
    public const int MaxObjectives = 200;

    public override void Configure()
    {
        Put("/api/v1/habitat/plh/objectives/{code}");
        Roles(RoleNames.Agency);
        Description(d => d.ProducesProblemDetails(400).ProducesProblemDetails(401).ProducesProblemDetails(403)
            .ProducesProblemDetails(412).ProducesProblemDetails(428));
        Summary(s =>
        {
            s.Summary = "Create or replace an objective of a PLH (agency; If-Match to replace one; audited)";
            s.Description = "Creates the objective, or replaces it whole: then send If-Match with its ETag as GET /api/v1/habitat/plh/{territory} " +
                            "gave it (428 without it or with *, 412 with the current version when it changed since). The indicator must be " +
                            "in the catalogue with one value per year (400 on the field otherwise). A trajectory's target lies on the side of " +
                            "the baseline its direction says; a yearly objective goes up, has no baseline value and a target above 0. The " +
                            "answer is the objective and where it stands, with its new ETag in the header.";
            s.ExampleRequest = new Request
            {
                Code = "logements-autorises",
                Label = "Produire 850 logements par an",
                Territory = DemoPlh.Territory,
                Indicator = HabitatIndicators.Autorises,
                Kind = PlhObjective.Yearly,
                BaselineYear = 2023,
                TargetValue = 850,
                HorizonYear = 2028,
                Direction = PlhObjective.Up,
            };
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        var caller = callers.Current;
        var hierarchy = await hierarchies.GetAsync(ct);
        var territory = await CheckAsync(r, caller, hierarchy, ct);

        await using var write = await Write.BeginAsync(dataSource, HttpContext, ct);
        var (connection, transaction) = (write.Connection, write.Transaction);
        var before = await PlhObjective.LockAsync(connection, transaction, r.Code);
        // A new objective has no version to match; an If-Match for it names one the caller cannot have read (RFC 9110).
        if (before is null && HttpContext.Request.Headers.IfMatch.Count > 0)
        {
            await Send.ResultAsync(Problems.PreconditionFailed($"There is no PLH objective {r.Code} to match: send no If-Match to create it.",
                new Dictionary<string, object?> { ["current"] = null }));
            return;
        }
        var target = before is null
            ? new WriteTarget($"PLH objective {r.Code}", r.Territory!)
            : new WriteTarget($"PLH objective {r.Code}", before.TerritoryId,
                new CurrentVersion(before.ETag, before, $"version {before.Version} (\"{before.Label}\", by {before.UpdatedBy})"));
        if (write.Refusal(target, $"There is no PLH objective {r.Code}") is { } refusal)
        {
            await Send.ResultAsync(refusal);
            return;
        }
        // Every objective of a territory is computed on every read: programmes have a few dozen, not thousands.
        if (before is null && await connection.ExecuteScalarAsync<int>("select count(*) from habitat.plh_objective", transaction: transaction) >= MaxObjectives)
            ThrowError(x => x.Code, $"the programmes have {MaxObjectives} objectives already, the most they may have: change one");
        await connection.ExecuteAsync("""
            insert into habitat.plh_objective (code, label, territory_id, indicator_code, kind, baseline_year, baseline_value, target_value,
                horizon_year, direction, sort_order, demo, version, updated_at, updated_by)
            values (@Code, @Label, @Territory, @Indicator, @Kind, @BaselineYear, @BaselineValue, @TargetValue, @HorizonYear, @Direction,
                (select coalesce(max(sort_order), 0) + 1 from habitat.plh_objective), false, 1, now(), @Actor)
            on conflict (code) do update set label = excluded.label, territory_id = excluded.territory_id,
                indicator_code = excluded.indicator_code, kind = excluded.kind, baseline_year = excluded.baseline_year,
                baseline_value = excluded.baseline_value, target_value = excluded.target_value, horizon_year = excluded.horizon_year,
                direction = excluded.direction, demo = false, version = plh_objective.version + 1, updated_at = now(),
                updated_by = excluded.updated_by
            """, new
        {
            r.Code,
            Label = r.Label!.Trim(),
            r.Territory,
            r.Indicator,
            r.Kind,
            r.BaselineYear,
            r.BaselineValue,
            r.TargetValue,
            r.HorizonYear,
            r.Direction,
            write.Caller.Actor,
        }, transaction);
        var after = (await PlhObjective.LockAsync(connection, transaction, r.Code))!;
        await write.CommitAsync(new AuditEntry("habitat_plh_objective", "habitat.plh_objective", r.Code, before?.Audited, after.Audited),
            [HabitatModule.DataDomain], ct);

        await using var read = await dataSource.OpenConnectionAsync(ct);
        var standing = (await PlhStandings.ComputeAsync(read, hierarchy, caller, territory, [after])).Single();
        HttpContext.Response.Headers.ETag = after.ETag;
        await Send.OkAsync(standing, ct);
    }

    /// <summary>What the validator cannot see: the territory and the indicator exist, and a trajectory's target lies the right side of its baseline.</summary>
    private async Task<Target> CheckAsync(Request r, Caller caller, TerritoryHierarchy.Snapshot hierarchy, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var territory = await TargetLookup.FindAsync(connection, hierarchy, r.Territory!);
        if (territory is null)
            AddError(x => x.Territory!, $"territory {Echo.Cut(r.Territory)} does not exist");
        var indicator = await IndicatorInfo.FindAsync(connection, r.Indicator!, caller);
        if (indicator is null)
            AddError(x => x.Indicator!, $"indicator {Echo.Cut(r.Indicator)} is not in the catalogue (GET /api/v1/indicators lists them)");
        else if (indicator.Periodicity != Periodicity.Year)
            AddError(x => x.Indicator!, $"indicator {indicator.Code} has one value per {Period.Name(indicator.Periodicity)}: an objective's indicator has one per year");
        ThrowIfAnyErrors();
        if (r.Kind == PlhObjective.Trajectory && r.BaselineValue is null
            && await PlhStandings.ValueAsync(connection, hierarchy, caller, indicator!, territory!, r.BaselineYear!.Value) is { } baseline
            && (r.Direction == PlhObjective.Up ? r.TargetValue <= baseline : r.TargetValue >= baseline))
            ThrowError(x => x.TargetValue!, $"targetValue must be {(r.Direction == PlhObjective.Up ? "above" : "below")} the baseline, " +
                                            $"{baseline.ToString(System.Globalization.CultureInfo.InvariantCulture)} ({indicator!.Code} in {r.BaselineYear}), for an objective going {r.Direction}");
        return territory!;
    }
}
