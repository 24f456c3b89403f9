using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Observatoires.Api.Platform.Access.Keys;
using Observatoires.Api.Platform.Export;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Observatories.Zan;

/// <summary>The ZAN counter as an elected official and a planner check it, against hand computations.</summary>
public sealed class ZanTests : ApiTest
{
    private string commune = null!, village = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        await using var connection = Factory.OpenConnection();
        var communes = (await connection.QueryAsync<string>("select id from platform.territory where level = 'commune' order by id limit 2")).ToList();
        (commune, village) = (communes[0], communes[1]);
        // Known figures: 2 ha a year 2011–2020 (reference 20 ha), then 1, 2, 3, 1 ha in 2021–2024; the village 0.1 ha a year.
        await connection.ExecuteAsync("""
            delete from zan.consumption where commune_id = any(@ids);
            insert into zan.consumption (commune_id, year, destination, hectares)
            select @commune, y, 'habitat', 2 from generate_series(2011, 2020) y
            union all select @commune, 2020 + i, 'activite', h from unnest(array[1, 2, 3, 1]::float8[]) with ordinality as x(h, i)
            union all select @village, y, 'habitat', 0.1 from generate_series(2011, 2024) y;
            select platform.bump_data_version('zan');
            """, new { ids = communes.ToArray(), commune, village });
    }

    [Test]
    public async Task The_counter_matches_a_hand_computation()
    {
        var counter = await Client.GetJsonAsync($"/api/v1/zan/counter?territory={commune}");
        Assert.Multiple(() =>
        {
            Assert.That(counter.GetProperty("referenceHa").GetDouble(), Is.EqualTo(20));
            Assert.That(counter.GetProperty("envelopeHa").GetDouble(), Is.EqualTo(10), "reference × (1 − 0.5)");
            Assert.That(counter.GetProperty("consumedHa").GetDouble(), Is.EqualTo(7));
            Assert.That(counter.GetProperty("remainingHa").GetDouble(), Is.EqualTo(3));
            Assert.That(counter.GetProperty("pacePerYearHa").GetDouble(), Is.EqualTo(2), "(2 + 3 + 1) / 3");
            Assert.That(counter.GetProperty("exhaustionYear").GetInt32(), Is.EqualTo(2026), "2024 + ⌈3 / 2⌉");
            Assert.That(counter.GetProperty("path")[0].GetProperty("allowanceHa").GetDouble(), Is.EqualTo(0.95), "1 ha a year × 19/20 in 2031");
            Assert.That(counter.GetProperty("path")[19].GetProperty("allowanceHa").GetDouble(), Is.Zero, "net zero in 2050");
        });

        var small = await Client.GetJsonAsync($"/api/v1/zan/counter?territory={village}");
        Assert.That(small.GetProperty("referenceHa").GetDouble(), Is.EqualTo(1).Within(1e-9));
        Assert.That(small.GetProperty("envelopeHa").GetDouble(), Is.EqualTo(1), "the 1 ha guaranteed to every commune, not 0.5");

        var zone = await Client.GetJsonAsync($"/api/v1/zan/counter?territory=custom:{commune[8..]}+{village[8..]}");
        Assert.That(zone.GetProperty("envelopeHa").GetDouble(), Is.EqualTo(11), "envelopes add up, each commune with its floor");
        Assert.That(zone.GetProperty("communes").GetInt32(), Is.EqualTo(2));
    }

    [Test]
    public async Task An_exceeded_envelope_says_when_it_ran_out_and_the_agency_sets_a_territorys_reduction()
    {
        var (_, agency) = await ApiKeys.CreateAsync("Agency", "agency_editor", [], null);
        var (_, partner) = await ApiKeys.CreateAsync("Partner", "partner_editor", [], null);
        async Task<HttpStatusCode> SetAsync(string key, double reduction)
        {
            using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/zan/reductions/{commune}") { Content = JsonContent.Create(new { reduction }) };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
            using var response = await Client.SendAsync(request);
            return response.StatusCode;
        }
        Assert.That(await SetAsync(partner, 0.8), Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await SetAsync(agency, 1.5), Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await SetAsync(agency, 0.8), Is.EqualTo(HttpStatusCode.NoContent));
        var counter = await Client.GetJsonAsync($"/api/v1/zan/counter?territory={commune}");
        Assert.That(counter.GetProperty("envelopeHa").GetDouble(), Is.EqualTo(4).Within(1e-9), "20 × (1 − 0.8)");
        Assert.That(counter.GetProperty("exceeded").GetBoolean(), Is.True);
        Assert.That(counter.GetProperty("exhaustionYear").GetInt32(), Is.EqualTo(2023), "1 + 2 + 3 ≥ 4 in 2023");
        Assert.That(await SetAsync(agency, 0.5), Is.EqualTo(HttpStatusCode.NoContent));

        // The agency replaces the path to 2050: a plateau at half the yearly envelope, then nothing after 2040.
        async Task<HttpStatusCode> PathAsync(object shares)
        {
            using var request = new HttpRequestMessage(HttpMethod.Put, "/api/v1/zan/trajectory") { Content = JsonContent.Create(new { shares }) };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", agency);
            using var response = await Client.SendAsync(request);
            return response.StatusCode;
        }
        Assert.That(await PathAsync(new Dictionary<int, double> { [2031] = 0.5 }), Is.EqualTo(HttpStatusCode.BadRequest), "all twenty years or none");
        Assert.That(await PathAsync(Enumerable.Range(2031, 20).ToDictionary(y => y, y => y <= 2040 ? 0.5 : 0.0)), Is.EqualTo(HttpStatusCode.NoContent));
        var path = (await Client.GetJsonAsync($"/api/v1/zan/counter?territory={commune}")).GetProperty("path");
        Assert.That(path[0].GetProperty("allowanceHa").GetDouble(), Is.EqualTo(0.5), "half of 1 ha a year");
        Assert.That(path[10].GetProperty("allowanceHa").GetDouble(), Is.Zero);
        Assert.That(await PathAsync(new Dictionary<int, double>()), Is.EqualTo(HttpStatusCode.NoContent), "back to the linear default");
        await using var connection = Factory.OpenConnection();
        Assert.That(await connection.ExecuteScalarAsync<int>("select count(*) from platform.audit_log where action = 'zan_reduction'"), Is.EqualTo(2));
        Assert.That(await connection.ExecuteScalarAsync<int>("select count(*) from platform.audit_log where action = 'zan_trajectory'"), Is.EqualTo(2));
    }

    [Test]
    public async Task Series_by_destination_csv_inputs_and_ranking()
    {
        var series = await Client.GetJsonAsync($"/api/v1/zan/consumption?territory={commune}&from=2020&to=2022");
        var years = series.GetProperty("years").EnumerateArray().ToList();
        Assert.That(years.Select(y => y.GetProperty("year").GetInt32()), Is.EqualTo(new[] { 2020, 2021, 2022 }));
        Assert.That(years[1].GetProperty("byDestination").GetProperty("activite").GetDouble(), Is.EqualTo(1));
        Assert.That(years[0].GetProperty("totalHa").GetDouble(), Is.EqualTo(2));

        using var csvResponse = await Client.GetAsync("/api/v1/zan/consumption?territory=epci:200072460&format=csv");
        var reader = new CsvReader(await csvResponse.Content.ReadAsStreamAsync());
        Assert.That(reader.Header, Is.EqualTo(new[] { "commune_id", "year", "destination", "hectares" }));
        var total = 0.0;
        while (reader.TryRead(out var record))
            total += double.Parse(record.Fields[3], System.Globalization.CultureInfo.InvariantCulture);
        var epci = await Client.GetJsonAsync("/api/v1/zan/counter?territory=epci:200072460");
        Assert.That(total, Is.EqualTo(epci.GetProperty("referenceHa").GetDouble() + epci.GetProperty("consumedHa").GetDouble()).Within(0.05),
            "the inputs add up to the counter");

        var ranking = await Client.GetJsonAsync("/api/v1/zan/ranking?within=epci:200072460&per=inhabitant&from=2011&to=2020");
        var ranked = ranking.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("rank").ValueKind != System.Text.Json.JsonValueKind.Null)
            .Select(i => i.GetProperty("squareMetresPer").GetDouble()).ToList();
        Assert.That(ranked, Is.Not.Empty.And.Ordered.Ascending, "the soberest first");
        await Client.GetJsonAsync("/api/v1/zan/ranking?within=epci:200072460&per=hectare", HttpStatusCode.BadRequest);
        await Client.GetJsonAsync("/api/v1/zan/counter?territory=epci:999999999", HttpStatusCode.NotFound);
        await Client.GetJsonAsync("/api/v1/zan/counter?territory=nowhere", HttpStatusCode.BadRequest);
    }


    [Test]
    public async Task The_counter_inputs_download_with_their_metadata_and_as_a_workbook_that_pandas_and_the_JSON_agree_with()
    {
        const string url = "/api/v1/zan/consumption?territory=epci:200072460&from=2015&to=2020&format=csv";
        var downloads = await TableDownload.CheckAsync(Client, url);
        var json = await Client.GetJsonAsync(url.Replace("&format=csv", "", StringComparison.Ordinal));
        var total = json.GetProperty("years").EnumerateArray().Sum(y => y.GetProperty("totalHa").GetDouble());
        var hectares = downloads.Column("hectares");
        Assert.Multiple(() =>
        {
            Assert.That(downloads.Header, Is.EqualTo(new[] { "commune_id", "year", "destination", "hectares" }));
            Assert.That(downloads.Workbook.Sheet("Données").Skip(1).Sum(r => r[hectares].Number ?? 0), Is.EqualTo(total).Within(0.05));
            Assert.That(downloads.Workbook.Sheet("Données")[1][hectares].Format, Is.EqualTo("#,##0.00"), "hectares to 2 decimals");
            Assert.That(downloads.Csvw.GetProperty("prov:wasDerivedFrom")[0].Str("dc:identifier"), Is.EqualTo("zan.consommation_ha"));
        });
        if (!Python.HasPandas())
            Assert.Ignore("pandas is missing for /usr/bin/python3: ./observatoires test installs it (python3-pandas)");
        var file = Path.Combine(Path.GetTempPath(), $"observatoires-zan-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, downloads.CsvText);
        try
        {
            var (exit, output) = Python.Run("""
                import sys, pandas
                df = pandas.read_csv(sys.argv[1])
                print(str(df['hectares'].dtype), str(df['year'].dtype), repr(float(df['hectares'].sum())))
                """, file);
            Assert.That(exit, Is.Zero, output);
            var parts = output.Trim().Split(' ');
            Assert.That(parts[..2], Is.EqualTo(new[] { "float64", "int64" }));
            Assert.That(double.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(total).Within(0.05));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Test]
    public async Task A_format_the_counter_inputs_do_not_have_is_a_400_naming_it() =>
        Assert.That((await (await Client.GetAsync("/api/v1/zan/consumption?territory=epci:200072460&format=xls")).ProblemAsync(HttpStatusCode.BadRequest))
            .GetProperty("errors").ToString(), Does.Contain("format is json, csv, csvw or xlsx"));
}
