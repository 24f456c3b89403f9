using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Export;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Indicators.Engine;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Platform.Indicators.GetSeries;

internal sealed class Request
{
    /// <summary>Indicator code.</summary>
    public string Code { get; set; } = "";

    /// <summary>Comma-separated territories, custom zones included, e.g. epci:200072460,departement:62.</summary>
    public string Territories { get; set; } = "";

    /// <summary>First period (default: the first with data).</summary>
    public string? From { get; set; }

    /// <summary>Last period (default: the latest with data).</summary>
    public string? To { get; set; }

    /// <summary>Base period of a base-100 index (each series = 100 at that period).</summary>
    public string? Index { get; set; }

    /// <summary>
    /// As the data stood at this date or instant. A figure masked by statistical secrecy in any version of a period's
    /// data stays masked, today and as of any date.
    /// </summary>
    public string? AsOf { get; set; }

    /// <summary>json (default), csv, csvw (the CSV's metadata, W3C CSVW) or xlsx (the table and its metadata as a workbook).</summary>
    public string? Format { get; set; }

    internal IReadOnlyList<string> TerritoryList =>
        Territories.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    internal sealed class Validator : Validator<Request>
    {
        private static bool BeAPeriod(string? text) => Indicators.Period.TryParse(text, out _);

        private static string NotAPeriod(string? text) => $"'{text}' is not a period: expected 2023, 2024-S1, 2023-Q4 or 2024-03";

        public Validator()
        {
            RuleFor(r => r.Territories).NotEmpty().WithMessage("give one or more territories, e.g. territories=epci:200072460,departement:62");
            RuleFor(r => r.Territories).Must(t => t.Split(',').All(id => TargetLookup.Problem(id.Trim()) is null))
                .When(r => !string.IsNullOrEmpty(r.Territories))
                .WithMessage(r => r.Territories.Split(',').Select(id => TargetLookup.Problem(id.Trim())).First(p => p is not null));
            RuleFor(r => r.Territories).Must(t => t.Split(',').Length <= 50).WithMessage("at most 50 territories per series request");
            RuleFor(r => r.From).Must(BeAPeriod).When(r => r.From is not null).WithMessage(r => NotAPeriod(r.From));
            RuleFor(r => r.To).Must(BeAPeriod).When(r => r.To is not null).WithMessage(r => NotAPeriod(r.To));
            RuleFor(r => r.Index).Must(BeAPeriod).When(r => r.Index is not null).WithMessage(r => NotAPeriod(r.Index));
            RuleFor(r => r.AsOf).Must(a => AsOfDate.TryParse(a, out _)).When(r => r.AsOf is not null)
                .WithMessage(r => $"'{r.AsOf}' is not a date: expected 2025-06-30 or an ISO 8601 instant");
            RuleFor(r => r.Format).Must(f => f is OutputFormat.Json || OutputFormat.IsTable(f!)).When(r => r.Format is not null)
                .WithMessage("format must be json, csv, csvw or xlsx");
        }
    }
}

/// <param name="Index">Value × 100 / value at the base period, when index= is given.</param>
/// <param name="YearOnYear">Relative change from the same period one year before (0.05 = +5 %).</param>
internal sealed record Point(string Period, double? Value, string? Status, double? Index, double? YearOnYear);

/// <param name="AnnualGrowth">Compound annual growth rate between the first and last published values (0.012 = +1.2 %/year).</param>
/// <param name="Coverage">For an aggregate, at its latest period with a value: how many of its communes had one, out of
/// how many it has (the département's series of an indicator measured in the agency's perimeter only covers part of it).</param>
internal sealed record Series(TerritoryRef Territory, double? AnnualGrowth, Coverage? Coverage, IReadOnlyList<Point> Points);

internal sealed record Response(IndicatorSummary Indicator, string? IndexPeriod, DateTimeOffset? AsOf, IReadOnlyList<Series> Series);

