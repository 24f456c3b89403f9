using System.Net;
using Dapper;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Observatories.Environnement;

/// <summary>
/// The Observatoire de l'environnement on its demo data, through HTTP: the gridded population adds up to each commune's
/// real population, the zones and buildings lie in their communes, the overheating route agrees with the layer, the
/// carbon stock is the sum of its land covers, and bad input is a 400 or a 404.
/// </summary>
public sealed class EnvironnementTests : ReadOnlyApiTest
{
    private const string Lens = "commune:62498";

    [Test]
    public async Task The_demo_cells_add_up_to_each_communes_real_population_and_everything_lies_in_its_commune()
    {
        await using var connection = Factory.OpenConnection();
        var communes = (await connection.QueryAsync<(string Id, double Cells, int Population)>("""
            select c.commune_id, sum(c.population), t.population from environnement.population_cell c
            join platform.territory t on t.id = c.commune_id group by c.commune_id, t.population
            """)).ToList();
        var outside = await connection.QuerySingleAsync<(long Cells, long Buildings, long Zones)>("""
            select (select count(*) from environnement.population_cell c join platform.territory t on t.id = c.commune_id
                    where not st_intersects(t.geom, st_centroid(c.geom))),
                   (select count(*) from environnement.building b join platform.territory t on t.id = b.commune_id
                    where not st_intersects(t.geom, b.geom)),
                   (select count(*) from environnement.zone z
                    where not exists (select from platform.territory t where t.level = 'commune' and st_contains(t.geom, z.geom)))
            """);
        Assert.Multiple(() =>
        {
            Assert.That(communes, Has.Count.GreaterThan(50));
            Assert.That(communes.Where(c => Math.Abs(c.Cells - c.Population) > 1e-9).Select(c => c.Id), Is.Empty);
            Assert.That(outside.Cells, Is.Zero, "a cell belongs to the commune holding its centre");
            Assert.That(outside.Buildings, Is.Zero);
            Assert.That(outside.Zones, Is.Zero, "each demo zone lies inside one commune");
        });
    }

    [Test]
    public async Task A_towns_overheating_names_its_people_and_buildings_in_hot_spots_as_the_layer_does()
    {
        var lens = await Client.GetJsonAsync($"/api/v1/environnement/surchauffe/{Lens}");
        var hot = lens.GetProperty("hotSpots");
        var listed = lens.GetProperty("buildingsInHotSpots").EnumerateArray().Select(b => b.Str("id")).ToList();
        var layer = (await Client.GetJsonAsync("/ogc/collections/environnement-batiments-sensibles/items?limit=10000")).GetProperty("features")
            .EnumerateArray().Where(f => f.GetProperty("properties").Str("commune") == Lens).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(lens.GetProperty("year").GetInt32(), Is.EqualTo(2022));
            Assert.That(lens.GetProperty("territory").Str("name"), Is.EqualTo("Lens"));
            Assert.That(hot.GetProperty("share").GetDouble(), Is.InRange(5, 80));
            Assert.That(hot.GetProperty("population").GetDouble(),
                Is.EqualTo(Math.Round(lens.GetProperty("population").GetDouble() * hot.GetProperty("share").GetDouble() / 100)).Within(lens.GetProperty("population").GetDouble() * 0.001));
            Assert.That(hot.GetProperty("buildings").GetInt32(), Is.EqualTo(listed.Count).And.GreaterThan(0));
            Assert.That(listed, Is.EquivalentTo(layer.Where(f => f.GetProperty("properties").GetProperty("in_hot_spot").GetBoolean())
                .Select(f => f.GetProperty("id").GetString())));
            Assert.That(hot.GetProperty("byType").EnumerateArray().Sum(t => t.GetProperty("count").GetInt32()), Is.EqualTo(listed.Count));
        });

        var zones = (await Client.GetJsonAsync("/ogc/collections/environnement-ilots-chaleur/items?limit=10000")).GetProperty("features").EnumerateArray().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(zones.Select(z => z.GetProperty("properties").Str("zone_class")).Distinct(),
                Is.EquivalentTo(new[] { "chaleur_forte", "chaleur", "fraicheur", "fraicheur_forte" }));
            Assert.That(zones.All(z => z.GetProperty("properties").Str("image_date") == "2022-07-19"));
        });
    }

    [Test]
    public async Task The_carbon_stock_is_the_sum_of_its_land_covers_and_a_ratio_per_hectare()
    {
        double Value(System.Text.Json.JsonElement e) => e.GetProperty("items")[0].GetProperty("value").GetDouble();
        var total = Value(await Client.GetJsonAsync($"/api/v1/indicators/environnement.stock_carbone/values?territories={Lens}&period=2018"));
        double covers = 0;
        foreach (var cover in new[] { "forets", "prairies", "cultures", "zones_humides", "sols_artificialises" })
            covers += Value(await Client.GetJsonAsync($"/api/v1/indicators/environnement.stock_carbone_{cover}/values?territories={Lens}&period=2018"));
        var perHectare = Value(await Client.GetJsonAsync($"/api/v1/indicators/environnement.stock_carbone_par_ha/values?territories={Lens}&period=2018"));
        await using var connection = Factory.OpenConnection();
        var hectares = await connection.QuerySingleAsync<double>("select st_area(geom::geography) / 10000 from platform.territory where id = @Lens", new { Lens });
        Assert.Multiple(() =>
        {
            Assert.That(total, Is.EqualTo(covers));
            Assert.That(perHectare, Is.EqualTo(total / hectares).Within(0.01));
            Assert.That(perHectare, Is.InRange(30, 160), "between the stocks of built land and of woods");
        });
    }

    [Test]
    public async Task Bad_input_is_a_400_and_an_unknown_territory_a_404()
    {
        var (badTerritory, _) = await GetAsync("/api/v1/environnement/surchauffe/lens");
        var (badYear, body) = await GetAsync($"/api/v1/environnement/surchauffe/{Lens}?year=1900");
        var (unknown, _) = await GetAsync("/api/v1/environnement/surchauffe/commune:75056");
        var (noImage, empty) = await GetAsync($"/api/v1/environnement/surchauffe/{Lens}?year=2021");
        Assert.Multiple(() =>
        {
            Assert.That(badTerritory, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(badYear, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(body, Does.Contain("year"));
            Assert.That(unknown, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(noImage, Is.EqualTo(HttpStatusCode.OK), "a year without image: zero in the zones");
            Assert.That(empty, Does.Contain("\"buildingsInHotSpots\":[]"));
        });
    }
}
