using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Platform.Territories;

/// <summary>The peer groups' write: a valid member list of the group perimeter.json creates.</summary>
internal sealed class PeerGroupFuzzBodies : IFuzzBodies
{
    public Task<IReadOnlyList<BodyTemplate>> TemplatesAsync(ApiFactory factory, HttpClient client) =>
        Task.FromResult<IReadOnlyList<BodyTemplate>>(
        [
            new(HttpMethod.Put, "/api/v1/peer-groups/{id}", "/api/v1/peer-groups/groupement:pairs-cabbalr",
                """{"members":["epci:245901160","epci:200044618","epci:200033579"]}"""),
        ]);
}
