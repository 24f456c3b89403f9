using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Observatoires.Api.Platform;
using Observatoires.Api.Platform.Access.Keys;
using Observatoires.Api.Platform.Geo.Layers;
using Observatoires.Api.Platform.Territories;
using Observatoires.Tests.Infrastructure;
using Observatoires.Tests.Infrastructure.TestObservatory;

namespace Observatoires.Tests.Platform.Territories;

/// <summary>
/// Demo objects follow the commune contours: placed inside their commune at seeding, and moved inside the new one when
/// real contours are imported, by every module that places objects from the contours (ICommuneContourFollower), the
/// test observatory's points and zones as the observatories' objects. (What an editor changed stays where it is: each
/// observatory with editable objects tests it in its own folder.)
/// </summary>
public sealed class ContourImportMovesDemoObjectsTests
{
    private ApiFactory factory = null!;
    private HttpClient client = null!;
    private string agencyKey = null!;

    [SetUp]
    public async Task Start()
    {
        factory = await ApiFactory.OnFreshCopyAsync($"import_demo_{TestContext.CurrentContext.Test.MethodName!.ToLowerInvariant()}");
        client = factory.CreateClient();
        agencyKey = (await factory.Services.GetRequiredService<ApiKeys>().CreateAsync("Agency", "agency_editor", [], null)).Key;
    }

    [TearDown]
    public async Task Stop()
    {
        client.Dispose();
        await factory.DisposeAsync();
    }

    [Test]
    public async Task After_the_real_contours_every_demo_object_lies_in_its_commune_and_the_same_import_moves_nothing()
    {
        var real = SharedData.File("communes-artois.geojson");
        Assume.That(real, Is.Not.Null, "../shared/data/communes-artois.geojson is not present");
        // The layers of the modules that place objects from the contours, whose features say their commune.
        var layers = factory.Services.GetServices<IModule>().OfType<ICommuneContourFollower>().OfType<ILayerModule>()
            .SelectMany(m => m.Layers).Where(l => l.Property("commune") is not null).ToList();
        Assert.That(layers.Select(l => l.Id), Is.SupersetOf(new[] { TestLayers.Points.Id, TestLayers.Zones.Id }));

        var seeded = await InsideTheirCommuneAsync(layers);
        var versionsBefore = await VersionsAsync();
        var etagsBefore = await ETagsAsync(layers);
        var watch = Stopwatch.StartNew();
        var (exitCode, output) = await CliRunner.RunAsync(factory.Services, "import", "territories", "--file", real!);
        var importTime = watch.Elapsed;
        Assert.That(exitCode, Is.Zero, output);
        var imported = await InsideTheirCommuneAsync(layers);
        var versionsAfter = await VersionsAsync();
        var etagsAfter = await ETagsAsync(layers);
        await TestContext.Progress.WriteLineAsync($"import of the real contours: {importTime.TotalSeconds:0.00} s in all; {output.Trim()}");
        foreach (var layer in imported.Keys)
            await TestContext.Progress.WriteLineAsync(
                $"  {layer}: inside their commune {seeded[layer].Inside}/{seeded[layer].Total} seeded, {imported[layer].Inside}/{imported[layer].Total} after the import");

        Assert.Multiple(() =>
        {
            Assert.That(output, Does.Match(@"demo objects placed inside their new communes in \d+\.\d\d s \(.*\)"));
            Assert.That(output, Does.Contain("Observatoire de test"), "each module says how many it placed");
            foreach (var (layer, count) in seeded)
            {
                Assert.That(count.Total, Is.Positive, layer);
                Assert.That(count.Inside, Is.EqualTo(count.Total), $"{layer}, seeded on the synthetic contours");
                Assert.That(imported[layer].Inside, Is.EqualTo(imported[layer].Total), $"{layer}, after the import of the real contours");
                Assert.That(imported[layer].Total, Is.EqualTo(count.Total), $"{layer}: moved, none lost");
                Assert.That(etagsAfter[layer], Is.Not.EqualTo(etagsBefore[layer]), $"{layer}: its ETag changed");
            }
            foreach (var domain in new[] { TestObservatoryModule.Domain, TerritoryGeometry.DataDomain })
                Assert.That(versionsAfter.GetValueOrDefault(domain), Is.GreaterThan(versionsBefore.GetValueOrDefault(domain)), $"data version of {domain}");
        });

        // Same contours, same places: a second import of the same file moves nothing.
        var placed = await GeometriesAsync(layers);
        (exitCode, output) = await CliRunner.RunAsync(factory.Services, "import", "territories", "--file", real!);
        Assert.That(exitCode, Is.Zero, output);
        Assert.That(await GeometriesAsync(layers), Is.EqualTo(placed), "the placement is deterministic");
    }

    /// <summary>Per layer: its features, and how many lie inside their commune (read with the layer's own SQL).</summary>
    private async Task<Dictionary<string, (int Total, int Inside)>> InsideTheirCommuneAsync(IEnumerable<LayerDefinition> layers)
    {
        await using var connection = factory.OpenConnection();
        var counts = new Dictionary<string, (int, int)>();
        foreach (var layer in layers)
        {
            // The layer's SQL comes from its definition (the registry's closed list), not from input.
            counts[layer.Id] = await connection.QuerySingleAsync<(int, int)>($"""
                select count(*)::int, count(*) filter (where st_within(l.geom, c.geom))::int
                from ({layer.Source}) l join platform.territory c on c.id = l.commune
                """);
        }
        return counts;
    }

    /// <summary>Per layer: a digest of every feature's id and geometry.</summary>
    private async Task<Dictionary<string, string>> GeometriesAsync(IEnumerable<LayerDefinition> layers)
    {
        await using var connection = factory.OpenConnection();
        var digests = new Dictionary<string, string>();
        foreach (var layer in layers)
        {
            digests[layer.Id] = await connection.ExecuteScalarAsync<string>(
                $"select md5(string_agg(l.id::text || st_asewkb(l.geom)::text, ',' order by l.id::text)) from ({layer.Source}) l") ?? "";
        }
        return digests;
    }

    /// <summary>Per layer: the ETag of its items, as an agency key gets them (partner layers included).</summary>
    private async Task<Dictionary<string, string>> ETagsAsync(IEnumerable<LayerDefinition> layers)
    {
        var etags = new Dictionary<string, string>();
        foreach (var layer in layers)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/ogc/collections/{layer.Id}/items?limit=1");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", agencyKey);
            using var response = await client.SendAsync(request);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), layer.Id);
            etags[layer.Id] = response.Headers.ETag!.Tag;
        }
        return etags;
    }

    private async Task<Dictionary<string, long>> VersionsAsync()
    {
        await using var connection = factory.OpenConnection();
        return (await connection.QueryAsync<(string Domain, long Version)>("select domain, version from platform.data_version"))
            .ToDictionary(r => r.Domain, r => r.Version);
    }
}
