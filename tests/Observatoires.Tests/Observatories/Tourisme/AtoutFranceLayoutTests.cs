using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Dapper;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Observatories.Tourisme;

/// <summary>
/// A file in the layout Atout France publishes (hebergements_classes.csv: its header as published, a byte order mark,
/// "-" where a figure does not apply, an « aire naturelle » classified without stars), geocoded by adresse.data.gouv.fr
/// (its result columns appended), is imported as it comes. The lines are invented; the header is the real one.
/// </summary>
public sealed class AtoutFranceLayoutTests : ApiTest
{
    private const string RealHeader = "DATE DE CLASSEMENT;TYPOLOGIE ÉTABLISSEMENT;CLASSEMENT;CATÉGORIE;MENTION (villages de vacances);NOM COMMERCIAL;" +
                                      "ADRESSE;CODE POSTAL;COMMUNE;SITE INTERNET;TYPE DE SÉJOUR;CAPACITÉ D'ACCUEIL (PERSONNES);NOMBRE DE CHAMBRES;" +
                                      "NOMBRE D'EMPLACEMENTS;NOMBRE D'UNITES D'HABITATION (résidences de tourisme);NOMBRE DE LOGEMENTS (villages de vacances);" +
                                      "classement prorogé";

    // What the address base's CSV geocoder appends (a part of its result columns).
    private const string Geocoded = "latitude;longitude;result_label;result_score;result_type;result_citycode;result_city";

    [Test]
    public async Task A_file_in_Atout_Frances_published_layout_is_imported_with_its_dashes_and_its_aire_naturelle()
    {
        await using var connection = Factory.OpenConnection();
        // A point inside Hesdin-la-Forêt's current contour, as the geocoder would give it.
        var (x, y) = await connection.QuerySingleAsync<(double, double)>(
            "select st_x(p), st_y(p) from (select st_pointonsurface(geom) as p from platform.territory where id = 'commune:62447') t");
        var at = $"{y.ToString("0.######", CultureInfo.InvariantCulture)};{x.ToString("0.######", CultureInfo.InvariantCulture)}";
        string Hesdin(string fields) => $"{fields};{at};1 Place d'Armes 62140 Hesdin-la-Forêt;0.91;housenumber;62447;Hesdin-la-Forêt";
        var csv = "\uFEFF" + string.Join("\r\n",
            $"{RealHeader};{Geocoded}",
            Hesdin("12/03/2024;HÔTEL DE TOURISME;2 étoiles;-;-;Hôtel de la Place;2 place d'Armes;62140;HESDIN-LA-FORET;-;-;40;20;-;-;-;non"),
            Hesdin("05/06/2023;CAMPING;Aire naturelle;Loisirs;-;Aire naturelle du Moulin;chemin du Moulin;62140;HESDIN-LA-FORET;-;-;-;-;25;-;-;non"),
            Hesdin("30/09/2022;CAMPING;3 étoiles;Tourisme;-;Camping des Remparts;rue des Remparts;62140;HESDIN-LA-FORET;-;-;240;-;80;12;-;oui"),
            "19/06/2023;HÔTEL DE TOURISME;3 étoiles;-;-;Hôtel de Paris;2 rue de Rivoli;75004;PARIS;-;-;62;37;-;-;-;non;" +
            "48.8557;2.3561;2 Rue de Rivoli 75004 Paris;0.95;housenumber;75104;Paris 4e Arrondissement") + "\r\n";

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/tourisme/inventories")
        {
            Content = new MultipartFormDataContent
            {
                { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", "hebergements_classes.geocoded.csv" },
                { new StringContent("Atout France, mars 2026"), "label" },
                { new StringContent("2026-03-01"), "asOf" },
            },
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await CreateKeyAsync("agency_editor"));
        using var response = await Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), body);

        var rows = (await connection.QueryAsync<(string Name, string Type, int? Stars, int? Rooms, int? Pitches, int? Beds, int TouristBeds)>("""
            select name, type, stars, rooms, pitches, beds, tourist_beds from tourisme.accommodation
            where inventory_id = (select id from tourisme.inventory order by as_of desc, id desc limit 1) and classified and commune_id = 'commune:62447'
            order by name
            """)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(body, Does.Contain("\"imported\":3").And.Contain("\"skipped\":1"), "Paris's line is skipped");
            Assert.That(rows, Is.EqualTo(new[]
            {
                // Pitches × 3; a camping's persons stay as its beds; "-" is no figure.
                ("Aire naturelle du Moulin", "camping", (int?)null, (int?)null, (int?)25, (int?)null, 75),
                ("Camping des Remparts", "camping", 3, null, 80, 240, 240),
                // Rooms × 2; the hotel's persons stay as its beds.
                ("Hôtel de la Place", "hotel", 2, 20, null, 40, 40),
            }));
        });
    }
}
