using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Observatoires.Api.Platform.Access.Keys;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Platform.Access;

/// <summary>
/// Who sees and writes what, through HTTP: each role × (inside, outside its scope) × (public, partner, agency
/// data) × (read, write), and no confidential number anywhere in a body it may not see (JSON, CSV, GeoJSON, tiles).
/// </summary>
public sealed class AccessMatrixTests : ApiTest
{
    private const string Epci = "epci:200072460";
    // Distinctive figures: if one appears in a body, the body leaks it.
    private const double PartnerInScope = 123457.25, PartnerOutOfScope = 987653.75, AgencyInScope = 555443.5, AgencyOutOfScope = 444332.5;

    private readonly Dictionary<string, string?> keys = [];
    private string inside = null!, outside = null!, outsideEpci = null!;
    private string sirenInside = null!, sirenOutside = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        keys["anonymous"] = null;
        keys["partner_reader"] = (await ApiKeys.CreateAsync(Names["partner_reader"], "partner_reader", [Epci], null)).Key;
        keys["partner_editor"] = (await ApiKeys.CreateAsync(Names["partner_editor"], "partner_editor", [Epci], null)).Key;
        keys["agency_editor"] = (await ApiKeys.CreateAsync(Names["agency_editor"], "agency_editor", [], null)).Key;
        keys["admin"] = (await ApiKeys.CreateAsync(Names["admin"], "admin", [], null)).Key;

