using Dapper;
using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Geo.Layers;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Indicators.Engine;

namespace Observatoires.Api.Platform.Indicators.GetObservatory;

internal sealed class Request
{
    /// <summary>Observatory slug, e.g. emploi.</summary>
    public string Slug { get; set; } = "";

    internal sealed class Validator : Validator<Request>
    {
        public Validator() => RuleFor(r => r.Slug).Matches("^[a-z0-9]+(-[a-z0-9]+)*$").MaximumLength(60)
            .WithMessage("an observatory slug is made of lowercase letters, digits and dashes, e.g. emploi");
    }
}

internal sealed record Theme(string Code, string Name, IReadOnlyList<IndicatorSummary> Indicators);

/// <param name="Layers">The observatory's map layers: ids of OGC API Features collections (/ogc/collections/{id}).</param>
internal sealed record Response(string Slug, string Name, string Description, IReadOnlyList<Theme> Themes, IReadOnlyList<string> Layers);

internal sealed record ObservatoryRow(string Slug, string Name, string Description);

internal sealed class Endpoint(NpgsqlDataSource dataSource, ICallerAccessor callers, IEnumerable<IModule> modules)
    : Endpoint<Request, Response>
{
    public override void Configure()
    {
        Get("/api/v1/observatories/{slug}");
        AllowAnonymous();
        Description(d => d.ProducesProblemDetails(400).ProducesProblemDetails(404));
        Summary(s =>
        {
            s.Summary = "One observatory: its themes and indicators";
            s.Description = "Its themes in order, each with the indicators you may see (their metadata as in the catalogue), and the layers it publishes.";
            s.ExampleRequest = new Request { Slug = "emploi" };
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var o = await connection.QuerySingleOrDefaultAsync<ObservatoryRow>(
            "select slug, name, description from platform.observatory where slug = @Slug", new { r.Slug });
        if (o is null)
        {
            await Send.ResultAsync(Problems.NotFound($"Observatory '{r.Slug}' does not exist"));
            return;
        }
        var indicators = (await IndicatorInfo.ListAsync(connection, callers.Current)).Where(i => i.ObservatorySlug == o.Slug).ToList();
        var themes = await connection.QueryAsync<(string Code, string Name)>(
            "select code, name from platform.theme where observatory_slug = @Slug order by sort_order", new { r.Slug });
        var layers = modules.OfType<IObservatoryModule>().Where(m => m.Observatory.Slug == o.Slug).OfType<ILayerModule>()
            .SelectMany(m => m.Layers).Where(l => callers.Current.CanSee(l.Confidentiality)).Select(l => l.Id);
        await Send.OkAsync(new Response(o.Slug, o.Name, o.Description,
            [.. themes.Select(t => new Theme(t.Code, t.Name,
                [.. indicators.Where(i => i.ThemeCode == t.Code).Select(IndicatorSummary.Of)]))], [.. layers]), ct);
    }
}
