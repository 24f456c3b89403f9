using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Export;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Indicators.Engine;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Platform.Indicators.GetProjection;

internal sealed class Request
{
    /// <summary>Indicator code.</summary>
    public string Code { get; set; } = "";

    /// <summary>The territory (a custom zone works too).</summary>
    public string Territory { get; set; } = "";

    /// <summary>linear, compound or bounded (a share between two bounds); default bounded for an indicator in %, linear otherwise.</summary>
    public string? Method { get; set; }

    /// <summary>First period of the fitting window (default: the first with data).</summary>
    public string? From { get; set; }

    /// <summary>Last period of the fitting window (default: the latest with data).</summary>
    public string? To { get; set; }

    /// <summary>The year projected to (default 2050; at most 2100).</summary>
    public int? Horizon { get; set; }

    /// <summary>A bounded projection's bounds (default 0 and 100 for an indicator in %).</summary>
    public double? Lower { get; set; }

    /// <summary>Upper bound of a bounded projection.</summary>
    public double? Upper { get; set; }

    /// <summary>json (default), csv (the observed values, then the projection), csvw (the CSV's metadata, W3C CSVW) or xlsx (the table and its metadata as a workbook); without it, the Accept header chooses.</summary>
    public string? Format { get; set; }

    internal sealed class Validator : Validator<Request>
    {
        private static string NotAPeriod(string? text) => $"'{text}' is not a period: expected 2023, 2024-S1, 2023-Q4 or 2024-03";

        public Validator()
        {
            RuleFor(r => r.Territory).NotEmpty().WithMessage("give the territory, e.g. territory=epci:200072460");
            RuleFor(r => r.Territory).Must(t => TargetLookup.Problem(t) is null).When(r => !string.IsNullOrEmpty(r.Territory))
                .WithMessage(r => TargetLookup.Problem(r.Territory));
            RuleFor(r => r.Method).Must(m => Methods.ContainsKey(m!)).When(r => r.Method is not null)
                .WithMessage("method must be linear, compound or bounded");
            RuleFor(r => r.From).Must(p => Period.TryParse(p, out _)).When(r => r.From is not null).WithMessage(r => NotAPeriod(r.From));
            RuleFor(r => r.To).Must(p => Period.TryParse(p, out _)).When(r => r.To is not null).WithMessage(r => NotAPeriod(r.To));
            RuleFor(r => r.Horizon).InclusiveBetween(2000, 2100).When(r => r.Horizon is not null).WithMessage("horizon is a year, at most 2100");
            RuleFor(r => r.Upper).GreaterThan(r => r.Lower).When(r => r.Lower is not null && r.Upper is not null)
                .WithMessage("upper must be above lower");
            RuleFor(r => r.Lower).Must(l => double.IsFinite(l!.Value)).When(r => r.Lower is not null).WithMessage("lower must be a number");
            RuleFor(r => r.Upper).Must(u => double.IsFinite(u!.Value)).When(r => r.Upper is not null).WithMessage("upper must be a number");
            RuleFor(r => r.Format).Must(f => f is OutputFormat.Json || OutputFormat.IsTable(f!)).When(r => r.Format is not null)
                .WithMessage("format must be json, csv, csvw or xlsx");
        }
    }

    internal static readonly IReadOnlyDictionary<string, ProjectionMethod> Methods = new Dictionary<string, ProjectionMethod>
    {
        ["linear"] = ProjectionMethod.Linear,
        ["compound"] = ProjectionMethod.Compound,
        ["bounded"] = ProjectionMethod.Bounded,
    };
}

/// <param name="Name">linear, compound or bounded.</param>
/// <param name="Description">How it is computed, in a sentence (French, for the chart's note).</param>
internal sealed record MethodInfo(string Name, string Label, string Description);

/// <param name="LeftOut">Periods of the window without a published value (missing, secret or restricted): not fitted.</param>
internal sealed record Window(string From, string To, int Points, IReadOnlyList<string> LeftOut);

