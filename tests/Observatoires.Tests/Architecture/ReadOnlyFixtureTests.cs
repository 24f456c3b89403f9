using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Dapper;
using Npgsql;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Architecture;

/// <summary>
/// A read-only fixture (<see cref="ReadOnlyApiTest"/>) shares its host and database with the others, which is only
/// safe because it cannot write: through the API, the command line or a connection of its own, PostgreSQL refuses, so
/// the data, its versions and the answers a host keeps stay the template's whatever ran before. Creating an API key and
/// using it (its last use noted), which reading as a partner needs, is the one thing allowed.
/// </summary>
public sealed class ReadOnlyFixtureTests : ReadOnlyApiTest
{
    private const string InsufficientPrivilege = "42501";

    [Test]
    public async Task A_write_through_the_API_is_refused_by_the_database_and_changes_nothing()
    {
        var key = await CreateKeyAsync("agency_editor");
        await using var connection = Factory.OpenConnection();
        var point = await connection.QueryFirstAsync<int>("select id from test.etablissement order by id");
        var (notes, version) = await NotesAndVersionAsync(connection);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/test/points/{point}/notes")
        {
            Content = JsonContent.Create(new { text = "vu sur place" }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        var logged = Factory.Logs.Count; // the host's lines so far: it is shared

        using var response = await Client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError), await response.Content.ReadAsStringAsync());
        Assert.That(Factory.Logs.Skip(logged), Has.Some.Contains("permission denied for table etablissement"));
        Assert.That(await NotesAndVersionAsync(connection), Is.EqualTo((notes, version)));
    }

    [TestCase("insert into test.note (etablissement_id, text, scores, parts, actor) select id, 'x', '{}', '[]', 'test' from test.etablissement limit 1")]
    [TestCase("update platform.territory set name = name")]
    [TestCase("delete from platform.indicator_value")]
    [TestCase("select platform.bump_data_version('test')")]
    [TestCase("update platform.api_key set revoked_at = now()")]
    [TestCase("create table platform.scratch (id int)")]
    public void A_connection_of_the_fixture_may_not_write(string sql)
    {
        using var connection = Factory.OpenConnection();
        var refused = Assert.Throws<PostgresException>(() => connection.Execute(sql));
        Assert.That(refused.SqlState, Is.EqualTo(InsufficientPrivilege), refused.MessageText);
    }

    [Test]
    public async Task The_command_line_may_not_write_either()
    {
        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(file, "indicator,territory,period,value\ntest.salaries,commune:62119,2023,12345\n");
            var refused = Assert.ThrowsAsync<PostgresException>(() => CliRunner.RunAsync(Factory.Services, "import", "values", "--file", file));
            Assert.That(refused.SqlState, Is.EqualTo(InsufficientPrivilege), refused.MessageText);
        }
        finally
        {
            File.Delete(file);
        }
        var (status, body) = await GetAsync("/api/v1/indicators/test.salaries/values?territories=commune:62119&period=2023");
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(body, Does.Not.Contain("12345"));
    }

    [Test]
    public async Task A_key_is_created_and_its_use_noted()
    {
        var key = await CreateKeyAsync("partner_reader", "epci:200072460");

        var (status, body) = await GetAsync("/api/v1/me", key);

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), body);
        await using var connection = Factory.OpenConnection();
        Assert.That(await connection.ExecuteScalarAsync<bool>(
            "select last_used_at is not null from platform.api_key where prefix = @prefix", new { prefix = key[4..12] }), Is.True);
    }

    private static async Task<(long Notes, long Version)> NotesAndVersionAsync(NpgsqlConnection connection) =>
        (await connection.ExecuteScalarAsync<long>("select count(*) from test.note"),
         await connection.ExecuteScalarAsync<long>("select coalesce((select version from platform.data_version where domain = 'test'), 0)"));
}
