using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Observatoires.Api.Platform.Access.Keys;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Platform.Export;

/// <summary>
/// A layer as a GeoPackage is the documented one-line recipe, `ogr2ogr -f GPKG out.gpkg OAPIF:https://…/ogc
/// &lt;collection&gt;` (docs/api.md; why not on the server: tests/bench/README.md): run here exactly as documented, the
/// GeoPackage holds the GeoJSON's features and fields, and a partner-only layer stays the partner's.
/// </summary>
public sealed partial class GeoPackageRecipeTests
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
        folder = Directory.CreateTempSubdirectory("observatoires-gpkg-").FullName;
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        await factory.DisposeAsync();
        Directory.Delete(folder, true);
    }

    [Test]
    public async Task The_recipes_GeoPackage_has_the_GeoJSONs_features_and_fields()
    {
        var gpkg = Path.Combine(folder, "zones.gpkg");
        var (exit, output) = Gdal.Run("ogr2ogr", "-f", "GPKG", gpkg, $"OAPIF:{root}", "test-zones");
        Assert.That(exit, Is.Zero, output);
        var geojson = await GeoJsonAsync("test-zones", null);

        var (count, fields) = Describe(gpkg, "test-zones");
        Assert.Multiple(() =>
        {
            Assert.That(count, Is.EqualTo(geojson.Features));
            Assert.That(fields, Is.EquivalentTo(geojson.Properties));
        });
    }

    [Test]
    public async Task A_partner_only_layer_is_refused_to_anonymous_and_given_to_its_partner_within_its_scope()
    {
        var anonymous = Path.Combine(folder, "effectifs-anonymous.gpkg");
        var (exit, output) = Gdal.Run("ogr2ogr", "-f", "GPKG", anonymous, $"OAPIF:{root}", "test-effectifs");
        Assert.That(exit, Is.Not.Zero, "GDAL finds no such layer for an anonymous client");
        Assert.That(output, Does.Contain("test-effectifs"));
        Assert.That(!File.Exists(anonymous) || !Describe(anonymous, "test-effectifs").Fields.Any(), Is.True, "nothing written");

        var key = (await factory.Services.GetRequiredService<ApiKeys>().CreateAsync("GeoPackage, CABBALR", "partner_reader",
            ["epci:200072460"], null)).Key;
        var partner = Path.Combine(folder, "effectifs-partner.gpkg");
        // The documented way to send the key: GDAL's GDAL_HTTP_HEADERS (GDAL 3.6 and later).
        (exit, output) = Gdal.Run(new Dictionary<string, string> { ["GDAL_HTTP_HEADERS"] = $"Authorization: Bearer {key}" },
            "ogr2ogr", "-f", "GPKG", partner, $"OAPIF:{root}", "test-effectifs");
        Assert.That(exit, Is.Zero, output);
        var geojson = await GeoJsonAsync("test-effectifs", key);
        var (count, fields) = Describe(partner, "test-effectifs");
        Assert.Multiple(() =>
        {
            Assert.That(geojson.Features, Is.GreaterThan(0));
            Assert.That(count, Is.EqualTo(geojson.Features), "the features the key may see, and only those");
            Assert.That(fields, Is.EquivalentTo(geojson.Properties));
        });
    }

    /// <summary>The feature count and the property names of a collection's GeoJSON, as the API serves it to this key.</summary>
    private async Task<(int Features, List<string> Properties)> GeoJsonAsync(string collection, string? key)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{root}/collections/{collection}/items?limit=10000");
        if (key is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var features = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("features").EnumerateArray().ToList();
        return (features.Count, features.SelectMany(f => f.GetProperty("properties").EnumerateObject().Select(p => p.Name)).Distinct().ToList());
    }

    private static (int Count, List<string> Fields) Describe(string gpkg, string layer)
    {
        var (exit, output) = Gdal.Run("ogrinfo", "-so", gpkg, layer);
        if (exit != 0)
            return (0, []);
        var count = int.Parse(FeatureCountRegex().Match(output).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        // Field lines follow the geometry column's: "name: String (0.0)".
        var fields = FieldRegex().Matches(output[(output.IndexOf("Geometry Column", StringComparison.Ordinal) + 1)..])
            .Select(m => m.Groups[1].Value).Where(f => f != "id").ToList();
        return (count, fields);
    }

    [GeneratedRegex(@"Feature Count: (\d+)")]
    private static partial Regex FeatureCountRegex();

    [GeneratedRegex(@"^([a-z_][a-z0-9_]*): (?:String|Integer|Integer64|Real|Date|DateTime)", RegexOptions.Multiline)]
    private static partial Regex FieldRegex();
}
