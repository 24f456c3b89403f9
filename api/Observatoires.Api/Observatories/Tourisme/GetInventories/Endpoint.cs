using FastEndpoints;
using Npgsql;
using Observatoires.Api.Platform.Http;

namespace Observatoires.Api.Observatories.Tourisme.GetInventories;

internal sealed class Endpoint(NpgsqlDataSource dataSource) : EndpointWithoutRequest<IReadOnlyList<TourismeInventory>>
{
    public override void Configure()
    {
        Get("/api/v1/tourisme/inventories");
        Options(o => o.WithMetadata(new ReadsData(TourismeLayers.DataDomain)));
        AllowAnonymous();
        Summary(s =>
        {
            s.Summary = "The inventories of the accommodation supply, newest first";
            s.Description = "Each inventory is a dated vintage of the establishments (asOf), with how many it holds, their tourist beds, its " +
                            "source and when it was loaded. The layer tourisme-hebergements shows the newest.";
        });
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await Send.OkAsync(await TourismeInventory.LoadAsync(connection), ct);
    }
}
