using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Indicators;
using Observatoires.Api.Platform.Indicators.Engine;
using Observatoires.Api.Platform.Indicators.Values;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.Transitions.GetDonut;

internal sealed class Request
{
    /// <summary>The territory: a commune, EPCI, groupement, département or région id (epci:200072460), or a custom zone (custom:62119+62178).</summary>
    public string Territory { get; set; } = "";

    internal sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Territory).Must(t => TargetLookup.Problem(t) is null).WithMessage(r => TargetLookup.Problem(r.Territory) ?? "");
        }
    }
}

/// <summary>A dimension of the Donut for the territory: its bound and where the territory stands.</summary>
/// <param name="Code">Its code in the set.</param>
/// <param name="Ring">social (a floor, the inner ring) or ecological (a ceiling, the outer ring).</param>
/// <param name="Direction">up: higher is better, the bound is a minimum; down: lower is better, the bound is a maximum.</param>
/// <param name="Bound">The floor or ceiling, in the indicator's unit.</param>
/// <param name="Source">Where the bound comes from.</param>
/// <param name="Indicator">The catalogue indicator; null when the caller may not see it or it left the catalogue.</param>
/// <param name="Period">The year read: the indicator's latest; null without values.</param>
/// <param name="Value">The territory's value that year; null without one or when withheld (réservé).</param>
/// <param name="Position">Signed distance beyond the bound as a share of it: up (bound − value) ÷ bound, down (value − bound) ÷ bound; positive beyond it, negative inside the safe space.</param>
/// <param name="Gap">The position, 0 inside the safe space: how far below the floor (shortfall) or beyond the ceiling (overshoot).</param>
/// <param name="Status">shortfall (sous le plancher social), overshoot (au-delà du plafond écologique), within (dans l'espace juste et sûr), no_data or restricted (réservé: the caller may not see the figure).</param>
/// <param name="StatusLabel">The status in French.</param>
internal sealed record DonutReading(string Code, string Label, string Ring, string Direction, double Bound, string Source, TransitionsIndicator? Indicator,
    string? Period, double? Value, double? Position, double? Gap, string Status, string StatusLabel);

/// <summary>How many dimensions stand where.</summary>
internal sealed record DonutSummary(int Dimensions, int Shortfalls, int Overshoots, int Within, int NoData, int Restricted);

/// <summary>The Donut of a territory.</summary>
/// <param name="SetEtag">The dimension set's version (GET /api/v1/transitions/donut-dimensions).</param>
internal sealed record TransitionsDonut(TerritoryRef Territory, IReadOnlyList<DonutReading> Dimensions, DonutSummary Summary, string SetEtag);

internal sealed class Endpoint(NpgsqlDataSource dataSource, TerritoryHierarchy hierarchies, ICallerAccessor callers) : Endpoint<Request, TransitionsDonut>
{
    public override void Configure()
    {
        Get("/api/v1/transitions/donut/{territory}");
        Options(o => o.WithMetadata(new ReadsData(TransitionsModule.DataDomain, ValueWriter.DataDomain, TerritoryGeometry.DataDomain)));
        AllowAnonymous();
        Description(d => d.Produces<TransitionsDonut>(200, "application/json").ProducesProblemDetails(400).ProducesProblemDetails(404));
        Summary(s =>
        {
            s.Summary = "The Donut of a territory: each dimension's social floor or ecological ceiling and how far the territory is beyond it";
            s.Description = "For each dimension of the set (GET /api/v1/transitions/donut-dimensions), the territory's value of its catalogue " +
                            "indicator at the indicator's latest year, computed by the platform's engine (an EPCI, groupement or custom zone " +
                            "aggregated from its communes by the indicator's rule, with the caller's rights and statistical secrecy), and its " +
                            "distance beyond the bound as a share of it: shortfall = (floor − value) ÷ floor below a social floor, overshoot = " +
                            "(value − ceiling) ÷ ceiling above an ecological ceiling (signs swapped for a bound of the other direction). A " +
                            "figure the caller may not see is restricted (réservé): no value, no position, and no total is given that would " +
                            "let it be solved back.";
            s.ExampleRequest = new Request { Territory = "epci:200072460" };
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var hierarchy = await hierarchies.GetAsync(ct);
        if (await TargetLookup.FindAsync(connection, hierarchy, r.Territory) is not { } territory)
        {
            await Send.ResultAsync(Problems.NotFound($"Territory '{Echo.Cut(r.Territory)}' does not exist"));
            return;
        }
        var caller = callers.Current;
        var (set, _) = await DonutSet.LoadAsync(connection);
        var readings = new List<DonutReading>();
        foreach (var d in set.Dimensions)
        {
            var figures = await LatestFigures.ReadAsync(connection, hierarchy, caller, d.Indicator, [territory]);
            var seen = figures.Of(territory.Id);
            var reading = seen.Value is { } value ? Boundaries.Read(d.Ring, d.Direction, d.Bound, value) : null;
            var status = seen.Restricted ? Boundaries.Restricted : reading?.Status ?? Boundaries.NoData;
            readings.Add(new(d.Code, d.Label, d.Ring, d.Direction, d.Bound, d.Source, figures.Indicator, figures.Period, LatestFigures.Round(seen.Value),
                LatestFigures.Round(reading?.Position), LatestFigures.Round(reading?.Gap), status, Boundaries.Label(status)));
        }
        int Count(string status) => readings.Count(x => x.Status == status);
        var summary = new DonutSummary(readings.Count, Count(Boundaries.Shortfall), Count(Boundaries.Overshoot), Count(Boundaries.Within),
            Count(Boundaries.NoData), Count(Boundaries.Restricted));
        await Send.OkAsync(new TransitionsDonut(TerritoryRef.Of(territory), readings, summary, set.Etag), ct);
    }
}
