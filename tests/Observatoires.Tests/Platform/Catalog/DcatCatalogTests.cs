using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Platform.Catalog;

/// <summary>
/// /catalog as the national and European portals harvest it: DCAT-AP 2.1.1 in JSON-LD and Turtle, public datasets only
/// whatever the key, and zero violations of the DCAT-AP 2.1.1 SHACL shapes by a real SHACL engine (tests/dcat).
/// </summary>
public sealed class DcatCatalogTests : ReadOnlyApiTest
{
    private const string Shapes = "standards/dcat-ap-2.1.1-shacl-shapes.ttl";

    private async Task<(HttpStatusCode Status, string? ContentType, string Body)> GetCatalogAsync(string? accept = null, string? key = null, string query = "")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/catalog{query}");
        if (accept is not null)
            request.Headers.Accept.ParseAdd(accept);
        if (key is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await Client.SendAsync(request);
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The dct:identifier of every dcat:Dataset of a JSON-LD answer.</summary>
    private static List<string> DatasetIds(string jsonLd) =>
        [.. JsonDocument.Parse(jsonLd).RootElement.GetProperty("@graph").EnumerateArray()
            .Where(n => n.TryGetProperty("@type", out var t) && t.EnumerateArray().Any(x => x.GetString() == "dcat:Dataset"))
            .Select(n => n.GetProperty("dct:identifier")[0].GetProperty("@value").GetString()!)];

    [Test]
    public async Task Json_ld_by_default_and_turtle_by_content_negotiation()
    {
        var jsonLd = await GetCatalogAsync();
        Assert.That(jsonLd.Status, Is.EqualTo(HttpStatusCode.OK), () => $"{jsonLd.Body}\n{string.Join('\n', Factory.Logs.TakeLast(3))}");
        Assert.That(jsonLd.ContentType, Is.EqualTo("application/ld+json"));
        var graph = JsonDocument.Parse(jsonLd.Body).RootElement.GetProperty("@graph").EnumerateArray().ToList();
        Assert.That(graph.Count(n => n.GetProperty("@type").EnumerateArray().Any(t => t.GetString() == "dcat:DataService")), Is.EqualTo(2));
        Assert.That(jsonLd.Body, Does.Contain("/openapi/v1.json").And.Contain("/ogc/api"), "the services' endpoint descriptions");

        var turtle = await GetCatalogAsync("text/turtle");
        Assert.That(turtle.ContentType, Is.EqualTo("text/turtle"));
        Assert.That(turtle.Body, Does.Contain("a dcat:Catalog").And.Contain("dcat:Dataset"));
        Assert.That((await GetCatalogAsync(query: "?format=ttl")).ContentType, Is.EqualTo("text/turtle"));
        Assert.That((await GetCatalogAsync(query: "?format=rdf")).Status, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task Only_public_datasets_whatever_the_key_and_every_one_is_public_in_the_api()
    {
        var partner = await CreateKeyAsync("partner_reader");
        var agency = await CreateKeyAsync("agency_editor");
        var anonymous = DatasetIds((await GetCatalogAsync()).Body);
        Assert.That(anonymous, Does.Contain("test.generateur-des-tests").And.Contain("test-points"));
        foreach (var key in new[] { partner, agency })
        {
            var withKey = await GetCatalogAsync(key: key);
            Assert.That(DatasetIds(withKey.Body), Is.EquivalentTo(anonymous), "a key changes nothing in /catalog");
            Assert.That(withKey.Body, Does.Not.Contain(".partner").And.Not.Contain("test-effectifs").And.Not.Contain(".agency"));
        }
        var (_, body) = await GetAsync("/api/v1/datasets?access=public&limit=500");
        var publicIds = JsonDocument.Parse(body).RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()).ToList();
        Assert.That(anonymous, Is.EquivalentTo(publicIds));
    }

    [Test]
    public async Task Json_ld_and_turtle_pass_the_dcat_ap_shacl_shapes_with_zero_violations()
    {
        var shapes = SharedData.File(Shapes);
        Assume.That(shapes, Is.Not.Null, $"../shared/data/{Shapes} is not present");
        var validator = Repository.File("tests/dcat/validate.mjs");
        if (!Directory.Exists(Repository.File("tests/dcat/node_modules")))
            Assert.Ignore("tests/dcat has no node_modules: ./observatoires test installs it (or npm ci in tests/dcat)");
        var folder = Directory.CreateTempSubdirectory("dcat-");
        try
        {
            var jsonLd = Path.Combine(folder.FullName, "catalog.jsonld");
            var turtle = Path.Combine(folder.FullName, "catalog.ttl");
            await File.WriteAllTextAsync(jsonLd, (await GetCatalogAsync()).Body);
            await File.WriteAllTextAsync(turtle, (await GetCatalogAsync("text/turtle")).Body);
            var start = new ProcessStartInfo("node", [validator, shapes!, jsonLd, turtle]) { RedirectStandardOutput = true, RedirectStandardError = true };
            using var node = Process.Start(start)!;
            var output = await node.StandardOutput.ReadToEndAsync();
            var errors = await node.StandardError.ReadToEndAsync();
            await node.WaitForExitAsync();
            TestContext.Out.WriteLine(output);
            Assert.That(node.ExitCode, Is.Zero, $"SHACL violations or errors:\n{output}\n{errors}");
            Assert.That(output, Does.Contain("catalog.jsonld").And.Contain("catalog.ttl").And.Contain("0 SHACL result(s)"));
        }
        finally
        {
            folder.Delete(true);
        }
    }
}
