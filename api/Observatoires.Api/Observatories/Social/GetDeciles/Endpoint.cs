using System.Globalization;
using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Export;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Indicators;
using Observatoires.Api.Platform.Indicators.Engine;
using Observatoires.Api.Platform.Indicators.Values;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.Social.GetDeciles;

internal sealed class Request
{
    /// <summary>A commune, EPCI, groupement, département or région (commune:62119, epci:200072460), or a custom zone (custom:62119+62498).</summary>
    public string Territory { get; set; } = "";

    /// <summary>The Filosofi vintage (default: the latest).</summary>
    [QueryParam] public int? Year { get; set; }

    /// <summary>json (default), csv (one row per territory), csvw (the CSV's metadata, W3C CSVW) or xlsx (the table and its metadata as a workbook); without it, the Accept header chooses.</summary>
    [QueryParam] public string? Format { get; set; }

    internal sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Territory).Must(t => TargetLookup.Problem(t) is null).WithMessage(r => TargetLookup.Problem(r.Territory));
            RuleFor(r => r.Year).InclusiveBetween(2000, 2100).When(r => r.Year is not null).WithMessage("year is a year from 2000 to 2100");
            RuleFor(r => r.Format).Must(f => f is null or OutputFormat.Json || OutputFormat.IsTable(f)).WithMessage("format is json, csv, csvw or xlsx");
        }
    }
}

/// <param name="Decile">1 to 9; the fifth is the median.</param>
/// <param name="Value">The standard of living (€ per consumption unit and year) under which that many tenths of the persons live; null unless published.</param>
internal sealed record DecileValue(int Decile, double? Value);

/// <summary>One territory's income distribution.</summary>
/// <param name="Status">published; secret (resting on fewer than 11 fiscal households: no figure); not_aggregable (a groupement or a
/// custom zone: INSEE publishes no distribution for it and deciles cannot be derived from its communes'); no_data; restricted.</param>
/// <param name="StatusLabel">The status in French.</param>
/// <param name="Households">Fiscal households (a sum: also given for a groupement or a custom zone); null when secret.</param>
/// <param name="Median">The median standard of living (D5), €.</param>
/// <param name="InterdecileRatio">D9 ÷ D1 as published.</param>
/// <param name="Deciles">D1 to D9, each null unless published.</param>
internal sealed record DistributionColumn(TerritoryRef Territory, string Status, string StatusLabel, double? Households, double? Median,
    double? InterdecileRatio, IReadOnlyList<DecileValue> Deciles);

/// <param name="Year">The vintage shown.</param>
/// <param name="Years">The vintages with a distribution.</param>
/// <param name="Threshold">The fewest fiscal households a published figure rests on (11).</param>
/// <param name="Territories">The territory asked, then its département and its région.</param>
internal sealed record Response(int Year, IReadOnlyList<int> Years, int Threshold, IReadOnlyList<DistributionColumn> Territories);

internal sealed class Endpoint(NpgsqlDataSource dataSource, TerritoryHierarchy hierarchies, ICallerAccessor callers) : Endpoint<Request, Response>
{
    /// <summary>The table's columns, declared once for the CSV, its CSVW metadata and the workbook.</summary>
    private static readonly ExportColumn[] Columns =
    [
        IndicatorExport.TerritoryId,
        IndicatorExport.TerritoryName,
        new("level", "Niveau", ColumnType.Text, "commune, epci, groupement, departement, region ou custom."),
        new("year", "Millésime", ColumnType.Integer, "Le millésime Filosofi (revenus de l'année)."),
        new("status", "Statut", ColumnType.Text,
            "published ; secret (moins de 11 ménages fiscaux : pas de valeur) ; not_aggregable (un groupement ou une zone libre : " +
            "les déciles ne s'agrègent pas) ; restricted ; no_data."),
        new("households", "Ménages fiscaux", ColumnType.Integer, null, "ménages"),
        .. Enumerable.Range(1, 9).Select(d => new ExportColumn($"d{d}_eur", d == 5 ? "D5 (médiane)" : $"D{d}", ColumnType.Number,
            $"Niveau de vie (revenu disponible par unité de consommation) sous lequel vivent {d} dixièmes des personnes.", "€ par UC et par an", 0)),
        new("interdecile_ratio", "Rapport interdécile (D9 / D1)", ColumnType.Number, "D9 ÷ D1 tel que publié.", null, 1),
    ];