/// <param name="RSquared">Share of the observed values' variance the model reproduces (1 = all of it).</param>
/// <param name="Rmse">Typical gap between an observed value and the model, in the indicator's unit.</param>
/// <param name="AnnualChange">Linear: the change per year, in the indicator's unit.</param>
/// <param name="AnnualGrowth">Compound: the growth rate per year (0.012 = +1.2 %/year).</param>
/// <param name="Confidence">The band's probability: a new value would fall in it 95 times out of 100 if the dynamics held.</param>
internal sealed record FitQuality(double RSquared, double Rmse, double? AnnualChange, double? AnnualGrowth, double Confidence, double? Lower, double? Upper);

/// <param name="Fitted">The model's value at an observed period.</param>
internal sealed record ObservedPoint(string Period, double Value, string? Status, double Fitted);

/// <param name="Low">Bottom of the 95 % band.</param>
internal sealed record ProjectedPoint(string Period, double Value, double Low, double High);

/// <summary>A target set for the indicator in the territory, read against the projection.</summary>
/// <param name="Bound">at_most (a ceiling) or at_least (a floor).</param>
/// <param name="Projected">The projection at the target's period; null for a period the window already covers.</param>
/// <param name="OnCourse">Whether the projected value meets the target: "at the current pace, reached or not".</param>
internal sealed record TargetReading(string Period, double Value, string Bound, string Label, string Document, double? Projected, bool? OnCourse);

/// <param name="Status">Always "projection": a projection is never an indicator value, and is never stored.</param>
/// <param name="Milestones">The projection at the end of 2030 and of 2050 (or of the horizon), the years plans aim at.</param>
/// <param name="Targets">The targets modules set for this indicator and territory (ZAN trajectory, energy objectives...).</param>
internal sealed record Response(IndicatorSummary Indicator, TerritoryRef Territory, string Status, MethodInfo Method, Window Window,
    FitQuality Fit, IReadOnlyList<ObservedPoint> Observed, IReadOnlyList<ProjectedPoint> Projection, IReadOnlyList<ProjectedPoint> Milestones,
    IReadOnlyList<TargetReading> Targets);

