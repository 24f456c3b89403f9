using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Dapper;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Observatories.Tourisme;

/// <summary>
/// The agency loads Atout France's classified accommodation, geocoded, as a new inventory over HTTP, all or nothing: a
/// hand-made file's figures as counted on paper, the gîtes carried over, the national file's other lines skipped.
/// </summary>
public sealed class InventoryImportTests : ApiTest
{
    private const string Header = "DATE DE CLASSEMENT;DATE DE PUBLICATION DE L'ARRETE;TYPOLOGIE ÉTABLISSEMENT;CLASSEMENT;CATÉGORIE;" +
                                  "MENTION (villages de vacances);NOM COMMERCIAL;ADRESSE;CODE POSTAL;COMMUNE;SITE INTERNET;TYPE DE SÉJOUR;" +
                                  "CAPACITÉ D'ACCUEIL (PERSONNES);NOMBRE DE CHAMBRES;NOMBRE D'EMPLACEMENTS;NOMBRE D'UNITES D'HABITATION;" +
                                  "NOMBRE DE LOGEMENTS;latitude;longitude;result_citycode";

    private string agency = null!, partner = null!;
    private string lon = null!, lat = null!;

    [OneTimeSetUp]
    public async Task Keys()
    {
        agency = await CreateKeyAsync("agency_editor");
        partner = await CreateKeyAsync("partner_editor", "epci:200044030");
        // A point inside Hesdin-la-Forêt's current contour (synthetic or real), as the geocoder would give it.
        await using var connection = Factory.OpenConnection();
        var (x, y) = await connection.QuerySingleAsync<(double, double)>(
            "select st_x(p), st_y(p) from (select st_pointonsurface(geom) as p from platform.territory where id = 'commune:62447') t");
        (lon, lat) = (x.ToString("0.######", CultureInfo.InvariantCulture), y.ToString("0.######", CultureInfo.InvariantCulture));
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> ImportAsync(string file, string? key, string label = "Inventaire test", string asOf = "2026-01-01")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/tourisme/inventories")
        {
            Content = new MultipartFormDataContent
            {
                { new ByteArrayContent(Encoding.UTF8.GetBytes(file)), "file", "hebergements-classes.geocoded.csv" },
                { new StringContent(label), "label" },
                { new StringContent(asOf), "asOf" },
            },
        };
        if (key is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    private string Line(string typology, string stars, string name, string persons, string rooms, string pitches, string citycode = "62447",
        string? point = null) =>
        $"01/02/2023;03/02/2023;{typology};{stars};Tourisme;;{name};1 rue de la Canche;62140;HESDIN-LA-FORET;;;{persons};{rooms};{pitches};;;" +
        (point ?? $"{lat};{lon}") + $";{citycode}";

    [Test]
    public async Task A_hand_made_file_becomes_the_latest_inventory_with_its_figures_and_the_gites_carried_over()
    {
        await using var connection = Factory.OpenConnection();
        var previous = await connection.ExecuteScalarAsync<int>("select id from tourisme.inventory order by as_of desc, id desc limit 1");
        var (gites, giteBeds) = await connection.QuerySingleAsync<(int, int)>("""
            select count(*)::int, coalesce(sum(tourist_beds), 0)::int from tourisme.accommodation
            where inventory_id = @previous and commune_id = 'commune:62447' and not classified
            """, new { previous });
        var carriedAll = await connection.ExecuteScalarAsync<int>("select count(*)::int from tourisme.accommodation where inventory_id = @previous and not classified",
            new { previous });
        var csv = string.Join("\n", Header,
            Line("HÔTEL DE TOURISME", "3 étoiles", "Hôtel des Flandres", "44", "22", ""),
            Line("CAMPING", "4 étoiles", "Camping de la Canche", "", "", "120"),
            Line("RÉSIDENCE DE TOURISME", "3 étoiles", "Résidence du Val", "90", "", ""),
            Line("HÔTEL DE TOURISME", "4 étoiles", "Hôtel de Lyon", "100", "50", "", "69381", "45.76;4.83"));
        var (status, body) = await ImportAsync(csv, agency);
        Assert.That(status, Is.EqualTo(HttpStatusCode.Created), body.ToString());
        Assert.Multiple(() =>
        {
            Assert.That(body.GetProperty("imported").GetInt32(), Is.EqualTo(3));
            Assert.That(body.GetProperty("skipped").GetInt32(), Is.EqualTo(1), "Lyon");
            Assert.That(body.GetProperty("carriedOver").GetInt32(), Is.EqualTo(carriedAll), "gîtes, chambres d'hôtes and unclassified ones");
            Assert.That(body.GetProperty("inventory").Str("asOf"), Is.EqualTo("2026-01-01"));
        });

        // Hesdin-la-Forêt: 22 rooms × 2 + 120 pitches × 3 + 90 beds = 44 + 360 + 90 = 494, plus its gîtes and chambres d'hôtes.
        var capacity = await Client.GetJsonAsync("/api/v1/tourisme/capacity?territory=commune:62447");
        var types = capacity.GetProperty("byType").EnumerateArray().ToDictionary(t => t.Str("type"));
        var population = await connection.ExecuteScalarAsync<int>("select population from platform.territory where id = 'commune:62447'");
        Assert.Multiple(() =>
        {
            Assert.That(capacity.GetProperty("inventory").Str("label"), Is.EqualTo("Inventaire test"));
            Assert.That(types["hotel"].GetProperty("establishments").GetInt32(), Is.EqualTo(1), "the demo's classified hotels are replaced by the file's");
            Assert.That(types["hotel"].GetProperty("touristBeds").GetInt32(), Is.EqualTo(44));
            Assert.That(types["camping"].GetProperty("touristBeds").GetInt32(), Is.EqualTo(360));
            Assert.That(types["residence"].GetProperty("touristBeds").GetInt32(), Is.EqualTo(90));
            Assert.That(capacity.GetProperty("touristBeds").GetInt32(), Is.EqualTo(494 + giteBeds));
            Assert.That(capacity.GetProperty("bedsPerThousand").GetDouble(), Is.EqualTo(Math.Round(1000.0 * (494 + giteBeds) / population, 1)));
        });
        var indicator = await Client.GetJsonAsync("/api/v1/indicators/tourisme.lits_touristiques/values?territories=commune:62447&period=2026");
        Assert.That(indicator.GetProperty("items")[0].GetProperty("value").GetDouble(), Is.EqualTo(494 + giteBeds));
        var layer = await Client.GetJsonAsync("/ogc/collections/tourisme-hebergements/items?commune=commune:62447&classified=true&limit=100");
        var names = layer.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties").Str("name")).ToList();
        Assert.That(names, Is.EquivalentTo(new[] { "Hôtel des Flandres", "Camping de la Canche", "Résidence du Val" }));
        Assert.That(gites, Is.GreaterThan(0), "the demo has gîtes in Hesdin-la-Forêt, carried over");
        Assert.That(await connection.ExecuteScalarAsync<int>("select count(*) from platform.audit_log where action = 'tourisme_inventory_import'"), Is.EqualTo(1));
    }

    [Test]
    public async Task A_file_with_problems_is_refused_with_each_line_and_nothing_is_written()
    {
        await using var connection = Factory.OpenConnection();
        const string Count = "select (select count(*) from tourisme.inventory) || '/' || (select count(*) from tourisme.accommodation)";
        var before = await connection.ExecuteScalarAsync<string>(Count);
        var csv = string.Join("\n", Header,
            Line("HÔTEL DE TOURISME", "3 étoiles", "Hôtel sans chambres", "44", "", ""),
            Line("MOTEL", "2 étoiles", "Motel", "10", "5", ""),
            Line("CAMPING", "7 étoiles", "Camping", "", "", "50"),
            Line("CAMPING", "2 étoiles", "Camping lointain", "", "", "50", point: "48.85;2.35"),
            Line("HÔTEL DE TOURISME", "2 étoiles", "Hôtel non géocodé", "10", "5", "", citycode: "", point: ";"));
        var (status, body) = await ImportAsync(csv, agency);
        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest), body.ToString());
        var reasons = body.GetProperty("errors").EnumerateArray().Select(e => e.Str("reason")).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(reasons, Has.Count.EqualTo(5), string.Join("\n", reasons));
            Assert.That(reasons[0], Does.StartWith("line 2: NOMBRE DE CHAMBRES is required"));
            Assert.That(reasons[1], Does.StartWith("line 3: TYPOLOGIE ÉTABLISSEMENT 'MOTEL' is unknown"));
            Assert.That(reasons[2], Does.StartWith("line 4: CLASSEMENT '7 étoiles' is not 1 to 5 stars"));
            Assert.That(reasons[3], Is.EqualTo("line 5: the point (2.35, 48.85) is more than 500 m from commune:62447"), "Paris");
            Assert.That(reasons[4], Does.StartWith("line 6: not geocoded"));
            Assert.That(body.Str("detail"), Does.Contain("nothing was changed"));
        });
        Assert.That(await connection.ExecuteScalarAsync<string>(Count), Is.EqualTo(before), "nothing written");
        var (wrongColumns, refusal) = await ImportAsync("nom;commune\nHôtel;62447", agency);
        Assert.That(wrongColumns, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(refusal.GetProperty("errors")[0].Str("reason"), Does.StartWith("line 1: the columns TYPOLOGIE ETABLISSEMENT"));
    }

    [Test]
    public async Task Only_the_agency_imports_and_the_form_is_checked()
    {
        var csv = string.Join("\n", Header, Line("HÔTEL DE TOURISME", "3 étoiles", "Hôtel", "44", "22", ""));
        Assert.That((await ImportAsync(csv, null)).Status, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await ImportAsync(csv, partner)).Status, Is.EqualTo(HttpStatusCode.Forbidden), "a partner editor, even of the 7 Vallées");
        var (status, body) = await ImportAsync(csv, agency, label: "", asOf: "1850-01-01");
        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
        var fields = body.GetProperty("errors").EnumerateArray().Select(e => e.Str("name")).ToList();
        Assert.That(fields, Does.Contain("label").And.Contain("asOf"));
    }
}
