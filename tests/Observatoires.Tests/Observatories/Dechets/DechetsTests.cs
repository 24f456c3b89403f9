using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Dapper;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Observatories.Dechets;

/// <summary>
/// The CC du Ternois's waste streams over HTTP against the real database: kg per inhabitant and recovery rates as ratios
/// of sums, the targets and whether the EPCI is on track, the projection's targets, the SINOE-style import (all or
/// nothing, agency only).
/// </summary>
public sealed class DechetsTests : ApiTest
{
    private const string Ternois = "epci:200069672";
    private const string Header = "annee;territoire;flux;tonnes_collectees;tonnes_valorisees";

    private string agency = null!, partner = null!;

    [OneTimeSetUp]
    public async Task Keys()
    {
        agency = await CreateKeyAsync("agency_editor");
        partner = await CreateKeyAsync("partner_editor", Ternois);
    }

    private async Task<long> PopulationAsync()
    {
        await using var connection = Factory.OpenConnection();
        return await connection.ExecuteScalarAsync<long>("select population from platform.territory where id = @Ternois", new { Ternois });
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> ImportAsync(string csv, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/dechets/tonnages/import")
        {
            Content = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", "tonnages.csv" } },
        };
        if (key is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    private static JsonElement StreamOf(JsonElement body, string code) =>
        body.GetProperty("streams").EnumerateArray().Single(s => s.GetProperty("stream").GetString() == code);

    private static JsonElement TargetOf(JsonElement body, string indicator, int horizon) =>
        body.GetProperty("targets").EnumerateArray().Single(t => t.GetProperty("indicator").GetString() == indicator && t.GetProperty("horizon").GetInt32() == horizon);

    private static double? ValueIn(JsonElement series, int year) =>
        series.EnumerateArray().Single(y => y.GetProperty("year").GetInt32() == year).GetProperty("value") is { ValueKind: JsonValueKind.Number } v ? v.GetDouble() : null;

    [Test]
    public async Task The_demo_streams_of_the_ternois_are_sums_of_the_stored_tonnes_over_its_population()
    {
        var (status, text) = await GetAsync($"/api/v1/dechets/streams/{Ternois}");
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), text);
        var body = JsonDocument.Parse(text).RootElement;
        var population = await PopulationAsync();
        await using var connection = Factory.OpenConnection();
        var tonnes = (await connection.QueryAsync<(int Year, string Stream, double Collected, double Recovered)>(
            "select year, stream, tonnes_collected::float8, tonnes_recovered::float8 from dechets.tonnage where epci_id = @Ternois", new { Ternois })).ToList();
        var latest = tonnes.Max(t => t.Year);
        Assert.Multiple(() =>
        {
            Assert.That(body.GetProperty("year").GetInt32(), Is.EqualTo(latest));
            Assert.That(body.GetProperty("baseYear").GetInt32(), Is.EqualTo(2010));
            Assert.That(body.GetProperty("population").GetInt64(), Is.EqualTo(population));
            Assert.That(body.GetProperty("streams").GetArrayLength(), Is.EqualTo(7));
            var omr = tonnes.Single(t => t.Year == latest && t.Stream == "omr").Collected;
            Assert.That(StreamOf(body, "omr").GetProperty("kgPerInhabitant").GetDouble(), Is.EqualTo(Math.Round(omr * 1000 / population, 1)));
            var dma2010 = Math.Round(tonnes.Where(t => t.Year == 2010).Sum(t => t.Collected) * 1000 / population, 1);
            Assert.That(ValueIn(body.GetProperty("dmaKgPerInhabitant"), 2010), Is.EqualTo(dma2010));
            Assert.That(TargetOf(body, "dechets.dma_kg_hab", 2030).GetProperty("value").GetDouble(),
                Is.EqualTo(Math.Round(tonnes.Where(t => t.Year == 2010).Sum(t => t.Collected) * 1000 / population * 0.85, 1)));
            Assert.That(body.GetProperty("demo").GetBoolean(), Is.True);
        });
    }

    [Test]
    public async Task Every_target_names_the_law_and_article_it_comes_from_and_that_the_regional_plan_takes_it_up()
    {
        // The activity report 2024 gives no figure of the PRPGD Hauts-de-France: the targets are the national ones the
        // plan takes up, and each says so, with its law, article and link.
        var targets = (await Client.GetJsonAsync($"/api/v1/dechets/streams/{Ternois}")).GetProperty("targets").EnumerateArray().ToList();
        Assert.That(targets, Has.Count.EqualTo(3));
        Assert.Multiple(() =>
        {
            foreach (var target in targets)
            {
                var document = target.GetProperty("document").GetString();
                var law = target.GetProperty("indicator").GetString() == "dechets.dma_kg_hab" ? "Loi AGEC (2020)" : "Loi de transition énergétique pour la croissance verte (LTECV, 2015)";
                Assert.That(document, Does.StartWith(law).And.Contain("art. L541-1 du code de l'environnement")
                    .And.EndWith("repris par le PRPGD Hauts-de-France"), document);
            }
        });
    }

    [Test]
    public async Task An_import_replaces_its_years_and_the_figures_equal_a_hand_computation()
    {
        // 2010: 20,000 t in all; non-inert 18,000 t of which 6,300 recovered (35.0 %).
        // 2024: 17,000 t in all; non-inert 15,000 t of which 7,600 recovered (50.7 %).
        var csv = string.Join("\n", Header,
            "2010;200069672;omr;10000;0", "2010;200069672;collecte_selective;2000;1600", "2010;200069672;verre;1000;1000",
            "2010;200069672;dechets_verts;3000;3000", "2010;200069672;encombrants;1500;300", "2010;200069672;gravats;2000;1400",
            "2010;200069672;autres_decheterie;500;400",
            "2024;200069672;omr;6000;0", "2024;200069672;collecte_selective;2400;2000", "2024;200069672;verre;1200;1200",
            "2024;200069672;dechets_verts;3000;3000", "2024;200069672;encombrants;1000;200", "2024;200069672;gravats;2000;1500",
            "2024;200069672;autres_decheterie;1400,0;1200");
        var (status, imported) = await ImportAsync(csv, agency);
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), imported.ToString());
        Assert.Multiple(() =>
        {
            Assert.That(imported.GetProperty("lines").GetInt32(), Is.EqualTo(14));
            Assert.That(imported.GetProperty("years").EnumerateArray().Select(y => y.GetString()), Is.EqualTo(new[] { "epci:200069672 2010", "epci:200069672 2024" }));
            Assert.That(imported.GetProperty("replaced").GetInt32(), Is.EqualTo(14), "the demo years, whole");
        });

