using Dapper;
using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Export;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Indicators.Engine;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Platform.Indicators.GetValues;

internal sealed class Request
{
    /// <summary>Indicator code, e.g. emploi.salaries_prives.</summary>
    public string Code { get; set; } = "";

    /// <summary>One row per territory of this level (default commune): commune, epci, groupement, departement, region.</summary>
    public string? Level { get; set; }

    /// <summary>Only the members of this territory (e.g. epci:200072460); it is also the parent the gaps refer to.</summary>
    public string? Within { get; set; }

    /// <summary>Instead of a level: a comma-separated list of territories, custom zones included (custom:62119+62178).</summary>
    public string? Territories { get; set; }

    /// <summary>Period (2023, 2023-Q4, 2024-S1, 2024-03) matching the indicator's periodicity; default the latest.</summary>
    public string? Period { get; set; }

    /// <summary>
    /// Answer as the data stood at this date (2025-06-30: the end of that day) or instant (ISO 8601). A figure masked by
    /// statistical secrecy in any version of a period's data stays masked, today and as of any date.
    /// </summary>
    public string? AsOf { get; set; }

    /// <summary>json (default), csv, csvw (the CSV's metadata, W3C CSVW) or xlsx (the table and its metadata as a workbook).</summary>
    public string? Format { get; set; }

    internal IReadOnlyList<string> TerritoryList =>
        Territories?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    internal sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Level).Must(TerritoryId.IsKnownLevel).When(r => r.Level is not null)
                .WithMessage(r => $"'{r.Level}' is not a territory level; valid levels: {TerritoryId.LevelList}");
            RuleFor(r => r.Within).Must(w => TerritoryId.Problem(w) is null).When(r => r.Within is not null)
                .WithMessage(r => TerritoryId.Problem(r.Within));
            RuleFor(r => r.Territories).Must(t => t!.Split(',').All(id => TargetLookup.Problem(id.Trim()) is null))
                .When(r => r.Territories is not null)
                .WithMessage(r => r.Territories!.Split(',').Select(id => TargetLookup.Problem(id.Trim())).First(p => p is not null));
            RuleFor(r => r.Territories).Must(t => t!.Split(',').Length <= 500).When(r => r.Territories is not null)
                .WithMessage("at most 500 territories per request");
            RuleFor(r => r.Territories).Null().When(r => r.Level is not null || r.Within is not null)
                .WithMessage("give either territories or level/within, not both");
            RuleFor(r => r.Period).Must(p => Indicators.Period.TryParse(p, out _)).When(r => r.Period is not null)
                .WithMessage(r => $"'{r.Period}' is not a period: expected 2023, 2024-S1, 2023-Q4 or 2024-03");
            RuleFor(r => r.AsOf).Must(a => AsOfDate.TryParse(a, out _)).When(r => r.AsOf is not null)
                .WithMessage(r => $"'{r.AsOf}' is not a date: expected 2025-06-30 or an ISO 8601 instant");
            RuleFor(r => r.Format).Must(f => f is OutputFormat.Json || OutputFormat.IsTable(f!)).When(r => r.Format is not null)
                .WithMessage("format must be json, csv, csvw or xlsx");
        }
    }
}

/// <param name="Value">null when secret (status "secret") or when there is no data (status null).</param>
/// <param name="Status">definitive, provisional, estimated, secret, or null when there is no data.</param>
/// <param name="Rank">1 = best (highest, or lowest when lower is better; highest for neutral indicators).</param>
/// <param name="GapToParent">value − the parent's value, in the indicator's unit.</param>
/// <param name="Coverage">For aggregates: how many of the territory's communes had a value, out of how many it has.</param>
internal sealed record ValueItem(
    TerritoryRef Territory,
    double? Value,
    double? Numerator,
    double? Denominator,
    string? Status,
    int? Rank,
    string? ParentId,
    double? GapToParent,
    Coverage? Coverage);

/// <param name="Parent">The territory given by within=, with its own figure.</param>
internal sealed record Response(
    IndicatorSummary Indicator,
    string Period,
    DateTimeOffset? AsOf,
    ParentFigure? Parent,
    int Total,
    IReadOnlyList<ValueItem> Items);

/// <param name="Coverage">For an aggregate: how many of its communes had a value, out of how many it has (partial for
/// the département or the région of an indicator measured in the agency's perimeter only).</param>
internal sealed record ParentFigure(TerritoryRef Territory, double? Value, string? Status, Coverage? Coverage);

