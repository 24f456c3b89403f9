using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Dapper;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Platform.Export;

/// <summary>
/// A layer as a spreadsheet (OGC items f=xlsx), as an analyst opens it: every feature a row with its typed attributes and
/// one point's longitude and latitude (the point itself, or a point on a polygon), a metadata sheet with the layer's
/// origin, licence and where the whole geometry is; the catalogue lists it. As an attacker tries it: a confidential
/// layer's spreadsheet holds exactly what the caller's GeoJSON holds, and nothing for the anonymous.
/// </summary>
public sealed class LayerXlsxTests : ReadOnlyApiTest
{
    private const string Points = "/ogc/collections/test-points/items", Zones = "/ogc/collections/test-zones/items";
    private const string Headcounts = "/ogc/collections/test-effectifs/items", Cabbalr = "epci:200072460";
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [Test]
    public async Task A_point_layer_is_one_row_a_feature_with_its_attributes_typed_and_its_longitude_and_latitude()
    {
        var geojson = await Client.GetJsonAsync(Points + "?limit=10000");
        using var response = await Client.GetAsync(Points + "?f=xlsx");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo(Xlsx));
        Assert.That(response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), Is.EqualTo("test-points.xlsx"));
        var workbook = Workbook.Read(await response.Content.ReadAsByteArrayAsync());
        Assert.That(workbook.SheetNames, Is.EqualTo(new[] { "Données", "Métadonnées" }));

        var data = workbook.Sheet("Données");
        var header = data[0].Select(c => c.Text).ToList();
        Assert.That(header, Is.EqualTo(new[] { "Identifiant", "siret", "name", "naf_section", "sector", "size_band", "commune", "created_on", "Longitude", "Latitude" }));
        var features = geojson.GetProperty("features").EnumerateArray().ToDictionary(f => f.GetProperty("id").ToString());
        var rows = data.Skip(1).ToList();
        var csv = (await Client.GetStringAsync(Points + "?f=csv")).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[0]);
        Assert.That(rows.Select(r => r[0].Text), Is.EquivalentTo(csv), "every feature, once, and nothing else (the whole layer without a limit, as the CSV)");
        Assert.Multiple(() =>
        {
            foreach (var row in rows.Take(200))
            {
                if (!features.TryGetValue(row[0].Text!, out var feature))
                    continue;   // beyond the GeoJSON's largest page
                var coordinates = feature.GetProperty("geometry").GetProperty("coordinates");
                Assert.That(row[1].Text, Is.EqualTo(feature.GetProperty("properties").Str("siret")), "a text stays text (leading digits kept)");
                Assert.That(row[7].Number, Is.EqualTo(DateTime.Parse(feature.GetProperty("properties").Str("created_on"), CultureInfo.InvariantCulture).ToOADate()),
                    "a date is a date cell");
                Assert.That(row[8].Number!.Value, Is.EqualTo(coordinates[0].GetDouble()).Within(1e-7), "longitude, a number");
                Assert.That(row[9].Number!.Value, Is.EqualTo(coordinates[1].GetDouble()).Within(1e-7), "latitude, a number");
            }
        });

        var metadata = workbook.Sheet("Métadonnées").ToDictionary(r => r[0].Text ?? "", r => r.ElementAtOrDefault(1)?.Text ?? "");
        Assert.Multiple(() =>
        {
            Assert.That(metadata["Titre"], Is.EqualTo("Établissements de test"));
            Assert.That(metadata["Licence"], Does.Contain("Licence Ouverte"));
            Assert.That(metadata["Source"], Is.Not.Empty.And.Not.Contain("select"), "the layer's origin, never its SQL");
            Assert.That(metadata["Géométrie"], Does.Contain("GeoJSON").And.Contain("GeoPackage"), "where the whole geometry is");
            Assert.That(metadata["Adresse"], Does.EndWith(Points + "?f=xlsx"));
        });
    }

    [Test]
    public async Task A_polygon_is_placed_by_a_point_on_its_surface_and_Lambert_93_gives_x_and_y()
    {
        var rows = Workbook.Read(await (await Client.GetAsync(Zones + "?f=xlsx")).Content.ReadAsByteArrayAsync()).Sheet("Données");
        Assert.That(rows[0].TakeLast(2).Select(c => c.Text), Is.EqualTo(new[] { "Longitude", "Latitude" }));
        var points = rows.Skip(1).Select(r => (Id: int.Parse(r[0].Text!, CultureInfo.InvariantCulture), X: r[^2].Number!.Value, Y: r[^1].Number!.Value)).ToList();
        Assert.That(points, Has.Count.GreaterThan(10));
        await using var connection = Factory.OpenConnection();
        // Inside its polygon (a centroid may fall outside a concave one), to the centimetre the rounding allows.
        var outside = await connection.QueryAsync<int>("""
            select z.id from test.zone z join unnest(@Ids, @Xs, @Ys) p(id, x, y) on p.id = z.id
            where st_distance(z.geom, st_setsrid(st_point(p.x, p.y), 4326)) > 1e-6
            """, new { Ids = points.Select(p => p.Id).ToArray(), Xs = points.Select(p => p.X).ToArray(), Ys = points.Select(p => p.Y).ToArray() });
        Assert.That(outside, Is.Empty);

        var lambert = Workbook.Read(await (await Client.GetAsync(Zones + "?f=xlsx&crs=http://www.opengis.net/def/crs/EPSG/0/2154")).Content.ReadAsByteArrayAsync()).Sheet("Données");
        Assert.That(lambert[0].TakeLast(2).Select(c => c.Text), Is.EqualTo(new[] { "X (Lambert-93)", "Y (Lambert-93)" }));
        Assert.That(lambert[1][^2].Number, Is.InRange(600_000, 750_000), "metres east in Lambert-93 (the Artois)");
        Assert.That(lambert[1][^1].Number, Is.InRange(7_000_000, 7_100_000), "metres north");
    }

    [Test]
    public async Task A_page_is_what_limit_and_offset_select_and_a_bad_format_is_a_field_error()
    {
        var page = Workbook.Read(await (await Client.GetAsync(Points + "?f=xlsx&limit=7&offset=3")).Content.ReadAsByteArrayAsync()).Sheet("Données");
        var geojson = await Client.GetJsonAsync(Points + "?limit=7&offset=3");
        Assert.That(page.Skip(1).Select(r => r[0].Text), Is.EqualTo(geojson.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("id").ToString())));

        using var bad = await Client.GetAsync(Points + "?f=xls");
        var problem = await bad.ProblemAsync(HttpStatusCode.BadRequest);
        var error = problem.GetProperty("errors").EnumerateArray().Single();
        Assert.That((error.Str("name"), error.Str("reason")), Is.EqualTo(("f", "f must be json, geojson, csv, csvw or xlsx")));
    }

    [Test]
    public async Task A_confidential_layer_s_spreadsheet_holds_what_the_caller_s_GeoJSON_holds_and_nothing_for_the_anonymous()
    {
        using (var anonymous = await Client.GetAsync(Headcounts + "?f=xlsx"))
        {
            Assert.That(anonymous.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "no sheet, not even an empty one");
            Assert.That(anonymous.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        }
        var partner = await CreateKeyAsync("partner_reader", Cabbalr);
        var agency = await CreateKeyAsync("agency_editor");
        var scope = (await Client.GetJsonAsync($"/api/v1/territories?level=commune&within={Cabbalr}&limit=1000"))
            .GetProperty("items").EnumerateArray().Select(t => t.Str("id")).ToHashSet();

        var partnerRows = await RowsAsync(Headcounts + "?f=xlsx", partner);
        var partnerFeatures = await FeaturesAsync(Headcounts + "?limit=10000", partner);
        var agencyRows = await RowsAsync(Headcounts + "?f=xlsx", agency);
        Assert.Multiple(() =>
        {
            Assert.That(partnerRows.Keys, Is.EquivalentTo(partnerFeatures.Keys), "the partner's sheet is its GeoJSON");
            Assert.That(partnerRows.Values.Select(r => r.Commune), Is.All.Matches<string>(scope.Contains), "inside its scope only");
            Assert.That(partnerRows.Values.Select(r => r.Headcount), Is.EqualTo(partnerRows.Keys.Select(id => partnerFeatures[id])), "the same headcounts");
            Assert.That(agencyRows.Count, Is.GreaterThan(partnerRows.Count), "the agency sees every territory's");
            Assert.That(partnerRows, Is.Not.Empty);
        });
    }

    [Test]
    public async Task The_catalogue_lists_a_layer_s_spreadsheet_and_its_URL_downloads_it()
    {
        var dataset = await Client.GetJsonAsync("/api/v1/datasets/test-zones");
        var xlsx = dataset.GetProperty("distributions").EnumerateArray().Single(d => d.Str("format") == "XLSX");
        Assert.That(xlsx.Str("mediaType"), Is.EqualTo(Xlsx));
        Assert.That(xlsx.GetProperty("download").GetBoolean(), Is.True);
        Assert.That(dataset.GetProperty("formats").EnumerateArray().Select(f => f.GetString()), Does.Contain("XLSX"));
        using var response = await Client.GetAsync(new Uri(xlsx.Str("url")).PathAndQuery);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(Workbook.Read(await response.Content.ReadAsByteArrayAsync()).Sheet("Données"), Has.Count.GreaterThan(1));
    }

    [Test]
    public async Task More_features_than_a_spreadsheet_holds_is_a_400_that_names_the_paged_CSV()
    {
        await using var factory = await ApiFactory.OnFreshCopyAsync("layer_xlsx_too_large");
        using var client = factory.CreateClient();
        await using (var connection = factory.OpenConnection())
        {
            // Exactly one feature more than the 50,000 a workbook is built with.
            var present = await connection.ExecuteScalarAsync<long>("select count(*) from test.etablissement");
            await connection.ExecuteAsync("""
                insert into test.etablissement (id, siret, name, naf_section, sector, size_band, headcount, commune_id, created_on)
                select 10000000 + g, 'X' || g, 'Volume ' || g, 'G', 'Activité fictive', '1-2', 1, 'commune:62119', date '2020-01-01'
                from generate_series(1, @Added) g
                """, new { Added = 50_001 - present }, commandTimeout: 600);
        }
        using var response = await client.GetAsync(Points + "?f=xlsx");
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        var error = problem.GetProperty("errors").EnumerateArray().Single();
        Assert.That(error.Str("name"), Is.EqualTo("f"));
        Assert.That(error.Str("reason"), Does.Contain("50,000").And.Contain("f=csv").And.Contain("limit"));
        using var page = await client.GetAsync(Points + "?f=xlsx&limit=10");
        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.OK), "a page of it is a spreadsheet");
    }

    private async Task<Dictionary<string, (string Commune, double? Headcount)>> RowsAsync(string url, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await Client.SendAsync(request);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var rows = Workbook.Read(await response.Content.ReadAsByteArrayAsync()).Sheet("Données");
        var header = rows[0].Select(c => c.Text).ToList();
        return rows.Skip(1).ToDictionary(r => r[0].Text!, r => (r[header.IndexOf("commune")].Text!, r[header.IndexOf("headcount")].Number));
    }

    private async Task<Dictionary<string, double?>> FeaturesAsync(string url, string key)
    {
        var (status, body) = await GetAsync(url, key);
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        return JsonDocument.Parse(body).RootElement.GetProperty("features").EnumerateArray()
            .ToDictionary(f => f.GetProperty("id").ToString(), f => (double?)f.GetProperty("properties").GetProperty("headcount").GetDouble());
    }
}