        var p = (double)await PopulationAsync();
        var body = await Client.GetJsonAsync($"/api/v1/dechets/streams/{Ternois}");
        double dma2010 = Math.Round(20_000_000 / p, 1), dma2024 = Math.Round(17_000_000 / p, 1);
        var dmaTarget = Math.Round(20_000_000 / p * 0.85, 1);
        var selective = StreamOf(body, "collecte_selective");
        Assert.Multiple(() =>
        {
            Assert.That(selective.GetProperty("kgPerInhabitant").GetDouble(), Is.EqualTo(Math.Round(2_400_000 / p, 1)));
            Assert.That(selective.GetProperty("recoveryRate").GetDouble(), Is.EqualTo(83.3), "2,000 ÷ 2,400");
            Assert.That(selective.GetProperty("changePercent").GetDouble(),
                Is.EqualTo(Math.Round(100 * (Math.Round(2_400_000 / p, 1) - Math.Round(2_000_000 / p, 1)) / Math.Round(2_000_000 / p, 1), 1)));
            Assert.That(ValueIn(body.GetProperty("dmaKgPerInhabitant"), 2024), Is.EqualTo(dma2024));
            Assert.That(ValueIn(body.GetProperty("recoveryRate"), 2010), Is.EqualTo(35.0), "6,300 ÷ 18,000, rubble aside");
            Assert.That(ValueIn(body.GetProperty("recoveryRate"), 2024), Is.EqualTo(50.7), "7,600 ÷ 15,000");

            var dma = TargetOf(body, "dechets.dma_kg_hab", 2030);
            Assert.That(dma.GetProperty("value").GetDouble(), Is.EqualTo(dmaTarget), "2010's value − 15 %");
            Assert.That(dma.GetProperty("relative").GetDouble(), Is.EqualTo(-15));
            Assert.That(dma.GetProperty("pathValue").GetDouble(), Is.EqualTo(Math.Round(dma2010 + (dmaTarget - dma2010) * 14 / 20, 1)));
            Assert.That(dma.GetProperty("onTrack").GetBoolean(), Is.True, "−15 % already in 2024, ahead of the path");
            var rate2025 = TargetOf(body, "dechets.taux_valorisation_matiere", 2025);
            Assert.That(rate2025.GetProperty("pathValue").GetDouble(), Is.EqualTo(63.0), "35 + (65 − 35) × 14 ÷ 15");
            Assert.That(rate2025.GetProperty("onTrack").GetBoolean(), Is.False, "50.7 % < 63 %");
            Assert.That(TargetOf(body, "dechets.taux_valorisation_matiere", 2020).GetProperty("pathValue").GetDouble(), Is.EqualTo(55), "past its horizon");
            Assert.That(dma.GetProperty("document").GetString(), Does.Contain("AGEC"));
        });

