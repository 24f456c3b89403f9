using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Observatoires.Api.Platform.Access.Keys;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Observatories.FoncierEco;

/// <summary>
/// The demo parks and their lots follow the commune contours (Platform/Territories/ContourImportMovesDemoObjectsTests
/// checks every module's demo objects); what an editor drew or changed stays where it is.
/// </summary>
public sealed class ContourImportTests
{
    private const string Epci = "epci:200072460";
    private ApiFactory factory = null!;
    private HttpClient client = null!;
    private string editorKey = null!;

    [SetUp]
    public async Task Start()
    {
        factory = await ApiFactory.OnFreshCopyAsync($"foncier_import_{TestContext.CurrentContext.Test.MethodName!.ToLowerInvariant()}");
        client = factory.CreateClient();
        editorKey = (await factory.Services.GetRequiredService<ApiKeys>().CreateAsync("CABBALR éco", "partner_editor", [Epci], null)).Key;
    }

    [TearDown]
    public async Task Stop()
    {
        client.Dispose();
        await factory.DisposeAsync();
    }

    [Test]
    public async Task After_the_real_contours_demo_parks_and_lots_lie_in_their_commune_and_edited_lots_stay()
    {
        var real = SharedData.File("communes-artois.geojson");
        Assume.That(real, Is.Not.Null, "../shared/data/communes-artois.geojson is not present");

        // An editor splits one lot along a line and changes another lot's status, in two other parks.
        var (splitLot, splitPark, line) = await LotAndLineAsync(null);
        using (var split = await SendAsync(HttpMethod.Post, $"/api/v1/foncier-eco/lots/{splitLot}/split", await ETagAsync(splitLot),
                   new { cutLine = new { type = "LineString", coordinates = line } }))
            Assert.That(split.StatusCode, Is.EqualTo(HttpStatusCode.Created), await split.Content.ReadAsStringAsync());
        var (patchedLot, patchedPark, _) = await LotAndLineAsync(splitPark);
        var status = (await client.GetJsonAsync($"/api/v1/foncier-eco/lots/{patchedLot}")).Str("status") == "friche" ? "reserve_non_amenagee" : "friche";
        using (var patch = await SendAsync(HttpMethod.Patch, $"/api/v1/foncier-eco/lots/{patchedLot}", await ETagAsync(patchedLot), new { status }))
            Assert.That(patch.StatusCode, Is.EqualTo(HttpStatusCode.OK), await patch.Content.ReadAsStringAsync());
        int[] edited = [splitPark, patchedPark];
        var editedBefore = await EditedParksSnapshotAsync(edited);

        var seeded = await InsideTheirCommuneAsync(edited);
        var versionsBefore = await VersionsAsync();
        var watch = Stopwatch.StartNew();
        var (exitCode, output) = await CliRunner.RunAsync(factory.Services, "import", "territories", "--file", real!);
        var importTime = watch.Elapsed;
        Assert.That(exitCode, Is.Zero, output);
        var imported = await InsideTheirCommuneAsync(edited);
        var versionsAfter = await VersionsAsync();
        await TestContext.Progress.WriteLineAsync($"import of the real contours: {importTime.TotalSeconds:0.00} s in all; {output.Trim()}");
        foreach (var layer in imported.Keys)
            await TestContext.Progress.WriteLineAsync(
                $"  {layer}: inside their commune {seeded[layer].Inside}/{seeded[layer].Total} seeded, {imported[layer].Inside}/{imported[layer].Total} after the import");

        Assert.Multiple(() =>
        {
            Assert.That(output, Does.Match(@"demo objects placed inside their new communes in \d+\.\d\d s \(.*\)"));
            foreach (var (layer, count) in seeded)
                Assert.That(count.Inside, Is.EqualTo(count.Total), $"{layer}, seeded on the synthetic contours");
            foreach (var (layer, count) in imported)
                Assert.That(count.Inside, Is.EqualTo(count.Total), $"{layer}, after the import of the real contours");
            Assert.That(imported["lots"].Total, Is.GreaterThan(400));
            Assert.That(imported["parks"].Total, Is.EqualTo(60), "62 parks less the two an editor worked on");
            foreach (var domain in new[] { "foncier-eco", "territories" })
                Assert.That(versionsAfter.GetValueOrDefault(domain), Is.GreaterThan(versionsBefore.GetValueOrDefault(domain)), $"data version of {domain}");
        });
        Assert.That(await EditedParksSnapshotAsync(edited), Is.EqualTo(editedBefore),
            "the parks an editor worked on, their lots (split or changed) and their other lots do not move");

        await using (var connection = factory.OpenConnection())
            Assert.That(await connection.ExecuteScalarAsync<int>("select count(*) from foncier_eco.zae where demo_area_ha is not null"), Is.EqualTo(60),
                "a park an editor worked on is no longer marked demo");

        // Same contours, same places: a second import of the same file moves nothing.
        var placed = await DemoGeometriesAsync();
        (exitCode, output) = await CliRunner.RunAsync(factory.Services, "import", "territories", "--file", real!);
        Assert.That(exitCode, Is.Zero, output);
        Assert.That(await DemoGeometriesAsync(), Is.EqualTo(placed), "the placement is deterministic");
    }

