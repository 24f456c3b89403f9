using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Observatories.Mobilite;

/// <summary>A valid body for the PDU objectives' write route, which the fuzz varies.</summary>
internal sealed class PduFuzzBodies : IFuzzBodies
{
    public Task<IReadOnlyList<BodyTemplate>> TemplatesAsync(ApiFactory factory, HttpClient client) =>
        Task.FromResult<IReadOnlyList<BodyTemplate>>(
        [
            new(HttpMethod.Put, "/api/v1/mobilite/pdu/objectives/{code}", "/api/v1/mobilite/pdu/objectives/fuzz",
                """{"label":"Réduire de moitié les accidents","territory":"groupement:pma","indicator":"mobilite.accidents_pieton_cycliste_5ans","baselineYear":2019,"targetChange":-0.5,"horizonYear":2030,"direction":"down"}"""),
        ]);
}
