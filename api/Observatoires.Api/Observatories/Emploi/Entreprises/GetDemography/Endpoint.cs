using System.Globalization;
using Dapper;
using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Indicators;
using Observatoires.Api.Platform.Indicators.Engine;
using Observatoires.Api.Platform.Indicators.Values;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.Emploi.Entreprises.GetDemography;

internal sealed class Request
{
    /// <summary>A commune, EPCI, groupement, département or custom zone (custom:62119+62193).</summary>
    public string Territory { get; set; } = "";

    /// <summary>The year (default: the latest with failures); compared with the year before.</summary>
    [QueryParam] public int? Year { get; set; }

    internal sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Territory).Must(t => TargetLookup.Problem(t) is null)
                .WithMessage("territory is a territory id (commune:62119, epci:200072460, groupement:aula, departement:62) or a custom zone (custom:62119+62193)");
            RuleFor(r => r.Year).InclusiveBetween(2000, 2100).When(r => r.Year is not null).WithMessage("year is a year, e.g. 2023");
        }
    }
}

/// <param name="Value">The year's figure (null when there is none).</param>
/// <param name="Previous">The year before's.</param>
/// <param name="Change">Relative change from the year before (0.05 = +5 %); null without a previous figure above 0.</param>
/// <param name="Status">definitive, provisional or estimated.</param>
/// <param name="Vintage">Where a figure stored for the territory itself comes from (the activity report for the CABBALR's real figures); null for a sum of communes.</param>
internal sealed record YearFigure(double? Value, double? Previous, double? Change, string? Status, string? Vintage);

/// <param name="Share">Share of the territory's companies (0.3 = 30 %).</param>
internal sealed record SectorCompanies(string Sector, string Label, string NafSections, double? Companies, double? Share);

/// <param name="Share">Share of the year's failures.</param>
internal sealed record ProcedureFailures(string Procedure, string Label, double? Failures, double? Share);

/// <param name="Rank">1 for the sector with the most failures in the year (ties by the larger rise, then by name).</param>
/// <param name="Change">Relative change from the year before; null when it had none.</param>
/// <param name="Share">Share of the year's failures.</param>
internal sealed record SectorFailures(int Rank, string Sector, string Label, string NafSections, double? Failures, double? Previous,
    double? Change, double? Share);

/// <param name="UpTo">Upper bound in percent, inclusive, on the rate rounded to one decimal; null for the last class.</param>
internal sealed record SurvivalClassItem(int Number, string Label, double? UpTo);

/// <param name="Rate">Survivors ÷ cohort × 100, from the territory's sums (or its stored real value).</param>
/// <param name="Survivors">Companies of the cohort still active (null for a stored value without its parts).</param>
/// <param name="Cohort">Companies created in <c>CohortYear</c>.</param>
/// <param name="Class">The report's class of the rate (1–4), null without a rate.</param>
internal sealed record Survival(double? Rate, double? Survivors, double? Cohort, int CohortYear, int? Class, string? ClassLabel,
    string? Vintage, IReadOnlyList<SurvivalClassItem> Classes);

/// <param name="FailuresIndex">The year's failures in base 100 in 2013: the territory's sum ÷ its sum of 2013 × 100 (the series: GET /api/v1/indicators/emploi.defaillances/series?index=2013).</param>
/// <param name="MostHitSectors">Sectors ranked by the year's failures, most hit first.</param>
internal sealed record Response(
    TerritoryRef Territory,
    int Year,
    IReadOnlyList<int> Years,
    YearFigure Creations,
    YearFigure Companies,
    IReadOnlyList<SectorCompanies> CompaniesBySector,
    YearFigure Failures,
    int IndexBaseYear,
    double? FailuresIndex,
    IReadOnlyList<ProcedureFailures> FailuresByProcedure,
    IReadOnlyList<SectorFailures> MostHitSectors,
    Survival Survival);