        // The platform's values and projection read the same figures and the same target.
        var values = await Client.GetJsonAsync($"/api/v1/indicators/dechets.taux_valorisation_matiere/values?territories={Ternois}&period=2024");
        var item = values.GetProperty("items").EnumerateArray().Single();
        Assert.Multiple(() =>
        {
            Assert.That(item.GetProperty("numerator").GetDouble(), Is.EqualTo(7600), "Σ recovered of the non-inert streams");
            Assert.That(item.GetProperty("denominator").GetDouble(), Is.EqualTo(15000), "Σ collected of the non-inert streams");
            Assert.That(item.GetProperty("value").GetDouble(), Is.EqualTo(50.667).Within(0.001));
        });
        var projection = await Client.GetJsonAsync($"/api/v1/indicators/dechets.dma_kg_hab/projection?territory={Ternois}&method=linear");
        var targets = projection.GetProperty("targets").EnumerateArray().ToList();
        Assert.That(targets.Select(t => (t.Str("period"), t.GetProperty("value").GetDouble(), t.Str("bound"))),
            Is.EqualTo(new[] { ("2030", dmaTarget, "at_most") }));
    }

    [Test]
    public async Task A_file_with_a_problem_is_refused_with_its_lines_and_changes_nothing()
    {
        await using var connection = Factory.OpenConnection();
        const string Count = "select count(*) || ':' || coalesce(sum(tonnes_collected), 0) from dechets.tonnage";
        var before = await connection.ExecuteScalarAsync<string>(Count);
        var csv = string.Join("\n", Header, "2023;200069672;omr;5000;0", "2023;200069672;verre;100;150");
        var (status, body) = await ImportAsync(csv, agency);
        Assert.Multiple(async () =>
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
            var problems = body.GetProperty("errors").EnumerateArray().Select(e => e.Str("reason")).ToList();
            Assert.That(body.GetProperty("errors").EnumerateArray().Select(e => e.Str("name")), Is.All.EqualTo("file"));
            Assert.That(problems, Has.Some.StartWith("line 3: tonnes_valorisees '150'"));
            Assert.That(problems, Has.Some.StartWith("line 2: epci:200069672 2023 lacks the streams"));
            Assert.That(await connection.ExecuteScalarAsync<string>(Count), Is.EqualTo(before), "nothing written");
        });
    }

    [Test]
    public async Task Only_the_agency_imports_tonnages()
    {
        var csv = Header + "\n" + string.Join("\n", new[] { "omr", "collecte_selective", "verre", "dechets_verts", "encombrants", "gravats", "autres_decheterie" }
            .Select(s => $"2024;200069672;{s};1;0"));
        Assert.Multiple(async () =>
        {
            Assert.That((await ImportAsync(csv, null)).Status, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That((await ImportAsync(csv, partner)).Status, Is.EqualTo(HttpStatusCode.Forbidden), "a partner editor, even of the Ternois");
        });
    }

    [Test]
    public async Task A_commune_is_a_bad_request_and_a_territory_without_tonnages_is_not_found()
    {
        var (commune, text) = await GetAsync("/api/v1/dechets/streams/commune:62767");
        Assert.Multiple(async () =>
        {
            Assert.That(commune, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(text, Does.Contain("territory").And.Contain("not per commune"));
            Assert.That((await GetAsync("/api/v1/dechets/streams/epci:200072460")).Status, Is.EqualTo(HttpStatusCode.NotFound), "the CABBALR has no tonnages");
            Assert.That((await GetAsync("/api/v1/dechets/streams/epci:123456789")).Status, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That((await GetAsync("/api/v1/dechets/streams/groupement:petr-ternois-7-vallees")).Status, Is.EqualTo(HttpStatusCode.NotFound),
                "the 7 Vallées has none: a partial sum would mislead");
        });
    }
}
