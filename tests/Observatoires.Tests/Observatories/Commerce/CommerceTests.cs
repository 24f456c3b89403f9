using System.Net;
using System.Text;
using System.Text.Json;
using Dapper;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Observatories.Commerce;

/// <summary>
/// The Observatoire du commerce on its demo data, through HTTP: the surveys, the centralities and their sheets, the
/// indicators as ratios of sums, and the surveyor, agency-only, on no public path.
/// </summary>
public sealed class CommerceTests : ReadOnlyApiTest
{
    private const string Cabbalr = "epci:200072460";

    [Test]
    public async Task The_demo_has_two_dated_surveys_newest_first_with_their_cells()
    {
        var surveys = (await Client.GetJsonAsync("/api/v1/commerce/surveys")).EnumerateArray().ToList();
        await using var connection = Factory.OpenConnection();
        var counts = (await connection.QueryAsync<(int Survey, int Cells)>("select survey_id, count(*)::int from commerce.cell group by 1"))
            .ToDictionary(c => c.Survey, c => c.Cells);
        Assert.That(surveys.Select(s => s.Str("label")), Is.EqualTo(new[] { "Relevé terrain 2024", "Relevé terrain 2021" }));
        Assert.Multiple(() =>
        {
            Assert.That(surveys[0].Str("surveyedFrom"), Is.EqualTo("2024-03-04"));
            Assert.That(surveys[0].Str("surveyedTo"), Is.EqualTo("2024-06-28"));
            foreach (var s in surveys)
                Assert.That(s.GetProperty("cells").GetInt32(), Is.EqualTo(counts[s.GetProperty("id").GetInt32()]).And.InRange(1500, 2200));
        });
    }

