using System.Globalization;
using System.Net;
using System.Text.Json;
using Dapper;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Observatories.Sante;

/// <summary>
/// The Observatoire de la santé on its demo data, through HTTP: the CLS key figures of a territory computed as Σ ÷ Σ of its
/// communes' stored values beside the département's and the région's own, the comparison and series routes putting the
/// three side by side, small health counts secret on every path, and the care-supply layer.
/// </summary>
public sealed class SanteTests : ReadOnlyApiTest
{
    private const string Cabbalr = "epci:200072460", Call = "epci:246200364";

    private static readonly string[] Themes = ["donnees_generales", "offre_soins", "demunis", "jeunesse", "sante_mentale"];

    /// <summary>scale × Σ numerators ÷ Σ denominators of the EPCI's communes, read from the stored rows.</summary>
    private async Task<double> HandRatioAsync(string code, string epci, string period, double scale)
    {
        await using var connection = Factory.OpenConnection();
        var (numerator, denominator) = await connection.QuerySingleAsync<(double, double)>("""
            select sum(v.numerator), sum(v.denominator) from platform.indicator_value v
            join platform.territory_membership m on m.member_id = v.territory_id and m.parent_id = @epci
            where v.indicator_code = @code and v.period = @period
            """, new { code, epci, period });
        return scale * numerator / denominator;
    }

    private async Task<double> StoredAsync(string code, string territory, string period)
    {
        await using var connection = Factory.OpenConnection();
        return await connection.ExecuteScalarAsync<double>("""
            select value from platform.indicator_value where indicator_code = @code and territory_id = @territory and period = @period
            """, new { code, territory, period });
    }

    private static JsonElement Figure(JsonElement keyFigures, string code) =>
        keyFigures.GetProperty("themes").EnumerateArray().SelectMany(t => t.GetProperty("indicators").EnumerateArray()).Single(i => i.Str("code") == code);

    private static double? ValueOf(JsonElement figure, string territory)
    {
        var v = figure.GetProperty("values").EnumerateArray().Single(x => x.Str("territory") == territory).GetProperty("value");
        return v.ValueKind == JsonValueKind.Null ? null : v.GetDouble();
    }

    [TestCase("sante.densite_generalistes", 10_000)]
    [TestCase("sante.temps_acces_urgences", 1)]
    [TestCase("sante.part_c2s", 100)]
    [TestCase("sante.indice_vieillissement", 100)]
    [TestCase("sante.taux_ald_psychiatrique", 1000)]
    public async Task A_CLS_perimeters_key_figure_is_the_ratio_of_its_communes_sums_beside_the_departement_and_region(string code, double scale)
    {
        foreach (var cls in new[] { Cabbalr, Call })
        {
            var figures = await Client.GetJsonAsync($"/api/v1/sante/key-figures/{cls}");
            var figure = Figure(figures, code);
            var period = figure.Str("period");
            Assert.Multiple(async () =>
            {
                Assert.That(period, Is.EqualTo("2023"), "the latest year");
                Assert.That(ValueOf(figure, cls)!.Value, Is.EqualTo(await HandRatioAsync(code, cls, period, scale)).Within(1e-6), $"{cls}: Σ ÷ Σ");
                Assert.That(ValueOf(figure, "departement:62")!.Value, Is.EqualTo(await StoredAsync(code, "departement:62", period)).Within(1e-6),
                    "the département's own stored value, not the sum of the perimeter's communes");
                Assert.That(ValueOf(figure, "region:32")!.Value, Is.EqualTo(await StoredAsync(code, "region:32", period)).Within(1e-6));
            });
        }
    }

    [Test]
    public async Task Key_figures_come_by_CLS_theme_with_the_territory_then_the_departement_and_the_region()
    {
        var figures = await Client.GetJsonAsync($"/api/v1/sante/key-figures/{Cabbalr}");
        Assert.Multiple(() =>
        {
            Assert.That(figures.GetProperty("territory").Str("name"), Does.Contain("Béthune-Bruay"));
            Assert.That(figures.GetProperty("territories").EnumerateArray().Select(t => t.Str("id")),
                Is.EqualTo(new[] { Cabbalr, "departement:62", "region:32" }));
            Assert.That(figures.GetProperty("themes").EnumerateArray().Select(t => t.Str("code")), Is.EqualTo(Themes));
            Assert.That(figures.GetProperty("themes")[1].Str("label"), Is.EqualTo("Attractivité territoriale et offre de soins"));
            foreach (var figure in figures.GetProperty("themes").EnumerateArray().SelectMany(t => t.GetProperty("indicators").EnumerateArray()))
                Assert.That(figure.GetProperty("values").EnumerateArray().Select(v => v.Str("territory")),
                    Is.EqualTo(new[] { Cabbalr, "departement:62", "region:32" }), figure.Str("code"));
        });
        // GPs per 10,000: a plausible figure for the Artois (France: about 8.5).
        Assert.That(ValueOf(Figure(figures, "sante.densite_generalistes"), Cabbalr), Is.InRange(4, 12));
    }

