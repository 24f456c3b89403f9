using Dapper;
using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Export;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Indicators;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.Habitat.Prix.GetPrices;

internal sealed class Request
{
    /// <summary>The zone: a commune, EPCI, groupement, département (commune:62119, epci:246200364) or a custom zone (custom:62119+62498).</summary>
    public string Territory { get; set; } = "";

    /// <summary>First year (2014 or later; default: five years before the last).</summary>
    [QueryParam] public int? From { get; set; }

    /// <summary>Last year (default: the latest year with sales).</summary>
    [QueryParam] public int? To { get; set; }

    /// <summary>maison or appartement (default: both, each its own series).</summary>
    [QueryParam] public string? Type { get; set; }

    /// <summary>json (default), csv (one row per type and year, then per type over the period), csvw (the CSV's metadata, W3C CSVW) or xlsx (the table and its metadata as a workbook); without it, the Accept header chooses.</summary>
    [QueryParam] public string? Format { get; set; }

    internal sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            PriceZone.Validate(this, r => r.Territory);
            RuleFor(r => r.From).InclusiveBetween(2014, 2100).When(r => r.From is not null).WithMessage("from is a year from 2014 (DVF's first) to 2100");
            RuleFor(r => r.To).InclusiveBetween(2014, 2100).When(r => r.To is not null).WithMessage("to is a year from 2014 (DVF's first) to 2100");
            RuleFor(r => r.To).GreaterThanOrEqualTo(r => r.From).When(r => r.From is not null && r.To is not null).WithMessage("to must not be before from");
            RuleFor(r => r.Type).Must(t => t is null || PropertyTypes.All.Contains(t)).WithMessage("type is maison or appartement");
            RuleFor(r => r.Format).Must(f => f is null or OutputFormat.Json || OutputFormat.IsTable(f)).WithMessage("format is json, csv, csvw or xlsx");
        }
    }
}

/// <summary>One year's prices of one type of dwelling in the zone.</summary>
/// <param name="Status">published; secret (fewer than 11 sales: no price, the count only as "&lt; 11"); no_sales.</param>
/// <param name="Count">The number of sales; null when secret.</param>
/// <param name="CountLabel">The count as shown: "248", or "&lt; 11" when secret.</param>
/// <param name="Median">Median € per m² of built surface, rounded to 10 €; null unless published.</param>
/// <param name="Q1">First quartile, rounded to 10 €; null unless published.</param>
/// <param name="Q3">Third quartile, rounded to 10 €; null unless published.</param>
internal sealed record PriceYear(int Year, string Status, int? Count, string CountLabel, double? Median, double? Q1, double? Q3);

/// <summary>The prices of one type of dwelling: each year, and the whole period's sales together.</summary>
/// <param name="Type">maison or appartement.</param>
/// <param name="Label">Maisons, Appartements.</param>
/// <param name="Period">The period's sales together (secret under 11 sales in all the years).</param>
internal sealed record PriceSeries(string Type, string Label, PriceFigure Period, IReadOnlyList<PriceYear> Years);

/// <param name="Communes">The communes whose sales count: those of the zone the observatory holds (the département: the agency's).</param>
/// <param name="Threshold">The fewest sales a published figure rests on (11).</param>
/// <param name="Rounding">Prices are rounded to this many € per m² (10).</param>
internal sealed record Response(TerritoryRef Territory, int Communes, int From, int To, int Threshold, double Rounding, IReadOnlyList<PriceSeries> Series);

internal sealed class Endpoint(NpgsqlDataSource dataSource, TerritoryHierarchy hierarchies) : Endpoint<Request, Response>
{
    /// <summary>The table's columns, declared once for the CSV, its CSVW metadata and the workbook.</summary>
    private static readonly ExportColumn[] Columns =
    [
        new("territory_id", "Code du territoire", ColumnType.Text),
        new("type", "Type de logement", ColumnType.Text, "maison ou appartement."),
        new("period", "Période", ColumnType.Text, "Une année, ou la période entière (2019-2024) : ses ventes ensemble."),
        new("status", "Statut", ColumnType.Text,
            "published ; secret (moins de 11 ventes : pas de prix, le nombre seulement « < 11 ») ; no_sales."),
        new("sales", "Ventes", ColumnType.Text, "Le nombre de ventes, ou « < 11 » sous le secret statistique."),
        new("median_eur_m2", "Prix médian", ColumnType.Number, "Médiane des prix au m² de surface bâtie, arrondie à 10 €.", "€/m²", 0),
        new("q1_eur_m2", "Premier quartile", ColumnType.Number, "25 % des ventes en dessous, arrondi à 10 €.", "€/m²", 0),
        new("q3_eur_m2", "Troisième quartile", ColumnType.Number, "75 % des ventes en dessous, arrondi à 10 €.", "€/m²", 0),
    ];

