using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Observatories.Mobilite;

/// <summary>A valid body for the priority routes' JSON write route, which the fuzz varies (the import takes a file, not JSON).</summary>
internal sealed class CyclableFuzzBodies : IFuzzBodies
{
    public Task<IReadOnlyList<BodyTemplate>> TemplatesAsync(ApiFactory factory, HttpClient client) =>
        Task.FromResult<IReadOnlyList<BodyTemplate>>(
        [
            new(HttpMethod.Put, "/api/v1/mobilite/priority-routes/{commune}", "/api/v1/mobilite/priority-routes/commune:62119",
                """{"name":"Itinéraire prioritaire Béthune","plannedKm":6.5}"""),
        ]);
}
