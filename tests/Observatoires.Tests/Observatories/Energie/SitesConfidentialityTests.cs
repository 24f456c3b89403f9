using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Dapper;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Observatories.Energie;

/// <summary>
/// The three "projet confidentiel" methanisation units (Beaurainville in the CC des 7 Vallées, Héricourt and Valhuon in
/// the CC du Ternois), tried as an attacker would: anonymously, as a partner of the Ternois (who must see its two), as
/// a partner of the CALL (out of scope: none), and as the agency (all three), on every path: the module's GeoJSON and
/// CSV, its totals and filters, the OGC collections list, items (GeoJSON, CSV), one item, queryables, tilesets and
/// vector tiles (decoded), and the response cache between callers.
/// </summary>
public sealed class SitesConfidentialityTests : ReadOnlyApiTest
{
    private const string Sites = "/api/v1/energie/sites";
    private const string PublicLayer = "/ogc/collections/energie-sites", PartnerLayer = "/ogc/collections/energie-sites-partenaires";
    private const string Ternois = "epci:200069672", Call = "epci:246200364";
    private static readonly string[] Hidden = ["methanisation-beaurainville", "methanisation-hericourt", "methanisation-valhuon"];
    private static readonly string[] TernoisHidden = ["methanisation-hericourt", "methanisation-valhuon"];

    private string ternoisKey = null!, callKey = null!, agencyKey = null!;
    private int publicCount, ternoisCount, callCount, allCount;

    [OneTimeSetUp]
    public async Task Start()
    {
        ternoisKey = await CreateKeyAsync("partner_reader", Ternois);
        callKey = await CreateKeyAsync("partner_reader", Call);
        agencyKey = await CreateKeyAsync("agency_editor");
        await using var connection = Factory.OpenConnection();
        Assert.That(await connection.QueryAsync<string>("select id from energie.site where confidential order by id"), Is.EqualTo(Hidden),
            "the report's three confidential projects are seeded");
        publicCount = await connection.ExecuteScalarAsync<int>("select count(*) from energie.site where not confidential");
        allCount = await connection.ExecuteScalarAsync<int>("select count(*) from energie.site");
        ternoisCount = await CountInAsync(connection, Ternois);
        callCount = await CountInAsync(connection, Call);
    }

    private static Task<int> CountInAsync(Npgsql.NpgsqlConnection connection, string epci) => connection.ExecuteScalarAsync<int>("""
        select count(*) from energie.site s join platform.territory_membership m on m.member_id = s.commune_id and m.parent_id = @epci
        """, new { epci });

    [Test]
    public async Task The_module_endpoint_shows_each_caller_the_confidential_sites_it_may_see_and_no_other()
    {
        var anonymous = await IdsAsync(Sites, null);
        var ternois = await IdsAsync(Sites, ternoisKey);
        var call = await IdsAsync(Sites, callKey);
        var agency = await IdsAsync(Sites, agencyKey);
        Assert.Multiple(() =>
        {
            Assert.That(anonymous, Has.Count.EqualTo(publicCount).And.No.AnyOf(Hidden));
            Assert.That(ternois.Intersect(Hidden), Is.EquivalentTo(TernoisHidden), "its own two, not the 7 Vallées' one");
            Assert.That(ternois, Has.Count.EqualTo(publicCount + 2), "and every public site elsewhere");
            Assert.That(call, Is.EquivalentTo(anonymous), "out of scope: the public view");
            Assert.That(agency, Has.Count.EqualTo(allCount).And.Member(Hidden[0]));
        });
    }

