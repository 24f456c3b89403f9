using FastEndpoints;
using Npgsql;
using Observatoires.Api.Platform.Http;

namespace Observatoires.Api.Observatories.Transitions.GetDonutDimensions;

internal sealed class Endpoint(NpgsqlDataSource dataSource) : EndpointWithoutRequest<DonutSet>
{
    public override void Configure()
    {
        Get("/api/v1/transitions/donut-dimensions");
        Options(o => o.WithMetadata(new ReadsData(TransitionsModule.DataDomain)));
        AllowAnonymous();
        Description(d => d.Produces<DonutSet>(200, "application/json"));
        Summary(s =>
        {
            s.Summary = "The Donut's dimensions: each catalogue indicator with its social floor or ecological ceiling and its source";
            s.Description = "The set the agency edits (PUT /api/v1/transitions/donut-dimensions with If-Match: its etag). A social dimension " +
                            "has a floor (the inner ring), an ecological one a ceiling (the outer ring); direction up means higher is better " +
                            "(the bound is a minimum), down lower is better (the bound is a maximum).";
        });
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var (set, _) = await DonutSet.LoadAsync(connection);
        await Send.OkAsync(set, ct);
    }
}