    [Test]
    public async Task The_platforms_comparison_and_series_put_the_CLS_the_departement_and_the_region_side_by_side()
    {
        var compare = await Client.GetJsonAsync($"/api/v1/indicators/sante.densite_generalistes/compare?territory={Cabbalr}&period=2023");
        var references = compare.GetProperty("references").EnumerateArray().ToList();
        Assert.That(references.Select(r => r.GetProperty("territory").Str("id")), Is.EqualTo(new[] { "departement:62", "region:32" }));
        Assert.That(references[0].GetProperty("value").GetDouble(), Is.EqualTo(await StoredAsync("sante.densite_generalistes", "departement:62", "2023")).Within(1e-6));

        var series = await Client.GetJsonAsync($"/api/v1/indicators/sante.taux_mortalite/series?territories={Cabbalr},departement:62,region:32&from=2019&to=2023");
        Assert.That(series.GetProperty("series").EnumerateArray().Select(s => s.GetProperty("points").GetArrayLength()), Is.EqualTo(new[] { 5, 5, 5 }));
    }

    /// <summary>A CABBALR commune with between 1 and 10 premature deaths in 2023: its count and its rate are secret.</summary>
    private async Task<string> SmallCommuneAsync()
    {
        await using var connection = Factory.OpenConnection();
        return await connection.QueryFirstAsync<string>("""
            select v.territory_id from platform.indicator_value v
            join platform.territory_membership m on m.member_id = v.territory_id and m.parent_id = @Cabbalr
            where v.indicator_code = 'sante.deces_prematures' and v.period = '2023' and v.value between 1 and 10
            order by v.territory_id
            """, new { Cabbalr });
    }

