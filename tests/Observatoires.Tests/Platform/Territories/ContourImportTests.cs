using System.Text.Json;
using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using NetTopologySuite.IO.Esri;
using Observatoires.Api;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Platform.Territories;

/// <summary>
/// ./observatoires import territories, as the agency's GIS technician uses it: real contours go in whole,
/// a bad file changes nothing and says which feature is wrong.
/// </summary>
public sealed class ContourImportTests
{
    private readonly PerTestDatabases databases = new("import");
    private ApiFactory factory = null!;
    private string folder = null!;

    [SetUp]
    public async Task FreshDatabase()
    {
        factory = await databases.StartAsync();
        folder = Directory.CreateTempSubdirectory("observatoires-import-").FullName;
    }

    [TearDown]
    public async Task Cleanup()
    {
        await databases.StopAsync(factory);
        Directory.Delete(folder, true);
    }

    [OneTimeTearDown]
    public async Task StopSharedDatabase() => await databases.DisposeAsync();

    [Test]
    public async Task The_real_contours_of_the_319_communes_replace_the_synthetic_ones_and_the_EPCIs_follow()
    {
        var real = SharedData.File("communes-artois.geojson");
        Assume.That(real, Is.Not.Null, "../shared/data/communes-artois.geojson is not present");

        var (exitCode, output) = await RunCliAsync("--file", real!, "--code-property", "code");

        Assert.That(exitCode, Is.Zero, output);
        Assert.That(output, Does.Contain("319 communes"));
        using var client = factory.CreateClient();
        var epci = await client.GetJsonAsync("/api/v1/territories/epci:200072460");
        var bbox = epci.GetProperty("bbox").EnumerateArray().Select(v => v.GetDouble()).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(epci.Str("geometrySource"), Is.EqualTo("imported"));
            // The real bounding box of Béthune-Bruay (SOURCES.md).
            Assert.That(bbox, Is.EqualTo(new[] { 2.29815, 50.38321, 2.89055, 50.64345 }).Within(1e-5));
        });
        var aula = await client.GetJsonAsync("/api/v1/territories/groupement:aula/geometry");
        Assert.That(aula.GetProperty("properties").Str("geometrySource"), Is.EqualTo("imported"));
    }

    [Test]
    public async Task The_platform_own_GeoJSON_export_imports_back_and_the_next_run_keeps_it()
    {
        var file = await ExportCommunesAsync();
        var (exitCode, output) = await RunCliAsync("--file", file);
        Assert.That(exitCode, Is.Zero, output);
        var imported = await GeometrySnapshotAsync();

        await Cli.SeedAsync(factory.Services); // what ./observatoires run does at every start

        await using var connection = factory.OpenConnection();
        Assert.That(await connection.ExecuteScalarAsync<long>(
            "select count(*) from platform.territory where level = 'commune' and geometry_source = 'imported'"), Is.EqualTo(319));
        Assert.That(await GeometrySnapshotAsync(), Is.EqualTo(imported));
    }

    [Test]
    public async Task A_Shapefile_in_Lambert_93_is_reprojected()
    {
        var features = await CommunesAsync(srid: 2154);
        var file = Path.Combine(folder, "communes.shp");
        Shapefile.WriteAllFeatures(features, file);
        await File.WriteAllTextAsync(Path.ChangeExtension(file, ".prj"),
            """PROJCS["RGF93_Lambert_93",GEOGCS["GCS_RGF_1993",DATUM["D_RGF_1993",SPHEROID["GRS_1980",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Lambert_Conformal_Conic"]]""");

        var (exitCode, output) = await RunCliAsync("--file", file);

        Assert.That(exitCode, Is.Zero, output);
        Assert.That(output, Does.Contain("EPSG:2154"));
        await using var connection = factory.OpenConnection();
        var box = await connection.QuerySingleAsync<(double X, double Y)>(
            "select st_x(st_centroid(geom)), st_y(st_centroid(geom)) from platform.territory where id = 'commune:62119'");
        Assert.That(box.X, Is.InRange(1.7, 3.1));
        Assert.That(box.Y, Is.InRange(50.1, 50.7));
    }

    [Test]
    public async Task A_GeoPackage_is_read()
    {
        var file = Path.Combine(folder, "communes.gpkg");
        WriteGeoPackage(file, await CommunesAsync(srid: 4326));
        var (exitCode, output) = await RunCliAsync("--file", file);
        Assert.That(exitCode, Is.Zero, output);
    }

    [Test, ChangesNothing]
    public async Task Projected_coordinates_without_srid_are_refused_with_the_option_to_use()
    {
        var file = Path.Combine(folder, "communes.geojson");
        var collection = await CommunesAsync(srid: 2154);
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(collection, GeoJsonOptions));
        var (exitCode, output) = await RunCliAsync("--file", file);
        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(output, Does.Contain("--srid 2154"));
    }

    [Test, ChangesNothing]
    public async Task An_unknown_coordinate_system_is_refused_with_a_message_not_a_crash()
    {
        var file = Path.Combine(folder, "communes.geojson");
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(await CommunesAsync(srid: 4326), GeoJsonOptions));
        var (exitCode, output) = await RunCliAsync("--file", file, "--srid", "999999");
        Assert.That(exitCode, Is.EqualTo(1), output);
        Assert.That(output, Does.Contain("unknown coordinate system EPSG:999999"));
    }

    [Test, ChangesNothing]
    public async Task A_file_that_is_not_JSON_is_refused_and_nothing_changes()
    {
        var file = Path.Combine(folder, "broken.geojson");
        await File.WriteAllTextAsync(file, "{\"type\": \"FeatureCollection\", \"features\": [");
        await AssertRefusedWithoutChangeAsync(file, "broken.geojson", "cannot be read");
    }

    [Test, ChangesNothing]
    public async Task An_unknown_commune_code_is_refused_with_its_feature_index()
    {
        var file = await ExportCommunesAsync(features => features[7]!["properties"]!["code"] = "99999");
        await AssertRefusedWithoutChangeAsync(file, "feature #7", "99999", "unknown commune code");
    }

    [Test]
    public async Task A_self_intersecting_polygon_is_refused_unless_repair_is_asked()
    {
        var bowtie = new JsonArray(new JsonArray(new JsonArray(
            new JsonArray(2.50, 50.40), new JsonArray(2.52, 50.42), new JsonArray(2.52, 50.40), new JsonArray(2.50, 50.42),
            new JsonArray(2.50, 50.40))));
        var file = await ExportCommunesAsync(features => features[3]!["geometry"] = new JsonObject
        {
            ["type"] = "MultiPolygon",
            ["coordinates"] = bowtie,
        });
        await AssertRefusedWithoutChangeAsync(file, "feature #3", "Self-intersection", "--repair");

        var (exitCode, output) = await RunCliAsync("--file", file, "--repair");
        Assert.That(exitCode, Is.Zero, output);
        Assert.That(output, Does.Contain("1 repaired"));
    }

    [Test, ChangesNothing]
    public async Task A_file_missing_communes_is_refused_with_their_names()
    {
        string? removed = null;
        var file = await ExportCommunesAsync(features =>
        {
            removed = features[0]!["properties"]!["code"]!.GetValue<string>();
            features.RemoveAt(0);
        });
        await AssertRefusedWithoutChangeAsync(file, "1 communes of the referential are missing", removed!);
    }

    [Test]
    public async Task Communes_outside_the_referential_can_be_skipped_on_request()
    {
        var file = await ExportCommunesAsync(features => features.Add(new JsonObject
        {
            ["type"] = "Feature",
            ["properties"] = new JsonObject { ["code"] = "62041" },
            ["geometry"] = new JsonObject
            {
                ["type"] = "Polygon",
                ["coordinates"] = new JsonArray(new JsonArray(
                new JsonArray(2.7, 50.2), new JsonArray(2.8, 50.2), new JsonArray(2.8, 50.3), new JsonArray(2.7, 50.2)))
            },
        }));
        var (exitCode, output) = await RunCliAsync("--file", file, "--ignore-unknown");
        Assert.That(exitCode, Is.Zero, output);
        Assert.That(output, Does.Contain("1 features outside the referential ignored"));
    }

    private async Task AssertRefusedWithoutChangeAsync(string file, params string[] expectedInMessage)
    {
        var before = await GeometrySnapshotAsync();
        var (exitCode, output) = await RunCliAsync("--file", file);
        Assert.That(exitCode, Is.EqualTo(1), output);
        foreach (var expected in expectedInMessage)
            Assert.That(output, Does.Contain(expected));
        Assert.That(output, Does.Contain("nothing was changed"));
        Assert.That(await GeometrySnapshotAsync(), Is.EqualTo(before));
    }

    private async Task<string> GeometrySnapshotAsync()
    {
        await using var connection = factory.OpenConnection();
        return await connection.ExecuteScalarAsync<string>(
            "select md5(string_agg(id || coalesce(geometry_source, '') || st_asewkb(geom)::text, ',' order by id)) from platform.territory") ?? "";
    }

    private Task<(int ExitCode, string Output)> RunCliAsync(params string[] options) =>
        CliRunner.RunAsync(factory.Services, ["import", "territories", .. options]);

    /// <summary>The communes as the API serves them, with a "code" property, optionally edited, written to a file.</summary>
    private async Task<string> ExportCommunesAsync(Action<JsonArray>? edit = null)
    {
        using var client = factory.CreateClient();
        var collection = JsonNode.Parse(await client.GetStringAsync("/api/v1/territories?level=commune&format=geojson&limit=1000"))!;
        var features = collection["features"]!.AsArray();
        edit?.Invoke(features);
        var file = Path.Combine(folder, "communes.geojson");
        await File.WriteAllTextAsync(file, collection.ToJsonString());
        return file;
    }

    private static readonly JsonSerializerOptions GeoJsonOptions = new() { Converters = { new NetTopologySuite.IO.Converters.GeoJsonConverterFactory() } };

    /// <summary>Current commune contours as NTS features in the given projection (PostGIS does the transform).</summary>
    private async Task<FeatureCollection> CommunesAsync(int srid)
    {
        await using var connection = factory.OpenConnection();
        var rows = await connection.QueryAsync<(string Code, byte[] Wkb)>(
            "select code, st_asbinary(st_transform(geom, @srid)) from platform.territory where level = 'commune' order by code", new { srid });
        var reader = new WKBReader();
        var collection = new FeatureCollection();
        foreach (var (code, wkb) in rows)
            collection.Add(new Feature(reader.Read(wkb), new AttributesTable { { "code", code } }));
        return collection;
    }

    private static void WriteGeoPackage(string file, FeatureCollection features)
    {
        using var connection = new SqliteConnection($"Data Source={file}");
        connection.Open();
        connection.Execute("""
            create table gpkg_contents (table_name text primary key, data_type text, identifier text, srs_id int);
            create table gpkg_geometry_columns (table_name text, column_name text, geometry_type_name text, srs_id int, z int, m int);
            create table communes (fid integer primary key, code text, geom blob);
            insert into gpkg_contents values ('communes', 'features', 'communes', 4326);
            insert into gpkg_geometry_columns values ('communes', 'geom', 'MULTIPOLYGON', 4326, 0, 0);
            """);
        var writer = new GeoPackageGeoWriter();
        foreach (var feature in features)
        {
            feature.Geometry.SRID = 4326;
            connection.Execute("insert into communes (code, geom) values (@code, @geom)",
                new { code = feature.Attributes["code"], geom = writer.Write(feature.Geometry) });
        }
    }
}
