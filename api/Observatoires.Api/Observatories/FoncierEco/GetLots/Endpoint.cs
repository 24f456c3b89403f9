using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Indicators.Catalogue;
using Observatoires.Api.Platform.Indicators.Engine;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.FoncierEco.GetLots;

internal sealed class Request
{
    /// <summary>Park id.</summary>
    public int Id { get; set; }

    /// <summary>The lots as they stood on this day (yyyy-mm-dd, end of day UTC) or instant: "what was available on date D".</summary>
    [QueryParam] public string? AsOf { get; set; }

    internal sealed class Validator : Validator<Request>
    {
        public Validator() =>
            RuleFor(r => r.AsOf).Must(a => AsOfDate.TryParse(a, out _)).When(r => r.AsOf is not null)
                .WithMessage("asOf must be a date (2025-06-30) or an ISO 8601 instant");
    }
}

/// <param name="OccupantName">Partner-level: only for partners whose scope holds the park, and the agency.</param>
internal sealed record LotItem(int Id, int Version, string Status, double AreaHa, string? OccupantName, string? OccupantSiret,
    int? SplitFrom, DateTime UpdatedAt, string ETag);

internal sealed record Response(int Park, DateTimeOffset? AsOf, IReadOnlyList<LotItem> Items);

internal sealed class Endpoint(NpgsqlDataSource dataSource, ICallerAccessor callers) : Endpoint<Request, Response>
{
    public override void Configure()
    {
        Get("/api/v1/foncier-eco/parks/{id}/lots");
        // The list's ETag is the data version (each lot's own version is in its item); answers differ by role and scope.
        Options(o => o.WithMetadata(new ReadsData(FoncierEcoLayers.DataDomain, TerritoryGeometry.DataDomain)));
        AllowAnonymous();
        Description(d => d.ProducesProblemDetails(400));
        Summary(s =>
        {
            s.Summary = "The lots of a park, now or as they stood on a date (asOf); occupants for partners in scope";
            s.Description = "Each lot with its area, status, version and ETag (its geometry is in the OGC collection of lots); the occupant's name and SIRET only for partners of the park's territory and the agency. With asOf, the lots as they stood at that date.";
            s.ExampleRequest = new Request { Id = 1, AsOf = "2025-06-30" };
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        AsOfDate.TryParse(r.AsOf, out var asOf);
        var caller = callers.Current;
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var lots = await Lot.ListAsync(connection, r.Id, asOf);
        await Send.OkAsync(new Response(r.Id, asOf, [.. lots.Select(l =>
        {
            var seesOccupant = caller.CanSeeFiguresOf(Confidentiality.Partner, l.CommuneId, []);
            return new LotItem(l.Id, l.Version, l.Status, Math.Round(l.AreaHa, 3), seesOccupant ? l.OccupantName : null,
                seesOccupant ? l.OccupantSiret : null, l.SplitFrom, l.UpdatedAt, l.ETag);
        })]), ct);
    }
}
