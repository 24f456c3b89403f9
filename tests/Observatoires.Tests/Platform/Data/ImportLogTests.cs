using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Platform.Data;

/// <summary>
/// The ingestion log, as the agency's data manager reads it: every import with its file's size and checksum, its counts,
/// its refusals with their problems, a second identical file recognised and said so, and no one else may read it.
/// </summary>
public sealed class ImportLogTests() : ApiTest
{
    private const string Values = "/api/v1/imports/values";

    [Test]
    public async Task An_import_is_logged_with_its_counts_size_and_checksum_and_an_identical_file_is_recognised()
    {
        var (editor, key) = await ApiKeys.CreateAsync("Agence, gestionnaire de données", "agency_editor", [], null);
        var content = Encoding.UTF8.GetBytes("""
            indicator,territory,period,value
            test.salaries,commune:62119,2023,7777
            test.salaries,commune:62119,2031,10
            """.ReplaceLineEndings("\n") + "\n");
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(content));

        var (status, first) = await UploadAsync(Values, content, "salaries.csv", key);
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), first.GetRawText());
        var receipt = first.GetProperty("import");
        Assert.That(receipt.GetProperty("identical").GetBoolean(), Is.False);
        Assert.That(receipt.Str("sha256"), Is.EqualTo(sha256));

        var list = await JsonAsync("/api/v1/imports?target=values&limit=1", key);
        var entry = list.GetProperty("items")[0];
        Assert.That(entry.GetProperty("id").GetInt64(), Is.EqualTo(receipt.GetProperty("id").GetInt64()));
        Assert.That(entry.GetProperty("by").Str("kind"), Is.EqualTo("key"));
        Assert.That(entry.GetProperty("by").GetProperty("id").GetInt32(), Is.EqualTo(editor.Id));
        Assert.That(entry.GetProperty("by").Str("name"), Is.EqualTo("Agence, gestionnaire de données"));
        Assert.That(entry.GetProperty("file").Str("name"), Is.EqualTo("salaries.csv"));
        Assert.That(entry.GetProperty("file").GetProperty("bytes").GetInt64(), Is.EqualTo(content.Length));
        Assert.That(entry.GetProperty("file").Str("sha256"), Is.EqualTo(sha256));
        Assert.That((entry.Str("module"), entry.Str("target"), entry.Str("outcome")), Is.EqualTo(("platform", "values", "imported")));
        var rows = entry.GetProperty("rows");
        Assert.That(rows.GetProperty("new").GetInt64() + rows.GetProperty("revised").GetInt64() + rows.GetProperty("unchanged").GetInt64(),
            Is.EqualTo(2), "both rows are counted");
        Assert.That(rows.GetProperty("new").GetInt64(), Is.EqualTo(1), "2031 had no value");
        Assert.That(entry.GetProperty("problems").GetInt32(), Is.Zero);
        Assert.That(entry.GetProperty("durationMs").GetInt32(), Is.GreaterThanOrEqualTo(0));

        // The same file again: recognised and said so, and applied all the same (its options, or the data since, may
        // differ): here both its values are unchanged.
        var (again, second) = await UploadAsync(Values, content, "salaries-copie.csv", key);
        Assert.That(again, Is.EqualTo(HttpStatusCode.OK), second.GetRawText());
        var repeat = second.GetProperty("import");
        Assert.That(repeat.GetProperty("identical").GetBoolean(), Is.True);
        Assert.That(repeat.Str("outcome"), Is.EqualTo("identical"));
        Assert.That(repeat.GetProperty("previousImport").GetProperty("id").GetInt64(), Is.EqualTo(receipt.GetProperty("id").GetInt64()));
        Assert.That(repeat.Str("message"), Does.Contain($"is the file of import {receipt.GetProperty("id").GetInt64()}"));
        var logged = await JsonAsync($"/api/v1/imports/{repeat.GetProperty("id").GetInt64()}", key);
        Assert.That(logged.Str("outcome"), Is.EqualTo("identical"));
        Assert.That(logged.GetProperty("rows").GetProperty("unchanged").GetInt64(), Is.EqualTo(2), "re-applied: both values as they were");
        Assert.That(logged.GetProperty("previousImport").GetInt64(), Is.EqualTo(receipt.GetProperty("id").GetInt64()));
    }

    [Test]
    public async Task A_refused_file_is_logged_with_its_problems_and_changes_nothing()
    {
        var key = await CreateKeyAsync("agency_editor");
        var before = await Client.GetJsonAsync("/api/v1/indicators/test.salaries/values?territories=commune:62119&period=2023");
        var content = Encoding.UTF8.GetBytes("indicator,territory,period,value\ntest.salaries,commune:62119,2023,123\ntest.salaries,commune:62119,2024,abc\n");

        var (status, problem) = await UploadAsync(Values, content, "mauvais.csv", key);

        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(problem.Str("detail"), Does.Contain("mauvais.csv was refused"));
        var after = await Client.GetJsonAsync("/api/v1/indicators/test.salaries/values?territories=commune:62119&period=2023");
        Assert.That(after.GetRawText(), Is.EqualTo(before.GetRawText()), "the good line of a refused file is not written either");
        var entry = (await JsonAsync("/api/v1/imports?outcome=refused&limit=1", key)).GetProperty("items")[0];
        Assert.That(entry.GetProperty("file").Str("name"), Is.EqualTo("mauvais.csv"));
        Assert.That(entry.GetProperty("file").Str("sha256"), Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(content))));
        Assert.That(entry.GetProperty("problems").GetInt32(), Is.EqualTo(1));
        Assert.That(entry.GetProperty("rows").GetProperty("new").ValueKind, Is.EqualTo(JsonValueKind.Null), "no count is invented");
        var report = (await JsonAsync($"/api/v1/imports/{entry.GetProperty("id").GetInt64()}", key)).GetProperty("report");
        Assert.That(report.GetArrayLength(), Is.EqualTo(1));
        Assert.That(report[0].GetProperty("line").GetInt64(), Is.EqualTo(3));
        Assert.That(report[0].Str("message"), Does.Contain("not a number"));
    }

    [Test]
    public async Task A_refused_file_whose_problem_quotes_a_NUL_is_a_400_and_logged()
    {
        // PostgreSQL's text and jsonb cannot hold a NUL: the problem quoting the cell must not turn the refusal into a 500.
        var key = await CreateKeyAsync("agency_editor");
        var content = Encoding.UTF8.GetBytes("indicator,territory,period,value\ntest.salaries,commune:62119,2023,1\u00002\n");

        var (status, _) = await UploadAsync(Values, content, "nul.csv", key);

        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
        var entry = (await JsonAsync("/api/v1/imports?outcome=refused&limit=1", key)).GetProperty("items")[0];
        Assert.That(entry.GetProperty("file").Str("sha256"), Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(content))));
        var report = (await JsonAsync($"/api/v1/imports/{entry.GetProperty("id").GetInt64()}", key)).GetProperty("report");
        Assert.That(report[0].Str("message")!.Contains('\0', StringComparison.Ordinal), Is.False, report[0].Str("message"));
    }

    [Test]
    public async Task The_log_is_the_agency_s_only_and_pages_newest_first()
    {
        var partner = await CreateKeyAsync("partner_editor", "epci:200072460");
        var agency = await CreateKeyAsync("agency_editor");
        foreach (var url in new[] { "/api/v1/imports", "/api/v1/imports/1" })
        {
            Assert.That((await GetAsync(url)).Status, Is.EqualTo(HttpStatusCode.Unauthorized), url);
            Assert.That((await GetAsync(url, partner)).Status, Is.EqualTo(HttpStatusCode.Forbidden), url);
        }
        for (var i = 0; i < 3; i++)
            await UploadAsync(Values, Encoding.UTF8.GetBytes($"indicator,territory,period,value\ntest.salaries,commune:62119,2040,{i}\n"), $"page{i}.csv", agency);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/imports?module=platform&limit=2");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", agency);
        using var response = await Client.SendAsync(request);
        var page = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.That(page.GetProperty("items").GetArrayLength(), Is.EqualTo(2));
        Assert.That(page.GetProperty("items")[0].GetProperty("file").Str("name"), Is.EqualTo("page2.csv"), "newest first");
        Assert.That(page.GetProperty("total").GetInt64(), Is.GreaterThanOrEqualTo(3));
        Assert.That(response.Headers.GetValues("Link").Single(), Does.Contain("offset=2").And.Contain("rel=\"next\""));
        Assert.That((await GetAsync("/api/v1/imports?outcome=maybe", agency)).Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await GetAsync("/api/v1/imports/999999999", agency)).Status, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task A_command_line_import_is_logged_with_the_system_user()
    {
        var agency = await CreateKeyAsync("agency_editor");
        var folder = Directory.CreateTempSubdirectory("observatoires-importlog-").FullName;
        try
        {
            var file = Path.Combine(folder, "cli.csv");
            await File.WriteAllTextAsync(file, "indicator,territory,period,value\ntest.salaries,commune:62119,2041,5\n");
            var (exitCode, output) = await CliRunner.RunAsync(Factory.Services, "import", "values", "--file", file);
            Assert.That(exitCode, Is.Zero, output);
            Assert.That(output, Does.Contain("Ingestion log: import"));
            var entry = (await JsonAsync("/api/v1/imports?target=values&limit=1", agency)).GetProperty("items")[0];
            Assert.That(entry.GetProperty("by").Str("kind"), Is.EqualTo("cli"));
            Assert.That(entry.GetProperty("by").GetProperty("id").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(entry.GetProperty("by").Str("name"), Is.EqualTo(Environment.UserName));
            Assert.That(entry.GetProperty("file").Str("sha256"), Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(file)))));
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

    private async Task<(HttpStatusCode Status, JsonElement Body)> UploadAsync(string url, byte[] content, string name, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        request.Content = new MultipartFormDataContent { { new ByteArrayContent(content), "file", name } };
        using var response = await Client.SendAsync(request);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }
}
