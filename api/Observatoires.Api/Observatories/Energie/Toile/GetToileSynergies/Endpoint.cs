using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.Energie.Toile.GetToileSynergies;

internal sealed class Request
{
    /// <summary>Largest distance between the waste-heat source and the heat demand, km (more than 0, at most 100; default 10).</summary>
    [QueryParam] public double MaxDistanceKm { get; set; } = 10;

    /// <summary>Smallest volume that could be exchanged, GWh a year (0 to 10,000; default 0).</summary>
    [QueryParam] public double MinGwh { get; set; }

    internal sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.MaxDistanceKm).GreaterThan(0).LessThanOrEqualTo(100);
            RuleFor(r => r.MinGwh).InclusiveBetween(0, 10_000);
        }
    }
}

/// <param name="Items">The candidates, largest exchangeable volume first.</param>
internal sealed record Response(double MaxDistanceKm, double MinGwh, IReadOnlyList<SynergyCandidate> Items);

internal sealed class Endpoint(NpgsqlDataSource dataSource, ICallerAccessor callers) : Endpoint<Request, Response>
{
    public override void Configure()
    {
        Get("/api/v1/energie/toile/synergies");
        Options(o => o.WithMetadata(new ReadsData(EnergieModule.DataDomain, TerritoryGeometry.DataDomain)));
        AllowAnonymous();
        Description(d => d.ProducesProblemDetails(400));
        Summary(s =>
        {
            s.Summary = "Synergy candidates: waste-heat sources and heat demands within a distance, ranked by the volume they could exchange";
            s.Description = "Every pair of a node with recoverable waste heat (an industrial site, a waste-to-energy plant) and another " +
                            "with a heat demand (a heat network, a site) at most maxDistanceKm apart (PostGIS distance on the ellipsoid), " +
                            "whose exchangeable volume — the smaller of the two — is at least minGwh, largest first, then nearest. A pair " +
                            "with a site anonymised for the caller shows its distance and volume as classes, the distance taken from the " +
                            "point the site is shown at (its EPCI's), never from its own position; the filters and ranking read those " +
                            "classes: it is kept when its distance class starts below maxDistanceKm and its volume class reaches above minGwh.";
            s.ExampleRequest = new Request { MaxDistanceKm = 10, MinGwh = 5 };
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var view = new ToileView(await ToileGraph.LoadAsync(connection), callers.Current);
        var pairs = await Synergies.PairsAsync(connection, view);
        await Send.OkAsync(new Response(r.MaxDistanceKm, r.MinGwh, Synergies.Rank(pairs, view, r.MaxDistanceKm, r.MinGwh)), ct);
    }
}
