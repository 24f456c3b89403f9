using Dapper;
using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.Evaluation.SetEvaluationValues;

/// <summary>A value of the series in one year.</summary>
internal sealed class EnteredValue
{
    /// <summary>The year, from 1990 to 2100.</summary>
    public int? Year { get; set; }

    /// <summary>The value, within ±1e12.</summary>
    public double? Value { get; set; }
}

internal sealed class Request
{
    /// <summary>The project's id.</summary>
    public string Id { get; set; } = "";

    /// <summary>The indicator's code in the project: one whose series the agency enters (unit, not catalogue).</summary>
    public string Indicator { get; set; } = "";

    /// <summary>The whole series, one value per year (at most 200): it replaces what was entered; an empty list clears it.</summary>
    public List<EnteredValue>? Values { get; set; }

    internal sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Values).NotNull().WithMessage("values is required: the series as [{\"year\": 2024, \"value\": 12}]")
                .Must(v => v is null || v.Count <= 200).WithMessage("values has at most 200 years");
            RuleFor(r => r.Values).Must(v => v!.All(x => x is not null)).When(r => r.Values is not null)
                .WithMessage("values is a list of {\"year\": 2024, \"value\": 12}, without null");
            RuleFor(r => r.Values).Must(v => v!.Select(x => x.Year).Distinct().Count() == v!.Count).When(WithoutNull)
                .WithMessage("values has one value per year: a year is given twice");
            RuleForEach(r => r.Values).ChildRules(v =>
            {
                v.RuleFor(x => x.Year).NotNull().WithMessage("year is required").InclusiveBetween(1990, 2100).WithMessage("year is from 1990 to 2100");
                v.RuleFor(x => x.Value).NotNull().WithMessage("value is required")
                    .Must(x => x is null || ProjectWrites.IsPlausible(x)).WithMessage("value is a number within ±1e12");
            }).When(WithoutNull);
        }

        private static bool WithoutNull(Request r) => r.Values is not null && r.Values.All(x => x is not null);
    }
}

internal sealed class Endpoint(NpgsqlDataSource dataSource, TerritoryHierarchy hierarchies, ICallerAccessor callers) : Endpoint<Request, EvaluationProject>
{
    public override void Configure()
    {
        Put("/api/v1/evaluation/projects/{id}/indicators/{indicator}/values");
        Roles(RoleNames.Agency);
        Description(d => d.ProducesProblemDetails(400).ProducesProblemDetails(401).ProducesProblemDetails(403).ProducesProblemDetails(404)
            .ProducesProblemDetails(412).ProducesProblemDetails(428));
        Summary(s =>
        {
            s.Summary = "Replace the series the agency enters for an indicator (agency; If-Match: the project's ETag; audited)";
            s.Description = "For indicators outside the catalogue (\"nombre de cantines approvisionnées en local\"): the whole yearly series, " +
                            "which replaces the one entered before, all or nothing. A catalogue indicator's values are the catalogue's " +
                            "(POST /api/v1/imports/values): refused here (400). The answer is the project as GET gives it, its scores " +
                            "recomputed.";
            s.ExampleRequest = new Request
            {
                Id = "cabbalr-pat",
                Indicator = "cantines-locales",
                Values = [new() { Year = 2019, Value = 4 }, new() { Year = 2024, Value = 11 }],
            };
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        await using var write = await Write.BeginAsync(dataSource, HttpContext, ct);
        var (tree, refusal) = await ProjectWrites.LockAsync(write, r.Id);
        var indicator = tree?.Indicator(r.Indicator);
        if (refusal is null && indicator is null)
            refusal = Problems.NotFound($"Project {r.Id} has no indicator {Echo.Cut(r.Indicator)}");
        if (refusal is not null)
        {
            await Send.ResultAsync(refusal);
            return;
        }
        if (indicator!.CatalogueCode is { } code)
            ThrowError(x => x.Values!, $"indicator {r.Indicator} reads {code} from the catalogue: its values are imported there (POST /api/v1/imports/values)");
        var values = r.Values!.OrderBy(v => v.Year).ToList();
        await write.Connection.ExecuteAsync("""
            delete from evaluation.indicator_value where project_id = @Id and indicator_code = @Indicator;
            insert into evaluation.indicator_value (project_id, indicator_code, year, value)
            select @Id, @Indicator, y, v from unnest(@Years, @Values) as t (y, v);
            """, new { r.Id, r.Indicator, Years = values.Select(v => v.Year!.Value).ToArray(), Values = values.Select(v => v.Value!.Value).ToArray() },
            write.Transaction);
        await ProjectWrites.CommitAsync(write, r.Id, new AuditEntry("evaluation_values", "evaluation.indicator_value", $"{r.Id}/{r.Indicator}",
            tree!.ValuesOf(r.Indicator).Select(v => new { v.Year, v.Value }).ToList(), values.Select(v => new { v.Year, v.Value }).ToList()), ct);
        await Send.OkAsync(await ProjectWrites.AnswerAsync(dataSource, hierarchies, callers.Current, HttpContext, r.Id, ct), ct);
    }
}