    [Test]
    public async Task Public_totals_count_only_the_sites_the_public_sees_so_nothing_is_revealed_by_subtraction()
    {
        foreach (var query in new[] { "?kind=methanisation", $"?kind=methanisation&territory={Ternois}", "?territory=commune:62835",
                     "?territory=commune:62100&kind=methanisation", "?territory=groupement:aula" })
        {
            var collection = await JsonAsync(Sites + query, null);
            var features = collection.GetProperty("features").EnumerateArray().ToList();
            var totals = collection.GetProperty("totals").EnumerateArray().ToList();
            Assert.Multiple(() =>
            {
                Assert.That(totals.Sum(t => t.GetProperty("count").GetInt32()), Is.EqualTo(features.Count), query);
                foreach (var total in totals)
                {
                    var ofKind = features.Where(f => f.GetProperty("properties").Str("kind") == total.Str("kind")).ToList();
                    var production = ofKind.Select(f => f.GetProperty("properties").GetProperty("productionGwh"))
                        .Where(p => p.ValueKind == JsonValueKind.Number).Sum(p => p.GetDouble());
                    if (total.GetProperty("productionGwh").ValueKind == JsonValueKind.Number)
                        Assert.That(total.GetProperty("productionGwh").GetDouble(), Is.EqualTo(production).Within(1e-6), $"{query}: {total}");
                }
                Assert.That(features.Select(f => f.GetProperty("properties").GetProperty("confidential").GetBoolean()), Is.All.False, query);
                Assert.That(collection.GetProperty("view").Str("audience"), Is.EqualTo("public"));
            });
        }
        // Valhuon and Beaurainville: no methanisation for the public, not even a count of one.
        var valhuon = await JsonAsync($"{Sites}?territory=commune:62835&kind=methanisation", null);
        Assert.That(valhuon.GetProperty("totals").GetArrayLength(), Is.Zero);
        var partner = await JsonAsync($"{Sites}?territory=commune:62835&kind=methanisation", ternoisKey);
        Assert.That(partner.GetProperty("totals")[0].GetProperty("count").GetInt32(), Is.EqualTo(1), "the Ternois partner counts it");
        Assert.That(partner.GetProperty("view").Str("audience"), Is.EqualTo("partner"));
    }

    [Test]
    public async Task The_module_CSV_follows_the_same_rule()
    {
        var anonymous = await TextAsync($"{Sites}?format=csv", null);
        var ternois = await TextAsync($"{Sites}?format=csv", ternoisKey);
        var call = await TextAsync($"{Sites}?format=csv&kind=methanisation", callKey);
        Assert.Multiple(() =>
        {
            Assert.That(Hidden.Where(anonymous.Contains), Is.Empty);
            Assert.That(Hidden.Where(call.Contains), Is.Empty);
            Assert.That(Hidden.Where(ternois.Contains), Is.EquivalentTo(TernoisHidden));
        });
    }

    [Test]
    public async Task The_partners_layer_exists_for_partners_and_the_agency_only()
    {
        var anonymous = await CollectionIdsAsync(null);
        var partner = await CollectionIdsAsync(callKey);
        Assert.That(anonymous, Does.Contain("energie-sites").And.Not.Contain("energie-sites-partenaires"));
        Assert.That(partner, Does.Contain("energie-sites").And.Contain("energie-sites-partenaires"));
        foreach (var path in new[] { "", "/items", "/items?f=csv", $"/items/{Hidden[2]}", "/queryables", "/tiles", "/tiles/WebMercatorQuad",
                     "/tiles/WebMercatorQuad/6/21/32" })
        {
            var (status, body) = await GetAsync(PartnerLayer + path);
            Assert.That(status, Is.EqualTo(HttpStatusCode.NotFound), $"{path}: {body}");
            Assert.That(body, Does.Not.Contain("methanisation"), path);
        }
    }

