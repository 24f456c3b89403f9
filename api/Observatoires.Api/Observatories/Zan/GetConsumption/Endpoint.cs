using Dapper;
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

namespace Observatoires.Api.Observatories.Zan.GetConsumption;

internal sealed class Request
{
    /// <summary>A commune, EPCI, groupement, département or custom zone.</summary>
    [QueryParam] public string Territory { get; set; } = "";

    /// <summary>First year (default 2011, the start of the ZAN reference period).</summary>
    [QueryParam] public int From { get; set; } = 2011;

    /// <summary>Last year (default: the latest year measured).</summary>
    [QueryParam] public int To { get; set; } = 2100;

    /// <summary>json (yearly totals by destination), csv (the counter's inputs: one row per commune, year and destination), csvw (the CSV's metadata, W3C CSVW) or xlsx (the table and its metadata as a workbook); without it, the Accept header chooses.</summary>
    [QueryParam] public string? Format { get; set; }

    internal sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            ZanTerritory.Validate(this, r => r.Territory);
            RuleFor(r => r.From).InclusiveBetween(2009, 2100);
            RuleFor(r => r.To).GreaterThanOrEqualTo(r => r.From).WithMessage("to must not be before from");
            RuleFor(r => r.Format).Must(f => f is null or OutputFormat.Json || OutputFormat.IsTable(f)).WithMessage("format is json, csv, csvw or xlsx");
        }
    }
}

internal sealed record YearConsumption(int Year, double TotalHa, IReadOnlyDictionary<string, double> ByDestination);

internal sealed record Response(string Territory, IReadOnlyList<YearConsumption> Years);

internal sealed class Endpoint(NpgsqlDataSource dataSource, TerritoryHierarchy hierarchies) : Endpoint<Request, Response>
{
    public static readonly IReadOnlyList<string> Destinations = ["habitat", "activite", "mixte", "route", "ferre", "inconnu"];

    /// <summary>The table's columns, declared once for the CSV, its CSVW metadata and the workbook.</summary>
    private static readonly ExportColumn[] Columns =
    [
        new("commune_id", "Code de la commune", ColumnType.Text),
        new("year", "Année", ColumnType.Integer),
        new("destination", "Destination", ColumnType.Text, "habitat, activite, mixte, route, ferre ou inconnu."),
        new("hectares", "Surface consommée", ColumnType.Number, "Espaces naturels, agricoles et forestiers consommés dans l'année pour cette destination.", "ha", 2),
    ];

    public override void Configure()
    {
        Get("/api/v1/zan/consumption");
        Options(o => o.WithMetadata(new ReadsData(ZanModule.DataDomain, ValueWriter.DataDomain, TerritoryGeometry.DataDomain)));
        AllowAnonymous();
        Description(d => d.Produces<Response>(200, "application/json", CsvWriter.ContentType, OutputFormat.CsvwContentType, OutputFormat.XlsxContentType)
            .ProducesProblemDetails(400).ProducesProblemDetails(404));
        Summary(s =>
        {
            s.Summary = "Yearly land take of a territory by destination (habitat, activité, mixte, route, ferré, inconnu); CSV: the counter's inputs";
            s.Description = "Hectares of natural, agricultural and forest land taken each year by destination, summed over the territory's communes; format=csv gives the counter's inputs, one row per commune, year and destination; format=csvw its metadata (linked from the CSV), format=xlsx the same table as a workbook.";
            s.ExampleRequest = new Request { Territory = "epci:200072460", From = 2011, To = 2024 };
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        if (await ZanTerritory.CommunesAsync(connection, await hierarchies.GetAsync(ct), r.Territory) is not { } communes)
        {
            await Send.ResultAsync(Problems.UnknownTerritory(r.Territory));
            return;
        }
        var rows = (await connection.QueryAsync<(string Commune, int Year, string Destination, double Ha)>("""
            select commune_id, year, destination, hectares from zan.consumption
            where commune_id = any(@communes) and year between @From and @To order by commune_id, year, destination
            """, new { communes = communes.ToArray(), r.From, r.To })).ToList();
        if (OutputFormat.Resolve(r.Format, HttpContext.Request) is var format && OutputFormat.IsTable(format))
        {
            var years = rows.Count == 0 ? $"{r.From}" : $"{rows.Min(x => x.Year)}-{rows.Max(x => x.Year)}";
            var indicator = await IndicatorInfo.FindAsync(connection, ZanModule.ConsumptionIndicator, Caller.CommandLine);
            var table = new ExportTable($"Consommation d'espaces NAF, {r.Territory}, {years}", "zan_consommation",
                $"Consommation d'espaces {r.Territory} {years}", Columns, indicator is null ? [] : [IndicatorExport.Source(indicator, years)],
                [new("Territoire", r.Territory), new("Années", $"{r.From} à {(r.To == 2100 ? "la dernière mesurée" : r.To)}")]);
            await table.SendAsync(HttpContext, format, () => rows.Select(x => new object?[] { x.Commune, x.Year, x.Destination, x.Ha }), ct);
            return;
        }
        await Send.OkAsync(new Response(r.Territory, [.. rows.GroupBy(x => x.Year).OrderBy(g => g.Key).Select(g => new YearConsumption(g.Key,
            Math.Round(g.Sum(x => x.Ha), 2),
            Destinations.ToDictionary(d => d, d => Math.Round(g.Where(x => x.Destination == d).Sum(x => x.Ha), 2))))]), ct);
    }
}
