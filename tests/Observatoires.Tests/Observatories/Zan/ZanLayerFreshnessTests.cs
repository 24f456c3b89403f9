using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Dapper;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Observatories.Zan;

/// <summary>
/// The ZAN consumption by commune shows the communes' contours: after a contour import it answers afresh, with a new
/// ETag, instead of its cached copy (the layer declares the territories domain it reads).
/// </summary>
public sealed class ZanLayerFreshnessTests : ApiTest
{
    private const string Commune = "commune:62119";

    [Test]
    public async Task A_layer_reading_the_commune_contours_has_a_new_ETag_and_the_new_contour_after_a_contour_import()
    {
        // Béthune's feature in the ZAN layer, and the z10 tile at its centre: read, then revalidated from the cache.
        var item = $"/ogc/collections/zan-communes/items/{Commune}";
        var (x, y) = Tile(10, (await Client.GetJsonAsync(item)).GetProperty("geometry"));
        string[] urls = [item, $"/ogc/collections/zan-communes/tiles/WebMercatorQuad/10/{y}/{x}"];
        var before = new Dictionary<string, (EntityTagHeaderValue ETag, string Body)>();
        foreach (var url in urls)
        {
            using var read = await Client.GetAsync(url);
            Assert.That(read.StatusCode, Is.EqualTo(HttpStatusCode.OK), url);
            before[url] = (read.Headers.ETag!, await read.Content.ReadAsStringAsync());
            using var again = await RevalidateAsync(url, read.Headers.ETag!);
            Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.NotModified), $"{url}: unchanged data, unchanged ETag");
        }

        // The agency imports contours where Béthune shrinks to half its size around its centre.
        var agencyKey = await CreateKeyAsync("agency_editor");
        using (var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/imports/territories"))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", agencyKey);
            request.Content = new MultipartFormDataContent { { new StringContent(await ContoursAsync(), Encoding.UTF8), "file", "communes.geojson" } };
            using var import = await Client.SendAsync(request);
            Assert.That(import.StatusCode, Is.EqualTo(HttpStatusCode.OK), await import.Content.ReadAsStringAsync());
        }

        foreach (var url in urls)
        {
            using var after = await RevalidateAsync(url, before[url].ETag);
            Assert.That(after.StatusCode, Is.Not.EqualTo(HttpStatusCode.NotModified), $"{url}: the contours changed");
            Assert.That(after.Headers.ETag, Is.Not.EqualTo(before[url].ETag), url);
        }
        var feature = await Client.GetJsonAsync(urls[0]);
        var geometry = JsonDocument.Parse(before[urls[0]].Body).RootElement.GetProperty("geometry");
        Assert.That(feature.GetProperty("geometry").GetRawText(), Is.Not.EqualTo(geometry.GetRawText()), "the new contour, not the cached one");
        Assert.That(Width(feature.GetProperty("geometry")), Is.EqualTo(Width(geometry) / 2).Within(1e-5));
    }

    private async Task<HttpResponseMessage> RevalidateAsync(string url, EntityTagHeaderValue etag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(etag);
        return await Client.SendAsync(request);
    }

    /// <summary>Every commune's current contour as GeoJSON, Béthune's scaled by half around its centroid.</summary>
    private async Task<string> ContoursAsync()
    {
        await using var connection = Factory.OpenConnection();
        return await connection.ExecuteScalarAsync<string>("""
            select json_build_object('type', 'FeatureCollection', 'features', json_agg(json_build_object(
                'type', 'Feature', 'properties', json_build_object('code', code),
                'geometry', st_asgeojson(case when id = @Commune then st_scale(geom, st_makepoint(0.5, 0.5), st_centroid(geom)) else geom end)::json)))::text
            from platform.territory where level = 'commune'
            """, new { Commune }) ?? "";
    }

    /// <summary>The east-west extent of a GeoJSON (Multi)Polygon, in degrees.</summary>
    private static double Width(JsonElement geometry)
    {
        var longitudes = Positions(geometry.GetProperty("coordinates")).Select(p => p[0].GetDouble()).ToList();
        return longitudes.Max() - longitudes.Min();
    }

    /// <summary>The WebMercatorQuad tile at this zoom holding the centre of a GeoJSON (Multi)Polygon's bounding box.</summary>
    private static (int X, int Y) Tile(int zoom, JsonElement geometry)
    {
        var positions = Positions(geometry.GetProperty("coordinates")).Select(p => (Lon: p[0].GetDouble(), Lat: p[1].GetDouble())).ToList();
        var lon = (positions.Min(p => p.Lon) + positions.Max(p => p.Lon)) / 2;
        var lat = (positions.Min(p => p.Lat) + positions.Max(p => p.Lat)) / 2 * Math.PI / 180;
        var tiles = 1 << zoom;
        return ((int)((lon + 180) / 360 * tiles), (int)((1 - (Math.Asinh(Math.Tan(lat)) / Math.PI)) / 2 * tiles));
    }

    private static IEnumerable<JsonElement[]> Positions(JsonElement coordinates) =>
        coordinates[0].ValueKind == JsonValueKind.Number ? [[.. coordinates.EnumerateArray()]] : coordinates.EnumerateArray().SelectMany(Positions);
}