internal sealed class Endpoint(NpgsqlDataSource dataSource, TerritoryHierarchy hierarchies, ICallerAccessor callers) : Endpoint<Request, Response>
{
    public override void Configure()
    {
        Get("/api/v1/indicators/{code}/series");
        AllowAnonymous();
        Description(d => d.Produces<Response>(200, "application/json", CsvWriter.ContentType, OutputFormat.CsvwContentType,
                OutputFormat.XlsxContentType)
            .ProducesProblemDetails(400).ProducesProblemDetails(404));
        Summary(s =>
        {
            s.Summary = "Time series of an indicator for several territories";
            s.Description = "One series per territory between `from` and `to`, with an optional base-100 index (`index=2013`), " +
                            "the change from one year before and the compound annual growth rate.";
            s.ExampleRequest = new Request { Code = "emploi.salaries_prives", Territories = "epci:200072460,departement:62", From = "2013", To = "2023", Index = "2013" };
            s.ResponseExamples[200] = ResponseExamples.Series;
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        var caller = callers.Current;
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var indicator = await IndicatorInfo.FindAsync(connection, r.Code, caller);
        if (indicator is null)
        {
            await Send.ResultAsync(Problems.NotFound($"Indicator '{r.Code}' does not exist"));
            return;
        }
        var available = await IndicatorFacts.PeriodsAsync(connection, r.Code);
        var from = Check(indicator, r.From, e => e.From!) ?? available.FirstOrDefault();
        var to = Check(indicator, r.To, e => e.To!) ?? available.LastOrDefault();
        var index = Check(indicator, r.Index, e => e.Index!);
        ThrowIfAnyErrors();
        if (from is null || to is null)
            ThrowError(e => e.Code, $"indicator {indicator.Code} has no values yet");
        var first = Indicators.Period.Parse(from!);
        var last = Indicators.Period.Parse(to!);
        if (first > last)
            ThrowError(e => e.From!, $"from ({from}) is after to ({to})");
        if (Indicators.Period.Distance(first, last) > 600)
            ThrowError(e => e.From!, "at most 600 periods per series");

        var hierarchy = await hierarchies.GetAsync(ct);
        var (selection, notFound, invalid) = await TargetSelection.ResolveAsync(connection, hierarchy, indicator, null, null, r.TerritoryList);
        if (notFound is not null)
        {
            await Send.ResultAsync(Problems.NotFound(notFound));
            return;
        }
        if (invalid is not null)
            ThrowError(e => e.Territories, invalid);

        // One year before the first period too, for the first year-on-year change; the index base wherever it is.
        var periods = Indicators.Period.Range(first.YearBefore(), last).Select(p => p.ToString())
            .Concat(index is null ? [] : [index]).Distinct().ToList();
        AsOfDate.TryParse(r.AsOf, out var asOf);
        var figures = await ValueEngine.ComputeAsync(connection, hierarchy, indicator, selection!.Targets, periods, asOf, caller);

        var series = selection.Targets.Select(t =>
        {
            double? Number(string p) => figures.TryGetValue((t.Id, p), out var f) && f.HasNumber ? f.Value : null;
            var baseValue = index is null ? null : Number(index);
            var points = Indicators.Period.Range(first, last).Select(p =>
            {
                var f = figures[(t.Id, p.ToString())];
                var value = f.HasNumber ? f.Value : null;
                var yearBefore = Number(p.YearBefore().ToString());
                return new Point(p.ToString(), f.Value, f.Status,
                    value is not null && baseValue is > 0 or < 0 ? 100 * value / baseValue : null,
                    value is not null && yearBefore is > 0 or < 0 ? (value / yearBefore) - 1 : null);
            }).ToList();
            var published = points.Where(p => p.Value is not null && p.Status != Values.ValueStatus.Secret).ToList();
            double? growth = null;
            if (published.Count >= 2 && published[0].Value > 0 && published[^1].Value > 0)
            {
                var years = Indicators.Period.Parse(published[^1].Period).YearsSince(Indicators.Period.Parse(published[0].Period));
                growth = Math.Pow(published[^1].Value!.Value / published[0].Value!.Value, 1 / years) - 1;
            }
            var latest = points.LastOrDefault(p => p.Value is not null) ?? points.LastOrDefault();
            return new Series(TerritoryRef.Of(t), growth, latest is null ? null : Coverage.Of(figures[(t.Id, latest.Period)], t), points);
        }).ToList();

        if (r.Format is { } format && OutputFormat.IsTable(format))
        {
            ExportColumn[] columns =
            [
                IndicatorExport.TerritoryId, IndicatorExport.TerritoryName, IndicatorExport.IndicatorCode, IndicatorExport.Period,
                IndicatorExport.Value(indicator), IndicatorExport.Status,
                new("index", index is null ? "Indice" : $"Indice base 100 en {index}", ColumnType.Number, "La valeur rapportée à celle de la période de base, × 100.", null, 1),
                new("year_on_year", "Évolution sur un an", ColumnType.Number, "Valeur ÷ valeur un an plus tôt − 1 (0,05 = +5 %).", null, 3),
                IndicatorExport.Unit,
            ];
            List<KeyValuePair<string, string>> request =
            [
                new("Territoires", string.Join(", ", series.Select(s => $"{s.Territory.Name} ({s.Territory.Id})"))),
                new("Périodes", $"{from} à {to}"),
            ];
            if (r.AsOf is not null)
                request.Add(new("Données à la date du", r.AsOf));
            var table = new ExportTable($"{indicator.Label} ({indicator.Unit}), {from} à {to}", $"{indicator.Code}_{from}_{to}",
                $"{indicator.Label} {from}-{to}", columns, [IndicatorExport.Source(indicator, $"{from} à {to}")], request);
            await table.SendAsync(HttpContext, format, () => series.SelectMany(s => s.Points.Select(p => new object?[]
                { s.Territory.Id, s.Territory.Name, indicator.Code, p.Period, p.Value, p.Status, p.Index, p.YearOnYear, indicator.Unit })), ct);
            return;
        }
        await Send.OkAsync(new Response(IndicatorSummary.Of(indicator), index, asOf, series), ct);
    }

    /// <summary>The period in canonical form, or null after recording a 400 error when it does not fit the indicator.</summary>
    private string? Check(IndicatorInfo indicator, string? text, System.Linq.Expressions.Expression<Func<Request, object?>> field)
    {
        if (text is null)
            return null;
        if (Indicators.Period.TryParse(text, indicator.Periodicity, out var period, out var error))
            return period.ToString();
        AddError(field, $"{error} (indicator {indicator.Code} has one value per {Indicators.Period.Name(indicator.Periodicity)})");
        return null;
    }
}