    [Test]
    public async Task OGC_items_in_GeoJSON_and_CSV_never_carry_a_hidden_site_to_a_caller_who_may_not_see_it()
    {
        var publicItems = await JsonAsync($"{PublicLayer}/items?limit=1000", agencyKey);
        Assert.That(publicItems.GetProperty("numberMatched").GetInt32(), Is.EqualTo(publicCount), "the public layer never holds them, even for the agency");
        Assert.That(ItemIds(publicItems), Has.No.AnyOf(Hidden));
        Assert.That(Hidden.Where((await TextAsync($"{PublicLayer}/items?f=csv&limit=1000", null)).Contains), Is.Empty);
        var queryables = await JsonAsync($"{PublicLayer}/queryables", null);
        Assert.That(queryables.GetProperty("properties").EnumerateObject().Select(p => p.Name), Does.Contain("kind").And.Not.Contain("confidential"));
        // Filtering the public layer on a property it lacks is refused, whatever the sites: no oracle.
        var refused = await (await Client.GetAsync($"{PublicLayer}/items?confidential=true")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(refused.ToString(), Does.Not.Contain("methanisation-"));
        var methanisation = await JsonAsync($"{PublicLayer}/items?kind=methanisation&limit=1000", null);
        Assert.That(methanisation.GetProperty("numberMatched").GetInt32(), Is.EqualTo(11), "the report's 11 public units");

        var ternois = await JsonAsync($"{PartnerLayer}/items?limit=1000", ternoisKey);
        var call = await JsonAsync($"{PartnerLayer}/items?limit=1000", callKey);
        var agency = await JsonAsync($"{PartnerLayer}/items?limit=1000", agencyKey);
        Assert.Multiple(() =>
        {
            Assert.That(ItemIds(ternois), Has.Count.EqualTo(ternoisCount).And.Member(TernoisHidden[0]).And.Member(TernoisHidden[1]).And.No.Member(Hidden[0]));
            Assert.That(ItemIds(call), Has.Count.EqualTo(callCount).And.No.AnyOf(Hidden));
            Assert.That(ItemIds(agency), Has.Count.EqualTo(allCount).And.Member(Hidden[0]));
            Assert.That(ternois.GetProperty("features").EnumerateArray().Where(f => TernoisHidden.Contains(f.Str("id")))
                .Select(f => f.GetProperty("properties").GetProperty("confidential").GetBoolean()), Is.All.True);
        });
        var csv = await TextAsync($"{PartnerLayer}/items?f=csv&limit=1000", callKey);
        Assert.That(Hidden.Where(csv.Contains), Is.Empty, "the CALL's CSV");
    }

    [Test]
    public async Task One_item_by_id_is_a_404_wherever_the_caller_may_not_see_it()
    {
        foreach (var key in new[] { null, ternoisKey, callKey, agencyKey })
        {
            var (status, body) = await GetAsync($"{PublicLayer}/items/{Hidden[2]}", key);
            Assert.That(status, Is.EqualTo(HttpStatusCode.NotFound), body);
        }
        var (missing, missingBody) = await GetAsync($"{PublicLayer}/items/methanisation-nowhere");
        var (hidden, hiddenBody) = await GetAsync($"{PublicLayer}/items/{Hidden[2]}");
        Assert.That((hidden, Detail(hiddenBody).Replace(Hidden[2], "X", StringComparison.Ordinal)),
            Is.EqualTo((missing, Detail(missingBody).Replace("methanisation-nowhere", "X", StringComparison.Ordinal))), "a hidden site answers as a missing one");

        Assert.That((await GetAsync($"{PartnerLayer}/items/{Hidden[2]}", ternoisKey)).Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await GetAsync($"{PartnerLayer}/items/{Hidden[0]}", ternoisKey)).Status, Is.EqualTo(HttpStatusCode.NotFound), "Beaurainville is the 7 Vallées'");
        Assert.That((await GetAsync($"{PartnerLayer}/items/{Hidden[2]}", callKey)).Status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await GetAsync($"{PartnerLayer}/items/{Hidden[0]}", agencyKey)).Status, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Vector_tiles_count_and_carry_only_what_the_caller_may_see()
    {
        // At zoom 6 the whole perimeter lies in tile (32, 21): clusters and single sites, decoded.
        const string Z6 = "/tiles/WebMercatorQuad/6/21/32";
        Assert.Multiple(async () =>
        {
            Assert.That(Count(await TileAsync(PublicLayer + Z6, null)), Is.EqualTo(publicCount), "anonymous: every public site, once");
            Assert.That(Count(await TileAsync(PublicLayer + Z6, agencyKey)), Is.EqualTo(publicCount), "the public layer holds no hidden one");
            Assert.That(Count(await TileAsync(PartnerLayer + Z6, ternoisKey)), Is.EqualTo(ternoisCount));
            Assert.That(Count(await TileAsync(PartnerLayer + Z6, callKey)), Is.EqualTo(callCount));
            Assert.That(Count(await TileAsync(PartnerLayer + Z6, agencyKey)), Is.EqualTo(allCount));
        });

        // At zoom 16, the tile holding Valhuon's unit: single features with their ids.
        await using var connection = Factory.OpenConnection();
        var (x, y) = await connection.QuerySingleAsync<(int, int)>("""
            select floor((st_x(geom) + 180) / 360 * 65536)::int as x,
                   floor((1 - ln(tan(radians(st_y(geom))) + 1 / cos(radians(st_y(geom)))) / pi()) / 2 * 65536)::int as y
            from energie.site where id = @id
            """, new { id = Hidden[2] });
        var z16 = $"/tiles/WebMercatorQuad/16/{y}/{x}";
        var anonymous = await TileAsync(PublicLayer + z16, null);
        var call = await TileAsync(PartnerLayer + z16, callKey);
        var ternois = await TileAsync(PartnerLayer + z16, ternoisKey);
        Assert.Multiple(() =>
        {
            Assert.That(anonymous.Select(f => f.GetValueOrDefault("id")), Has.No.Member(Hidden[2]));
            Assert.That(call.Select(f => f.GetValueOrDefault("id")), Has.No.Member(Hidden[2]));
            Assert.That(ternois.Select(f => f.GetValueOrDefault("id")), Has.Member(Hidden[2]), "the Ternois partner's tile has it");
            Assert.That(ternois.Single(f => Equals(f.GetValueOrDefault("id"), Hidden[2]))["confidential"], Is.EqualTo(true));
        });

        static int Count(List<Dictionary<string, object>> features) =>
            features.Sum(f => f.TryGetValue("point_count", out var n) ? Convert.ToInt32(n, System.Globalization.CultureInfo.InvariantCulture) : 1);
    }

    [Test]
    public async Task A_partners_cached_answer_never_reaches_the_public()
    {
        // The same URLs, first as the Ternois partner (answers now cached), then anonymously and as the CALL.
        string[] urls = [$"{Sites}?kind=methanisation", $"{Sites}?kind=methanisation&format=csv", $"{PartnerLayer}/items?limit=1000",
            $"{PartnerLayer}/items/{Hidden[2]}", $"{PublicLayer}/items?limit=1000"];
        var etags = new Dictionary<string, EntityTagHeaderValue?>();
        foreach (var url in urls)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ternoisKey);
            using var response = await Client.SendAsync(request);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), url);
            etags[url] = response.Headers.ETag;
        }
        foreach (var url in urls)
        {
            foreach (var key in new[] { null, callKey })
            {
                var (status, body) = await GetAsync(url, key);
                // A 404 quotes the id asked for: that is the caller's own text, not the site.
                var answered = body.Replace($"'{url.Split('/')[^1]}'", "'…'", StringComparison.Ordinal);
                Assert.That(TernoisHidden.Where(answered.Contains), Is.Empty, $"{url} as {(key is null ? "anonymous" : "the CALL")}: {status}");
            }
            // Replaying the partner's ETag anonymously gets no 304 confirming the partner's copy.
            using var revalidate = new HttpRequestMessage(HttpMethod.Get, url);
            revalidate.Headers.IfNoneMatch.Add(etags[url]!);
            using var answer = await Client.SendAsync(revalidate);
            Assert.That(answer.StatusCode, Is.Not.EqualTo(HttpStatusCode.NotModified), url);
        }
    }

    private static string Detail(string problem) => JsonDocument.Parse(problem).RootElement.Str("detail");

    private async Task<string> TextAsync(string url, string? key)
    {
        var (status, body) = await GetAsync(url, key);
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), $"{url}: {body}");
        return body;
    }

    private async Task<JsonElement> JsonAsync(string url, string? key) => JsonDocument.Parse(await TextAsync(url, key)).RootElement.Clone();

    private async Task<List<string>> IdsAsync(string url, string? key) => ItemIds(await JsonAsync(url, key));

    private static List<string> ItemIds(JsonElement collection) =>
        [.. collection.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("id").ToString())];

    private async Task<List<string>> CollectionIdsAsync(string? key) =>
        [.. (await JsonAsync("/ogc/collections", key)).GetProperty("collections").EnumerateArray().Select(c => c.Str("id"))];

    private async Task<List<Dictionary<string, object>>> TileAsync(string url, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (key is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await Client.SendAsync(request);
        if (response.StatusCode == HttpStatusCode.NoContent)
            return [];
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), url);
        return VectorTile.Features(await response.Content.ReadAsByteArrayAsync());
    }

    /// <summary>
    /// A minimal Mapbox Vector Tile reader (protobuf): each feature's properties, from its tags and its layer's keys
    /// and values, to check what a tile carries rather than what its bytes happen to contain.
    /// </summary>
    private static class VectorTile
    {
        public static List<Dictionary<string, object>> Features(byte[] tile)
        {
            var features = new List<Dictionary<string, object>>();
            foreach (var (field, layer) in Fields(tile))
            {
                if (field != 3)
                    continue;
                var keys = new List<string>();
                var values = new List<object>();
                var raw = new List<byte[]>();
                foreach (var (f, bytes) in Fields(layer))
                {
                    if (f == 3)
                        keys.Add(Encoding.UTF8.GetString(bytes));
                    else if (f == 4)
                        values.Add(Value(bytes));
                    else if (f == 2)
                        raw.Add(bytes);
                }
                foreach (var feature in raw)
                {
                    var properties = new Dictionary<string, object>();
                    foreach (var (f, bytes) in Fields(feature))
                    {
                        if (f != 2)
                            continue;
                        var position = 0;
                        var tags = new List<int>();
                        while (position < bytes.Length)
                            tags.Add((int)Varint(bytes, ref position));
                        for (var i = 0; i + 1 < tags.Count; i += 2)
                            properties[keys[tags[i]]] = values[tags[i + 1]];
                    }
                    features.Add(properties);
                }
            }
            return features;
        }

        private static object Value(byte[] value)
        {
            var position = 0;
            var key = Varint(value, ref position);
            var (field, wire) = ((int)(key >> 3), (int)(key & 7));
            switch (wire)
            {
                case 2:
                    var length = (int)Varint(value, ref position);
                    return Encoding.UTF8.GetString(value, position, length);
                case 5: return (double)BitConverter.ToSingle(value, position);
                case 1: return BitConverter.ToDouble(value, position);
            }
            var n = Varint(value, ref position);
            return field switch { 7 => n != 0, 6 => ZigZag(n), _ => (long)n };
        }

        private static long ZigZag(ulong n) => (long)(n >> 1) ^ -(long)(n & 1);

        /// <summary>The length-delimited fields of a message (numbers and their bytes); other wire types skipped.</summary>
        private static IEnumerable<(int Field, byte[] Bytes)> Fields(byte[] message)
        {
            var position = 0;
            while (position < message.Length)
            {
                var key = Varint(message, ref position);
                var (field, wire) = ((int)(key >> 3), (int)(key & 7));
                switch (wire)
                {
                    case 0: Varint(message, ref position); break;
                    case 1: position += 8; break;
                    case 5: position += 4; break;
                    case 2:
                        var length = (int)Varint(message, ref position);
                        yield return (field, message[position..(position + length)]);
                        position += length;
                        break;
                    default: throw new InvalidDataException($"wire type {wire}");
                }
            }
        }

        private static ulong Varint(byte[] bytes, ref int position)
        {
            ulong result = 0;
            for (var shift = 0; ; shift += 7)
            {
                var b = bytes[position++];
                result |= (ulong)(b & 0x7F) << shift;
                if (b < 0x80)
                    return result;
            }
        }
    }


    [Test]
    public async Task The_sites_workbook_and_CSV_hold_the_sites_each_caller_s_GeoJSON_holds_and_never_a_hidden_one()
    {
        foreach (var (key, who) in new[] { ((string?)null, "anonymous"), (callKey, "the CALL's partner"), (ternoisKey, "the Ternois' partner") })
        {
            var downloads = await TableDownload.CheckAsync(Client, $"{Sites}?format=csv", key);
            var ids = downloads.Workbook.Sheet("Données").Skip(1).Select(r => r[0].Text).ToList();
            var geojson = await IdsAsync(Sites, key);
            Assert.Multiple(() =>
            {
                Assert.That(ids, Is.EquivalentTo(geojson), $"{who}: the workbook's sites are the GeoJSON's");
                Assert.That(downloads.Rows.Select(r => r[0]), Is.EquivalentTo(geojson), $"{who}: so are the CSV's");
                Assert.That(TableDownload.Everything(downloads.Workbook).Where(t => Hidden.Except(key == ternoisKey ? TernoisHidden : []).Any(t.Contains)),
                    Is.Empty, $"{who}: no other territory's confidential project, anywhere in the workbook");
            });
        }
        var csvw = (await GetAsync($"{Sites}?format=csvw")).Body;
        Assert.That(Hidden.Where(csvw.Contains), Is.Empty, "nor in the metadata");
    }
}