    /// <summary>Per layer: the demo objects (the parks no editor touched and their current lots) and how many lie inside their commune.</summary>
    private async Task<Dictionary<string, (int Total, int Inside)>> InsideTheirCommuneAsync(int[] edited)
    {
        await using var connection = factory.OpenConnection();
        var rows = await connection.QueryAsync<(string Layer, int Total, int Inside)>("""
            select 'parks', count(*)::int, count(*) filter (where st_within(z.geom, c.geom))::int
            from foncier_eco.zae z join platform.territory c on c.id = z.commune_id where z.id <> all(@edited)
            union all
            select 'lots', count(*)::int, count(*) filter (where st_within(l.geom, c.geom))::int
            from foncier_eco.lot_version l join foncier_eco.zae z on z.id = l.zae_id join platform.territory c on c.id = z.commune_id
            where l.valid_to is null and z.id <> all(@edited)
            """, new { edited });
        return rows.ToDictionary(r => r.Layer, r => (r.Total, r.Inside));
    }

    private async Task<string> EditedParksSnapshotAsync(int[] edited)
    {
        await using var connection = factory.OpenConnection();
        return await connection.ExecuteScalarAsync<string>("""
            select md5(string_agg(x, ',' order by x)) from (
                select 'zae' || id || st_asewkb(geom)::text as x from foncier_eco.zae where id = any(@edited)
                union all
                select 'lot' || lot_id || '.' || version || st_asewkb(geom)::text from foncier_eco.lot_version where zae_id = any(@edited)) s
            """, new { edited }) ?? "";
    }

    private async Task<string> DemoGeometriesAsync()
    {
        await using var connection = factory.OpenConnection();
        return await connection.ExecuteScalarAsync<string>("""
            select md5(string_agg(x, ',' order by x)) from (
                select 'z' || id || st_asewkb(geom)::text as x from foncier_eco.zae
                union all select 'l' || lot_id || '.' || version || st_asewkb(geom)::text from foncier_eco.lot_version) s
            """) ?? "";
    }

    private async Task<Dictionary<string, long>> VersionsAsync()
    {
        await using var connection = factory.OpenConnection();
        return (await connection.QueryAsync<(string Domain, long Version)>("select domain, version from platform.data_version"))
            .ToDictionary(r => r.Domain, r => r.Version);
    }

    /// <summary>A one-piece current lot of the EPCI outside the given park, its park, and a north-south line across it.</summary>
    private async Task<(int Id, int Park, double[][] Line)> LotAndLineAsync(int? notInPark)
    {
        await using var connection = factory.OpenConnection();
        var row = await connection.QueryFirstAsync<(int Id, int Park, double X, double YMin, double YMax)>("""
            select l.lot_id, l.zae_id, st_x(st_centroid(l.geom)), st_ymin(l.geom) - 0.001, st_ymax(l.geom) + 0.001
            from foncier_eco.lot_version l join foncier_eco.zae z on z.id = l.zae_id
            join platform.territory_membership m on m.member_id = z.commune_id and m.parent_id = @Epci
            where l.valid_to is null and st_numgeometries(l.geom) = 1 and l.zae_id is distinct from @notInPark
              and st_contains(l.geom, st_centroid(l.geom))
            order by l.lot_id
            """, new { Epci, notInPark });
        return (row.Id, row.Park, [[row.X, row.YMin], [row.X, row.YMax]]);
    }

    private async Task<string> ETagAsync(int id)
    {
        using var read = await client.GetAsync($"/api/v1/foncier-eco/lots/{id}");
        return read.Headers.ETag!.ToString();
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, string ifMatch, object body)
    {
        var request = new HttpRequestMessage(method, url) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", editorKey);
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return await client.SendAsync(request);
    }
}