internal sealed class Endpoint(NpgsqlDataSource dataSource, TerritoryHierarchy hierarchies, ICallerAccessor callers) : Endpoint<Request, Response>
{
    public override void Configure()
    {
        Get("/api/v1/emploi/demography/{territory}");
        Options(o => o.WithMetadata(new ReadsData(ValueWriter.DataDomain, TerritoryGeometry.DataDomain)));
        AllowAnonymous();
        Description(d => d.ProducesProblemDetails(400).ProducesProblemDetails(404));
        Summary(s =>
        {
            s.Summary = "Business demography of a territory in a year: creations, companies by sector, failures by procedure, the sectors most hit, 5-year survival with its class";
            s.Description = "Every figure is a platform indicator (emploi.creations, emploi.entreprises_*, emploi.defaillances_*, " +
                            "emploi.survie_5_ans) computed by its rule for the territory: sums of its communes, and the survival " +
                            "rate as Σ survivors ÷ Σ cohort, never an average of rates. The failures' index is the territory's sum ÷ its " +
                            "2013 sum × 100. The survival rate is classed with the activity report's fixed classes.";
            s.ExampleRequest = new Request { Territory = "epci:200072460", Year = 2023 };
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        var caller = callers.Current;
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var hierarchy = await hierarchies.GetAsync(ct);
        if (await TargetLookup.FindAsync(connection, hierarchy, r.Territory) is not { } target)
        {
            await Send.ResultAsync(Problems.UnknownTerritory(r.Territory));
            return;
        }
        var years = (await IndicatorFacts.PeriodsAsync(connection, Demography.Failures))
            .Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToList();
        if (years.Count == 0)
        {
            await Send.ResultAsync(Problems.NotFound("There are no business failures yet"));
            return;
        }
        var year = r.Year ?? years[^1];
        if (!years.Contains(year))
            ThrowError(e => e.Year!, $"no business demography for {year}: the failures cover {years[0]}–{years[^1]}");

        var cohortYear = year - Demography.SurvivalYears;
        string Text(int y) => y.ToString(CultureInfo.InvariantCulture);
        var periods = new[] { Text(year), Text(year - 1), Text(Demography.IndexBaseYear) }.Distinct().ToList();
        var figures = new Dictionary<string, IReadOnlyDictionary<(string, string), Figure>>();
        foreach (var code in Data.Codes)
        {
            if (await IndicatorInfo.FindAsync(connection, code, caller) is { } indicator)
                figures[code] = await ValueEngine.ComputeAsync(connection, hierarchy, indicator, [target], periods, null, caller);
        }
        var vintages = await Data.VintagesAsync(connection, target.Id, Text(year));

        Figure? FigureOf(string code, int y) => figures.TryGetValue(code, out var f) && f.TryGetValue((target.Id, Text(y)), out var figure) ? figure : null;
        double? Number(string code, int y) => FigureOf(code, y) is { HasNumber: true } f ? f.Value : null;
        double? ChangeOf(double? value, double? previous) => value is not null && previous > 0 ? (value / previous) - 1 : null;
        double? ShareOf(double? part, double? whole) => part is not null && whole > 0 ? part / whole : null;
        YearFigure YearFigureOf(string code) => new(Number(code, year), Number(code, year - 1),
            ChangeOf(Number(code, year), Number(code, year - 1)), FigureOf(code, year)?.Status, vintages.GetValueOrDefault(code));

        var failures = YearFigureOf(Demography.Failures);
        var companies = YearFigureOf(Demography.Stock);
        var baseFailures = Number(Demography.Failures, Demography.IndexBaseYear);
        var mostHit = Demography.Sectors
            .Select(s => (s, value: Number(Demography.FailuresOf(s), year), previous: Number(Demography.FailuresOf(s), year - 1)))
            .Select(x => (x.s, x.value, x.previous, change: ChangeOf(x.value, x.previous)))
            .OrderByDescending(x => x.value ?? -1).ThenByDescending(x => x.change ?? double.MinValue).ThenBy(x => x.s.Label, StringComparer.Ordinal)
            .Select((x, i) => new SectorFailures(i + 1, x.s.Code, x.s.Label, x.s.NafSections, x.value, x.previous, x.change, ShareOf(x.value, failures.Value)))
            .ToList();

        var survival = FigureOf(Demography.Survival, year);
        var rate = survival is { HasNumber: true } ? survival.Value : null;
        var survivalClass = rate is null ? null : Demography.ClassOf(rate.Value);

        await Send.OkAsync(new Response(
            TerritoryRef.Of(target),
            year,
            years,
            YearFigureOf(Demography.Creations),
            companies,
            [.. Demography.Sectors.Select(s => new SectorCompanies(s.Code, s.Label, s.NafSections, Number(Demography.StockOf(s), year),
                ShareOf(Number(Demography.StockOf(s), year), companies.Value)))],
            failures,
            Demography.IndexBaseYear,
            failures.Value is not null && baseFailures > 0 ? 100 * failures.Value / baseFailures : null,
            [.. Demography.Procedures.Select(p => new ProcedureFailures(p.Code, p.Label, Number(Demography.FailuresOf(p), year),
                ShareOf(Number(Demography.FailuresOf(p), year), failures.Value)))],
            mostHit,
            new Survival(rate, rate is null ? null : survival!.Numerator, rate is null ? null : survival!.Denominator, cohortYear,
                survivalClass?.Number, survivalClass?.Label, vintages.GetValueOrDefault(Demography.Survival),
                [.. Demography.SurvivalClasses.Select(c => new SurvivalClassItem(c.Number, c.Label, c.UpTo))])), ct);
    }
}

internal static class Data
{
    public static readonly IReadOnlyList<string> Codes =
    [
        Demography.Creations, Demography.Stock, .. Demography.Sectors.Select(Demography.StockOf),
        Demography.Failures, .. Demography.Procedures.Select(Demography.FailuresOf), .. Demography.Sectors.Select(Demography.FailuresOf),
        Demography.Survival,
    ];

    /// <summary>The vintage of the figures stored for the territory itself (the report's real values), by indicator.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> VintagesAsync(NpgsqlConnection connection, string territory, string period) =>
        (await connection.QueryAsync<(string Code, string Vintage)>("""
            select indicator_code, source_vintage from platform.indicator_value
            where territory_id = @territory and period = @period and indicator_code = any(@codes) and source_vintage is not null
            """, new { territory, period, codes = Codes.ToArray() })).ToDictionary(v => v.Code, v => v.Vintage);
}