internal sealed class Endpoint(NpgsqlDataSource dataSource, TerritoryHierarchy hierarchies, ICallerAccessor callers, IEnumerable<IModule> modules)
    : Endpoint<Request, Response>
{
    private const int DefaultHorizon = 2050;

    public override void Configure()
    {
        Get("/api/v1/indicators/{code}/projection");
        AllowAnonymous();
        Description(d => d.Produces<Response>(200, "application/json", CsvWriter.ContentType, OutputFormat.CsvwContentType, OutputFormat.XlsxContentType)
            .ProducesProblemDetails(400).ProducesProblemDetails(404).ProducesProblemDetails(422));
        Summary(s =>
        {
            s.Summary = "Project an indicator's dynamics to 2030 and 2050 (a projection, never a value)";
            s.Description = "Fits the territory's published values over a window (from, to) and carries the dynamics on to the horizon, " +
                            "with a 95 % prediction band and the fit's quality. Methods: `linear` (least squares of the value on time: a " +
                            "constant change per year), `compound` (least squares of its logarithm: a constant growth rate; positive values " +
                            "only), `bounded` (least squares of the logit of its place between lower and upper: a share that bends as it " +
                            "nears 0 or 100 %, and never leaves them). The values come through the same engine as every route: a secret or " +
                            "restricted value is left out of the fit and named in `window.leftOut`. At least 3 published values are needed " +
                            "(422 otherwise). `targets` lists what plans set for the indicator in the territory (the ZAN trajectory, " +
                            "energy objectives...) with the projection at their period and whether it meets them. Projections are computed when asked, never stored, and always say `status: projection`. " +
                            "`format=csv`: the observed values, then the projection with its band; `csvw` its metadata (linked from the CSV); `xlsx` the same table as a workbook.";
            s.ExampleRequest = new Request { Code = "emploi.salaries_prives", Territory = "epci:200072460", Method = "linear", From = "2015", Horizon = 2050 };
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
        var method = r.Method is null ? (indicator.Unit == "%" ? ProjectionMethod.Bounded : ProjectionMethod.Linear) : Request.Methods[r.Method];
        var (lower, upper) = (r.Lower ?? (indicator.Unit == "%" ? 0 : null), r.Upper ?? (indicator.Unit == "%" ? 100 : null));
        if (method == ProjectionMethod.Bounded && (lower is null || upper is null))
            ThrowError(e => e.Lower!, $"a bounded projection of {indicator.Code} (in {indicator.Unit}) needs its bounds: give lower and upper");
        if (lower is not null && upper is not null && !double.IsFinite(upper.Value - lower.Value))
            ThrowError(e => e.Upper!, "upper − lower must be a finite number");

        var available = await IndicatorFacts.PeriodsAsync(connection, r.Code);
        if (available.Count == 0)
            ThrowError(e => e.Code, $"indicator {indicator.Code} has no values yet");
        var from = PeriodOf(indicator, r.From, e => e.From!) ?? Period.Parse(available[0]);
        var to = PeriodOf(indicator, r.To, e => e.To!) ?? Period.Parse(available[^1]);
        ThrowIfAnyErrors();
        if (from > to)
            ThrowError(e => e.From!, $"from ({from}) is after to ({to})");
        var horizon = r.Horizon ?? DefaultHorizon;
        var end = new Period(indicator.Periodicity, horizon, new Period(indicator.Periodicity, horizon, 1).PerYear);
        if (end <= to)
            ThrowError(e => e.Horizon!, $"the horizon ({horizon}) must be after the window's last period ({to})");
        if (Period.Distance(from, end) > 1200)
            ThrowError(e => e.From!, "at most 1,200 periods from the window's start to the horizon");

        var hierarchy = await hierarchies.GetAsync(ct);
        var (selection, notFound, invalid) = await TargetSelection.ResolveAsync(connection, hierarchy, indicator, null, null, [r.Territory]);
        if (notFound is not null)
        {
            await Send.ResultAsync(Problems.NotFound(notFound));
            return;
        }
        if (invalid is not null)
            ThrowError(e => e.Territory, invalid);
        var target = selection!.Targets[0];
        var window = Period.Range(from, to).ToList();
        var figures = await ValueEngine.ComputeAsync(connection, hierarchy, indicator, [target], [.. window.Select(p => p.ToString())], null, caller);
        var published = window.Select(p => (Period: p, Figure: figures[(target.Id, p.ToString())])).Where(x => x.Figure.HasNumber).ToList();
        var leftOut = window.Where(p => !published.Any(x => x.Period == p)).Select(p => p.ToString()).ToList();

        if (method == ProjectionMethod.Bounded && published.Any(x => x.Figure.Value < lower || x.Figure.Value > upper))
        {
            await Send.ResultAsync(Problems.Unprocessable(
                $"{indicator.Code} has values outside [{lower}, {upper}] for {target.Name} in {from}–{to}: a bounded projection keeps a share between its bounds"));
            return;
        }
        var fit = ProjectionFit.Fit(method, [.. published.Select(x => new Observation(x.Period.YearsSince(from), x.Figure.Value!.Value))],
            lower ?? 0, upper ?? 100);
        if (fit is null)
        {
            var why = published.Count < 3
                ? $"the window {from}–{to} holds {published.Count} published value(s) of {indicator.Code} for {target.Name}; a projection needs at least 3"
                : $"a compound projection needs positive values, and {indicator.Code} has zero or negative ones for {target.Name} in {from}–{to}";
            await Send.ResultAsync(Problems.Unprocessable(why));
            return;
        }

        ProjectedPoint Project(Period p)
        {
            var x = p.YearsSince(from);
            var (low, high) = fit.Interval(x);
            return new(p.ToString(), fit.Predict(x), low, high);
        }
        var projection = Period.Range(to.Add(1), end).Select(Project).ToList();
        var milestones = new[] { 2030, horizon }.Distinct()
            .Select(y => new Period(indicator.Periodicity, y, new Period(indicator.Periodicity, y, 1).PerYear))
            .Where(p => p > to && p <= end).Select(Project).ToList();
        var observed = published.Select(x => new ObservedPoint(x.Period.ToString(), x.Figure.Value!.Value, x.Figure.Status, fit.Predict(x.Period.YearsSince(from)))).ToList();
        var quality = new FitQuality(fit.RSquared, fit.Rmse,
            method == ProjectionMethod.Linear ? fit.Slope : null,
            method == ProjectionMethod.Compound ? Math.Exp(fit.Slope) - 1 : null,
            0.95, method == ProjectionMethod.Bounded ? lower : null, method == ProjectionMethod.Bounded ? upper : null);
        var targets = new List<TargetReading>();
        foreach (var source in modules.OfType<IIndicatorTargetSource>())
        {
            foreach (var t in await source.TargetsAsync(connection, indicator.Code, target))
            {
                double? projected = Period.TryParse(t.Period, indicator.Periodicity, out var at, out _) && at > to ? fit.Predict(at.YearsSince(from)) : null;
                targets.Add(new(t.Period, t.Value, t.Bound, t.Label, t.Document, projected, projected is { } p ? t.IsMetBy(p) : null));
            }
        }
        var response = new Response(IndicatorSummary.Of(indicator), TerritoryRef.Of(target), "projection", Describe(method),
            new Window(from.ToString(), to.ToString(), published.Count, leftOut), quality, observed, projection, milestones,
            [.. targets.OrderBy(t => t.Period, StringComparer.Ordinal)]);

        if (OutputFormat.Resolve(r.Format, HttpContext.Request) is var format && OutputFormat.IsTable(format))
        {
            await Table(indicator, target, response).SendAsync(HttpContext, format, () =>
                observed.Select(o => new object?[] { target.Id, indicator.Code, o.Period, "observed", o.Value, null, null, response.Method.Name, indicator.Unit })
                    .Concat(projection.Select(p => new object?[] { target.Id, indicator.Code, p.Period, "projection", p.Value, p.Low, p.High, response.Method.Name, indicator.Unit })), ct);
            return;
        }
        await Send.OkAsync(response, ct);
    }

    /// <summary>The table's columns and sources, declared once for the CSV, its CSVW metadata and the workbook.</summary>
    private static ExportTable Table(IndicatorInfo indicator, Target target, Response response)
    {
        ExportColumn[] columns =
        [
            IndicatorExport.TerritoryId,
            IndicatorExport.IndicatorCode,
            IndicatorExport.Period,
            new("kind", "Nature", ColumnType.Text, "observed : une valeur publiée de la fenêtre ; projection : la dynamique prolongée, jamais une valeur."),
            IndicatorExport.Value(indicator),
            new("low", "Bas de l'intervalle à 95 %", ColumnType.Number, null, indicator.Unit, indicator.Decimals),
            new("high", "Haut de l'intervalle à 95 %", ColumnType.Number, null, indicator.Unit, indicator.Decimals),
            new("method", "Méthode", ColumnType.Text, "linear, compound ou bounded."),
            IndicatorExport.Unit,
        ];
        var window = $"{response.Window.From} à {response.Window.To}";
        return new ExportTable($"{indicator.Label} ({indicator.Unit}), projection, {target.Name}", $"{indicator.Code}_projection",
            $"{indicator.Label} projection {target.Name}", columns, [IndicatorExport.Source(indicator, window)],
            [
                new("Territoire", $"{target.Name} ({target.Id})"), new("Méthode", $"{response.Method.Label} : {response.Method.Description}"),
                new("Fenêtre d'ajustement", window), new("R²", ExportTable.Text(response.Fit.RSquared)),
                new("Horizon", response.Projection.Count > 0 ? response.Projection[^1].Period : ""),
            ]);
    }

    private static MethodInfo Describe(ProjectionMethod method) => method switch
    {
        ProjectionMethod.Compound => new("compound", "Croissance composée",
            "Taux de croissance annuel constant, ajusté par moindres carrés sur le logarithme des valeurs de la fenêtre."),
        ProjectionMethod.Bounded => new("bounded", "Modèle borné (logistique)",
            "Part prolongée par une courbe logistique entre ses bornes, ajustée par moindres carrés sur le logit des valeurs : " +
            "elle ralentit en approchant des bornes et ne les franchit jamais."),
        _ => new("linear", "Tendance linéaire", "Évolution annuelle constante, ajustée par moindres carrés sur les valeurs de la fenêtre."),
    };

    /// <summary>The period, or null after recording a 400 error when it does not fit the indicator's periodicity.</summary>
    private Period? PeriodOf(IndicatorInfo indicator, string? text, System.Linq.Expressions.Expression<Func<Request, object?>> field)
    {
        if (text is null)
            return null;
        if (Period.TryParse(text, indicator.Periodicity, out var period, out var error))
            return period;
        AddError(field, $"{error} (indicator {indicator.Code} has one value per {Period.Name(indicator.Periodicity)})");
        return null;
    }
}
