using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Dapper;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Observatories.PolitiqueVille;

/// <summary>
/// The ANCT's QPV GeoJSON through HTTP (the platform's importer, tested here where the QPVs are used): a refused file
/// changes nothing and names each bad feature; a good one updates a QPV's name and polygon, marks it imported, skips
/// the QPVs outside the referential, and only agency editors may send it.
/// </summary>
public sealed class QpvImportTests : ApiTest
{
    private async Task<HttpResponseMessage> UploadAsync(string geojson, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/imports/qpv");
        if (key is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        request.Content = new MultipartFormDataContent { { new StringContent(geojson, Encoding.UTF8), "file", "qpv2024.geojson" } };
        return await Client.SendAsync(request);
    }

    // A small square inside Béthune's current contour, as GeoJSON.
    private async Task<string> SquareInAsync(string commune)
    {
        await using var connection = Factory.OpenConnection();
        return await connection.ExecuteScalarAsync<string>(
            "select st_asgeojson(st_envelope(st_buffer(st_pointonsurface(geom)::geography, 200)::geometry)) from platform.territory where id = @commune",
            new { commune }) ?? throw new InvalidOperationException(commune);
    }

    private static string Feature(string code, string name, string insee, string geometry) =>
        $$"""{"type":"Feature","properties":{"code_qp":"{{code}}","lib_qp":"{{name}}","insee_com":"{{insee}}"},"geometry":{{geometry}}}""";

    [Test]
    public async Task A_refused_file_changes_nothing_and_a_good_one_updates_the_qpvs_of_the_referential()
    {
        var agency = await CreateKeyAsync("agency_editor");
        var square = await SquareInAsync("commune:62119");
        var good = Feature("QN06201M", "Mont-Liébaut", "62119", square);
        var outside = Feature("QN05901M", "Quartier lillois", "59350", square);

        using (var refused = await UploadAsync($$"""{"type":"FeatureCollection","features":[{{good}},{{Feature("", "Sans code", "62119", square)}},{{Feature("QN06299M", "Sans commune", "", square)}}]}""", agency))
        {
            var body = await refused.Content.ReadAsStringAsync();
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), body);
            Assert.That(body, Does.Contain("feature #2").And.Contain("feature #3"));
        }
        var (_, unchanged) = await GetAsync("/api/v1/territories/qpv:QN06201M");
        Assert.That(JsonDocument.Parse(unchanged).RootElement.Str("name"), Is.EqualTo("Mont Liébaut"), "nothing written");

        using (var forbidden = await UploadAsync($$"""{"type":"FeatureCollection","features":[{{good}}]}""", await CreateKeyAsync("partner_editor", "epci:200072460")))
            Assert.That(forbidden.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        using (var anonymous = await UploadAsync($$"""{"type":"FeatureCollection","features":[{{good}}]}""", null))
            Assert.That(anonymous.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));

        using (var imported = await UploadAsync($$"""{"type":"FeatureCollection","features":[{{good}},{{outside}}]}""", agency))
        {
            var body = await imported.Content.ReadAsStringAsync();
            Assert.That(imported.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);
            var summary = JsonDocument.Parse(body).RootElement;
            Assert.That(summary.GetProperty("imported").GetInt32(), Is.EqualTo(1));
            Assert.That(summary.GetProperty("ignoredOutside").GetInt32(), Is.EqualTo(1));
        }
        var (_, after) = await GetAsync("/api/v1/territories/qpv:QN06201M");
        var territory = JsonDocument.Parse(after).RootElement;
        Assert.That(territory.Str("name"), Is.EqualTo("Mont-Liébaut"));
        Assert.That(territory.Str("geometrySource"), Is.EqualTo("imported"));
        Assert.That(territory.GetProperty("parents").EnumerateArray().Select(p => p.Str("id")), Does.Contain("commune:62119").And.Contain("epci:200072460"));
    }
}
