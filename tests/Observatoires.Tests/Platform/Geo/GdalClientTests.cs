using System.Globalization;
using System.Text.RegularExpressions;
using Dapper;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Observatoires.Api.Platform.Geo.Layers;
using Observatoires.Api.Platform.Indicators.Catalogue;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Platform.Geo;

/// <summary>
/// GDAL's command-line tools (Debian gdal-bin) as a real OGC API - Features client, the way an analyst runs them
/// (QGIS reads the API through the same GDAL driver). The API listens on a real port for them.
/// </summary>
public sealed partial class GdalClientTests
{
    private ApiFactory factory = null!;
    private string root = null!;
    private string folder = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        Assert.That(Gdal.Run("ogrinfo", "--version").Output, Does.StartWith("GDAL"),
            "GDAL's tools are needed: ./observatoires test installs them (apt-get install -y gdal-bin)");
        // GDAL only reads: an API of its own (on a real port) on the read-only fixtures' database.
        factory = await ReadOnlyHosts.StartAsync(configure: f => f.UseKestrel(0));
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        root = $"{address.Replace("localhost", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/')}/ogc";
        folder = Directory.CreateTempSubdirectory("observatoires-gdal-").FullName;
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        await factory.DisposeAsync();
        Directory.Delete(folder, true);
    }

    [Test]
    public void Ogrinfo_lists_every_collection_with_its_geometry_type()
    {
        var (exit, output) = Gdal.Run("ogrinfo", "-ro", $"OAPIF:{root}");
        Assert.That(exit, Is.Zero, output);
        Assert.That(output, Does.Contain("communes (title: Communes) (Multi Polygon)"));
        Assert.That(output, Does.Contain("epci (title: EPCI) (Multi Polygon)"));
        Assert.That(output, Does.Contain("groupements (title: Groupements) (Multi Polygon)"));
        Assert.That(output, Does.Contain("test-points (title: Établissements de test) (Point)"));
        Assert.That(output, Does.Contain("test-zones (title: Zones de test) (Multi Polygon)"));
        var layers = factory.Services.GetRequiredService<LayerRegistry>().All;
        Assert.Multiple(() =>
        {
            // The observatories' layers as well, as GDAL names their geometry types (MultiPolygon: Multi Polygon).
            foreach (var layer in layers.Where(l => l.Confidentiality == Confidentiality.Public))
                Assert.That(output, Does.Contain($"{layer.Id} (title: {layer.Title}) ({SpacedType().Replace(layer.GeometryType, " ")})"));
            Assert.That(layers.Where(l => l.Confidentiality != Confidentiality.Public).Select(l => l.Id), Does.Contain("test-effectifs"));
            foreach (var layer in layers.Where(l => l.Confidentiality != Confidentiality.Public))
                Assert.That(output, Does.Not.Contain($"{layer.Id} ("), "partner layers are not listed to anonymous clients");
        });
    }

    [Test]
    public async Task Ogr2ogr_reads_a_polygon_layer_with_its_properties()
    {
        var gpkg = Path.Combine(folder, "zones.gpkg");
        var (exit, output) = Gdal.Run("ogr2ogr", "-f", "GPKG", gpkg, $"OAPIF:{root}", "test-zones", "-oo", "PAGE_SIZE=100");
        Assert.That(exit, Is.Zero, output);
        (exit, output) = Gdal.Run("ogrinfo", "-so", gpkg, "test-zones");
        await using var connection = factory.OpenConnection();
        Assert.That(output, Does.Contain($"Feature Count: {await connection.ExecuteScalarAsync<int>("select count(*) from test.zone")}"));
        Assert.That(output, Does.Contain("status: String").And.Contain("area_ha: Real").And.Contain("identified_on: Date"));
    }

    [Test]
    public void Ogr2ogr_fetches_all_communes_through_paging_into_a_geopackage()
    {
        var gpkg = Path.Combine(folder, "communes.gpkg");
        var (exit, output) = Gdal.Run("ogr2ogr", "-f", "GPKG", gpkg, $"OAPIF:{root}", "communes");
        Assert.That(exit, Is.Zero, output);
        (exit, output) = Gdal.Run("ogrinfo", "-so", gpkg, "communes");
        Assert.That(exit, Is.Zero, output);
        Assert.That(output, Does.Contain("Feature Count: 319"), "GDAL asks for 10 a page and follows the next links");
        Assert.That(output, Does.Contain("name: String").And.Contain("population: Integer"));
    }

    [Test]
    public async Task Ogr2ogr_copies_the_establishments_in_few_requests_without_any_open_option()
    {
        // GDAL before 3.8 asks for 10 features per page whatever the API definition says and then follows the next
        // links: the server's next links are the only way to spare it the 1,953 requests of the 19,504 points.
        var gpkg = Path.Combine(folder, "etablissements.gpkg");
        var (exit, output) = Gdal.Run(Debug, "ogr2ogr", "-f", "GPKG", gpkg, $"OAPIF:{root}", "test-points");
        Assert.That(exit, Is.Zero, output);
        var requests = FetchRegex().Matches(output).Select(m => m.Groups[1].Value).ToList();
        Assert.That(requests, Has.Count.LessThan(50), string.Join('\n', requests));
        Assert.That(requests.Where(r => r.Contains("/items", StringComparison.Ordinal)).Select(Limit), Is.All.InRange(1, 1_000),
            "no page larger than the paging target: one request never costs more than 1,000 features");

        (exit, output) = Gdal.Run("ogrinfo", "-so", gpkg, "test-points");
        Assert.That(exit, Is.Zero, output);
        await using var connection = factory.OpenConnection();
        var count = await connection.ExecuteScalarAsync<int>("select count(*) from test.etablissement");
        Assert.That(output, Does.Contain($"Feature Count: {count}"), "every establishment, once");

        static int Limit(string url) => int.Parse(LimitRegex().Match(url).Groups[1].Value, CultureInfo.InvariantCulture);
    }

    [Test]
    public async Task Gdal_reads_the_clustered_tiles_and_their_counts_add_up_to_every_establishment()
    {
        await using var connection = factory.OpenConnection();
        var total = await connection.ExecuteScalarAsync<int>("select count(*) from test.etablissement");
        // At zoom 6 the whole territory lies in one tile (32, 21): clusters, and the isolated points as themselves.
        var tile = Path.Combine(folder, "z6.mvt");
        using (var http = new HttpClient())
            await File.WriteAllBytesAsync(tile, await http.GetByteArrayAsync($"{root}/collections/test-points/tiles/WebMercatorQuad/6/21/32"));
        var (exit, output) = Gdal.Run("ogrinfo", "-ro", "-al", "-oo", "X=32", "-oo", "Y=21", "-oo", "Z=6", tile);
        Assert.That(exit, Is.Zero, output);
        var features = FeatureRegex().Matches(output).Select(m => m.Value).ToList();
        var counts = features.Select(f => PointCountRegex().Match(f)).Where(m => m.Success)
            .Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        var singles = features.Where(f => !PointCountRegex().IsMatch(f)).ToList();
        Assert.That(counts, Is.Not.Empty.And.All.GreaterThan(1), "clusters gather several establishments");
        Assert.That(features, Has.Count.LessThanOrEqualTo(32 * 32), "one feature per cell of the 32 × 32 grid at most");
        Assert.That(counts.Sum() + singles.Count, Is.EqualTo(total), "every establishment counted once");
        Assert.That(singles, Is.All.Contain("naf_section (String) ="), "an isolated establishment keeps its properties");
        Assert.That(output, Does.Contain("POINT ("), "GDAL places them: EPSG:3857 coordinates from the tile's address");
    }

    [Test]
    public void Gdals_ogcapi_driver_follows_the_collection_to_its_vector_tiles()
    {
        // GDAL's OGC API driver goes from the collection to its tilesets, the tileset and the tile matrix set. GDAL 3.6.2
        // stops there: its driver builds no layer from vector tiles (fixed in later GDAL), so only the way there is tested;
        // reading the tiles themselves is tested with its MVT driver.
        var (_, output) = Gdal.Run(Debug, "ogrinfo", "-ro", "-oo", "API=TILES", $"OGCAPI:{root}/collections/test-points");
        Assert.That(output, Does.Not.Contain("API TILES requested, but not available"), output);
        var fetched = FetchRegex().Matches(output).Select(m => m.Groups[1].Value).ToList();
        Assert.That(fetched, Is.SupersetOf(new[]
        {
            $"{root}/collections/test-points/tiles",
            $"{root}/collections/test-points/tiles/WebMercatorQuad",
            $"{root}/tileMatrixSets/WebMercatorQuad",
        }), output);
    }

    [Test]
    public async Task A_bbox_returns_only_the_features_that_intersect_it()
    {
        var (exit, output) = Gdal.Run("ogrinfo", "-ro", "-al", "-q", "-spat", "2.7", "50.25", "2.85", "50.35", $"OAPIF:{root}", "test-points");
        Assert.That(exit, Is.Zero, output);
        var points = PointRegex().Matches(output).Select(m => (X: double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture),
            Y: double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture))).ToList();
        Assert.That(points, Is.Not.Empty);
        Assert.That(points.Select(p => p.X), Is.All.InRange(2.7, 2.85));
        Assert.That(points.Select(p => p.Y), Is.All.InRange(50.25, 50.35));
        await using var connection = factory.OpenConnection();
        Assert.That(points, Has.Count.EqualTo(await connection.ExecuteScalarAsync<int>(
            "select count(*) from test.etablissement where st_intersects(geom, st_makeenvelope(2.7, 50.25, 2.85, 50.35, 4326))")));
    }

    [Test]
    public void Lambert93_features_read_by_gdal_are_in_metres()
    {
        var url = $"{root}/collections/communes/items?limit=1000&crs=http://www.opengis.net/def/crs/EPSG/0/2154";
        var (exit, output) = Gdal.Run("ogrinfo", "-ro", "-so", "-al", url);
        Assert.That(exit, Is.Zero, output);
        var extent = ExtentRegex().Match(output);
        Assert.That(extent.Success, output);
        var values = Enumerable.Range(1, 4).Select(i => double.Parse(extent.Groups[i].Value, CultureInfo.InvariantCulture)).ToList();
        Assert.That(values[0], Is.InRange(580_000, 760_000));
        Assert.That(values[1], Is.InRange(6_950_000, 7_150_000));
        Assert.That(output, Does.Contain("Feature Count: 319"));
    }

    /// <summary>GDAL's debug output: one "HTTP: Fetch(url)" line per request it sends.</summary>
    private static readonly Dictionary<string, string> Debug = new() { ["CPL_DEBUG"] = "ON" };

    [GeneratedRegex(@"POINT \(([-0-9.]+) ([-0-9.]+)\)")]
    private static partial Regex PointRegex();

    [GeneratedRegex(@"Extent: \(([-0-9.]+), ([-0-9.]+)\) - \(([-0-9.]+), ([-0-9.]+)\)")]
    private static partial Regex ExtentRegex();

    [GeneratedRegex(@"OGRFeature\(.*?(?=OGRFeature\(|\z)", RegexOptions.Singleline)]
    private static partial Regex FeatureRegex();

    [GeneratedRegex(@"point_count \(Integer(?:64)?\) = ([0-9]+)")]
    private static partial Regex PointCountRegex();

    [GeneratedRegex(@"HTTP: Fetch\(([^)]+)\)")]
    private static partial Regex FetchRegex();

    [GeneratedRegex(@"[?&]limit=([0-9]+)")]
    private static partial Regex LimitRegex();

    [GeneratedRegex("(?<=[a-z])(?=[A-Z])")]
    private static partial Regex SpacedType();
}
