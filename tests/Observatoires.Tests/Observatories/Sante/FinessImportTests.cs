using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Dapper;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Observatories.Sante;

/// <summary>
/// The agency imports a FINESS extraction: the pharmacies, maisons de santé, health centres and hospitals of its
/// communes replace the stored ones of those classes, placed from their Lambert-93 coordinates; other categories and
/// communes are counted; a malformed file changes nothing and names each line; agency only.
/// </summary>
public sealed class FinessImportTests : ApiTest
{
    private string agency = null!, partner = null!;

    [OneTimeSetUp]
    public async Task Keys()
    {
        agency = await CreateKeyAsync("agency_editor");
        partner = await CreateKeyAsync("partner_editor", "epci:200072460");
    }

    /// <summary>A structureet line as the register writes it: the tag and 31 fields, numuai empty.</summary>
    internal static string Structure(string finess, string name, string commune, string category, string categoryLabel) =>
        $"structureet;{finess};620000000;{name.ToUpperInvariant()};{name};;;12;RUE;DE LA GARE;;;{commune};62;PAS-DE-CALAIS;62400 VILLE;0321000000;;" +
        $"{category};{categoryLabel};1101;Agrégat;;8621Z;01;ARS;99;Non concerné;2001-01-01;2001-01-01;2024-01-01;";

    internal static string Point(string finess, double x, double y) =>
        $"geolocalisation;{finess};{x.ToString(System.Globalization.CultureInfo.InvariantCulture)};{y.ToString(System.Globalization.CultureInfo.InvariantCulture)};" +
        "1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,LAMBERT_93;2024-01-01";

    // Béthune's and Lens's centres in Lambert-93 (PostGIS: (2.6391, 50.5301) and (2.8302, 50.4322) in EPSG:2154).
    private static readonly string File = string.Join('\n',
        "finess;etalab;100;2024-06-14",
        Structure("620000001", "Pharmacie de la Gare", "119", "620", "Pharmacie d'Officine"),
        Structure("620000002", "Maison de santé pluriprofessionnelle de Lens", "498", "603", "Maison de santé (L.6223-3)"),
        Structure("620000003", "EHPAD Les Tilleuls", "119", "500", "Etablissement d'hébergement pour personnes âgées dépendantes"),
        Structure("620000004", "Pharmacie de la Place des Héros", "041", "620", "Pharmacie d'Officine"),
        Structure("620000005", "Centre de santé de Liévin", "510", "124", "Centre de Santé"),
        Point("620000001", 674370.78, 7048151.88),
        Point("620000002", 687918.21, 7037199.74),
        Point("620000003", 674400, 7048200)) + "\n";

    private async Task<(HttpStatusCode Status, JsonElement Body)> ImportAsync(byte[] content, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/sante/imports/finess")
        {
            Content = new MultipartFormDataContent { { new ByteArrayContent(content), "file", "etalab-cs1100507-stock.csv" } },
        };
        if (key is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    [Test]
    public async Task A_file_replaces_the_FINESS_classes_of_its_departement_and_keeps_the_others()
    {
        Assert.That((await ImportAsync(Encoding.UTF8.GetBytes(File), null)).Status, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await ImportAsync(Encoding.UTF8.GetBytes(File), partner)).Status, Is.EqualTo(HttpStatusCode.Forbidden), "a partner editor");
        await using var connection = Factory.OpenConnection();
        var finessClasses = await connection.ExecuteScalarAsync<int>(
            "select count(*) from sante.care_point where category in ('centre_sante', 'msp', 'pharmacie', 'hopital')");
        var others = await connection.ExecuteScalarAsync<int>("select count(*) from sante.care_point where category in ('cabinet_generaliste', 'urgences')");

        // Latin-1, as the register's older extractions are written: read as such.
        var (status, answer) = await ImportAsync(Encoding.Latin1.GetBytes(File), agency);
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), answer.ToString());
        Assert.Multiple(() =>
        {
            Assert.That(answer.GetProperty("establishments").GetInt32(), Is.EqualTo(5));
            Assert.That(answer.GetProperty("stored").GetInt32(), Is.EqualTo(3), "a pharmacy, a maison de santé, a health centre");
            Assert.That(answer.GetProperty("withoutPoint").GetInt32(), Is.EqualTo(1), "Liévin's centre has no geolocalisation line");
            Assert.That(answer.GetProperty("replaced").GetInt32(), Is.EqualTo(finessClasses));
            Assert.That(answer.GetProperty("departements").EnumerateArray().Select(d => d.GetString()), Is.EqualTo(new[] { "62" }));
            Assert.That(answer.GetProperty("skipped").GetProperty("otherCategory").GetInt32(), Is.EqualTo(1), "the nursing home");
            Assert.That(answer.GetProperty("skipped").GetProperty("outsideObservatory").GetInt32(), Is.EqualTo(1), "Arras is not in the referential");
        });
        var stored = (await connection.QueryAsync<(string Id, string Name, string Category, string Commune, bool Demo)>(
            "select id, name, category, commune_id, demo from sante.care_point where category in ('centre_sante', 'msp', 'pharmacie', 'hopital') order by id")).ToList();
        Assert.That(stored, Is.EqualTo(new[]
        {
            ("620000001", "Pharmacie de la Gare", "pharmacie", "commune:62119", false),
            ("620000002", "Maison de santé pluriprofessionnelle de Lens", "msp", "commune:62498", false),
            ("620000005", "Centre de santé de Liévin", "centre_sante", "commune:62510", false),
        }));
        Assert.That(await connection.ExecuteScalarAsync<int>("select count(*) from sante.care_point where category in ('cabinet_generaliste', 'urgences')"),
            Is.EqualTo(others), "GP practices and emergency services are not FINESS's: they stay");

