using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Observatories.FoncierEco;

/// <summary>
/// Splitting a lot along a line the editor draws on the map: PostGIS cuts it (ST_Split) with the same checks as
/// drawn parts; a dry run previews the two parts without changing anything.
/// </summary>
public sealed class SplitByCutLineTests : ApiTest
{
    private const string Epci = "epci:200072460";
    private string editorKey = null!;

    [OneTimeSetUp]
    public async Task CreateKey() => editorKey = (await ApiKeys.CreateAsync("CABBALR éco", "partner_editor", [Epci], null)).Key;

    /// <summary>
    /// The <paramref name="nth"/> lot of the EPCI in one piece, by id (each test on its own: they share a database), and a
    /// north-south line through its centroid, from below to above it.
    /// </summary>
    private async Task<(int Id, double[][] Line, double AreaHa)> LotAndLineAsync(int nth)
    {
        await using var connection = Factory.OpenConnection();
        var row = await connection.QueryFirstAsync<(int Id, double X, double YMin, double YMax, double AreaHa)>("""
            select l.lot_id, st_x(st_centroid(l.geom)), st_ymin(l.geom) - 0.001, st_ymax(l.geom) + 0.001,
                   st_area(l.geom::geography) / 10000
            from foncier_eco.lot_version l join foncier_eco.zae z on z.id = l.zae_id
            join platform.territory_membership m on m.member_id = z.commune_id and m.parent_id = @Epci
            where l.valid_to is null and st_numgeometries(l.geom) = 1 order by l.lot_id offset @nth
            """, new { Epci, nth });
        return (row.Id, [[row.X, row.YMin], [row.X, row.YMax]], row.AreaHa);
    }

    private async Task<HttpResponseMessage> PostAsync(string url, string? ifMatch, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", editorKey);
        if (ifMatch is not null)
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return await Client.SendAsync(request);
    }

    private async Task<string> ETagAsync(int id)
    {
        using var read = await Client.GetAsync($"/api/v1/foncier-eco/lots/{id}");
        return read.Headers.ETag!.ToString();
    }

    [Test]
    public async Task A_dry_run_previews_the_two_halves_and_changes_nothing()
    {
        var (id, line, area) = await LotAndLineAsync(0);
        var etag = await ETagAsync(id);
        using var preview = await PostAsync($"/api/v1/foncier-eco/lots/{id}/split?dryRun=true", etag,
            new { cutLine = new { type = "LineString", coordinates = line } });
        var body = JsonDocument.Parse(await preview.Content.ReadAsStringAsync()).RootElement;
        Assert.That(preview.StatusCode, Is.EqualTo(HttpStatusCode.OK), body.ToString());
        var parts = body.GetProperty("parts").EnumerateArray().ToList();
        Assert.That(parts, Has.Count.EqualTo(2));
        Assert.That(parts.Select(p => p.GetProperty("geometry").Str("type")), Is.All.EqualTo("MultiPolygon"));
        Assert.That(parts.Sum(p => p.GetProperty("areaHa").GetDouble()), Is.EqualTo(area).Within(0.01), "the halves cover the lot");
        Assert.That(body.GetProperty("lots").GetArrayLength(), Is.Zero);
        Assert.That(await ETagAsync(id), Is.EqualTo(etag), "a dry run writes nothing");
    }

    [Test]
    public async Task A_cut_line_splits_the_lot_in_two_with_the_statuses_given()
    {
        var (id, line, area) = await LotAndLineAsync(1);
        var etag = await ETagAsync(id);
        using (var missing = await PostAsync($"/api/v1/foncier-eco/lots/{id}/split", null, new { cutLine = new { type = "LineString", coordinates = line } }))
            Assert.That(missing.StatusCode, Is.EqualTo((HttpStatusCode)428), "If-Match is required as for drawn parts");
        using var split = await PostAsync($"/api/v1/foncier-eco/lots/{id}/split", etag, new
        {
            cutLine = new { type = "LineString", coordinates = line },
            parts = new object[] { new { status = "disponible_amenage" }, new { status = "reserve_non_amenagee" } },
        });
        var body = JsonDocument.Parse(await split.Content.ReadAsStringAsync()).RootElement;
        Assert.That(split.StatusCode, Is.EqualTo(HttpStatusCode.Created), body.ToString());
        var lots = body.GetProperty("lots").EnumerateArray().ToList();
        Assert.That(lots.Select(l => l.Str("status")), Is.EqualTo(new[] { "disponible_amenage", "reserve_non_amenagee" }));
        Assert.That(lots.Select(l => l.GetProperty("splitFrom").GetInt32()), Is.All.EqualTo(id));
        Assert.That(lots.Sum(l => l.GetProperty("areaHa").GetDouble()), Is.EqualTo(area).Within(0.01));
        await Client.GetJsonAsync($"/api/v1/foncier-eco/lots/{id}", HttpStatusCode.NotFound);
    }

    [Test]
    public async Task A_line_that_does_not_cross_the_lot_is_a_field_error()
    {
        var (id, line, _) = await LotAndLineAsync(2);
        var etag = await ETagAsync(id);
        var middle = new[] { line[0][0], (line[0][1] + line[1][1]) / 2 };
        foreach (var (coordinates, expected) in new[]
        {
            (new[] { line[0], middle }, "cross the lot"),                          // stops inside the lot
            (new[] { new[] { line[0][0] + 1, line[0][1] }, new[] { line[1][0] + 1, line[1][1] } }, "does not meet"), // elsewhere
        })
        {
            using var response = await PostAsync($"/api/v1/foncier-eco/lots/{id}/split?dryRun=true", etag,
                new { cutLine = new { type = "LineString", coordinates } });
            var text = await response.Content.ReadAsStringAsync();
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), text);
            Assert.That(text, Does.Contain("cutLine").And.Contain(expected));
        }
        using (var point = await PostAsync($"/api/v1/foncier-eco/lots/{id}/split", etag, new { cutLine = new { type = "Point", coordinates = line[0] } }))
            Assert.That(await point.Content.ReadAsStringAsync(), Does.Contain("LineString"));
        Assert.That(await ETagAsync(id), Is.EqualTo(etag), "nothing changed");
    }
}
