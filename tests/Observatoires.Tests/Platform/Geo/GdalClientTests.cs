using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Dapper;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
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
        Assert.That(Run("ogrinfo", "--version").Output, Does.StartWith("GDAL"),
            "GDAL's tools are needed: ./observatoires test installs them (apt-get install -y gdal-bin)");
        factory = new ApiFactory(await TestDatabase.CloneTemplateAsync("ogc_gdal"));
        factory.UseKestrel(0);
        factory.StartServer();
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
        var (exit, output) = Run("ogrinfo", "-ro", $"OAPIF:{root}");
        Assert.That(exit, Is.Zero, output);
        Assert.That(output, Does.Contain("communes (title: Communes) (Multi Polygon)"));
        Assert.That(output, Does.Contain("epci (title: EPCI) (Multi Polygon)"));
        Assert.That(output, Does.Contain("groupements (title: Groupements) (Multi Polygon)"));
        Assert.That(output, Does.Contain("emploi-etablissements (title: Établissements employeurs) (Point)"));
        Assert.That(output, Does.Contain("friches-sites (title: Friches) (Multi Polygon)"));
        Assert.That(output, Does.Contain("foncier-eco-zae (title: Zones d'activités économiques) (Multi Polygon)"));
        Assert.That(output, Does.Contain("foncier-eco-lots (title: Lots des zones d'activités) (Multi Polygon)"));
        Assert.That(output, Does.Contain("zan-communes (title: Consommation d'espaces par commune) (Multi Polygon)"));
        Assert.That(output, Does.Not.Contain("emploi-effectifs").And.Not.Contain("foncier-eco-occupants"), "partner layers are not listed to anonymous clients");
    }

    [Test]
    public void Ogr2ogr_reads_the_brownfields_with_their_properties()
    {
        var gpkg = Path.Combine(folder, "friches.gpkg");
        var (exit, output) = Run("ogr2ogr", "-f", "GPKG", gpkg, $"OAPIF:{root}", "friches-sites", "-oo", "PAGE_SIZE=100");
        Assert.That(exit, Is.Zero, output);
        (exit, output) = Run("ogrinfo", "-so", gpkg, "friches-sites");
        Assert.That(output, Does.Contain("Feature Count: 250"));
        Assert.That(output, Does.Contain("status: String").And.Contain("area_ha: Real").And.Contain("identified_on: Date"));
    }

    [Test]
    public void Ogr2ogr_fetches_all_communes_through_paging_into_a_geopackage()
    {
        var gpkg = Path.Combine(folder, "communes.gpkg");
        var (exit, output) = Run("ogr2ogr", "-f", "GPKG", gpkg, $"OAPIF:{root}", "communes");
        Assert.That(exit, Is.Zero, output);
        (exit, output) = Run("ogrinfo", "-so", gpkg, "communes");
        Assert.That(exit, Is.Zero, output);
        Assert.That(output, Does.Contain("Feature Count: 319"), "GDAL pages 10 by 10 through the next links");
        Assert.That(output, Does.Contain("name: String").And.Contain("population: Integer"));
    }

    [Test]
    public async Task A_bbox_returns_only_the_features_that_intersect_it()
    {
        var (exit, output) = Run("ogrinfo", "-ro", "-al", "-q", "-spat", "2.7", "50.25", "2.85", "50.35", $"OAPIF:{root}", "emploi-etablissements");
        Assert.That(exit, Is.Zero, output);
        var points = PointRegex().Matches(output).Select(m => (X: double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture),
            Y: double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture))).ToList();
        Assert.That(points, Is.Not.Empty);
        Assert.That(points.Select(p => p.X), Is.All.InRange(2.7, 2.85));
        Assert.That(points.Select(p => p.Y), Is.All.InRange(50.25, 50.35));
        await using var connection = factory.OpenConnection();
        Assert.That(points, Has.Count.EqualTo(await connection.ExecuteScalarAsync<int>(
            "select count(*) from emploi.etablissement where st_intersects(geom, st_makeenvelope(2.7, 50.25, 2.85, 50.35, 4326))")));
    }

    [Test]
    public void Lambert93_features_read_by_gdal_are_in_metres()
    {
        var url = $"{root}/collections/communes/items?limit=1000&crs=http://www.opengis.net/def/crs/EPSG/0/2154";
        var (exit, output) = Run("ogrinfo", "-ro", "-so", "-al", url);
        Assert.That(exit, Is.Zero, output);
        var extent = ExtentRegex().Match(output);
        Assert.That(extent.Success, output);
        var values = Enumerable.Range(1, 4).Select(i => double.Parse(extent.Groups[i].Value, CultureInfo.InvariantCulture)).ToList();
        Assert.That(values[0], Is.InRange(580_000, 760_000));
        Assert.That(values[1], Is.InRange(6_950_000, 7_150_000));
        Assert.That(output, Does.Contain("Feature Count: 319"));
    }

    private static (int ExitCode, string Output) Run(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        start.Environment["GDAL_HTTP_TIMEOUT"] = "60";
        try
        {
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            return (process.ExitCode, stdout.Result + stderr.Result);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, $"{tool} could not run ({e.Message}): install gdal-bin");
        }
    }

    [GeneratedRegex(@"POINT \(([-0-9.]+) ([-0-9.]+)\)")]
    private static partial Regex PointRegex();

    [GeneratedRegex(@"Extent: \(([-0-9.]+), ([-0-9.]+)\) - \(([-0-9.]+), ([-0-9.]+)\)")]
    private static partial Regex ExtentRegex();
}
