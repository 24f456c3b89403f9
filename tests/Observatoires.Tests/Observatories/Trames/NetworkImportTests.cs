using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Dapper;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Observatories.Trames;

/// <summary>Replacing a network from a GeoJSON file: the agency's, all or nothing, with every element's history kept.</summary>
public sealed class NetworkImportTests : ApiTest
{
    private async Task<(HttpStatusCode Status, JsonElement Body)> ImportAsync(string network, string file, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/trames/networks/{network}/import")
        {
            Content = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(file)), "file", "trame-bleue.geojson" } },
        };
        if (key is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    private async Task<(string Inside, string Outside)> LinesAsync()
    {
        await using var connection = Factory.OpenConnection();
        const string Sql = """
            select st_asgeojson(st_makeline(st_translate(p, -0.0005, 0), st_translate(p, 0.0005, 0)), 7)
            from (select st_pointonsurface(geom) as p from platform.territory where id = @id) t
            """;
        return (await connection.QuerySingleAsync<string>(Sql, new { id = "commune:62413" }),
            await connection.QuerySingleAsync<string>(Sql, new { id = "commune:62119" }));
    }

    private static string File(params (string Name, string Geometry)[] features) =>
        $$"""{"type":"FeatureCollection","features":[{{string.Join(",", features.Select(f =>
            $$"""{"type":"Feature","properties":{"nom":"{{f.Name}}","statut":"existant"},"geometry":{{f.Geometry}}}"""))}}]}""";

    [Test]
    public async Task A_file_with_a_feature_outside_the_CALL_changes_nothing_and_names_the_feature()
    {
        var (inside, outside) = await LinesAsync();
        await using var connection = Factory.OpenConnection();
        var before = await connection.ExecuteScalarAsync<int>("select count(*) from trames.element where network = 'bleue' and retired_at is null");
        var (status, problem) = await ImportAsync("bleue", File(("Fossé", inside), ("Ailleurs", outside)), await CreateKeyAsync("agency_editor"));
        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(problem.GetProperty("errors").EnumerateArray().Select(e => e.Str("reason")),
            Is.EqualTo(new[] { "features[1]: the geometry must lie inside the CALL (epci:246200364)" }), problem.ToString());
        Assert.That(await connection.ExecuteScalarAsync<int>("select count(*) from trames.element where network = 'bleue' and retired_at is null"), Is.EqualTo(before));
        Assert.That((await ImportAsync("bleue", File(("Fossé", inside)), await CreateKeyAsync("partner_editor", "epci:246200364"))).Status,
            Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await ImportAsync("rouge", File(("Fossé", inside)), await CreateKeyAsync("agency_editor"))).Status, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task A_valid_file_replaces_the_network_and_each_replaced_element_keeps_its_history()
    {
        var (inside, _) = await LinesAsync();
        await using var connection = Factory.OpenConnection();
        var old = (await connection.QueryAsync<int>("select id from trames.element where network = 'bleue' and retired_at is null")).ToList();
        Assert.That(old, Is.Not.Empty);
        var agency = await CreateKeyAsync("agency_editor");
        var (status, body) = await ImportAsync("bleue", File(("Fossé des Marais", inside)), agency);
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), body.ToString());
        Assert.That(body.GetProperty("retired").GetInt32(), Is.EqualTo(old.Count));
        Assert.That(body.GetProperty("imported").GetInt32(), Is.EqualTo(1));

        var corridors = await Client.GetJsonAsync("/ogc/collections/trames-bleue-corridors/items");
        Assert.That(corridors.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties").Str("name")), Is.EqualTo(new[] { "Fossé des Marais" }));
        Assert.That(corridors.GetProperty("features")[0].GetProperty("properties").Str("commune"), Is.EqualTo("commune:62413"));
        Assert.That((await Client.GetJsonAsync("/ogc/collections/trames-bleue-reservoirs/items")).GetProperty("features").GetArrayLength(), Is.Zero);
        var history = await GetAsync($"/api/v1/trames/elements/{old[0]}/history", agency);
        Assert.That(history.Body, Does.Contain("\"change\":\"import\""));
    }
}
