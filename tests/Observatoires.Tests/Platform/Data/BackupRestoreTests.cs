using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Platform.Data;

/// <summary>
/// ./observatoires backup and restore, as an operator runs them: data written through the API, a backup, a restore
/// into a new database, and the API started on it answers byte for byte as before, ETags included.
/// </summary>
public sealed class BackupRestoreTests
{
    private static async Task<string> ScriptAsync(string database, params string[] args)
    {
        var start = new ProcessStartInfo("bash", [Repository.File("observatoires"), .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["OBSERVATOIRES_DB"] = TestDatabase.ConnectionString(database);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var all = await output + await error;
        Assert.That(process.ExitCode, Is.EqualTo(0), $"./observatoires {string.Join(' ', args)}: {all}");
        return all;
    }

    private static async Task<List<(string Url, HttpStatusCode Status, string? ETag, byte[] Body)>> AnswersAsync(HttpClient client, string key,
        IEnumerable<string> urls)
    {
        var answers = new List<(string, HttpStatusCode, string?, byte[])>();
        foreach (var url in urls)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
            using var response = await client.SendAsync(request);
            answers.Add((url, response.StatusCode, response.Headers.ETag?.ToString(), await response.Content.ReadAsByteArrayAsync()));
        }
        return answers;
    }

    private static string WithoutTimeStamp(byte[] body) =>
        System.Text.RegularExpressions.Regex.Replace(Encoding.UTF8.GetString(body), "\"timeStamp\":\"[^\"]*\"", "\"timeStamp\":\"…\"");

    [Test]
    public async Task A_restored_backup_answers_as_the_database_it_was_taken_from()
    {
        var database = await TestDatabase.CloneTemplateAsync("backup");
        var restored = database + "_restored";
        var file = Path.Combine(Path.GetTempPath(), $"{database}.dump");
        string key;
        List<(string Url, HttpStatusCode Status, string? ETag, byte[] Body)> before;
        string[] urls;
        try
        {
            await using (var factory = new ApiFactory(database))
            {
                using var client = factory.CreateClient();
                key = (await factory.Services.GetRequiredService<Observatoires.Api.Platform.Access.Keys.ApiKeys>()
                    .CreateAsync("Agency admin, backup drill", "admin", [], null)).Key;
                client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
                // Written through the API: a note (audited, a data version bumped) and a revised value (its history kept).
                using (var note = await client.PostAsJsonAsync("/api/v1/test/points/1/notes", new { text = "avant la sauvegarde" }))
                    Assert.That(note.StatusCode, Is.EqualTo(HttpStatusCode.OK), await note.Content.ReadAsStringAsync());
                using (var import = await client.PostAsync("/api/v1/imports/values", new MultipartFormDataContent
                       {
                           { new ByteArrayContent(Encoding.UTF8.GetBytes("indicator,territory,period,value\ntest.salaries,commune:62119,2023,4244\n")), "file", "revision.csv" },
                       }))
                    Assert.That(import.StatusCode, Is.EqualTo(HttpStatusCode.OK), await import.Content.ReadAsStringAsync());
                client.DefaultRequestHeaders.Authorization = null;
                var group = (await client.GetJsonAsync("/api/v1/peer-groups")).GetProperty("items")[0].Str("id");
                urls =
                [
                    "/api/v1/indicators/test.salaries/values?level=commune&within=epci:200072460&period=2023",
                    "/api/v1/indicators/test.salaries/series?territories=commune:62119",
                    "/ogc/collections/test-points/items?limit=50",
                    $"/api/v1/peer-groups/{group}",
                    "/api/v1/admin/audit",
                    "/api/v1/me",
                ];
                before = await AnswersAsync(client, key, urls);
            }
            Assert.That(before.Select(a => a.Status), Is.All.EqualTo(HttpStatusCode.OK), string.Join("\n", before.Select(a => $"{a.Url} {a.Status}")));
            Assert.That(before.Single(a => a.Url.StartsWith("/api/v1/peer-groups/", StringComparison.Ordinal)).ETag, Is.Not.Null,
                "the versioned object has its ETag");

            var backup = await ScriptAsync(database, "backup", file);
            Assert.That(backup, Does.Contain("Backup written"));
            Assert.That(new FileInfo(file).Length, Is.GreaterThan(0));
            await ScriptAsync(database, "restore", file, "--into", restored);

            await using (var factory = new ApiFactory(restored))
            {
                using var client = factory.CreateClient();
                var after = await AnswersAsync(client, key, urls);
                for (var i = 0; i < urls.Length; i++)
                {
                    Assert.That(after[i].Status, Is.EqualTo(before[i].Status), urls[i]);
                    Assert.That(after[i].ETag, Is.EqualTo(before[i].ETag), urls[i]);
                    // Identical bytes, but for the OGC items' timeStamp: the time of the answer, as the standard wants it.
                    Assert.That(WithoutTimeStamp(after[i].Body), Is.EqualTo(WithoutTimeStamp(before[i].Body)), urls[i]);
                }
            }

            // Restore never writes over a database silently: not the live one, nor an existing one.
            var start = new ProcessStartInfo("bash", [Repository.File("observatoires"), "restore", file, "--into", restored])
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
            };
            start.Environment["OBSERVATOIRES_DB"] = TestDatabase.ConnectionString(database);
            using var refused = Process.Start(start)!;
            var message = await refused.StandardError.ReadToEndAsync();
            await refused.WaitForExitAsync();
            Assert.That(refused.ExitCode, Is.Not.EqualTo(0));
            Assert.That(message, Does.Contain("exists already"));
        }
        finally
        {
            File.Delete(file);
            NpgsqlConnection.ClearAllPools();
            await using var server = new NpgsqlConnection(TestDatabase.ServerConnectionString);
            await server.OpenAsync();
            // The name is built above from the run's own database name, never from input.
            await using var drop = new NpgsqlCommand($"drop database if exists \"{restored}\" with (force)", server);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