    [Test]
    public async Task Centralities_carry_their_programmes_and_latest_figures_and_filter_by_programme_and_territory()
    {
        var acv = (await Client.GetJsonAsync("/api/v1/commerce/centralities?programme=acv")).EnumerateArray().ToList();
        Assert.That(acv.Select(c => c.Str("id")), Is.EquivalentTo(new[] { "bethune-centre", "bruay-centre", "lens-centre", "lievin-centre" }));
        var bethune = acv.Single(c => c.Str("id") == "bethune-centre");
        var latest = bethune.GetProperty("latest");
        await using var connection = Factory.OpenConnection();
        var (cells, vacant, active, food) = await connection.QuerySingleAsync<(int, int, int, int)>("""
            select count(*)::int, count(*) filter (where status = 'vacant')::int, count(*) filter (where status = 'active')::int,
                   count(*) filter (where activity = 'alimentaire')::int
            from commerce.cell where centrality_id = 'bethune-centre' and survey_id = (select max(id) from commerce.survey)
            """);
        Assert.Multiple(() =>
        {
            Assert.That(bethune.Str("name"), Is.EqualTo("Centre-ville de Béthune"));
            Assert.That(bethune.Str("kindLabel"), Is.EqualTo("Centre-ville"));
            Assert.That(bethune.GetProperty("commune").Str("id"), Is.EqualTo("commune:62119"));
            Assert.That(bethune.GetProperty("commune").Str("name"), Is.EqualTo("Béthune"));
            Assert.That(bethune.GetProperty("programmes")[0].Str("label"), Is.EqualTo("Action Cœur de Ville"));
            Assert.That(latest.GetProperty("cells").GetInt32(), Is.EqualTo(cells));
            Assert.That(latest.GetProperty("vacant").GetInt32(), Is.EqualTo(vacant));
            Assert.That(latest.GetProperty("vacancyRate").GetDouble(), Is.EqualTo(Math.Round(100.0 * vacant / cells, 1)).And.InRange(8, 20));
            Assert.That(latest.GetProperty("foodShare").GetDouble(), Is.EqualTo(Math.Round(100.0 * food / active, 1)));
        });

        var inCabbalr = (await Client.GetJsonAsync($"/api/v1/commerce/centralities?territory={Cabbalr}")).EnumerateArray().Select(c => c.Str("id")).ToList();
        Assert.That(inCabbalr, Does.Contain("bethune-centre").And.Contain("lillers-centre").And.Contain("fouquieres-zone").And.No.Contain("lens-centre"));
        Assert.That((await GetAsync("/api/v1/commerce/centralities?programme=zzz")).Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await GetAsync("/api/v1/commerce/centralities?territory=epci:999999999")).Status, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task A_centrality_sheet_has_its_history_its_activities_and_the_other_centralities_of_its_programme_as_peers()
    {
        var sheet = await Client.GetJsonAsync("/api/v1/commerce/centralities/lillers-centre");
        var pvd = (await Client.GetJsonAsync("/api/v1/commerce/centralities?programme=pvd")).EnumerateArray().ToList();
        var history = sheet.GetProperty("history").EnumerateArray().ToList();
        var peers = sheet.GetProperty("peers").EnumerateArray().ToList();
        var byActivity = sheet.GetProperty("byActivity").EnumerateArray().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(history.Select(h => h.Str("label")), Is.EqualTo(new[] { "Relevé terrain 2021", "Relevé terrain 2024" }), "oldest first");
            Assert.That(history[1].GetProperty("vacancyRate").GetDouble(), Is.EqualTo(sheet.GetProperty("latest").GetProperty("vacancyRate").GetDouble()));
            Assert.That(history[1].GetProperty("vacancyRate").GetDouble(), Is.GreaterThan(history[0].GetProperty("vacancyRate").GetDouble()),
                "vacancy rises in Lillers in the demo");
            Assert.That(peers.Select(p => p.Str("id")), Is.EquivalentTo(pvd.Select(c => c.Str("id")).Where(id => id != "lillers-centre")),
                "its peers are the other PVD centralities");
            Assert.That(peers.Select(p => p.GetProperty("vacancyRate").GetDouble()), Is.Ordered, "lowest vacancy first");
            Assert.That(byActivity.Sum(a => a.GetProperty("count").GetInt32()), Is.EqualTo(sheet.GetProperty("latest").GetProperty("active").GetInt32()));
            Assert.That(byActivity[0].Str("label"), Is.EqualTo("Alimentaire"));
            Assert.That(sheet.GetProperty("geometry").Str("type"), Is.EqualTo("MultiPolygon"));
        });
        var park = await Client.GetJsonAsync("/api/v1/commerce/centralities/lens-2-vendin");
        Assert.That(park.GetProperty("peers").GetArrayLength(), Is.Zero, "a retail park is in no programme");
        Assert.That((await GetAsync("/api/v1/commerce/centralities/nulle-part")).Status, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Vacancy_of_an_epci_is_its_vacant_cells_over_its_cells_not_a_mean_of_rates()
    {
        await using var connection = Factory.OpenConnection();
        var communes = (await connection.QueryAsync<(string Commune, int Cells, int Vacant, int Active, int Population)>("""
            select x.commune_id, count(*)::int, count(*) filter (where x.status = 'vacant')::int, count(*) filter (where x.status = 'active')::int,
                   t.population
            from commerce.cell x
            join commerce.survey s on s.id = x.survey_id and extract(year from s.surveyed_to) = 2024
            join platform.territory_membership m on m.member_id = x.commune_id and m.parent_id = @Cabbalr
            join platform.territory t on t.id = x.commune_id
            group by x.commune_id, t.population
            """, new { Cabbalr })).ToList();
        Assert.That(communes, Has.Count.GreaterThan(3));
        var ratioOfSums = 100.0 * communes.Sum(c => c.Vacant) / communes.Sum(c => c.Cells);
        var meanOfRates = communes.Average(c => 100.0 * c.Vacant / c.Cells);
        Assert.That(Math.Abs(ratioOfSums - meanOfRates), Is.GreaterThan(0.2), "the example tells the two apart");

        var vacancy = await ValueAsync("commerce.taux_vacance", Cabbalr, "2024");
        Assert.That(vacancy, Is.EqualTo(ratioOfSums).Within(0.05));
        var perThousand = await ValueAsync("commerce.commerces_pour_1000_hab", Cabbalr, "2024");
        Assert.That(perThousand, Is.EqualTo(1000.0 * communes.Sum(c => c.Active) / communes.Sum(c => c.Population)).Within(0.05),
            "active outlets per 1,000 inhabitants of the surveyed communes");
        var bethune = communes.Single(c => c.Commune == "commune:62119");
        Assert.That(await ValueAsync("commerce.commerces_pour_1000_hab", "commune:62119", "2024"),
            Is.EqualTo(1000.0 * bethune.Active / bethune.Population).Within(0.05));
        Assert.That(await ValueAsync("commerce.cellules_vacantes", Cabbalr, "2021"), Is.GreaterThan(0), "one period per survey year");
    }

    private async Task<double> ValueAsync(string indicator, string territory, string period)
    {
        var values = await Client.GetJsonAsync($"/api/v1/indicators/{indicator}/values?territories={territory}&period={period}");
        return values.GetProperty("items")[0].GetProperty("value").GetDouble();
    }

    [Test]
    public async Task The_surveyor_is_in_no_public_output()
    {
        await using var connection = Factory.OpenConnection();
        var surveyors = (await connection.QueryAsync<string>("select distinct surveyor from commerce.cell where surveyor is not null")).ToList();
        Assert.That(surveyors, Is.Not.Empty);
        var (x, y) = await connection.QuerySingleAsync<(int, int)>("""
            select floor((st_x(geom) + 180) / 360 * 16384)::int as x,
                   floor((1 - ln(tan(radians(st_y(geom))) + 1 / cos(radians(st_y(geom)))) / pi()) / 2 * 16384)::int as y
            from commerce.cell where cell_id = 'BET-0001' and survey_id = (select max(id) from commerce.survey)
            """);
        string[] paths =
        [
            "/api/v1/commerce/surveys", "/api/v1/commerce/centralities", "/api/v1/commerce/centralities/bethune-centre",
            "/api/v1/commerce/surveys/compare?from=1&to=2", "/api/v1/commerce/surveys/compare?from=1&to=2&territory=bethune-centre",
            "/ogc/collections/commerce-cellules", "/ogc/collections/commerce-cellules/queryables",
            "/ogc/collections/commerce-cellules/items?limit=10000", "/ogc/collections/commerce-cellules/items?f=csv",
            "/ogc/collections/commerce-cellules/items/BET-0001", "/ogc/collections/commerce-centralites/items?limit=1000",
            $"/ogc/collections/commerce-cellules/tiles/WebMercatorQuad/14/{y}/{x}", $"/ogc/collections/commerce-cellules/tiles/WebMercatorQuad/10/{y / 16}/{x / 16}",
        ];
        foreach (var path in paths)
        {
            using var response = await Client.GetAsync(path);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), path);
            var body = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
            Assert.Multiple(() =>
            {
                Assert.That(body, Does.Not.Contain("surveyor").And.Not.Contain("enqueteur"), path);
                foreach (var surveyor in surveyors)
                    Assert.That(body, Does.Not.Contain(surveyor), path);
            });
            if (path.Contains("/tiles/WebMercatorQuad/14/", StringComparison.Ordinal))
                Assert.That(body, Does.Contain("BET-0001"), "the tile holds the cell, so its absence of surveyor means something");
        }
    }

    [Test]
    public async Task The_cells_layer_is_the_latest_survey_with_french_labels()
    {
        var items = await Client.GetJsonAsync("/ogc/collections/commerce-cellules/items?limit=10000");
        var features = items.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties")).ToList();
        var latest = (await Client.GetJsonAsync("/api/v1/commerce/surveys"))[0];
        Assert.Multiple(() =>
        {
            Assert.That(features, Has.Count.EqualTo(latest.GetProperty("cells").GetInt32()));
            Assert.That(features.Select(f => f.GetProperty("survey").GetInt32()).Distinct(), Is.EqualTo(new[] { latest.GetProperty("id").GetInt32() }));
            var vacant = features.First(f => f.Str("status") == "vacant");
            Assert.That(vacant.Str("status_label"), Is.EqualTo("Vacante"));
            Assert.That(vacant.GetProperty("activity").ValueKind, Is.EqualTo(JsonValueKind.Null));
            var food = features.First(f => f.GetProperty("activity").ValueKind == JsonValueKind.String && f.Str("activity") == "alimentaire");
            Assert.That(food.Str("activity_label"), Is.EqualTo("Alimentaire"));
        });
        var centralities = (await Client.GetJsonAsync("/ogc/collections/commerce-centralites/items?limit=1000")).GetProperty("features").EnumerateArray().ToList();
        var bethune = centralities.Single(f => f.Str("id") == "bethune-centre").GetProperty("properties");
        Assert.That(bethune.Str("programmes"), Is.EqualTo("Action Cœur de Ville"));
        Assert.That(bethune.GetProperty("vacancy_rate").GetDouble(),
            Is.EqualTo((await Client.GetJsonAsync("/api/v1/commerce/centralities/bethune-centre")).GetProperty("latest").GetProperty("vacancyRate").GetDouble()));
    }

    [Test]
    public async Task Demo_cells_lie_inside_their_commune_and_their_centrality()
    {
        await using var connection = Factory.OpenConnection();
        Assert.That(await connection.ExecuteScalarAsync<int>("""
            select count(*) from commerce.cell x join platform.territory t on t.id = x.commune_id where not st_intersects(t.geom, x.geom)
            """), Is.Zero, "every cell in its commune");
        Assert.That(await connection.ExecuteScalarAsync<int>("""
            select count(*) from commerce.cell x join commerce.centrality z on z.id = x.centrality_id where not st_intersects(z.geom, x.geom)
            """), Is.Zero, "every cell in its centrality's polygon");
    }

    [Test]
    public async Task A_programmes_figures_add_up_its_centralities_cells_and_its_rates_are_ratios_of_sums()
    {
        var programmes = (await Client.GetJsonAsync("/api/v1/commerce/programmes")).EnumerateArray().ToDictionary(p => p.Str("code"));
        var acv = programmes["acv"];
        var centralities = (await Client.GetJsonAsync("/api/v1/commerce/centralities?programme=acv")).EnumerateArray().ToList();
        var latest = acv.GetProperty("history").EnumerateArray().Last();
        long Sum(string field) => centralities.Sum(c => c.GetProperty("latest").GetProperty(field).GetInt64());
        Assert.Multiple(() =>
        {
            Assert.That(programmes.Keys, Is.EquivalentTo(new[] { "acv", "pvd", "villages_avenir" }));
            Assert.That(acv.GetProperty("centralities").GetInt32(), Is.EqualTo(centralities.Count));
            Assert.That(latest.GetProperty("survey").GetInt32(), Is.EqualTo(centralities[0].GetProperty("latest").GetProperty("survey").GetInt32()));
            Assert.That(latest.GetProperty("cells").GetInt64(), Is.EqualTo(Sum("cells")));
            Assert.That(latest.GetProperty("vacant").GetInt64(), Is.EqualTo(Sum("vacant")));
            Assert.That(latest.GetProperty("vacancyRate").GetDouble(), Is.EqualTo(Math.Round(100.0 * Sum("vacant") / Sum("cells"), 1)));
            Assert.That(latest.GetProperty("vacancyRate").GetDouble(),
                Is.Not.EqualTo(Math.Round(centralities.Average(c => c.GetProperty("latest").GetProperty("vacancyRate").GetDouble()), 1)),
                "not the mean of the centralities' rates");
            Assert.That(acv.GetProperty("history").GetArrayLength(), Is.EqualTo(2), "the 2021 and 2024 surveys");
        });
    }
}