internal sealed class Endpoint(NpgsqlDataSource dataSource, TerritoryHierarchy hierarchies, ICallerAccessor callers) : Endpoint<Request, Response>
{
    public override void Configure()
    {
        Get("/api/v1/indicators/{code}/values");
        AllowAnonymous();
        Description(d => d.Produces<Response>(200, "application/json", CsvWriter.ContentType, OutputFormat.CsvwContentType,
                OutputFormat.XlsxContentType)
            .ProducesProblemDetails(400).ProducesProblemDetails(404));
        Summary(s =>
        {
            s.Summary = "Values of an indicator, one row per territory";
            s.Description = "For a level (`level=commune&within=epci:200072460`) or a list of territories, custom zones included " +
                            "(`territories=epci:200072460,custom:62119+62178`). Aggregates are recomputed from the communes by the " +
                            "indicator's rule (sums add, ratios from their numerators and denominators) with their coverage. " +
                            "Secret values have a status and no number. `format=csv` gives the same table with the numerators " +
                            "and denominators, so that anyone can recompute an aggregate, with a `Link` to its CSVW metadata " +
                            "(`format=csvw`: columns, types, units, definition, source, vintage, licence, secrecy); " +
                            "`format=xlsx` the same table as a workbook with a sheet of metadata.";
            s.ExampleRequest = new Request { Code = "emploi.salaries_prives", Level = "commune", Within = "epci:200072460", Period = "2023" };
            s.ResponseExamples[200] = ResponseExamples.Values;
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        var caller = callers.Current;
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var (opened, failure) = await IndicatorRequests.OpenAsync(this, connection, hierarchies, caller, r.Code, r.Period, r.Level,
            r.Within, r.TerritoryList);
        if (opened is not var (indicator, period, selection, hierarchy))
        {
            await Send.ResultAsync(failure!);
            return;
        }
        AsOfDate.TryParse(r.AsOf, out var asOf);
        var format = OutputFormat.Resolve(r.Format, HttpContext.Request, OutputFormat.Json, OutputFormat.Csv, OutputFormat.Xlsx, OutputFormat.Csvw);
        if (OutputFormat.IsTable(format))
        {
            // The sources' own vintages of this period's values (e.g. "Flores 2023"): metadata, never a figure.
            var vintages = await connection.QueryAsync<string>("""
                select distinct source_vintage from platform.indicator_value
                where indicator_code = @Code and period = @period and source_vintage is not null order by 1
                """, new { indicator.Code, period });
            var table = Table(indicator, period, string.Join(", ", vintages), r, selection);
            // The CSVW document describes the table without its rows: they are only computed for a CSV or a workbook.
            var tableRows = format == OutputFormat.Csvw ? [] : await ValueTable.BuildAsync(connection, hierarchy, indicator, selection, period, asOf, caller);
            await table.SendAsync(HttpContext, format, () => tableRows.Select(row => Cells(indicator, period, row)), ct);
            return;
        }
        var rows = await ValueTable.BuildAsync(connection, hierarchy, indicator, selection, period, asOf, caller);

        ParentFigure? parent = null;
        if (selection.Within is { } within)
        {
            var figure = rows.Count > 0 ? rows[0].ParentFigure : null;
            parent = new(TerritoryRef.Of(within), figure?.Value, figure?.Status, figure is null ? null : Coverage.Of(figure, within));
        }
        await Send.OkAsync(new Response(IndicatorSummary.Of(indicator), period, asOf, parent, rows.Count,
            [.. rows.Select(row => new ValueItem(TerritoryRef.Of(row.Target), row.Figure.Value, row.Figure.Numerator,
                row.Figure.Denominator, row.Figure.Status, row.Rank, row.Parent?.Id, row.GapToParent, Coverage.Of(row.Figure, row.Target)))]), ct);
    }

    /// <summary>The table's columns, declared once for the CSV, its CSVW metadata and the workbook.</summary>
    private static ExportTable Table(IndicatorInfo indicator, string period, string vintages, Request r, TargetSelection selection)
    {
        var unit = indicator.Unit;
        ExportColumn[] columns =
        [
            IndicatorExport.TerritoryId,
            IndicatorExport.TerritoryName,
            new("level", "Niveau", ColumnType.Text, "commune, epci, groupement, departement, region, qpv ou custom."),
            IndicatorExport.IndicatorCode,
            IndicatorExport.Period,
            IndicatorExport.Value(indicator),
            new("numerator", "Numérateur", ColumnType.Number, "Numérateur d'un ratio ou d'une moyenne (pour recalculer un agrégat)."),
            new("denominator", "Dénominateur", ColumnType.Number, "Dénominateur d'un ratio ou d'une moyenne."),
            IndicatorExport.Status,
            new("rank", "Rang", ColumnType.Integer, "1 = le meilleur (le plus élevé, ou le plus bas quand moins est mieux)."),
            new("parent_id", "Code du territoire parent", ColumnType.Text),
            new("parent_value", "Valeur du parent", ColumnType.Number, null, unit, indicator.Decimals),
            new("gap_to_parent", "Écart au parent", ColumnType.Number, "Valeur moins celle du parent.", unit, indicator.Decimals),
            new("coverage_communes", "Communes du territoire", ColumnType.Integer, "Pour un agrégat : ses communes."),
            new("coverage_communes_with_value", "Communes avec une valeur", ColumnType.Integer, "Pour un agrégat : celles qui ont une valeur."),
            IndicatorExport.Unit,
        ];
        var request = new List<KeyValuePair<string, string>>();
        if (selection.Within is { } within)
            request.Add(new("Territoire", $"{within.Name} ({within.Id})"));
        if (r.Territories is not null)
            request.Add(new("Territoires", string.Join(", ", selection.Targets.Select(t => $"{t.Name} ({t.Id})"))));
        else
            request.Add(new("Niveau", r.Level ?? "commune"));
        request.Add(new("Période", period));
        if (r.AsOf is not null)
            request.Add(new("Données à la date du", r.AsOf));
        return new ExportTable($"{indicator.Label} ({indicator.Unit}), {period}", $"{indicator.Code}_{period}", $"{indicator.Label} {period}",
            columns, [IndicatorExport.Source(indicator, vintages.Length > 0 ? $"{period} (millésime de la source : {vintages})" : period)], request);
    }

    private static object?[] Cells(IndicatorInfo indicator, string period, ValueTableRow row)
    {
        var f = row.Figure;
        return [row.Target.Id, row.Target.Name, row.Target.Level, indicator.Code, period, f.Value, f.Numerator, f.Denominator, f.Status,
            row.Rank, row.Parent?.Id, row.ParentFigure?.Value, row.GapToParent, f.Members, f.MembersWithValue, indicator.Unit];
    }
}
