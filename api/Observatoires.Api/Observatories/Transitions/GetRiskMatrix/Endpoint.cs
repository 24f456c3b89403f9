using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Indicators;
using Observatoires.Api.Platform.Indicators.Engine;
using Observatoires.Api.Platform.Indicators.Values;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.Transitions.GetRiskMatrix;

internal sealed class Request
{
    /// <summary>The territory whose members form the rows (groupement:aula by default).</summary>
    [QueryParam] public string? Within { get; set; }

    /// <summary>The level of the rows: commune (default), epci, groupement, departement or region.</summary>
    [QueryParam] public string? Level { get; set; }

    internal sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Within).Must(w => TerritoryId.Problem(w!) is null).When(r => r.Within is not null)
                .WithMessage(r => TerritoryId.Problem(r.Within!) ?? "");
            RuleFor(r => r.Level).Must(TerritoryId.IsKnownLevel).When(r => r.Level is not null)
                .WithMessage($"level is one of {TerritoryId.LevelList}");
        }
    }
}

/// <summary>What a score is read from: an indicator and the values its score runs between.</summary>
/// <param name="Indicator">The catalogue indicator; null when the caller may not see it.</param>
/// <param name="Code">The indicator's code.</param>
/// <param name="Period">The year read, the indicator's latest; null without values or when the caller may not see the indicator.</param>
/// <param name="Low">The value at which the score is 0 (1 when reversed).</param>
/// <param name="High">The value at which the score is 1 (0 when reversed).</param>
/// <param name="Reversed">A lower value means more exposure or vulnerability.</param>
internal sealed record RiskBasis(string Code, TransitionsIndicator? Indicator, string? Period, double Low, double High, bool Reversed);

/// <summary>A risk (a column of the matrix), how it is scored and why.</summary>
internal sealed record RiskColumn(string Code, string Label, RiskBasis Exposure, RiskBasis Vulnerability, string Rationale);

/// <summary>A cell: a territory's exposure and vulnerability to a risk, and their product.</summary>
/// <param name="Risk">The risk's code.</param>
/// <param name="ExposureValue">The exposure indicator's value; null without one or when withheld.</param>
/// <param name="Exposure">Its score in [0, 1].</param>
/// <param name="VulnerabilityValue">The vulnerability indicator's value; null without one or when withheld.</param>
/// <param name="Vulnerability">Its score in [0, 1].</param>
/// <param name="Score">Exposure × vulnerability, in [0, 1]; null when either is missing or withheld.</param>
/// <param name="Class">faible (below 0.1), modéré (below 0.25), fort (below 0.5), très fort; null without a score.</param>
/// <param name="Status">scored, no_data, or restricted (réservé: a figure the caller may not see; the score is then not given).</param>
internal sealed record RiskCell(string Risk, double? ExposureValue, double? Exposure, double? VulnerabilityValue, double? Vulnerability, double? Score,
    string? Class, string Status);

/// <summary>A territory (a row of the matrix) and its cells, in the order of the risks.</summary>
internal sealed record RiskRow(TerritoryRef Territory, IReadOnlyList<RiskCell> Cells);

/// <summary>A class of the score: from (included) to (excluded; the last includes 1).</summary>
internal sealed record RiskClass(string Label, double From, double To);

/// <summary>The risk matrix: risks × territories.</summary>
internal sealed record TransitionsRiskMatrix(TerritoryRef? Within, string Level, IReadOnlyList<RiskColumn> Risks, IReadOnlyList<RiskRow> Rows,
    IReadOnlyList<RiskClass> Classes);

