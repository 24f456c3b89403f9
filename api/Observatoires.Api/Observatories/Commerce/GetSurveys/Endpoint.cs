using FastEndpoints;
using Npgsql;
using Observatoires.Api.Platform.Http;

namespace Observatoires.Api.Observatories.Commerce.GetSurveys;

internal sealed class Endpoint(NpgsqlDataSource dataSource) : EndpointWithoutRequest<IReadOnlyList<CommerceSurvey>>
{
    public override void Configure()
    {
        Get("/api/v1/commerce/surveys");
        Options(o => o.WithMetadata(new ReadsData(CommerceLayers.DataDomain)));
        AllowAnonymous();
        Summary(s =>
        {
            s.Summary = "The field surveys of the shopping streets, newest first";
            s.Description = "Each survey is a dated vintage of the cells (fieldwork from surveyedFrom to surveyedTo), with the number of cells " +
                            "it holds and when it was loaded. Two surveys compare at GET /api/v1/commerce/surveys/compare.";
        });
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await Send.OkAsync(await CommerceSurvey.LoadAsync(connection), ct);
    }
}
