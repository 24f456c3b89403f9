using System.Net;
using System.Net.Http.Headers;
using Dapper;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Observatories.Environnement;

/// <summary>
/// The overheating's demo objects follow a contour import: after Lens's contour is shrunk, every demo cell, zone and
/// building of Lens lies inside the new contour, an imported zone and an imported building have not moved, and the
/// overheating route gives the crossing recomputed by hand in SQL on the new places. Also: the demo hot spots cover a
/// plausible share of a town's area.
/// </summary>
public sealed class SurchauffeContourTests : ApiTest
{
    private const string Lens = "commune:62498";

    [Test]
    public async Task The_demo_hot_spots_cover_a_few_percent_to_fifteen_percent_of_a_towns_area()
    {
        await using var connection = Factory.OpenConnection();
        var towns = (await connection.QueryAsync<(string Id, double Share)>("""
            select t.id, coalesce(100 * st_area(st_union(st_transform(z.geom, 2154))) / st_area(st_transform(t.geom, 2154)), 0)
            from platform.territory t
            left join environnement.zone z on z.demo_commune_id = t.id and z.kind = 'ilot_chaleur'
            where t.level = 'commune' and t.population >= 2500
              and exists (select from environnement.population_cell c where c.commune_id = t.id)
            group by t.id, t.geom
            """)).ToList();
        var shares = towns.Select(t => t.Share).Order().ToList();
        await TestContext.Progress.WriteLineAsync(
            $"hot spots over {shares[0]:0.0} to {shares[^1]:0.0} % of the towns' area (median {shares[shares.Count / 2]:0.0} %, {towns.Count} towns)");
        Assert.That(towns, Has.Count.GreaterThan(20));
        Assert.That(towns.Where(t => t.Share is < 2 or > 15).Select(t => $"{t.Id} {t.Share:0.0} %"), Is.Empty);
    }

    [Test]
    public async Task After_a_contour_import_the_demo_objects_lie_inside_the_new_contour_and_the_crossing_is_recomputed()
    {
        await using var connection = Factory.OpenConnection();
        // An imported zone and an imported building near Lens's edge, outside the contour to come: they must not move.
        var imported = await connection.QuerySingleAsync<(long Zone, string Building)>("""
            with edge as (
                select st_pointn(st_exteriorring(st_geometryn(st_transform(t.geom, 2154), 1)), 1) as p, t.geom
                from platform.territory t where t.id = @Lens
            ),
            inside as (select st_transform(st_closestpoint(st_buffer(st_transform(e.geom, 2154), -30), e.p), 4326) as p, e.geom from edge e),
            zone as (
                insert into environnement.zone (zone_class, image_date, label, source_file, geom)
                select 'chaleur', date '2022-07-19', 'Îlot importé', 'ilots-2022.geojson',
                       st_multi(st_intersection(i.geom, st_transform(st_buffer(st_transform(i.p, 2154), 25), 4326)))
                from inside i returning id
            ),
            building as (
                insert into environnement.building (id, name, building_type, commune_id, address, geom)
                select 'ECOLE-IMPORTEE-1', 'École importée', 'ecole', @Lens, '1 rue du Bord', i.p from inside i returning id
            )
            select (select id from zone), (select id from building)
            """, new { Lens });
        var importedBefore = await ImportedGeometriesAsync(connection, imported);
        var demoBefore = await connection.QuerySingleAsync<(int Cells, int Zones, int Buildings)>("""
            select (select count(*)::int from environnement.population_cell where demo and commune_id = @Lens),
                   (select count(*)::int from environnement.zone where demo_commune_id = @Lens),
                   (select count(*)::int from environnement.building where demo and commune_id = @Lens)
            """, new { Lens });
        Assert.That(demoBefore.Zones, Is.Positive, "Lens is a town: it has demo hot spots");

        // Lens shrunk to a quarter of its area around its centre, the other communes as they are.
        var contours = await connection.ExecuteScalarAsync<string>("""
            select json_build_object('type', 'FeatureCollection', 'features', json_agg(json_build_object(
                'type', 'Feature', 'properties', json_build_object('code', code),
                'geometry', st_asgeojson(case when id = @Lens then st_scale(geom, st_makepoint(0.5, 0.5), st_centroid(geom)) else geom end)::json)))::text
            from platform.territory where level = 'commune'
            """, new { Lens });
        var agencyKey = await CreateKeyAsync("agency_editor");
        using (var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/imports/territories"))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", agencyKey);
            request.Content = new MultipartFormDataContent { { new StringContent(contours!), "file", "communes.geojson" } };
            using var import = await Client.SendAsync(request);
            Assert.That(import.StatusCode, Is.EqualTo(HttpStatusCode.OK), await import.Content.ReadAsStringAsync());
        }

