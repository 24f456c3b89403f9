using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Indicators.Engine;

namespace Observatoires.Api.Platform.Indicators.GetIndicator;

internal sealed class Request
{
    /// <summary>Indicator code, e.g. emploi.salaries_prives.</summary>
    public string Code { get; set; } = "";

    internal sealed class Validator : Validator<Request>
    {
        public Validator() => RuleFor(r => r.Code).Matches(@"^[a-z0-9_]+\.[a-z0-9_]+$").MaximumLength(100)
            .WithMessage("an indicator code is observatory.name in lowercase, e.g. emploi.salaries_prives");
    }
}

/// <param name="Definition">What is counted, and how.</param>
/// <param name="RatioScale">For ratios: value = scale × numerator / denominator.</param>
/// <param name="WeightIndicator">For weighted means: the indicator used as weight.</param>
/// <param name="SecrecyThreshold">Figures resting on fewer units are secret.</param>
/// <param name="Periods">Periods with data, chronological.</param>
/// <param name="StoredLevels">Levels with stored values; the other levels are aggregated when the rule allows it.</param>
/// <param name="AggregableLevels">Levels values can be asked for.</param>
internal sealed record Response(
    IndicatorSummary Indicator,
    string Definition,
    double RatioScale,
    string? WeightIndicator,
    double? SecrecyThreshold,
    IReadOnlyList<string> Periods,
    IReadOnlyList<string> StoredLevels,
    IReadOnlyList<string> AggregableLevels,
    IndicatorLinks Links);

internal sealed record IndicatorLinks(string Values, string Series, string Breaks, string Map);

internal sealed class Endpoint(NpgsqlDataSource dataSource, ICallerAccessor callers) : Endpoint<Request, Response>
{
    public override void Configure()
    {
        Get("/api/v1/indicators/{code}");
        AllowAnonymous();
        Description(d => d.ProducesProblemDetails(400).ProducesProblemDetails(404));
        Summary(s =>
        {
            s.Summary = "One indicator: metadata, periods and levels available";
            s.Description = "The catalogue metadata with the definition, ratio scale, weight indicator and secrecy threshold; the periods with data, the levels stored and those values can be asked for; links to its values, series, breaks and map. An indicator you may not see is a 404.";
            s.ExampleRequest = new Request { Code = "emploi.salaries_prives" };
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var indicator = await IndicatorInfo.FindAsync(connection, r.Code, callers.Current);
        if (indicator is null)
        {
            await Send.ResultAsync(Problems.NotFound($"Indicator '{r.Code}' does not exist"));
            return;
        }
        var stored = await IndicatorFacts.StoredLevelsAsync(connection, r.Code);
        // A QPV's figure is never computed from communes: it is offered only where values are stored at that level.
        IReadOnlyList<string> aggregable = indicator.Aggregation == Catalogue.Aggregation.None || !stored.Contains("commune")
            ? stored
            : [.. Territories.TerritoryId.CommuneLevels, TargetLookup.CustomLevel, .. stored.Where(l => l == Territories.TerritoryId.Qpv)];
        var root = HttpContext.Request.PublicUrl($"/api/v1/indicators/{indicator.Code}");
        await Send.OkAsync(new Response(IndicatorSummary.Of(indicator), indicator.Definition, indicator.RatioScale,
            indicator.WeightIndicator, indicator.SecrecyThreshold, await IndicatorFacts.PeriodsAsync(connection, r.Code), stored, aggregable,
            new(root + "/values", root + "/series", root + "/breaks", root + "/map")), ct);
    }
}
