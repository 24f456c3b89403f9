using Dapper;
using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Http;

namespace Observatoires.Api.Observatories.Tourisme.GetOccupancy;

internal sealed class Request
{
    /// <summary>The EPCI whose occupancy the agency has: epci:200044030 (CC des 7 Vallées, the default) or epci:200072460 (CABBALR).</summary>
    [QueryParam] public string? Territory { get; set; }

    /// <summary>The year (2024). Default: the latest year with figures.</summary>
    [QueryParam] public int? Year { get; set; }

    internal sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Territory).Matches("^epci:[0-9]{9}$").When(r => r.Territory is not null)
                .WithMessage("territory is an EPCI id (epci:200044030): the occupancy is surveyed per EPCI");
            RuleFor(r => r.Year).InclusiveBetween(2000, 2100).WithMessage("year is a year between 2000 and 2100");
        }
    }
}

/// <summary>Nights sold and offered over some months, and the occupancy rate they give.</summary>
/// <param name="NightsSold">Nights sold (rooms or pitches occupied × nights).</param>
/// <param name="NightsOffered">Nights offered (rooms or pitches open × nights).</param>
/// <param name="Rate">Occupancy rate in %: Σ nights sold ÷ Σ nights offered × 100, one decimal.</param>
internal sealed record Nights(long NightsSold, long NightsOffered, double Rate);

/// <summary>One month's occupancy.</summary>
/// <param name="Month">The month (2024-08).</param>
/// <param name="NightsSold">Nights sold.</param>
/// <param name="NightsOffered">Nights offered.</param>
/// <param name="Rate">Nights sold ÷ nights offered × 100, one decimal.</param>
internal sealed record MonthOccupancy(string Month, long NightsSold, long NightsOffered, double Rate);

/// <summary>An EPCI's occupancy over a year.</summary>
/// <param name="Territory">The EPCI's id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Year">The year.</param>
/// <param name="Years">Every year with figures for this EPCI, oldest first.</param>
/// <param name="Months">The year's months with figures, in order.</param>
/// <param name="Total">The year: Σ over its months (never a mean of the monthly rates).</param>
/// <param name="Summer">The high season, June to September: Σ over those months; null when one is missing.</param>
/// <param name="PreviousYear">The year before, Σ over its months; null without figures.</param>
internal sealed record TourismeOccupancy(string Territory, string Name, int Year, IReadOnlyList<int> Years, IReadOnlyList<MonthOccupancy> Months,
    Nights Total, Nights? Summer, Nights? PreviousYear);

internal sealed class Endpoint(NpgsqlDataSource dataSource) : Endpoint<Request, TourismeOccupancy>
{
    public override void Configure()
    {
        Get("/api/v1/tourisme/occupancy");
        Options(o => o.WithMetadata(new ReadsData(TourismeLayers.DataDomain)));
        AllowAnonymous();
        Description(d => d.ProducesProblemDetails(400).ProducesProblemDetails(404));
        Summary(s =>
        {
            s.Summary = "The monthly occupancy of an EPCI's accommodation over a year, with the year's and the summer's rates as ratios of sums";
            s.Description = "Each month: nights sold, nights offered, rate = sold ÷ offered. The year, the summer (June to September) and the " +
                            "previous year are Σ nights sold ÷ Σ nights offered, so that a busy August weighs more than a quiet January. The " +
                            "agency has the occupancy of the CC des 7 Vallées and the CABBALR; another EPCI, or a year without figures, is a 404.";
            s.ExampleRequest = new Request { Territory = TourismeModule.Cc7v, Year = 2024 };
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        var epci = r.Territory ?? TourismeModule.Cc7v;
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var months = (await connection.QueryAsync<MonthOccupancy>("""
            select o.month, o.nights_sold::bigint as nightssold, o.nights_offered::bigint as nightsoffered,
                   round(100.0 * o.nights_sold / o.nights_offered, 1)::double precision as rate
            from tourisme.occupancy o where o.epci_id = @epci order by o.month
            """, new { epci })).ToList();
        var name = await connection.ExecuteScalarAsync<string?>("select name from platform.territory where id = @epci", new { epci });
        var years = months.Select(m => int.Parse(m.Month[..4], System.Globalization.CultureInfo.InvariantCulture)).Distinct().ToList();
        if (name is null || years.Count == 0)
        {
            await Send.ResultAsync(Problems.NotFound($"There is no occupancy for '{Echo.Cut(epci)}': the agency has it for the CC des 7 Vallées and the CABBALR"));
            return;
        }
        var year = r.Year ?? years[^1];
        var ofYear = months.Where(m => m.Month.StartsWith($"{year}-", StringComparison.Ordinal)).ToList();
        if (ofYear.Count == 0)
        {
            await Send.ResultAsync(Problems.NotFound($"There is no occupancy for {name} in {year}: its years are {string.Join(", ", years)}"));
            return;
        }
        var summer = ofYear.Where(m => m.Month[5..] is "06" or "07" or "08" or "09").ToList();
        var previous = months.Where(m => m.Month.StartsWith($"{year - 1}-", StringComparison.Ordinal)).ToList();
        await Send.OkAsync(new TourismeOccupancy(epci, name, year, years, ofYear, Occupancy.Sum(ofYear)!,
            summer.Count == 4 ? Occupancy.Sum(summer) : null, Occupancy.Sum(previous)), ct);
    }
}