    public override void Configure()
    {
        Get("/api/v1/habitat/prices/{territory}");
        Options(o => o.WithMetadata(new ReadsData(HabitatModule.DataDomain, TerritoryGeometry.DataDomain)));
        AllowAnonymous();
        Description(d => d.Produces<Response>(200, "application/json", CsvWriter.ContentType, OutputFormat.CsvwContentType, OutputFormat.XlsxContentType)
            .ProducesProblemDetails(400).ProducesProblemDetails(404));
        Summary(s =>
        {
            s.Summary = "Property prices of a zone from the DVF sales: median and quartiles of € per m² by year and type";
            s.Description = "Computed when asked from the sales in the zone's communes (PostgreSQL's percentile_cont over them: a zone's " +
                            "median is never a median of its communes' medians), for each year and each type of dwelling, and over the " +
                            "whole period. Statistical secrecy: a cell of fewer than 11 sales publishes no price and shows its count " +
                            "only as \"< 11\" (status secret), in JSON as in CSV and XLSX. Prices are rounded to 10 € per m². The sales " +
                            "themselves are never served. format=csv, csvw (its metadata, linked from the CSV) or xlsx: one row per " +
                            "type and year, then per type over the period.";
            s.ExampleRequest = new Request { Territory = "epci:246200364", From = 2019, To = 2024 };
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        if (await PriceZone.FindAsync(connection, await hierarchies.GetAsync(ct), r.Territory) is not { } zone)
        {
            await Send.ResultAsync(Problems.UnknownTerritory(r.Territory));
            return;
        }
        var to = r.To ?? Math.Max(r.From ?? 0, await PriceZone.LatestYearAsync(connection, ct));
        var from = r.From ?? Math.Max(2014, to - 5);
        var types = r.Type is null ? PropertyTypes.All : [r.Type];
        var cells = (await connection.QueryAsync<(int? Year, string Type, int Count, double? Median, double? Q1, double? Q3)>(new CommandDefinition(
                SqlResource.Get("Observatories/Habitat/Prix/GetPrices/Query.sql"),
                new { Communes = zone.CoveredCommunes.ToArray(), From = from, To = to, Types = types.ToArray() }, cancellationToken: ct)))
            .ToDictionary(c => (c.Year, c.Type), c => new SalesCell(c.Count, c.Median, c.Q1, c.Q3));
        SalesCell Cell(int? year, string type) => cells.GetValueOrDefault((year, type)) ?? new SalesCell(0, null, null, null);
        var series = types.Select(type => new PriceSeries(type, PropertyTypes.Label(type), PriceStatistics.Publish(Cell(null, type)),
            [.. Enumerable.Range(from, to - from + 1).Select(year =>
            {
                var f = PriceStatistics.Publish(Cell(year, type));
                return new PriceYear(year, f.Status, f.Count, f.CountLabel, f.Median, f.Q1, f.Q3);
            })])).ToList();

        if (OutputFormat.Resolve(r.Format, HttpContext.Request) is var format && OutputFormat.IsTable(format))
        {
            var source = new ExportSource("habitat.prix", "Prix de l'immobilier (DVF)",
                "Prix au m² de surface bâtie des ventes de maisons et d'appartements (valeur foncière ÷ surface réelle bâtie) : " +
                "médiane et quartiles des ventes de la zone, calculés sur les ventes elles-mêmes, jamais sur les médianes des communes.",
                "€/m²", "Demandes de valeurs foncières géolocalisées (DVF, DGFiP et Etalab)", "https://files.data.gouv.fr/geo-dvf/",
                $"{from}-{to}", Platform.Catalog.DatasetCatalogue.OpenLicence,
                $"Secret statistique : une cellule de moins de {PriceStatistics.Threshold} ventes ne publie ni prix ni nombre exact " +
                "(statut « secret », « < 11 »). Prix arrondis à 10 € le m². Les ventes elles-mêmes ne sont jamais diffusées.");
            var table = new ExportTable($"Prix de l'immobilier, {zone.Name}, {from}-{to}", $"habitat_prix_{from}_{to}",
                $"Prix de l'immobilier {zone.Name} {from}-{to}", Columns, [source],
                [new("Territoire", $"{zone.Name} ({zone.Id})"), new("Années", $"{from} à {to}"), new("Type", r.Type ?? "maison et appartement")]);
            await table.SendAsync(HttpContext, format, () => series.SelectMany(s => s.Years
                .Select(y => new object?[] { zone.Id, s.Type, y.Year, y.Status, y.CountLabel, y.Median, y.Q1, y.Q3 })
                .Append([zone.Id, s.Type, $"{from}-{to}", s.Period.Status, s.Period.CountLabel, s.Period.Median, s.Period.Q1, s.Period.Q3])), ct);
            return;
        }
        await Send.OkAsync(new Response(TerritoryRef.Of(zone), zone.CoveredCommunes.Count, from, to, PriceStatistics.Threshold,
            PriceStatistics.Rounding, series), ct);
    }
}