        // On the map at once (the import bumped the layer's data version), where the coordinates say.
        var pharmacy = (await Client.GetJsonAsync("/ogc/collections/sante-offre-soins/items?category=pharmacie")).GetProperty("features").EnumerateArray().Single();
        var coordinates = pharmacy.GetProperty("geometry").GetProperty("coordinates");
        Assert.Multiple(() =>
        {
            Assert.That(pharmacy.GetProperty("properties").Str("finess_category"), Is.EqualTo("620"));
            Assert.That(pharmacy.GetProperty("properties").Str("address"), Is.EqualTo("12 RUE DE LA GARE, 62400 VILLE"));
            Assert.That(coordinates[0].GetDouble(), Is.EqualTo(2.6391).Within(1e-5));
            Assert.That(coordinates[1].GetDouble(), Is.EqualTo(50.5301).Within(1e-5));
        });
        var (_, audit) = await GetAsync("/api/v1/admin/audit?limit=5", await CreateKeyAsync("admin"));
        Assert.That(audit, Does.Contain("sante_finess_import"));
    }

    [Test]
    public async Task A_file_with_a_problem_changes_nothing_and_names_each_line()
    {
        await using var connection = Factory.OpenConnection();
        const string Points = "select count(*) || '/' || string_agg(id, ',' order by id) from sante.care_point";
        var before = await connection.ExecuteScalarAsync<string>(Points);
        var broken = string.Join('\n',
            "finess;etalab;100;2024-06-14",
            Structure("620000011", "Pharmacie du Beffroi", "119", "620", "Pharmacie d'Officine"),
            Structure("62000001X", "Pharmacie du Marché", "119", "620", "Pharmacie d'Officine"),
            "geolocalisation;620000011;beaucoup;7048151;1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,LAMBERT_93;2024-01-01",
            "structureej;620000000;CENTRE HOSPITALIER",
            Structure("620000011", "Pharmacie du Beffroi bis", "119", "620", "Pharmacie d'Officine"));
        var (status, problem) = await ImportAsync(Encoding.UTF8.GetBytes(broken), agency);
        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest), problem.ToString());
        var reasons = problem.GetProperty("errors").EnumerateArray().Select(e => e.Str("reason")).ToList();
        Assert.Multiple(async () =>
        {
            Assert.That(reasons, Has.Count.EqualTo(4));
            Assert.That(reasons[0], Does.StartWith("line 3: nofinesset '62000001X'"));
            Assert.That(reasons[1], Does.StartWith("line 4: coordxet 'beaucoup'"));
            Assert.That(reasons[2], Does.StartWith("line 5: 'structureej'"));
            Assert.That(reasons[3], Does.StartWith("line 6: establishment 620000011 is already on line 2"));
            Assert.That(problem.Str("detail"), Does.Contain("nothing was changed"));
            Assert.That(await connection.ExecuteScalarAsync<string>(Points), Is.EqualTo(before));
        });

        var (notFiness, body) = await ImportAsync(Encoding.UTF8.GetBytes("id;nom\n1;Pharmacie\n"), agency);
        Assert.That(notFiness, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(body.GetProperty("errors")[0].Str("reason"), Does.Contain("not a FINESS extraction"));
        var (missing, _) = await ImportAsync([], agency);
        Assert.That(missing, Is.EqualTo(HttpStatusCode.BadRequest), "an empty file");
    }
}