    [Test]
    public async Task Fewer_than_11_premature_deaths_are_secret_in_the_key_figures_values_CSV_and_map()
    {
        var commune = await SmallCommuneAsync();
        var figures = await Client.GetJsonAsync($"/api/v1/sante/key-figures/{commune}");
        foreach (var code in new[] { "sante.deces_prematures", "sante.taux_mortalite_prematuree" })
        {
            var cell = Figure(figures, code).GetProperty("values")[0];
            Assert.Multiple(() =>
            {
                Assert.That(cell.Str("status"), Is.EqualTo("secret"), code);
                Assert.That(cell.GetProperty("value").ValueKind, Is.EqualTo(JsonValueKind.Null), code);
            });
        }

        var values = await Client.GetJsonAsync($"/api/v1/indicators/sante.taux_mortalite_prematuree/values?level=commune&within={Cabbalr}&period=2023");
        var items = values.GetProperty("items").EnumerateArray().ToList();
        var item = items.Single(i => i.GetProperty("territory").Str("id") == commune);
        Assert.Multiple(() =>
        {
            Assert.That(item.Str("status"), Is.EqualTo("secret"));
            Assert.That(item.GetProperty("value").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(item.GetProperty("numerator").ValueKind, Is.EqualTo(JsonValueKind.Null), "the count behind it neither");
            // Never one secret commune alone in the EPCI: the EPCI's published rate would give it back by subtraction.
            Assert.That(items.Count(i => i.GetProperty("status").ValueKind == JsonValueKind.String && i.Str("status") == "secret"), Is.GreaterThanOrEqualTo(2));
        });

        var (csvStatus, csv) = await GetAsync($"/api/v1/indicators/sante.deces_prematures/values?level=commune&within={Cabbalr}&period=2023&format=csv");
        Assert.That(csvStatus, Is.EqualTo(HttpStatusCode.OK));
        await using var connection = Factory.OpenConnection();
        var deaths = await connection.ExecuteScalarAsync<double>(
            "select value from platform.indicator_value where indicator_code = 'sante.deces_prematures' and territory_id = @commune and period = '2023'",
            new { commune });
        var row = csv.Split('\n').Single(l => l.StartsWith(commune + ",", StringComparison.Ordinal));
        Assert.That(row, Does.Contain("secret"));
        Assert.That(row.Split(',').Skip(2), Has.None.EqualTo(deaths.ToString(CultureInfo.InvariantCulture)), "the count is in no cell of its row");

        var map = await Client.GetJsonAsync($"/api/v1/indicators/sante.taux_mortalite_prematuree/map?level=commune&within={Cabbalr}&period=2023");
        var feature = map.GetProperty("features").EnumerateArray().Single(f => f.Str("id") == commune).GetProperty("properties");
        Assert.Multiple(() =>
        {
            Assert.That(feature.Str("status"), Is.EqualTo("secret"));
            Assert.That(feature.GetProperty("value").ValueKind, Is.EqualTo(JsonValueKind.Null));
        });

        // A custom zone of the secret commune and a large one is secret too: with the large one's rate it would give it back.
        var zone = $"custom:{commune["commune:".Length..]}+62119";
        var zoneFigure = Figure(await Client.GetJsonAsync($"/api/v1/sante/key-figures/{zone}"), "sante.taux_mortalite_prematuree");
        Assert.That(zoneFigure.GetProperty("values")[0].Str("status"), Is.EqualTo("secret"));
    }

    [Test]
    public async Task The_agency_sees_a_secret_figure_with_its_status()
    {
        var commune = await SmallCommuneAsync();
        var (_, body) = await GetAsync($"/api/v1/sante/key-figures/{commune}", await CreateKeyAsync("agency_editor"));
        var cell = Figure(JsonDocument.Parse(body).RootElement, "sante.deces_prematures").GetProperty("values")[0];
        Assert.Multiple(() =>
        {
            Assert.That(cell.Str("status"), Is.EqualTo("secret"));
            Assert.That(cell.GetProperty("value").GetDouble(), Is.InRange(1, 10));
        });
    }

    [Test]
    public async Task A_bad_or_unknown_territory_is_a_problem_not_an_error()
    {
        var (bad, badBody) = await GetAsync("/api/v1/sante/key-figures/nimporte-quoi");
        Assert.That(bad, Is.EqualTo(HttpStatusCode.BadRequest), badBody);
        Assert.That(badBody, Does.Contain("territory"));
        var (unknown, _) = await GetAsync("/api/v1/sante/key-figures/epci:999999999");
        Assert.That(unknown, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task The_care_supply_layer_filters_by_category_and_its_demo_points_lie_in_their_commune()
    {
        await using var connection = Factory.OpenConnection();
        var pharmacies = await connection.ExecuteScalarAsync<int>("select count(*) from sante.care_point where category = 'pharmacie' and geom is not null");
        var layer = await Client.GetJsonAsync("/ogc/collections/sante-offre-soins/items?category=pharmacie&limit=1000");
        var features = layer.GetProperty("features").EnumerateArray().ToList();
        Assert.Multiple(async () =>
        {
            Assert.That(pharmacies, Is.GreaterThan(50), "one per 3,000 inhabitants of the perimeter");
            Assert.That(features, Has.Count.EqualTo(pharmacies));
            Assert.That(features.Select(f => f.GetProperty("properties").Str("category")), Has.All.EqualTo("pharmacie"));
            Assert.That(features[0].GetProperty("properties").Str("category_label"), Is.EqualTo("Pharmacie"));
            Assert.That(await connection.ExecuteScalarAsync<int>("""
                select count(*) from sante.care_point p join platform.territory c on c.id = p.commune_id
                where p.demo and not st_intersects(p.geom, c.geom)
                """), Is.Zero, "every demo point inside its commune");
            Assert.That(await connection.ExecuteScalarAsync<int>("select count(distinct commune_id) from sante.care_point where category = 'urgences'"),
                Is.EqualTo(5), "an emergency service in the largest commune of each EPCI");
        });
        var queryables = await Client.GetJsonAsync("/ogc/collections/sante-offre-soins/queryables");
        Assert.That(queryables.GetProperty("properties").TryGetProperty("category", out _), Is.True);
    }

    [Test]
    public async Task A_rate_is_masked_wherever_its_count_is_complements_included() =>
        // Otherwise the rate's own complement, chosen by population, would publish the count's complement as its numerator.
        await InheritedSecrecy.AssertMaskedWhereverAsync(Client, "sante.deces_prematures", "sante.taux_mortalite_prematuree", Cabbalr, "2023");
}
