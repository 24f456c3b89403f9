using Dapper;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Observatories.FoncierEco;

internal sealed class FoncierEcoFuzzBodies : IFuzzBodies
{
    public async Task<IReadOnlyList<BodyTemplate>> TemplatesAsync(ApiFactory factory, HttpClient client)
    {
        int lot, park;
        await using (var connection = factory.OpenConnection())
        {
            lot = await connection.QueryFirstAsync<int>("select lot_id from foncier_eco.lot_version where valid_to is null order by lot_id");
            park = await connection.QueryFirstAsync<int>("select zae_id from foncier_eco.lot_version where lot_id = @lot", new { lot });
        }
        var lotGeometry = (await client.GetJsonAsync($"/ogc/collections/foncier-eco-lots/items/{lot}")).GetProperty("geometry").GetRawText();
        return
        [
            new(HttpMethod.Patch, "/api/v1/foncier-eco/lots/{id}", $"/api/v1/foncier-eco/lots/{lot}",
                """{"status":"occupe","occupantName":"Transports Leclercq","occupantSiret":"81234567800012"}"""),
            new(HttpMethod.Post, "/api/v1/foncier-eco/lots/{id}/split", $"/api/v1/foncier-eco/lots/{lot}/split?dryRun=true",
                $$"""{"parts":[{"geometry":{{lotGeometry}}},{"geometry":{{lotGeometry}},"status":"friche"}]}"""),
            new(HttpMethod.Post, "/api/v1/foncier-eco/lots/{id}/split", $"/api/v1/foncier-eco/lots/{lot}/split?dryRun=true",
                """{"cutLine":{"type":"LineString","coordinates":[[2.5,50.3],[2.6,50.6]]},"parts":[{"status":"occupe"},{"status":"friche"}]}"""),
            new(HttpMethod.Post, "/api/v1/foncier-eco/parks/{id}/lots", $"/api/v1/foncier-eco/parks/{park}/lots",
                $$"""{"geometry":{{lotGeometry}},"status":"friche"}"""),
        ];
    }
}