internal sealed class Endpoint(NpgsqlDataSource dataSource, TerritoryHierarchy hierarchies, ICallerAccessor callers)
    : Endpoint<Request, TransitionsRiskMatrix>
{
    public const string Scored = "scored";

    public override void Configure()
    {
        Get("/api/v1/transitions/risques");
        Options(o => o.WithMetadata(new ReadsData(ValueWriter.DataDomain, TerritoryGeometry.DataDomain)));
        AllowAnonymous();
        Description(d => d.Produces<TransitionsRiskMatrix>(200, "application/json").ProducesProblemDetails(400).ProducesProblemDetails(404));
        Summary(s =>
        {
            s.Summary = "The risk matrix: for each territory and risk, exposure × vulnerability";
            s.Description = "Risks: flooding, mining subsidence, industrial, heat waves, drought, clay shrink-swell. For each, an exposure and " +
                            "a vulnerability indicator of the catalogue, read at its latest year through the platform's engine (with the " +
                            "caller's rights and statistical secrecy); each becomes a score in [0, 1] by a linear scale between two " +
                            "documented values (low → 0, high → 1, bounded; reversed where a lower value means more), and the cell's score " +
                            "is exposure × vulnerability, classed faible (< 0.1), modéré (< 0.25), fort (< 0.5) or très fort. A figure the " +
                            "caller may not see makes its cell restricted (réservé): that value and the score are not given.";
            s.ExampleRequest = new Request { Within = "epci:200072460", Level = "commune" };
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var hierarchy = await hierarchies.GetAsync(ct);
        var withinId = r.Within ?? "groupement:aula";
        var level = r.Level ?? "commune";
        if (await TargetLookup.FindAsync(connection, hierarchy, withinId) is not { } within)
        {
            await Send.ResultAsync(Problems.NotFound($"Territory '{Echo.Cut(withinId)}' does not exist"));
            return;
        }
        var targets = await TargetLookup.ListAsync(connection, hierarchy, level, within.Id);
        var caller = callers.Current;
        var figures = new Dictionary<string, LatestFigures>();
        foreach (var code in RiskScores.Risks.SelectMany(k => new[] { k.Exposure.Code, k.Vulnerability.Code }).Distinct())
            figures[code] = await LatestFigures.ReadAsync(connection, hierarchy, caller, code, targets);

        RiskBasis Basis(ScoredIndicator s) => new(s.Code, figures[s.Code].Indicator, figures[s.Code].Period, s.Low, s.High, s.Reversed);
        var risks = RiskScores.Risks.Select(k => new RiskColumn(k.Code, k.Label, Basis(k.Exposure), Basis(k.Vulnerability), k.Rationale)).ToList();
        var rows = targets.Select(t => new RiskRow(TerritoryRef.Of(t), [.. RiskScores.Risks.Select(k => Cell(k, t.Id, figures))])).ToList();
        IReadOnlyList<RiskClass> classes =
        [
            new(RiskScores.Faible, 0, 0.1), new(RiskScores.Modere, 0.1, 0.25), new(RiskScores.Fort, 0.25, 0.5), new(RiskScores.TresFort, 0.5, 1),
        ];
        await Send.OkAsync(new TransitionsRiskMatrix(TerritoryRef.Of(within), level, risks, rows, classes), ct);
    }

    private static RiskCell Cell(RiskDefinition risk, string territory, IReadOnlyDictionary<string, LatestFigures> figures)
    {
        var exposure = figures[risk.Exposure.Code].Of(territory);
        var vulnerability = figures[risk.Vulnerability.Code].Of(territory);
        var e = exposure.Value is { } ev ? RiskScores.Score(risk.Exposure, ev) : (double?)null;
        var v = vulnerability.Value is { } vv ? RiskScores.Score(risk.Vulnerability, vv) : (double?)null;
        if (exposure.Restricted || vulnerability.Restricted)
            return new(risk.Code, LatestFigures.Round(exposure.Value), LatestFigures.Round(e), LatestFigures.Round(vulnerability.Value),
                LatestFigures.Round(v), null, null, Boundaries.Restricted);
        if (e is not { } exposureScore || v is not { } vulnerabilityScore)
            return new(risk.Code, LatestFigures.Round(exposure.Value), LatestFigures.Round(e), LatestFigures.Round(vulnerability.Value),
                LatestFigures.Round(v), null, null, Boundaries.NoData);
        var score = RiskScores.Risk(exposureScore, vulnerabilityScore);
        return new(risk.Code, LatestFigures.Round(exposure.Value), LatestFigures.Round(e), LatestFigures.Round(vulnerability.Value),
            LatestFigures.Round(v), LatestFigures.Round(score), RiskScores.Class(score), Scored);
    }
}
