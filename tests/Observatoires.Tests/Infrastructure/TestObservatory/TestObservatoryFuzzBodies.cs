using Dapper;

namespace Observatoires.Tests.Infrastructure.TestObservatory;

internal sealed class TestObservatoryFuzzBodies : IFuzzBodies
{
    public async Task<IReadOnlyList<BodyTemplate>> TemplatesAsync(ApiFactory factory, HttpClient client)
    {
        await using var connection = factory.OpenConnection();
        var establishment = await connection.QueryFirstAsync<int>("select id from test.etablissement order by id");
        return
        [
            new(HttpMethod.Post, "/api/v1/test/points/{id}/notes", $"/api/v1/test/points/{establishment}/notes",
                """{"text":"Vu sur place","scores":{"acces":5,"bati":1},"parts":[{"label":"bâti","share":0.5},{"label":"cour","share":0.5}]}"""),
        ];
    }
}
