using Dapper;
using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Indicators;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.Habitat.Prix.GetPriceDistribution;

internal sealed class Request
{
    /// <summary>The zone: a commune, EPCI, groupement or département (commune:62119); not a custom zone.</summary>
    public string Territory { get; set; } = "";

    /// <summary>The year of the sales (default: the latest year with sales).</summary>
    [QueryParam] public int? Year { get; set; }

    /// <summary>maison (default) or appartement.</summary>
    [QueryParam] public string Type { get; set; } = PropertyTypes.House;

    internal sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            PriceZone.Validate(this, r => r.Territory);
            // Two zones differing by one small commune (an EPCI, and the EPCI without it) often get the same bars:
            // their counts' difference would place that commune's secret sales in price bands. Custom zones are what
            // makes such pairs, so the distribution is served for the referential's territories only.
            RuleFor(r => r.Territory).Must(t => !t.StartsWith("custom:", StringComparison.Ordinal))
                .WithMessage("the distribution is served for a commune, an EPCI, a groupement or the département, not a custom zone " +
                             "(two zones differing by one commune would reveal its sales' prices); the prices route takes custom zones");
            RuleFor(r => r.Year).InclusiveBetween(2014, 2100).When(r => r.Year is not null).WithMessage("year is a year from 2014 (DVF's first) to 2100");
            RuleFor(r => r.Type).Must(t => PropertyTypes.All.Contains(t)).WithMessage("type is maison or appartement");
        }
    }
}

/// <summary>A bar of the distribution: the sales whose € per m² is in [from, to).</summary>
/// <param name="From">Lower bound (€ per m², a multiple of 10); null for the first bar, open below.</param>
/// <param name="To">Upper bound (excluded); null for the last bar, open above.</param>
/// <param name="Count">Sales in it: 11 or more.</param>
internal sealed record PriceBin(double? From, double? To, int Count);

/// <param name="Status">published, secret (fewer than 11 sales: no price, no bar) or no_sales.</param>
/// <param name="Count">The sales of the year and type in the zone; null when secret.</param>
/// <param name="CountLabel">The count as shown: "248", or "&lt; 11" when secret.</param>
/// <param name="Bins">
/// Bars of at least 11 sales each, bounded by the zone's own quantiles (deciles when it has 110 sales or more), rounded
/// to 10 €; the first open below and the last open above. Empty unless published.
/// </param>
internal sealed record Response(TerritoryRef Territory, int Year, string Type, string Label, string Status, int? Count, string CountLabel,
    double? Median, double? Q1, double? Q3, IReadOnlyList<PriceBin> Bins);

internal sealed class Endpoint(NpgsqlDataSource dataSource, TerritoryHierarchy hierarchies) : Endpoint<Request, Response>
{
    private const string Where = "where commune_id = any(@Communes) and year = @Year and property_type = @Type";

    public override void Configure()
    {
        Get("/api/v1/habitat/prices/{territory}/distribution");
        Options(o => o.WithMetadata(new ReadsData(HabitatModule.DataDomain, TerritoryGeometry.DataDomain)));
        AllowAnonymous();
        Description(d => d.ProducesProblemDetails(400).ProducesProblemDetails(404));
        Summary(s =>
        {
            s.Summary = "The distribution of € per m² of a zone's sales in one year, in bars of at least 11 sales";
            s.Description = "The sales of the year and type in the zone, in up to 10 bars bounded by the zone's own quantiles (rounded to " +
                            "10 €; the first open below and the last open above, so that no bar shows the cheapest or the dearest sale), " +
                            "each holding 11 sales or more; with the median and quartiles. Territories of the referential only: a custom zone " +
                            "is a 400, because an EPCI and the same EPCI without one commune often share their bars, whose difference would " +
                            "place that commune's secret sales in price bands. Fewer than 11 sales: status secret, no price and no bar.";
            s.ExampleRequest = new Request { Territory = "epci:246200364", Year = 2024, Type = PropertyTypes.House };
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
        var year = r.Year ?? await PriceZone.LatestYearAsync(connection, ct);
        var args = new { Communes = zone.CoveredCommunes.ToArray(), Year = year, r.Type };
        var cell = await connection.QuerySingleAsync<(int Count, double? Median, double? Q1, double? Q3)>(new CommandDefinition($"""
            select count(*)::int, percentile_cont(0.5) within group (order by price_per_m2),
                   percentile_cont(0.25) within group (order by price_per_m2), percentile_cont(0.75) within group (order by price_per_m2)
            from habitat.sale {Where}
            """, args, cancellationToken: ct));
        var figure = PriceStatistics.Publish(new SalesCell(cell.Count, cell.Median, cell.Q1, cell.Q3));
        IReadOnlyList<PriceBin> bins = [];
        if (figure.Status == PriceStatus.Published)
        {
            var quantiles = PriceStatistics.QuantilesFor(cell.Count);
            var bounds = quantiles.Count == 0 ? [] : await connection.QuerySingleAsync<double[]>(new CommandDefinition(
                $"select percentile_cont(@Quantiles) within group (order by price_per_m2) from habitat.sale {Where}",
                new { args.Communes, args.Year, args.Type, Quantiles = quantiles.ToArray() }, cancellationToken: ct));
            var prices = (await connection.QueryAsync<double>(new CommandDefinition(
                $"select price_per_m2 from habitat.sale {Where} order by price_per_m2", args, cancellationToken: ct))).ToList();
            bins = [.. PriceStatistics.Bins(prices, bounds).Select(b => new PriceBin(b.From, b.To, b.Count))];
        }
        await Send.OkAsync(new Response(TerritoryRef.Of(zone), year, r.Type, PropertyTypes.Label(r.Type), figure.Status, figure.Count,
            figure.CountLabel, figure.Median, figure.Q1, figure.Q3, bins), ct);
    }
}
