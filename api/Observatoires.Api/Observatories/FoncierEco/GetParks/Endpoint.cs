using Dapper;
using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.FoncierEco.GetParks;

internal sealed class Request
{
    /// <summary>Only the parks of this EPCI (epci:200072460).</summary>
    [QueryParam] public string? Epci { get; set; }

    internal sealed class Validator : Validator<Request>
    {
        public Validator() => RuleFor(r => r.Epci)
            .Must(e => TerritoryId.Problem(e) is null && e!.StartsWith("epci:", StringComparison.Ordinal))
            .When(r => r.Epci is not null).WithMessage(r => $"epci must be an EPCI id such as epci:200072460, not '{r.Epci}'");
    }
}

/// <param name="AvailableHa">Developed land still free: disponible_amenage and en_commercialisation.</param>
internal sealed record Totals(int Parks, double TotalHa, double OccupiedHa, double AvailableHa, double ReserveHa, double BrownfieldHa,
    double? OccupancyRate, int Establishments);

internal sealed record Response(Totals Totals, IReadOnlyList<ParkFigures> Items);

internal sealed class Endpoint(NpgsqlDataSource dataSource) : Endpoint<Request, Response>
{
    public override void Configure()
    {
        Get("/api/v1/foncier-eco/parks");
        Options(o => o.WithMetadata(new ReadsData(FoncierEcoLayers.DataDomain, TerritoryGeometry.DataDomain)));
        AllowAnonymous();
        Description(d => d.ProducesProblemDetails(400).ProducesProblemDetails(404));
        Summary(s =>
        {
            s.Summary = "Business parks with their land: total, occupied, available, reserves, brownfield, occupancy, establishments";
            s.Description = "Each business park with its land in hectares by status (occupied, available, reserves, brownfield), its occupancy rate and its number of establishments, and the totals; epci= keeps one EPCI's parks.";
            s.ExampleRequest = new Request { Epci = "epci:200072460" };
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        if (r.Epci is not null && !await connection.ExecuteScalarAsync<bool>("select exists (select 1 from platform.territory where id = @Epci)", new { r.Epci }))
        {
            await Send.ResultAsync(Problems.UnknownTerritory(r.Epci));
            return;
        }
        var parks = await ParkFigures.ListAsync(connection, r.Epci);
        var total = parks.Sum(p => p.TotalHa);
        var occupied = parks.Sum(p => p.OccupiedHa);
        await Send.OkAsync(new Response(new Totals(parks.Count, Math.Round(total, 2), Math.Round(occupied, 2),
            Math.Round(parks.Sum(p => p.AvailableHa + p.MarketedHa), 2), Math.Round(parks.Sum(p => p.ReserveHa), 2),
            Math.Round(parks.Sum(p => p.BrownfieldHa), 2), total > 0 ? Math.Round(100 * occupied / total, 1) : null,
            parks.Sum(p => p.Establishments)), parks), ct);
    }
}