    public override void Configure()
    {
        Get("/api/v1/social/deciles/{territory}");
        Options(o => o.WithMetadata(new ReadsData(ValueWriter.DataDomain, TerritoryGeometry.DataDomain)));
        AllowAnonymous();
        Description(d => d.Produces<Response>(200, "application/json", CsvWriter.ContentType, OutputFormat.CsvwContentType, OutputFormat.XlsxContentType)
            .ProducesProblemDetails(400).ProducesProblemDetails(404));
        Summary(s =>
        {
            s.Summary = "The income deciles of a territory against its département and région (Filosofi)";
            s.Description = "D1 to D9 of the disposable income per consumption unit, the median and the interdecile ratio D9 ÷ D1, as " +
                            "INSEE publishes them for each commune, EPCI, département and région, through the platform's engine (its " +
                            "secrecy and the caller's rights). Deciles are not aggregable: a groupement or a custom zone has status " +
                            "not_aggregable and no figure, never an average of its communes' deciles. A territory of fewer than 11 " +
                            "fiscal households has status secret and no figure, on every route and format. format=csv (one row per territory), " +
                            "csvw (its metadata, linked from the CSV) or xlsx (the same table as a workbook).";
            s.ExampleRequest = new Request { Territory = "epci:200072460", Year = 2021 };
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        var caller = callers.Current;
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var hierarchy = await hierarchies.GetAsync(ct);
        if (await TargetLookup.FindAsync(connection, hierarchy, r.Territory) is not { } territory)
        {
            await Send.ResultAsync(Problems.UnknownTerritory(r.Territory));
            return;
        }
        var years = (await IndicatorFacts.PeriodsAsync(connection, SocialIndicators.Mediane))
            .Select(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : (int?)null).OfType<int>().ToList();
        var year = r.Year ?? (years.Count > 0 ? years[^1] : DateTime.UtcNow.Year);
        var period = year.ToString(CultureInfo.InvariantCulture);

        var references = (await TargetLookup.ResolveAsync(connection, hierarchy,
            (await TargetLookup.DefaultReferencesAsync(connection, territory.Id)).Where(id => id != territory.Id).ToList())).Found;
        List<Target> targets = [territory, .. references];
        var figures = new Dictionary<string, IReadOnlyDictionary<(string Territory, string Period), Figure>>();
        var indicators = new List<IndicatorInfo>();
        foreach (var code in SocialIndicators.Deciles.Append(SocialIndicators.RapportInterdecile).Append(SocialIndicators.Menages))
        {
            if (await IndicatorInfo.FindAsync(connection, code, caller) is { } indicator)
            {
                figures[code] = await ValueEngine.ComputeAsync(connection, hierarchy, indicator, targets, [period], null, caller);
                indicators.Add(indicator);
            }
        }
        var columns = targets.Select(t => Column(t, period, figures)).ToList();

        if (OutputFormat.Resolve(r.Format, HttpContext.Request) is var format && OutputFormat.IsTable(format))
        {
            // The indicators the caller may see, each with its definition, source, licence and secrecy from the catalogue.
            var table = new ExportTable($"Déciles de niveau de vie, {territory.Name}, {year}", $"social_deciles_{year}",
                $"Déciles de niveau de vie {territory.Name} {year}", Columns, [.. indicators.Select(i => IndicatorExport.Source(i, period))],
                [new("Territoire", $"{territory.Name} ({territory.Id})"), new("Millésime", period)]);
            await table.SendAsync(HttpContext, format, () => columns.Select(c => (object?[])
            [
                c.Territory.Id, c.Territory.Name, c.Territory.Level, year, c.Status, c.Households,
                .. c.Deciles.Select(d => (object?)d.Value), c.InterdecileRatio,
            ]), ct);
            return;
        }
        await Send.OkAsync(new Response(year, years, SocialIndicators.HouseholdThreshold, columns), ct);
    }

    private static DistributionColumn Column(Target target, string period,
        IReadOnlyDictionary<string, IReadOnlyDictionary<(string Territory, string Period), Figure>> figures)
    {
        Figure? Of(string code) => figures.TryGetValue(code, out var f) ? f[(target.Id, period)] : null;
        var distribution = SocialIndicators.Deciles.Append(SocialIndicators.RapportInterdecile).Select(Of).OfType<Figure>().ToList();
        double? Published(Figure? f) => f is { HasNumber: true } ? f.Value : null;
        var median = Of(SocialIndicators.Mediane);
        // The engine tried to aggregate (a groupement, a custom zone) where nothing is stored: not a secret, not a gap in the data.
        var status = distribution.Count == 0 ? "restricted"
            : distribution.All(f => f.Value is null) && (target.IsCustom || median?.Members is not null) ? "not_aggregable"
            : distribution.Any(f => f.IsSecret) ? ValueStatus.Secret
            : distribution.Any(f => f.Status == ValueStatus.Restricted) ? ValueStatus.Restricted
            : distribution.All(f => f.Value is null) ? "no_data"
            : "published";
        var households = Of(SocialIndicators.Menages);
        return new(TerritoryRef.Of(target), status, Label(status), Published(households),
            Published(median), Published(Of(SocialIndicators.RapportInterdecile)),
            [.. Enumerable.Range(1, 9).Select(d => new DecileValue(d, Published(Of(SocialIndicators.Decile(d)))))]);
    }

    private static string Label(string status) => status switch
    {
        "published" => "publié",
        ValueStatus.Secret => "secret statistique (moins de 11 ménages fiscaux)",
        "not_aggregable" => "non disponible : les déciles ne s'agrègent pas",
        ValueStatus.Restricted => "réservé",
        _ => "pas de donnée",
    };
}
