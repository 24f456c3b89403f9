using Dapper;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Observatories.Trames;

internal sealed class TramesFuzzBodies : IFuzzBodies
{
    public async Task<IReadOnlyList<BodyTemplate>> TemplatesAsync(ApiFactory factory, HttpClient client)
    {
        await using var connection = factory.OpenConnection();
        var element = await connection.QueryFirstAsync<int>("select id from trames.element where retired_at is null and kind = 'corridor' order by id");
        var line = await connection.QuerySingleAsync<string>("""
            select st_asgeojson(st_makeline(st_translate(p, -0.001, 0), st_translate(p, 0.001, 0)), 7)
            from (select st_pointonsurface(geom) as p from platform.territory where id = 'commune:62510') t
            """);
        return
        [
            new(HttpMethod.Post, "/api/v1/trames/change-requests", "/api/v1/trames/change-requests",
                $$"""{"action":"add","network":"verte","kind":"corridor","name":"Haie","status":"a_creer","geometry":{{line}},"comment":"Plantée en 2025"}"""),
            new(HttpMethod.Post, "/api/v1/trames/change-requests", "/api/v1/trames/change-requests",
                $$"""{"action":"modify","elementId":{{element}},"status":"existant","geometry":{{line}},"comment":"Réalisé"}"""),
            new(HttpMethod.Post, "/api/v1/trames/change-requests/{id}/review", "/api/v1/trames/change-requests/1/review",
                """{"decision":"reject","reason":"Doublon"}"""),
        ];
    }
}
