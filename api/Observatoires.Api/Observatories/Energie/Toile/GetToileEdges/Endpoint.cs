using System.Text.Json;
using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Geo;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.Energie.Toile.GetToileEdges;

internal sealed class Request
{
    /// <summary>Only existing or only potential flows.</summary>
    [QueryParam] public string? Status { get; set; }

    /// <summary>Only the flows of this carrier (electricite, gaz, chaleur, biogaz, vapeur).</summary>
    [QueryParam] public string? Carrier { get; set; }

    internal sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Status).Must(s => s is null || ToileGraph.Statuses.Contains(s))
                .WithMessage($"status must be one of {string.Join(", ", ToileGraph.Statuses)}");
            RuleFor(r => r.Carrier).Must(c => c is null || ToileGraph.Carriers.Contains(c))
                .WithMessage($"carrier must be one of {string.Join(", ", ToileGraph.Carriers)}");
        }
    }
}

/// <summary>A straight line from the flow's origin to its end, [longitude, latitude] in WGS 84.</summary>
/// <param name="Type">Always LineString.</param>
internal sealed record ToileEdgeLine(string Type, IReadOnlyList<IReadOnlyList<double>> Coordinates);

/// <param name="Gwh">Annual volume; null when the flow touches a site anonymised for the caller.</param>
/// <param name="VolumeMin">Lower bound of its volume class, GWh.</param>
/// <param name="VolumeMax">Upper bound (excluded) of its volume class; null for the last class.</param>
/// <param name="FromPositionPrecision">site, or epci (departement) when the origin is an anonymised site drawn at its EPCI's
/// (département's) representative point.</param>
internal sealed record ToileEdgeProperties(int From, int To, string FromLabel, string ToLabel, string Carrier, string Kind, string Status,
    double? Gwh, double VolumeMin, double? VolumeMax, string VolumeLabel, string FromPositionPrecision, string ToPositionPrecision);

/// <param name="Type">Always Feature.</param>
internal sealed record ToileEdgeFeature(string Type, int Id, ToileEdgeLine Geometry, ToileEdgeProperties Properties);

/// <summary>The Toile's flows as a GeoJSON FeatureCollection (RFC 7946).</summary>
/// <param name="Type">Always FeatureCollection.</param>
internal sealed record ToileEdgeFeatureCollection(string Type, IReadOnlyList<ToileEdgeFeature> Features);

internal sealed class Endpoint(NpgsqlDataSource dataSource, ICallerAccessor callers) : Endpoint<Request>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public override void Configure()
    {
        Get("/api/v1/energie/toile/edges");
        Options(o => o.WithMetadata(new ReadsData(EnergieModule.DataDomain, TerritoryGeometry.DataDomain)));
        AllowAnonymous();
        Description(d => d.Produces(200, typeof(ToileEdgeFeatureCollection), FeatureCollectionWriter.ContentType).ProducesProblemDetails(400));
        Summary(s =>
        {
            s.Summary = "The Toile's flows as GeoJSON lines, for maps and GIS (QGIS, GDAL)";
            s.Description = "Each flow as a LineString from its origin to its end, with its carrier, kind, status, volume and volume " +
                            "class. A flow touching an industrial site the caller sees anonymised has no volume (its class only) and " +
                            "that end at the site's EPCI's representative point (positionPrecision epci); the flow between a source " +
                            "substation and such a site is left out (it would tell the substation nearest to the site).";
            s.ExampleRequest = new Request { Status = "existing", Carrier = "chaleur" };
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var view = new ToileView(await ToileGraph.LoadAsync(connection), callers.Current);
        var features = view.Edges
            .Where(e => (r.Status is null || e.Status == r.Status) && (r.Carrier is null || e.Carrier == r.Carrier))
            .Select(e =>
            {
                var (from, to) = (view.Node(e.From)!, view.Node(e.To)!);
                return new ToileEdgeFeature("Feature", e.Id, new ToileEdgeLine("LineString", [[from.Longitude, from.Latitude], [to.Longitude, to.Latitude]]),
                    new ToileEdgeProperties(e.From, e.To, from.Label, to.Label, e.Carrier, e.Kind, e.Status, e.Gwh, e.VolumeClass.Min,
                        e.VolumeClass.Max, e.VolumeClass.Label, from.PositionPrecision, to.PositionPrecision));
            }).ToList();
        await Send.StringAsync(JsonSerializer.Serialize(new ToileEdgeFeatureCollection("FeatureCollection", features), Json), 200,
            FeatureCollectionWriter.ContentType, ct);
    }
}
