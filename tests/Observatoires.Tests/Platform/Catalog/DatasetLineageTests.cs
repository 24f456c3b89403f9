using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Platform.Catalog;

/// <summary>
/// An indicators dataset's lineage, as the agency's data manager reads it on the dataset's page: exactly the values
/// imports (HTTP or command line) that wrote its indicators, whichever other indicators the platform's values imports
/// wrote; a refused file wrote nothing and is in no dataset's lineage; and an identical file is still recognised.
/// </summary>
public sealed class DatasetLineageTests : ApiTest
{
    private const string Public = "test.generateur-des-tests", Partner = "test.generateur-des-tests.partner";
    private const string Upload = "/api/v1/imports/values";

    [Test]
    public async Task A_dataset_s_lineage_is_the_imports_that_wrote_its_indicators()
    {
        var agency = await CreateKeyAsync("agency_editor");
        var salaries = await UploadAsync("indicator,territory,period,value\ntest.salaries,commune:62119,2023,7001\ntest.population,commune:62119,2031,12\n", "salaries.csv", agency);
        var fragiles = await UploadAsync("indicator,territory,period,value\ntest.fragiles,commune:62119,2024-Q4,4\n", "fragiles.csv", agency);
        var refused = await UploadAsync("indicator,territory,period,value\ntest.salaries,commune:62119,2023,abc\n", "mauvais.csv", agency, HttpStatusCode.BadRequest);
        var seniors = await CliImportAsync("indicator,territory,period,value\ntest.part_seniors,commune:62119,2031,20.5\n", agency);

        // This test's imports (the fixture's other tests import too).
        var publicLineage = (await LineageAsync(Public, agency)).Where(e => e.Id >= salaries).ToList();
        var partnerLineage = (await LineageAsync(Partner, agency)).Where(e => e.Id >= salaries).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(publicLineage.Select(e => e.Id), Is.EqualTo(new[] { seniors, salaries }), "its own indicators' imports, newest first, by HTTP and command line");
            Assert.That(partnerLineage.Select(e => e.Id), Is.EqualTo(new[] { fragiles }), "the partner dataset's own");
            Assert.That(publicLineage.Concat(partnerLineage).Select(e => e.Id), Does.Not.Contain(refused), "a refused file wrote nothing");
            Assert.That(publicLineage.Single(e => e.Id == salaries).Indicators, Is.EqualTo(new[] { "test.population", "test.salaries" }), "the indicators it wrote");
        });

        var entry = await JsonAsync($"/api/v1/imports/{salaries}", agency);
        Assert.That(entry.GetProperty("indicators").EnumerateArray().Select(i => i.GetString()), Is.EqualTo(new[] { "test.population", "test.salaries" }));
        Assert.That(entry.Str("target"), Is.EqualTo("values"), "its target is still values");
        Assert.That((await JsonAsync($"/api/v1/imports/{refused}", agency)).GetProperty("indicators").ValueKind, Is.EqualTo(JsonValueKind.Null));
    }

    [Test]
    public async Task An_identical_values_file_is_still_recognised_and_in_its_dataset_s_lineage()
    {
        var agency = await CreateKeyAsync("agency_editor");
        const string file = "indicator,territory,period,value\ntest.salaries,commune:62119,2032,31\n";
        var first = await UploadAsync(file, "a.csv", agency);
        using var again = await PostAsync(file, "a-copie.csv", agency);
        var receipt = JsonDocument.Parse(await again.Content.ReadAsStringAsync()).RootElement.GetProperty("import");
        Assert.That(receipt.GetProperty("identical").GetBoolean(), Is.True);
        Assert.That(receipt.GetProperty("previousImport").GetProperty("id").GetInt64(), Is.EqualTo(first));
        var lineage = await LineageAsync(Public, agency);
        Assert.That(lineage.Take(2).Select(e => (e.Id, e.Outcome)), Is.EqualTo(new[] { (receipt.GetProperty("id").GetInt64(), "identical"), (first, "imported") }));
    }

    [Test]
    public async Task The_indicator_filter_refuses_what_is_not_a_list_of_codes()
    {
        var agency = await CreateKeyAsync("agency_editor");
        foreach (var bad in new[] { "", "a,,b", "Test.Salaries", "x'; drop table" })
        {
            var (status, body) = await GetAsync($"/api/v1/imports?indicator={Uri.EscapeDataString(bad)}", agency);
            Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest), bad);
            Assert.That(body, Does.Contain("indicator"), bad);
        }
        Assert.That((await GetAsync("/api/v1/imports?indicator=test.salaries")).Status, Is.EqualTo(HttpStatusCode.Unauthorized), "the log is the agency's");
    }

    /// <summary>The dataset's lineage as its page reads it: the log filtered by the dataset's indicators.</summary>
    private async Task<List<(long Id, string Outcome, string[] Indicators)>> LineageAsync(string dataset, string key)
    {
        var codes = (await JsonAsync($"/api/v1/datasets/{dataset}", key)).GetProperty("indicators").EnumerateArray().Select(i => i.Str("code"));
        var page = await JsonAsync($"/api/v1/imports?indicator={string.Join(',', codes)}&limit=100", key);
        return [.. page.GetProperty("items").EnumerateArray().Select(e => (e.GetProperty("id").GetInt64(), e.Str("outcome"),
            e.GetProperty("indicators").EnumerateArray().Select(i => i.GetString()!).ToArray()))];
    }

    private async Task<long> UploadAsync(string csv, string name, string key, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await PostAsync(csv, name, key);
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(expected), body);
        if (expected == HttpStatusCode.OK)
            return JsonDocument.Parse(body).RootElement.GetProperty("import").GetProperty("id").GetInt64();
        // A refusal's entry: the newest of the log.
        return (await JsonAsync("/api/v1/imports?outcome=refused&limit=1", key)).GetProperty("items")[0].GetProperty("id").GetInt64();
    }

    private async Task<HttpResponseMessage> PostAsync(string csv, string name, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Upload);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        request.Content = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", name } };
        return await Client.SendAsync(request);
    }

    private async Task<long> CliImportAsync(string csv, string key)
    {
        var folder = Directory.CreateTempSubdirectory("observatoires-lineage-").FullName;
        try
        {
            var file = Path.Combine(folder, "seniors.csv");
            await File.WriteAllTextAsync(file, csv);
            var (exitCode, output) = await CliRunner.RunAsync(Factory.Services, "import", "values", "--file", file);
            Assert.That(exitCode, Is.Zero, output);
            return (await JsonAsync("/api/v1/imports?target=values&limit=1", key)).GetProperty("items")[0].GetProperty("id").GetInt64();
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    private async Task<JsonElement> JsonAsync(string url, string key)
    {
        var (status, body) = await GetAsync(url, key);
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), $"GET {url} answered: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
