using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Indicators.Choropleth;
using Observatoires.Api.Platform.Indicators.Engine;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Platform.Indicators.GetBreaks;

/// <summary>What a classified view (class breaks, choropleth map) is asked for.</summary>
internal class Request
{
    /// <summary>Indicator code.</summary>
    public string Code { get; set; } = "";

    /// <summary>Level of the territories classified (default commune).</summary>
    public string? Level { get; set; }

    /// <summary>Only the members of this territory.</summary>
    public string? Within { get; set; }

    /// <summary>Period; default the latest.</summary>
    public string? Period { get; set; }

    /// <summary>
    /// quantile (default), jenks (natural breaks), equal (equal intervals), or fixed: the indicator's own class scheme
    /// (indicator.fixedClasses, e.g. the activity report's classes of the job-concentration index), which sets the classes.
    /// </summary>
    public string? Method { get; set; }

    /// <summary>Number of classes, 2 to 9 (default 5); a fixed scheme has its own.</summary>
    public int Classes { get; set; } = 5;

    /// <summary>
    /// As the data stood at this date or instant. A figure masked by statistical secrecy in any version of a period's
    /// data stays masked, today and as of any date.
    /// </summary>
    public string? AsOf { get; set; }

    internal ClassificationMethod ParsedMethod => ClassifiedTable.TryParseMethod(Method, out var m) ? m : ClassificationMethod.Quantile;

    internal sealed class Validator : Validator<Request>
    {
        public Validator() => Include(new Rules<Request>());
    }

    /// <summary>The rules, shared with the map request.</summary>
    internal sealed class Rules<T> : AbstractValidator<T> where T : Request
    {
        public Rules()
        {
            RuleFor(r => r.Level).Must(TerritoryId.IsKnownLevel).When(r => r.Level is not null)
                .WithMessage(r => $"'{r.Level}' is not a territory level; valid levels: {TerritoryId.LevelList}");
            RuleFor(r => r.Within).Must(w => TerritoryId.Problem(w) is null).When(r => r.Within is not null)
                .WithMessage(r => TerritoryId.Problem(r.Within));
            RuleFor(r => r.Period).Must(p => Indicators.Period.TryParse(p, out _)).When(r => r.Period is not null)
                .WithMessage(r => $"'{r.Period}' is not a period: expected 2023, 2024-S1, 2023-Q4 or 2024-03");
            RuleFor(r => r.Method).Must(m => ClassifiedTable.TryParseMethod(m, out _))
                .WithMessage(r => $"'{r.Method}' is not a classification method; use quantile, jenks, equal or fixed");
            RuleFor(r => r.Classes).InclusiveBetween(ClassBreaks.MinClasses, ClassBreaks.MaxClasses);
            RuleFor(r => r.AsOf).Must(a => AsOfDate.TryParse(a, out _)).When(r => r.AsOf is not null)
                .WithMessage(r => $"'{r.AsOf}' is not a date: expected 2025-06-30 or an ISO 8601 instant");
        }
    }
}

/// <param name="Lower">Inclusive lower bound.</param>
/// <param name="Upper">Upper bound, exclusive except for the last class.</param>
/// <param name="Colour">#rrggbb, from a colour-blind-safe palette.</param>
internal sealed record ClassItem(int Index, double Lower, double Upper, int Count, string Colour);

/// <param name="Classified">Territories with a published number, spread over the classes.</param>
/// <param name="Secret">Territories whose value is secret.</param>
/// <param name="NoData">Territories without a value.</param>
internal sealed record Counts(int Total, int Classified, int Secret, int NoData);

/// <param name="Palette">Blues (sequential: counts, sums, shares, means) or, around a midpoint the indicator declares
/// (a change rate around 0), RdBu / RdBu-reversed (diverging: blue above the midpoint, or on the better side).</param>
/// <param name="Midpoint">The value a diverging palette is centred on; null for a sequential one.</param>
/// <param name="Scheme">For method fixed: the name of the indicator's class scheme.</param>
internal sealed record Legend(string Method, IReadOnlyList<double> Breaks, IReadOnlyList<ClassItem> Classes, string Palette,
    double? Midpoint, string SecretColour, string NoDataColour, Counts Counts, string? Scheme = null);

internal sealed record Response(IndicatorSummary Indicator, string Period, string Level, string? Within, Legend Legend);

internal sealed class Endpoint(NpgsqlDataSource dataSource, TerritoryHierarchy hierarchies, ICallerAccessor callers) : Endpoint<Request, Response>
{
    public override void Configure()
    {
        Get("/api/v1/indicators/{code}/breaks");
        AllowAnonymous();
        Description(d => d.ProducesProblemDetails(400).ProducesProblemDetails(404));
        Summary(s =>
        {
            s.Summary = "Class breaks and colours of a choropleth";
            s.Description = "Breaks by quantiles, natural breaks (Jenks) or equal intervals, the number of territories per " +
                            "class and a colour per class: sequential (light to dark blue) for counts, sums, shares and means, diverging only " +
                            "around a midpoint the indicator declares (a change rate around 0; blue above it, or on the better side). " +
                            "Counts add up to the number of territories, secret and missing values included.";
            s.ExampleRequest = new Request { Code = "emploi.salaries_prives", Level = "commune", Period = "2023", Method = "jenks", Classes = 5 };
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        var caller = callers.Current;
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var (opened, failure) = await IndicatorRequests.OpenAsync(this, connection, hierarchies, caller, r.Code, r.Period, r.Level,
            r.Within, []);
        if (opened is not var (indicator, period, selection, hierarchy))
        {
            await Send.ResultAsync(failure!);
            return;
        }
        CheckFixedClasses(this, r, indicator);
        AsOfDate.TryParse(r.AsOf, out var asOf);
        var table = await ClassifiedTable.BuildAsync(connection, hierarchy, indicator, selection, period, asOf, caller, r.ParsedMethod, r.Classes);
        await Send.OkAsync(new Response(IndicatorSummary.Of(indicator), period, r.Level ?? "commune", r.Within, LegendOf(table, indicator)), ct);
    }

    /// <summary>method=fixed on an indicator without a fixed scheme: a 400 on method (shared with the map).</summary>
    public static void CheckFixedClasses(IValidationErrors errors, Request r, IndicatorInfo indicator)
    {
        if (r.ParsedMethod == ClassificationMethod.Fixed && indicator.FixedClasses is null)
            errors.ThrowError(new FluentValidation.Results.ValidationFailure("method",
                $"indicator {indicator.Code} has no fixed class scheme; use quantile, jenks or equal"));
    }

    public static Legend LegendOf(ClassifiedTable table, IndicatorInfo indicator)
    {
        var c = table.Classification;
        var figures = table.Rows.Select(r => r.Figure).ToList();
        return new(c.Method.ToString().ToLowerInvariant(), c.Breaks,
            [.. c.Classes.Select(k => new ClassItem(k.Index, k.Lower, k.Upper, k.Count, k.Colour))], c.Palette.Name, c.Palette.Midpoint,
            ClassifiedTable.SecretColour, ClassifiedTable.NoDataColour,
            new(figures.Count, figures.Count(f => f.HasNumber), figures.Count(f => f.IsSecret), figures.Count(f => !f.HasNumber && !f.IsSecret)),
            c.Method == ClassificationMethod.Fixed ? indicator.FixedClasses?.Name : null);
    }
}