        await using var connection = Factory.OpenConnection();
        inside = await connection.QueryFirstAsync<string>(
            "select member_id from platform.territory_membership where parent_id = @Epci and member_id like 'commune:%' order by 1", new { Epci });
        (outside, outsideEpci) = await connection.QueryFirstAsync<(string, string)>("""
            select m.member_id, m.parent_id from platform.territory_membership m
            where m.parent_id like 'epci:%' and m.parent_id <> @Epci and m.member_id like 'commune:%' order by 1
            """, new { Epci });
        // A partner and an agency indicator, with distinctive values in and out of the scope.
        await connection.ExecuteAsync("""
            insert into platform.indicator (code, observatory_slug, theme_code, label, definition, unit, decimals, source,
                periodicity, licence, confidentiality, aggregation, sort_order)
            select 'test.' || c, 'test', 'activite', 'Test ' || c, 'Test', 'u', 2, 'Test', 'year', 'Licence Ouverte', c, 'sum', 99
            from unnest(array['partner', 'agency']) as c;
            insert into platform.indicator_value (indicator_code, territory_id, period, value, status)
            values ('test.partner', @inside, '2023', @PartnerInScope, 'definitive'),
                   ('test.partner', @outside, '2023', @PartnerOutOfScope, 'definitive'),
                   ('test.agency', @inside, '2023', @AgencyInScope, 'definitive'),
                   ('test.agency', @outside, '2023', @AgencyOutOfScope, 'definitive');
            insert into platform.indicator_availability values
                ('test.partner', '2023', 'commune'), ('test.agency', '2023', 'commune');
            select platform.bump_data_version('indicators');
            """, new { inside, outside, PartnerInScope, PartnerOutOfScope, AgencyInScope, AgencyOutOfScope });
        sirenInside = await connection.QueryFirstAsync<string>("select siret from test.etablissement where commune_id = @inside", new { inside });
        sirenOutside = await connection.QueryFirstAsync<string>("select siret from test.etablissement where commune_id = @outside", new { outside });
    }

    private static readonly string[] Roles = ["anonymous", "partner_reader", "partner_editor", "agency_editor", "admin"];

    private static readonly Dictionary<string, string> Names = new()
    {
        ["anonymous"] = "anonymous",
        ["partner_reader"] = "EPCI partner (read)",
        ["partner_editor"] = "EPCI partner (edit)",
        ["agency_editor"] = "Agency editor",
        ["admin"] = "Agency admin",
    };

    private static bool IsAgency(string role) => role is "agency_editor" or "admin";

    private static bool IsPartner(string role) => role.StartsWith("partner", StringComparison.Ordinal);

    [Test]
    public async Task Indicator_values_follow_role_scope_and_confidentiality([ValueSource(nameof(Roles))] string role,
        [Values("public", "partner", "agency")] string data, [Values(true, false)] bool inScope)
    {
        var commune = inScope ? inside : outside;
        var code = data == "public" ? "test.salaries" : $"test.{data}";
        var exists = data == "public" || (data == "partner" && (IsPartner(role) || IsAgency(role))) || (data == "agency" && IsAgency(role));
        var showsNumber = exists && (data != "partner" || IsAgency(role) || inScope);
        double? secret = data switch
        {
            "partner" => inScope ? PartnerInScope : PartnerOutOfScope,
            "agency" => inScope ? AgencyInScope : AgencyOutOfScope,
            _ => null,
        };

        foreach (var format in new[] { "json", "csv" })
        {
            var (status, body) = await GetAsRoleAsync(role, $"/api/v1/indicators/{code}/values?territories={commune}&period=2023&format={format}");
            Assert.That(status, Is.EqualTo(exists ? HttpStatusCode.OK : HttpStatusCode.NotFound), $"{role} {data} {format}: {body}");
            if (secret is { } number)
                Assert.That(body.Contains(Text(number), StringComparison.Ordinal), Is.EqualTo(showsNumber), $"{role} {data} {format}: {body}");
            if (exists && format == "json")
            {
                var item = JsonDocument.Parse(body).RootElement.GetProperty("items")[0];
                Assert.That(item.GetProperty("value").ValueKind == JsonValueKind.Null, Is.EqualTo(!showsNumber), body);
                if (!showsNumber)
                    Assert.That(item.Str("status"), Is.EqualTo("restricted"));
            }
        }

        // The map and the aggregates: an EPCI's total holds its communes' figures.
        var epci = inScope ? Epci : outsideEpci;
        var (mapStatus, map) = await GetAsRoleAsync(role, $"/api/v1/indicators/{code}/map?level=commune&period=2023");
        Assert.That(mapStatus, Is.EqualTo(exists ? HttpStatusCode.OK : HttpStatusCode.NotFound));
        var (epciStatus, epciBody) = await GetAsRoleAsync(role, $"/api/v1/indicators/{code}/values?territories={epci},departement:62&period=2023");
        Assert.That(epciStatus, Is.EqualTo(exists ? HttpStatusCode.OK : HttpStatusCode.NotFound));
        if (secret is { } value)
        {
            Assert.That(map.Contains(Text(value), StringComparison.Ordinal), Is.EqualTo(showsNumber), $"{role} {data} map");
            Assert.That(epciBody.Contains(Text(value), StringComparison.Ordinal), Is.EqualTo(showsNumber), $"{role} {data} aggregate");
            if (exists && data == "partner" && IsPartner(role))
            {
                var items = JsonDocument.Parse(epciBody).RootElement.GetProperty("items");
                Assert.That(items[0].Str("status"), Is.EqualTo(inScope ? "definitive" : "restricted"), "the EPCI");
                Assert.That(items[1].Str("status"), Is.EqualTo("restricted"), "the département holds communes outside the scope");
            }
        }
    }

    [Test]
    public async Task A_partners_extent_of_a_confidential_layer_is_its_own_territorys()
    {
        // The establishments of the partner's EPCI, and of all: the collection and its tileset say only the former.
        await using var connection = Factory.OpenConnection();
        var (own, all) = await connection.QuerySingleAsync<(double, double)>("""
            select max(st_xmax(e.geom)) filter (where m.parent_id = @Epci), max(st_xmax(e.geom))
            from test.etablissement e left join platform.territory_membership m on m.member_id = e.commune_id and m.parent_id = @Epci
            """, new { Epci });
        Assume.That(own, Is.LessThan(all), "the EPCI is not the easternmost");

        var collection = JsonDocument.Parse((await GetAsRoleAsync("partner_reader", "/ogc/collections/test-effectifs")).Body).RootElement;
        var tileset = JsonDocument.Parse((await GetAsRoleAsync("partner_reader", "/ogc/collections/test-effectifs/tiles/WebMercatorQuad")).Body).RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(collection.GetProperty("extent").GetProperty("spatial").GetProperty("bbox")[0][2].GetDouble(), Is.EqualTo(own).Within(1e-9));
            Assert.That(tileset.GetProperty("boundingBox").GetProperty("upperRight")[0].GetDouble(), Is.EqualTo(own).Within(1e-9));
        });
    }

    [Test]
    public async Task Layers_follow_role_and_scope([ValueSource(nameof(Roles))] string role)
    {
        var (publicStatus, publicBody) = await GetAsRoleAsync(role, $"/ogc/collections/test-points/items?commune={inside}");
        Assert.That(publicStatus, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(publicBody, Does.Not.Contain("headcount"), "the public layer has no headcounts");

        var canSee = IsPartner(role) || IsAgency(role);
        var (collections, list) = await GetAsRoleAsync(role, "/ogc/collections");
        Assert.That(collections, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(list.Contains("\"test-effectifs\"", StringComparison.Ordinal), Is.EqualTo(canSee), "listed only for those who may see it");

        var (status, body) = await GetAsRoleAsync(role, "/ogc/collections/test-effectifs/items?limit=10000");
        Assert.That(status, Is.EqualTo(canSee ? HttpStatusCode.OK : HttpStatusCode.NotFound), body);
        if (canSee)
        {
            Assert.That(body, Does.Contain(sirenInside));
            Assert.That(body.Contains(sirenOutside, StringComparison.Ordinal), Is.EqualTo(IsAgency(role)), "a partner sees its own territory only");
            var csv = (await GetAsRoleAsync(role, $"/ogc/collections/test-effectifs/items?limit=10000&f=csv")).Body;
            Assert.That(csv.Contains(sirenOutside, StringComparison.Ordinal), Is.EqualTo(IsAgency(role)), "CSV too");
            var (itemStatus, _) = await GetAsRoleAsync(role, $"/ogc/collections/test-effectifs/items/{await IdOfAsync(sirenOutside)}");
            Assert.That(itemStatus, Is.EqualTo(IsAgency(role) ? HttpStatusCode.OK : HttpStatusCode.NotFound), "one feature outside the scope");
        }

        // The tiles' metadata is as invisible as the layer.
        foreach (var url in new[] { "/ogc/collections/test-effectifs/tiles", "/ogc/collections/test-effectifs/tiles/WebMercatorQuad" })
        {
            var (metadataStatus, metadata) = await GetAsRoleAsync(role, url);
            Assert.That(metadataStatus, Is.EqualTo(canSee ? HttpStatusCode.OK : HttpStatusCode.NotFound), $"{url}: {metadata}");
            if (!canSee)
                Assert.That(metadata, Does.Not.Contain("headcount").And.Not.Contain("Effectifs"), "nothing about the layer leaks");
        }

        // The tile around an establishment outside the scope.
        var (x, y) = await TileOfAsync(sirenOutside);
        var (tileStatus, tile) = await GetAsRoleAsync(role, $"/ogc/collections/test-effectifs/tiles/WebMercatorQuad/14/{y}/{x}");
        if (!canSee)
            Assert.That(tileStatus, Is.EqualTo(HttpStatusCode.NotFound));
        else if (IsAgency(role))
            Assert.That(tile, Does.Contain(sirenOutside));
        else
            Assert.That(tile, Does.Not.Contain(sirenOutside), "a partner's tiles hold its own territory only");
    }

    [Test]
    public async Task Writes_follow_role_and_scope([ValueSource(nameof(Roles))] string role, [Values(true, false)] bool inScope)
    {
        var establishment = await IdOfAsync(inScope ? sirenInside : sirenOutside);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/test/points/{establishment}/notes")
        {
            Content = new StringContent("""{"text":"vu sur place"}""", Encoding.UTF8, "application/json"),
        };
        Authorize(request, role);
        using var response = await Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var expected = role == "anonymous" ? HttpStatusCode.Unauthorized
            : IsAgency(role) || (role == "partner_editor" && inScope) ? HttpStatusCode.OK : HttpStatusCode.Forbidden;
        Assert.That(response.StatusCode, Is.EqualTo(expected), body);
        if (role == "partner_editor" && !inScope)
            Assert.That(body, Does.Contain(outside).And.Contain("outside the territories of your key"));

        await using var connection = Factory.OpenConnection();
        var notes = await connection.ExecuteScalarAsync<int>("select count(*) from test.note where etablissement_id = @establishment and actor like @actor",
            new { establishment, actor = $"%({Names[role]})" });
        Assert.That(notes, Is.EqualTo(expected == HttpStatusCode.OK ? 1 : 0), "written only when allowed");
    }

    [Test]
    public async Task Imports_need_an_agency_editor([ValueSource(nameof(Roles))] string role)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/imports/values")
        {
            Content = new MultipartFormDataContent
            {
                { new ByteArrayContent(Encoding.UTF8.GetBytes($"indicator,territory,period,value\ntest.salaries,{inside},2040,7\n")), "file", "values.csv" },
            },
        };
        Authorize(request, role);
        using var response = await Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var expected = role == "anonymous" ? HttpStatusCode.Unauthorized : IsAgency(role) ? HttpStatusCode.OK : HttpStatusCode.Forbidden;
        Assert.That(response.StatusCode, Is.EqualTo(expected), body);
        if (expected == HttpStatusCode.Unauthorized)
            Assert.That(response.Headers.WwwAuthenticate.ToString(), Does.StartWith("Bearer"));
        if (expected == HttpStatusCode.OK)
            Assert.That(JsonDocument.Parse(body).RootElement.GetProperty("rows").GetInt32(), Is.EqualTo(1));
    }

    [Test]
    public async Task Admin_endpoints_are_for_admins([ValueSource(nameof(Roles))] string role)
    {
        foreach (var path in new[] { "/api/v1/admin/keys", "/api/v1/admin/audit" })
        {
            var (status, body) = await GetAsRoleAsync(role, path);
            Assert.That(status, Is.EqualTo(role == "anonymous" ? HttpStatusCode.Unauthorized
                : role == "admin" ? HttpStatusCode.OK : HttpStatusCode.Forbidden), $"{role} {path}: {body}");
            foreach (var key in keys.Values.OfType<string>())
                Assert.That(body, Does.Not.Contain(key[13..]), "a key is never shown again");
        }
    }

    private async Task<(HttpStatusCode Status, string Body)> GetAsRoleAsync(string role, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        Authorize(request, role);
        using var response = await Client.SendAsync(request);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        return (response.StatusCode, Encoding.Latin1.GetString(bytes));
    }

    private void Authorize(HttpRequestMessage request, string role)
    {
        if (keys[role] is { } key)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
    }

    private static string Text(double value) => value.ToString(CultureInfo.InvariantCulture);

    private async Task<int> IdOfAsync(string siret)
    {
        await using var connection = Factory.OpenConnection();
        return await connection.QuerySingleAsync<int>("select id from test.etablissement where siret = @siret", new { siret });
    }

    private async Task<(int X, int Y)> TileOfAsync(string siret)
    {
        await using var connection = Factory.OpenConnection();
        return await connection.QuerySingleAsync<(int, int)>("""
            select floor((st_x(geom) + 180) / 360 * 16384)::int,
                   floor((1 - ln(tan(radians(st_y(geom))) + 1 / cos(radians(st_y(geom)))) / pi()) / 2 * 16384)::int
            from test.etablissement where siret = @siret
            """, new { siret });
    }
}
