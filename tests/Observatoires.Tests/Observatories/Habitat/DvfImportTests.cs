using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Dapper;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Observatories.Habitat;

/// <summary>
/// The agency imports a DVF géolocalisées file: single-dwelling sales kept, the other mutations counted by reason, the
/// file's département and year replacing the stored sales, all or nothing, for the agency only.
/// </summary>
public sealed class DvfImportTests : ApiTest
{
    private const string Header = "id_mutation,date_mutation,numero_disposition,nature_mutation,valeur_fonciere,adresse_numero,adresse_nom_voie," +
                                  "code_postal,code_commune,nom_commune,code_departement,id_parcelle,type_local,surface_reelle_bati," +
                                  "nombre_pieces_principales,surface_terrain,longitude,latitude";

    private string agency = null!, partner = null!;

    [OneTimeSetUp]
    public async Task Keys()
    {
        agency = await CreateKeyAsync("agency_editor");
        partner = await CreateKeyAsync("partner_editor", "epci:200072460");
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> ImportAsync(string csv, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/habitat/imports/dvf")
        {
            Content = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", "62.csv" } },
        };
        if (key is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    // Six mutations of 2023 in the Pas-de-Calais, as the file writes them (one line per parcel and premises).
    private const string File2023 = Header + """

        2023-1,2023-03-14,1,Vente,150000.0,12,RUE DE LILLE,62400,62119,Béthune,62,62119000AB0012,Maison,100,5,300,2.6391,50.5301
        2023-1,2023-03-14,1,Vente,150000.0,12,RUE DE LILLE,62400,62119,Béthune,62,62119000AB0012,Dépendance,,0,,2.6391,50.5301
        2023-2,2023-05-02,1,Vente,96000.0,3,RUE DE PARIS,62300,62498,Lens,62,62498000CD0040,Appartement,60,3,,2.8302,50.4322
        2023-3,2023-06-20,1,Vente,300000.0,8,PLACE,62300,62498,Lens,62,62498000CD0041,Appartement,70,3,,2.8310,50.4320
        2023-3,2023-06-20,1,Vente,300000.0,8,PLACE,62300,62498,Lens,62,62498000CD0041,Appartement,65,3,,2.8310,50.4320
        2023-4,2023-07-01,1,Echange,80000.0,1,RUE,62300,62498,Lens,62,62498000CD0042,Maison,90,4,200,2.8301,50.4301
        2023-5,2023-08-08,1,Vente,120000.0,5,RUE,62000,62041,Arras,62,62041000EF0001,Maison,80,4,150,2.7772,50.2910
        2023-6,2023-09-09,1,Vente,20000.0,,,62400,62119,Béthune,62,62119000AB0099,,,,800,,
        """;

    [Test]
    public async Task A_file_replaces_its_year_and_keeps_the_single_dwelling_sales()
    {
        Assert.That((await ImportAsync(File2023, null)).Status, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await ImportAsync(File2023, partner)).Status, Is.EqualTo(HttpStatusCode.Forbidden), "a partner editor");
        await using var connection = Factory.OpenConnection();
        var demo2023 = await connection.ExecuteScalarAsync<int>("select count(*) from habitat.sale where year = 2023 and commune_id like 'commune:62%'");
        var elsewhere2023 = await connection.ExecuteScalarAsync<int>("select count(*) from habitat.sale where year = 2023 and commune_id not like 'commune:62%'");
        var demo2022 = await connection.ExecuteScalarAsync<int>("select count(*) from habitat.sale where year = 2022");

        var (status, answer) = await ImportAsync(File2023, agency);
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), answer.ToString());
        var skipped = answer.GetProperty("skipped");
        Assert.Multiple(() =>
        {
            Assert.That(answer.GetProperty("mutations").GetInt32(), Is.EqualTo(6));
            Assert.That(answer.GetProperty("sales").GetInt32(), Is.EqualTo(2), "a house with its outbuilding, a flat");
            Assert.That(answer.GetProperty("replaced").GetInt32(), Is.EqualTo(demo2023), "every stored sale of 62 in 2023");
            Assert.That(answer.GetProperty("covers").EnumerateArray().Select(c => c.GetString()), Is.EqualTo(new[] { "62/2023" }));
            Assert.That(skipped.GetProperty("severalDwellings").GetInt32(), Is.EqualTo(1));
            Assert.That(skipped.GetProperty("notASale").GetInt32(), Is.EqualTo(1));
            Assert.That(skipped.GetProperty("outsideObservatory").GetInt32(), Is.EqualTo(1), "Arras is not in the referential");
            Assert.That(skipped.GetProperty("noDwelling").GetInt32(), Is.EqualTo(1), "land alone");
        });
        var stored = (await connection.QueryAsync<(string Id, string Commune, string Type, double PerM2, bool Demo, bool HasPoint)>("""
            select mutation_id, commune_id, property_type, price_per_m2, demo, geom is not null from habitat.sale
            where year = 2023 and commune_id like 'commune:62%' order by mutation_id
            """)).ToList();
        Assert.Multiple(async () =>
        {
            Assert.That(stored, Is.EqualTo(new[] { ("2023-1", "commune:62119", "maison", 1500.0, false, true), ("2023-2", "commune:62498", "appartement", 1600.0, false, true) }));
            Assert.That(await connection.ExecuteScalarAsync<int>("select count(*) from habitat.sale where year = 2022"), Is.EqualTo(demo2022), "other years stay");
            Assert.That(await connection.ExecuteScalarAsync<int>("select count(*) from habitat.sale where year = 2023 and commune_id not like 'commune:62%'"),
                Is.EqualTo(elsewhere2023), "another département's sales stay");
        });
        // The statistics follow at once (the import bumped the data version): 2 sales in Béthune's zone, secret.
        var prices = await Client.GetJsonAsync("/api/v1/habitat/prices/commune:62119?from=2023&to=2023&type=maison");
        Assert.That(prices.GetProperty("series")[0].GetProperty("years")[0].Str("status"), Is.EqualTo("secret"));
        var (_, audit) = await GetAsync("/api/v1/admin/audit?limit=5", await CreateKeyAsync("admin"));
        Assert.That(audit, Does.Contain("habitat_dvf_import"));
    }

