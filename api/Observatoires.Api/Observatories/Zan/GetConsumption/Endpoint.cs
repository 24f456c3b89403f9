using Dapper;
using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Export;
using Observatoires.Api.Platform.Http;
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

    /// <summary>json (yearly totals by destination) or csv (the counter's inputs: one row per commune, year and destination).</summary>
    [QueryParam] public string? Format { get; set; }

    internal sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            ZanTerritory.Validate(this, r => r.Territory);
            RuleFor(r => r.From).InclusiveBetween(2009, 2100);
            RuleFor(r => r.To).GreaterThanOrEqualTo(r => r.From).WithMessage("to must not be before from");
            RuleFor(r => r.Format).Must(f => f is null or "json" or "csv").WithMessage("format is json or csv");
        }
    }
}

internal sealed record YearConsumption(int Year, double TotalHa, IReadOnlyDictionary<string, double> ByDestination);

internal sealed record Response(string Territory, IReadOnlyList<YearConsumption> Years);

internal sealed class Endpoint(NpgsqlDataSource dataSource, TerritoryHierarchy hierarchies) : Endpoint<Request, Response>
{
    public static readonly IReadOnlyList<string> Destinations = ["habitat", "activite", "mixte", "route", "ferre", "inconnu"];

    public override void Configure()
    {
        Get("/api/v1/zan/consumption");
        Options(o => o.WithMetadata(new ReadsData(ZanModule.DataDomain, ValueWriter.DataDomain, TerritoryGeometry.DataDomain)));
        AllowAnonymous();
        Description(d => d.Produces<Response>(200, "application/json", CsvWriter.ContentType).ProducesProblemDetails(400).ProducesProblemDetails(404));
        Summary(s =>
        {
            s.Summary = "Yearly land take of a territory by destination (habitat, activité, mixte, route, ferré, inconnu); CSV: the counter's inputs";
            s.Description = "Hectares of natural, agricultural and forest land taken each year by destination, summed over the territory's communes; format=csv gives the counter's inputs, one row per commune, year and destination.";
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
        if (r.Format == "csv")
        {
            HttpContext.StartRaw(CsvWriter.ContentType);
            HttpContext.Response.Headers.ContentDisposition = "inline; filename=\"zan_consommation.csv\"";
            await using var csv = new CsvWriter(HttpContext.Response.Body);
            await csv.WriteRowAsync("commune_id", "year", "destination", "hectares");
            foreach (var row in rows)
                await csv.WriteRowAsync(row.Commune, row.Year, row.Destination, row.Ha);
            return;
        }
        await Send.OkAsync(new Response(r.Territory, [.. rows.GroupBy(x => x.Year).OrderBy(g => g.Key).Select(g => new YearConsumption(g.Key,
            Math.Round(g.Sum(x => x.Ha), 2),
            Destinations.ToDictionary(d => d, d => Math.Round(g.Where(x => x.Destination == d).Sum(x => x.Ha), 2))))]), ct);
    }
}
