using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Observatories.Energie;

/// <summary>A valid body for the accounts' JSON write route, which the fuzz varies.</summary>
internal sealed class EnergieAccountsFuzzBodies : IFuzzBodies
{
    public Task<IReadOnlyList<BodyTemplate>> TemplatesAsync(ApiFactory factory, HttpClient client) =>
        Task.FromResult<IReadOnlyList<BodyTemplate>>(
        [
            new(HttpMethod.Put, "/api/v1/energie/targets/{territory}", "/api/v1/energie/targets/epci:200072460",
                """{"targets":[{"year":2030,"share":0.2},{"year":2050,"share":0.5}],"document":"PCAET de la CABBALR"}"""),
        ]);
}
