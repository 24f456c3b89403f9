using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Observatories.PolitiqueVille;

/// <summary>A valid body for the NPNRU programmes' write route, which the fuzz varies.</summary>
internal sealed class PolitiqueVilleFuzzBodies : IFuzzBodies
{
    public Task<IReadOnlyList<BodyTemplate>> TemplatesAsync(ApiFactory factory, HttpClient client) =>
        Task.FromResult<IReadOnlyList<BodyTemplate>>(
        [
            new(HttpMethod.Put, "/api/v1/politique-ville/npnru/{id}", "/api/v1/politique-ville/npnru/fuzz",
                """{"name":"NPNRU de démonstration","qpvs":["qpv:QN06201M"],"t0Year":2018}"""),
        ]);
}
