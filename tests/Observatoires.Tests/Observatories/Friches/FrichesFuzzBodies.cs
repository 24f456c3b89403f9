using Dapper;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Observatories.Friches;

internal sealed class FrichesFuzzBodies : IFuzzBodies
{
    public async Task<IReadOnlyList<BodyTemplate>> TemplatesAsync(ApiFactory factory, HttpClient client)
    {
        await using var connection = factory.OpenConnection();
        var site = await connection.QueryFirstAsync<int>("select id from friches.site order by id");
        return
        [
            new(HttpMethod.Post, "/api/v1/friches/scores/what-if", "/api/v1/friches/scores/what-if", """{"weights":{"pollution":5,"area":1}}"""),
            new(HttpMethod.Post, "/api/v1/friches/sites/{id}/status", $"/api/v1/friches/sites/{site}/status",
                """{"status":"verifiee_terrain","fieldCheckedOn":"2026-01-20"}"""),
        ];
    }
}
