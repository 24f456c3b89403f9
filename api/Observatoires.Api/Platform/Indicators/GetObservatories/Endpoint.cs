using Dapper;
using FastEndpoints;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Indicators.Engine;

namespace Observatoires.Api.Platform.Indicators.GetObservatories;

internal sealed record ObservatoryItem(string Slug, string Name, string Description, int IndicatorCount, string Href);

internal sealed record Response(IReadOnlyList<ObservatoryItem> Items);

internal sealed class Endpoint(NpgsqlDataSource dataSource, ICallerAccessor callers) : EndpointWithoutRequest<Response>
{
    public override void Configure()
    {
        Get("/api/v1/observatories");
        AllowAnonymous();
        Summary(s =>
        {
            s.Summary = "The observatories";
            s.Description = "Every observatory of the platform, in the agency's order, with the number of indicators you may see.";
            s.ResponseExamples[200] = new Response([new("emploi", "Emploi et entrepreneuriat",
                "Emploi salarié privé, établissements employeurs, salaires et demandeurs d'emploi.", 4,
                "http://127.0.0.1:8080/api/v1/observatories/emploi")]);
        });
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var visible = (await IndicatorInfo.ListAsync(connection, callers.Current)).CountBy(i => i.ObservatorySlug)
            .ToDictionary(c => c.Key, c => c.Value);
        var observatories = await connection.QueryAsync<(string Slug, string Name, string Description)>(
            "select slug, name, description from platform.observatory order by sort_order, slug");
        var root = HttpContext.Request.PublicUrl("/api/v1/observatories/");
        await Send.OkAsync(new Response([.. observatories.Select(o =>
            new ObservatoryItem(o.Slug, o.Name, o.Description, visible.GetValueOrDefault(o.Slug), root + o.Slug))]), ct);
    }
}
