using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Observatories.FoncierEco;

/// <summary>
/// The business parks as an EPCI's economic service updates them day by day. The tests share one database, each on a lot
/// of its own (<see cref="LotInEpciAsync"/>): the figures and indicators of the parks are recomputed at every write.
/// </summary>
public sealed class FoncierEcoTests : ApiTest
{
    private const string Epci = "epci:200072460";
    private string editorKey = null!, otherEditorKey = null!;

    [OneTimeSetUp]
    public async Task CreateKeys()
    {
        editorKey = (await ApiKeys.CreateAsync("CABBALR éco", "partner_editor", [Epci], null)).Key;
        otherEditorKey = (await ApiKeys.CreateAsync("Other EPCI", "partner_editor", ["epci:246200364"], null)).Key;
    }

    /// <summary>The <paramref name="nth"/> current lot of the EPCI with that status, by id: each test writes on its own.</summary>
    private async Task<int> LotInEpciAsync(int nth, string status = "occupe")
    {
        await using var connection = Factory.OpenConnection();
        return await connection.QueryFirstAsync<int>("""
            select l.lot_id from foncier_eco.lot_version l join foncier_eco.zae z on z.id = l.zae_id
            join platform.territory_membership m on m.member_id = z.commune_id and m.parent_id = @Epci
            where l.valid_to is null and l.status = @status order by l.lot_id offset @nth
            """, new { Epci, status, nth });
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, string? key, string? ifMatch = null, object? body = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        if (key is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        if (ifMatch is not null)
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return await Client.SendAsync(request);
    }

    [Test]
    public async Task A_stale_if_match_is_refused_with_the_current_version_and_changes_nothing()
    {
        var id = await LotInEpciAsync(0);
        using var read = await Client.GetAsync($"/api/v1/foncier-eco/lots/{id}");
        var etag = read.Headers.ETag!.ToString();
        var before = DateTime.UtcNow;
        await Task.Delay(50);

        using (var missing = await SendAsync(HttpMethod.Patch, $"/api/v1/foncier-eco/lots/{id}", editorKey, body: new { status = "friche" }))
            Assert.That(missing.StatusCode, Is.EqualTo((HttpStatusCode)428), "If-Match is required");
        using (var first = await SendAsync(HttpMethod.Patch, $"/api/v1/foncier-eco/lots/{id}", editorKey, etag, new { status = "disponible_amenage" }))
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK), await first.Content.ReadAsStringAsync());
            Assert.That(first.Headers.ETag!.ToString(), Is.Not.EqualTo(etag));
        }
        using (var stale = await SendAsync(HttpMethod.Patch, $"/api/v1/foncier-eco/lots/{id}", editorKey, etag, new { status = "friche" }))
        {
            var problem = JsonDocument.Parse(await stale.Content.ReadAsStringAsync()).RootElement;
            Assert.That(stale.StatusCode, Is.EqualTo(HttpStatusCode.PreconditionFailed));
            Assert.That(problem.GetProperty("current").Str("status"), Is.EqualTo("disponible_amenage"), "the current version comes back");
        }
        var now = await Client.GetJsonAsync($"/api/v1/foncier-eco/lots/{id}");
        Assert.That(now.Str("status"), Is.EqualTo("disponible_amenage"), "the stale write changed nothing");
        Assert.That(now.GetProperty("occupantName").ValueKind, Is.EqualTo(JsonValueKind.Null), "a free lot has no occupant");

        // What was available the day before: the lot was occupied.
        var zae = now.GetProperty("zaeId").GetInt32();
        var asOf = await Client.GetJsonAsync($"/api/v1/foncier-eco/parks/{zae}/lots?asOf={Uri.EscapeDataString(before.ToString("O"))}");
        Assert.That(asOf.GetProperty("items").EnumerateArray().Single(l => l.GetProperty("id").GetInt32() == id).Str("status"), Is.EqualTo("occupe"));

        await using var connection = Factory.OpenConnection();
        Assert.That(await connection.ExecuteScalarAsync<int>("select count(*) from platform.audit_log where action = 'lot_update' and entity_id = @id",
            new { id = id.ToString(System.Globalization.CultureInfo.InvariantCulture) }), Is.EqualTo(1), "one write, one audit entry");
    }

    [Test]
    public async Task Editors_write_in_their_scope_only_and_occupants_are_partner_data()
    {
        var id = await LotInEpciAsync(1);
        using var read = await Client.GetAsync($"/api/v1/foncier-eco/lots/{id}");
        var etag = read.Headers.ETag!.ToString();
        var anonymousView = JsonDocument.Parse(await read.Content.ReadAsStringAsync()).RootElement;
        Assert.That(anonymousView.GetProperty("occupantName").ValueKind, Is.EqualTo(JsonValueKind.Null), "anonymous callers do not see occupants");
        Assert.That(anonymousView.GetProperty("changedBy").ValueKind, Is.EqualTo(JsonValueKind.Null), "nor the name of the key that wrote last");

        using (var other = await SendAsync(HttpMethod.Patch, $"/api/v1/foncier-eco/lots/{id}", otherEditorKey, etag, new { status = "friche" }))
            Assert.That(other.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        using (var anonymous = await SendAsync(HttpMethod.Patch, $"/api/v1/foncier-eco/lots/{id}", null, etag, new { status = "friche" }))
            Assert.That(anonymous.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));

        using var mine = await SendAsync(HttpMethod.Get, $"/api/v1/foncier-eco/lots/{id}", editorKey);
        var editorView = JsonDocument.Parse(await mine.Content.ReadAsStringAsync()).RootElement;
        Assert.That(editorView.Str("occupantName"), Is.Not.Empty, "the EPCI sees its own occupants");
        Assert.That(editorView.Str("changedBy"), Is.Not.Empty, "and who changed them last");
        using var layer = await SendAsync(HttpMethod.Get, "/ogc/collections/foncier-eco-occupants/items?limit=10000", otherEditorKey);
        Assert.That(await layer.Content.ReadAsStringAsync(), Does.Not.Contain($"\"id\":{id},"), "another EPCI does not see them");
    }

    [Test]
    public async Task A_split_must_cover_the_original_and_gives_two_lots()
    {
        var id = await LotInEpciAsync(2);
        using var read = await Client.GetAsync($"/api/v1/foncier-eco/lots/{id}");
        var etag = read.Headers.ETag!.ToString();
        await using var connection = Factory.OpenConnection();
        var (west, east) = await connection.QuerySingleAsync<(string, string)>("""
            select st_asgeojson(st_intersection(geom, st_makeenvelope(st_xmin(geom) - 1, st_ymin(geom) - 1, c, st_ymax(geom) + 1, 4326)), 15),
                   st_asgeojson(st_intersection(geom, st_makeenvelope(c, st_ymin(geom) - 1, st_xmax(geom) + 1, st_ymax(geom) + 1, 4326)), 15)
            from (select geom, (st_xmin(geom) + st_xmax(geom)) / 2 as c from foncier_eco.lot_version where lot_id = @id and valid_to is null) l
            """, new { id });
        var westOnly = JsonDocument.Parse(west).RootElement;
        using (var gap = await SendAsync(HttpMethod.Post, $"/api/v1/foncier-eco/lots/{id}/split", editorKey, etag,
                   new { parts = new object[] { new { geometry = westOnly }, new { geometry = westOnly } } }))
        {
            var body = await gap.Content.ReadAsStringAsync();
            Assert.That(gap.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), body);
            Assert.That(body, Does.Contain("cover the original").Or.Contain("overlap"));
        }
        using (var notGeoJson = await SendAsync(HttpMethod.Post, $"/api/v1/foncier-eco/lots/{id}/split", editorKey, etag,
                   new { parts = new object[] { new { geometry = new { type = "Polygon", coordinates = "oops" } }, new { geometry = westOnly } } }))
            Assert.That(notGeoJson.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await Client.GetJsonAsync($"/api/v1/foncier-eco/lots/{id}")).GetProperty("version").GetInt32(), Is.EqualTo(1), "refused: nothing changed");

        using var split = await SendAsync(HttpMethod.Post, $"/api/v1/foncier-eco/lots/{id}/split", editorKey, etag, new
        {
            parts = new object[] { new { geometry = JsonDocument.Parse(west).RootElement }, new { geometry = JsonDocument.Parse(east).RootElement, status = "disponible_amenage" } },
        });
        var result = JsonDocument.Parse(await split.Content.ReadAsStringAsync()).RootElement;
        Assert.That(split.StatusCode, Is.EqualTo(HttpStatusCode.Created), result.ToString());
        var parts = result.GetProperty("lots").EnumerateArray().ToList();
        Assert.That(parts.Select(p => p.GetProperty("splitFrom").GetInt32()), Is.All.EqualTo(id));
        Assert.That(parts.Sum(p => p.GetProperty("areaHa").GetDouble()), Is.EqualTo(
            (await connection.ExecuteScalarAsync<double>("select st_area(geom::geography) / 10000 from foncier_eco.lot_version where lot_id = @id", new { id }))).Within(0.001));
        await Client.GetJsonAsync($"/api/v1/foncier-eco/lots/{id}", HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Lots_are_created_inside_their_park_and_retired_with_their_history()
    {
        var id = await LotInEpciAsync(3);
        var lot = await Client.GetJsonAsync($"/api/v1/foncier-eco/lots/{id}");
        var zae = lot.GetProperty("zaeId").GetInt32();
        await using var connection = Factory.OpenConnection();
        var overArea = await connection.QuerySingleAsync<string>("select st_asgeojson(st_buffer(st_centroid(geom), 0.0003)) from foncier_eco.lot_version where lot_id = @id", new { id });
        using (var overlapping = await SendAsync(HttpMethod.Post, $"/api/v1/foncier-eco/parks/{zae}/lots", editorKey,
                   body: new { geometry = JsonDocument.Parse(overArea).RootElement, status = "disponible_amenage" }))
            Assert.That(await overlapping.Content.ReadAsStringAsync(), Does.Contain("overlaps"));

        using var retire = await SendAsync(HttpMethod.Delete, $"/api/v1/foncier-eco/lots/{id}", editorKey, lot.Str("eTag"));
        Assert.That(retire.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        using var create = await SendAsync(HttpMethod.Post, $"/api/v1/foncier-eco/parks/{zae}/lots", editorKey,
            body: new { geometry = JsonDocument.Parse(overArea).RootElement, status = "en_commercialisation" });
        var created = JsonDocument.Parse(await create.Content.ReadAsStringAsync()).RootElement;
        Assert.That(create.StatusCode, Is.EqualTo(HttpStatusCode.Created), created.ToString());
        Assert.That(created.GetProperty("id").GetInt32(), Is.GreaterThanOrEqualTo(100000));
        var far = await connection.QuerySingleAsync<string>("select st_asgeojson(st_buffer(st_makepoint(2.0, 50.0), 0.001))");
        using var outside = await SendAsync(HttpMethod.Post, $"/api/v1/foncier-eco/parks/{zae}/lots", editorKey,
            body: new { geometry = JsonDocument.Parse(far).RootElement, status = "en_commercialisation" });
        Assert.That(await outside.Content.ReadAsStringAsync(), Does.Contain("inside its park"));
        Assert.That(await connection.ExecuteScalarAsync<int>("select count(*) from foncier_eco.lot_version where lot_id = @id", new { id }), Is.EqualTo(1),
            "a retired lot keeps its history");
    }

    [Test]
    public async Task Park_figures_and_indicators_agree()
    {
        var parks = await Client.GetJsonAsync($"/api/v1/foncier-eco/parks?epci={Epci}");
        var totals = parks.GetProperty("totals");
        Assert.That(totals.GetProperty("parks").GetInt32(), Is.EqualTo(42), "the report counts 42 parks in the CABBALR");
        var year = DateTime.UtcNow.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var occupied = await Client.GetJsonAsync($"/api/v1/indicators/foncier_eco.surface_occupee_ha/values?territories={Epci}&period={year}");
        Assert.That(occupied.GetProperty("items")[0].GetProperty("value").GetDouble(), Is.EqualTo(totals.GetProperty("occupiedHa").GetDouble()).Within(0.05));
        var rate = await Client.GetJsonAsync($"/api/v1/indicators/foncier_eco.taux_occupation/values?territories={Epci}&period={year}");
        Assert.That(rate.GetProperty("items")[0].GetProperty("value").GetDouble(), Is.EqualTo(totals.GetProperty("occupancyRate").GetDouble()).Within(0.1),
            "the rate from Σ occupied / Σ total, not an average of rates");
    }
}