    [Test]
    public async Task A_file_with_a_problem_changes_nothing_and_names_each_line()
    {
        await using var connection = Factory.OpenConnection();
        var before = await connection.ExecuteScalarAsync<long>("select count(*) + coalesce(sum(price), 0)::bigint from habitat.sale");
        var broken = Header + """

            2022-1,2022-03-14,1,Vente,150000.0,12,RUE,62400,62119,Béthune,62,X,Maison,100,5,300,2.6391,50.5301
            2022-2,14/03/2022,1,Vente,96000.0,3,RUE,62300,62498,Lens,62,X,Appartement,60,3,,2.8302,50.4322
            2022-3,2022-06-20,1,Vente,beaucoup,8,RUE,62300,62498,Lens,62,X,Appartement,70,3,,2.8310,50.4320
            2022-4,2022-06-20,1,Vente,90000,8,RUE,62300,62498,Lens,62,X,Appartement,70,3,,2.8310,
            """;
        var (status, problem) = await ImportAsync(broken, agency);
        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest), problem.ToString());
        var reasons = problem.GetProperty("errors").EnumerateArray().Select(e => e.Str("reason")).ToList();
        Assert.Multiple(async () =>
        {
            Assert.That(reasons, Has.Count.EqualTo(3));
            Assert.That(reasons[0], Does.StartWith("line 3: date_mutation"));
            Assert.That(reasons[1], Does.StartWith("line 4: valeur_fonciere"));
            Assert.That(reasons[2], Does.StartWith("line 5: longitude and latitude"));
            Assert.That(problem.Str("detail"), Does.Contain("nothing was changed"));
            Assert.That(await connection.ExecuteScalarAsync<long>("select count(*) + coalesce(sum(price), 0)::bigint from habitat.sale"), Is.EqualTo(before));
        });
        var (missing, columns) = await ImportAsync("id_mutation,date_mutation\n2022-1,2022-01-01\n", agency);
        Assert.That(missing, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(columns.GetProperty("errors")[0].Str("reason"), Does.Contain("nature_mutation"));
    }
}