        var after = await connection.QuerySingleAsync<(int Cells, int CellsOutside, double CellPopulation, int Population, int Zones, int ZonesOutside,
            int Buildings, int BuildingsOutside)>("""
            select (select count(*)::int from environnement.population_cell where demo and commune_id = @Lens),
                   (select count(*)::int from environnement.population_cell c where c.demo and c.commune_id = @Lens
                        and not st_intersects(t.geom, st_centroid(c.geom))),
                   (select sum(population) from environnement.population_cell where commune_id = @Lens),
                   t.population,
                   (select count(*)::int from environnement.zone where demo_commune_id = @Lens),
                   (select count(*)::int from environnement.zone z where z.demo_commune_id = @Lens and not st_coveredby(z.geom, t.geom)),
                   (select count(*)::int from environnement.building where demo and commune_id = @Lens),
                   (select count(*)::int from environnement.building b where b.demo and b.commune_id = @Lens and not st_within(b.geom, t.geom))
            from platform.territory t where t.id = @Lens
            """, new { Lens });
        var importedAfter = await ImportedGeometriesAsync(connection, imported);
        Assert.Multiple(() =>
        {
            Assert.That(after.Cells, Is.Positive.And.LessThan(demoBefore.Cells), "fewer cells in a quarter of the area");
            Assert.That(after.CellsOutside, Is.Zero, "every demo cell's centre inside the new contour");
            Assert.That(after.CellPopulation, Is.EqualTo(after.Population), "the cells still add up to the real population");
            Assert.That(after.Zones, Is.Positive);
            Assert.That(after.ZonesOutside, Is.Zero, "every demo zone inside the new contour");
            Assert.That(after.Buildings, Is.EqualTo(demoBefore.Buildings), "the same buildings, moved");
            Assert.That(after.BuildingsOutside, Is.Zero, "every demo building inside the new contour");
            Assert.That(importedAfter, Is.EqualTo(importedBefore), "imported objects never move");
        });

        // The crossing by hand on the new places: each Lens cell's population × its area share inside the union of the
        // 2022 hot spots (Lambert-93), and the buildings of Lens touching a hot spot.
        var hand = await connection.QuerySingleAsync<(double People, double Population, int Buildings)>("""
            with hot as (select st_union(st_transform(geom, 2154)) as g from environnement.zone
                         where zone_class in ('chaleur', 'chaleur_forte') and image_date = date '2022-07-19')
            select (select sum(c.population * st_area(st_intersection(st_transform(c.geom, 2154), h.g)) / st_area(st_transform(c.geom, 2154)))
                    from environnement.population_cell c where c.commune_id = @Lens),
                   (select sum(c.population) from environnement.population_cell c where c.commune_id = @Lens),
                   (select count(*)::int from environnement.building b where b.commune_id = @Lens and st_intersects(st_transform(b.geom, 2154), h.g))
            from hot h
            """, new { Lens });
        var route = await Client.GetJsonAsync($"/api/v1/environnement/surchauffe/{Lens}");
        var hotSpots = route.GetProperty("hotSpots");
        var indicator = (await Client.GetJsonAsync($"/api/v1/indicators/environnement.population_ilots_chaleur/values?territories={Lens}&period=2022"))
            .GetProperty("items")[0].GetProperty("value").GetDouble();
        // The demo carbon stock is drawn from the commune's area: drawn again on the new one.
        var carbon = await Client.GetJsonAsync($"/api/v1/indicators/environnement.stock_carbone_par_ha/values?territories={Lens}&period=2018");
        var hectares = await connection.QuerySingleAsync<double>("select st_area(geom::geography) / 10000 from platform.territory where id = @Lens", new { Lens });
        Assert.Multiple(() =>
        {
            Assert.That(carbon.GetProperty("items")[0].GetProperty("denominator").GetDouble(), Is.EqualTo(hectares).Within(0.01),
                "the carbon per hectare is over the new area");
            Assert.That(route.GetProperty("year").GetInt32(), Is.EqualTo(2022));
            Assert.That(route.GetProperty("population").GetDouble(), Is.EqualTo(hand.Population).Within(0.05));
            Assert.That(hand.People, Is.Positive, "people live in Lens's hot spots");
            Assert.That(hotSpots.GetProperty("population").GetDouble(), Is.EqualTo(hand.People).Within(0.05));
            Assert.That(hotSpots.GetProperty("buildings").GetInt32(), Is.EqualTo(hand.Buildings));
            Assert.That(indicator, Is.EqualTo(hand.People).Within(0.001), "the indicator is written again after the import");
        });
    }

    private static Task<string> ImportedGeometriesAsync(Npgsql.NpgsqlConnection connection, (long Zone, string Building) imported) =>
        connection.QuerySingleAsync<string>("""
            select (select st_asewkt(geom) from environnement.zone where id = @Zone) || ' ' || (select st_asewkt(geom) from environnement.building where id = @Building)
            """, new { imported.Zone, imported.Building });
}
