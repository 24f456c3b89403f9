using FastEndpoints;
using Npgsql;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Indicators.Values;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.Zan.GetCounter;

internal sealed class Request
{
    /// <summary>A commune, EPCI, groupement (SCoT-like), département or custom zone (custom:62119+62193).</summary>
    [QueryParam] public string Territory { get; set; } = "";

    internal sealed class Validator : Validator<Request>
    {
        public Validator() => ZanTerritory.Validate(this, r => r.Territory);
    }
}

internal sealed class Endpoint(NpgsqlDataSource dataSource, TerritoryHierarchy hierarchies) : Endpoint<Request, Counter>
{
    public override void Configure()
    {
        Get("/api/v1/zan/counter");
        Options(o => o.WithMetadata(new ReadsData(ZanModule.DataDomain, ValueWriter.DataDomain, TerritoryGeometry.DataDomain)));
        AllowAnonymous();
        Description(d => d.ProducesProblemDetails(400).ProducesProblemDetails(404));
        Summary(s =>
        {
            s.Summary = "The ZAN counter of a territory: reference 2011–2020, envelope 2021–2030, consumed, remaining, pace, exhaustion, path to 2050";
            s.Description = "Envelope = Σ over the communes of max(reference × (1 − reduction), 1 ha): the reduction is 50 % unless the " +
                            "agency set another for the territory (regional territorialisation), and 1 ha is the floor each commune is " +
                            "guaranteed. Pace: average of the last 3 years; exhaustion: latest year + remaining ÷ pace, rounded up.";
            s.ExampleRequest = new Request { Territory = "epci:200072460" };
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        if (await ZanTerritory.CommunesAsync(connection, await hierarchies.GetAsync(ct), r.Territory) is not { } communes)
        {
            await Send.ResultAsync(Problems.UnknownTerritory(r.Territory));
            return;
        }
        await Send.OkAsync(await Counter.ComputeAsync(connection, r.Territory, communes), ct);
    }
}
