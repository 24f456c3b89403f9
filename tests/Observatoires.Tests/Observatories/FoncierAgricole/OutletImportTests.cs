using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Dapper;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Observatories.FoncierAgricole;

/// <summary>
/// The agency replaces the short-supply-chain outlets with its inventory over HTTP, all or nothing: a good file becomes
/// the layer, a file with problems is refused with each line and changes nothing, and only agency editors may load one.
/// </summary>
public sealed class OutletImportTests : ApiTest
{
    private const string Header = "nom;type;adresse;code_commune;longitude;latitude";

    private string agency = null!, partner = null!;
    private string point = null!;

    [OneTimeSetUp]
    public async Task Keys()
    {
        agency = await CreateKeyAsync("agency_editor");
        partner = await CreateKeyAsync("partner_editor", "epci:200072460");
        // A point inside Béthune's current contour (synthetic or real).
        await using var connection = Factory.OpenConnection();
        var (x, y) = await connection.QuerySingleAsync<(double, double)>(
            "select st_x(p), st_y(p) from (select st_pointonsurface(geom) as p from platform.territory where id = 'commune:62119') t");
        point = x.ToString("0.######", CultureInfo.InvariantCulture) + ";" + y.ToString("0.######", CultureInfo.InvariantCulture);
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> ImportAsync(string file, string? key, string source = "Recensement PAT 2026")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/foncier-agricole/outlets")
        {
            Content = new MultipartFormDataContent
            {
                { new ByteArrayContent(Encoding.UTF8.GetBytes(file)), "file", "points-de-vente.csv" },
                { new StringContent(source), "source" },
            },
        };
        if (key is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    [Test]
    public async Task A_file_with_problems_is_refused_with_each_line_and_nothing_is_written_then_a_good_one_replaces_the_layer()
    {
        await using var connection = Factory.OpenConnection();
        var before = await connection.ExecuteScalarAsync<int>("select count(*)::int from foncier_agricole.outlet");
        var bad = string.Join("\n", Header,
            $"Ferme du Marais;vente_ferme;;62119;{point}",
            $"Hypermarché;supermarche;;62119;{point}",
            $"Marché de Lens;marche;;62498;{point}",
            "Marché lointain;marche;;62119;2.35;48.85",
            $";amap;;62119;{point}");
        var (status, body) = await ImportAsync(bad, agency);
        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest), body.ToString());
        var reasons = body.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("reason").GetString()!).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(reasons, Has.Count.EqualTo(4), string.Join("\n", reasons));
            Assert.That(reasons[0], Does.StartWith("line 3: type 'supermarche' is unknown"));
            Assert.That(reasons[1], Is.EqualTo("line 4: code_commune '62498' is not a commune of the CABBALR"), "Lens is in the CALL");
            Assert.That(reasons[2], Is.EqualTo("line 5: the point (2.35, 48.85) is more than 500 m from commune:62119"), "Paris");
            Assert.That(reasons[3], Does.StartWith("line 6: nom is required"));
        });
        Assert.That(await connection.ExecuteScalarAsync<int>("select count(*)::int from foncier_agricole.outlet"), Is.EqualTo(before), "nothing written");

        var (missing, refusal) = await ImportAsync("nom;commune\nFerme;62119", agency);
        Assert.That(missing, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(refusal.GetProperty("errors")[0].GetProperty("reason").GetString(), Does.StartWith("line 1: the columns type, adresse, code_commune"));

        var good = string.Join("\n", Header,
            $"Ferme du Marais;Vente à la ferme;12 rue du Marais;62119;{point}",
            $"AMAP de Béthune;amap;;62119;{point}");
        var (created, result) = await ImportAsync(good, agency);
        Assert.That(created, Is.EqualTo(HttpStatusCode.Created), result.ToString());
        Assert.Multiple(() =>
        {
            Assert.That(result.GetProperty("imported").GetInt32(), Is.EqualTo(2));
            Assert.That(result.GetProperty("replaced").GetInt32(), Is.EqualTo(before));
        });
        var layer = await Client.GetJsonAsync("/ogc/collections/foncier-agricole-circuits-courts/items?limit=100");
        var features = layer.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties")).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(features.Select(f => f.GetProperty("name").GetString()), Is.EquivalentTo(new[] { "Ferme du Marais", "AMAP de Béthune" }));
            Assert.That(features.Select(f => f.GetProperty("type").GetString()), Is.EquivalentTo(new[] { "vente_ferme", "amap" }));
            Assert.That(features.Select(f => f.GetProperty("source").GetString()), Is.All.EqualTo("Recensement PAT 2026"));
        });
        Assert.That(await connection.ExecuteScalarAsync<int>("select count(*)::int from platform.audit_log where action = 'foncier_agricole_outlets_import'"),
            Is.EqualTo(1));
    }

    [Test]
    public async Task Only_the_agency_loads_outlets_and_a_request_without_file_or_source_is_a_problem()
    {
        var file = Header + $"\nFerme;vente_ferme;;62119;{point}";
        Assert.That((await ImportAsync(file, null)).Status, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await ImportAsync(file, partner)).Status, Is.EqualTo(HttpStatusCode.Forbidden), "a partner editor of the CABBALR");
        var (status, body) = await ImportAsync(file, agency, source: "");
        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(body.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("name").GetString()), Does.Contain("source"));
    }
}
