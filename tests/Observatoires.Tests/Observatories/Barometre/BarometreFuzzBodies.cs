using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Observatories.Barometre;

/// <summary>A valid body for the barometer's brief write route, which the fuzz varies.</summary>
internal sealed class BarometreFuzzBodies : IFuzzBodies
{
    public Task<IReadOnlyList<BodyTemplate>> TemplatesAsync(ApiFactory factory, HttpClient client) =>
        Task.FromResult<IReadOnlyList<BodyTemplate>>(
        [
            new(HttpMethod.Put, "/api/v1/barometre/{territory}/{quarter}/brief", "/api/v1/barometre/groupement:pma/2024-Q3/brief",
                """{"text":"L'emploi salarié privé progresse encore ce trimestre."}"""),
        ]);
}
