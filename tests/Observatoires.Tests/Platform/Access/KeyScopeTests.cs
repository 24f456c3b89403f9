using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Observatoires.Api.Platform.Access.Keys;
using Observatoires.Api.Platform.Data;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Platform.Access;

/// <summary>
/// Only partner keys take a scope: agency staff see and edit everything, so a scope on their key would be shown
/// (keys list, /me) and not applied. Such a key cannot be created, and one created before the rule cannot be used.
/// </summary>
public sealed class KeyScopeTests : ApiTest
{
    private const string Lens = "commune:62498", Bethune = "commune:62119";
    private async Task<int> KeyCountAsync()
    {
        await using var connection = Factory.OpenConnection();
        return await connection.ExecuteScalarAsync<int>("select count(*) from platform.api_key");
    }

    [TestCase("agency_editor")]
    [TestCase("admin")]
    public async Task The_command_refuses_a_scope_on_an_agency_key_and_says_why(string role)
    {
        var before = await KeyCountAsync();
        var (exitCode, output) = await CliRunner.RunAsync(Factory.Services, "keys", "create", "--name", "Agence, Lens", "--role", role, "--scope", Lens);
        Assert.That(exitCode, Is.EqualTo(2), output);
        Assert.That(output, Does.Contain("--scope").And.Contain(role).And.Contain("partner_editor"),
            "the message names the option, the role, and what to use instead");
        Assert.That(output, Does.Not.Match("obs_[A-Za-z0-9]{8}_"), "no key printed");
        Assert.That(await KeyCountAsync(), Is.EqualTo(before), "no key created");

        var (unscoped, created) = await CliRunner.RunAsync(Factory.Services, "keys", "create", "--name", "Agence", "--role", role);
        Assert.That(unscoped, Is.Zero, created);
        Assert.That(created, Does.Contain("the whole territory"));
        var (partner, partnerOutput) = await CliRunner.RunAsync(Factory.Services, "keys", "create", "--name", "Ville de Lens", "--role", "partner_editor", "--scope", Lens);
        Assert.That(partner, Is.Zero, partnerOutput);
    }

    [Test]
    public async Task No_path_stores_a_scoped_agency_key()
    {
        Assert.ThrowsAsync<ArgumentException>(() => ApiKeys.CreateAsync("Agence, Lens", "agency_editor", [Lens], null));
        await using var connection = Factory.OpenConnection();
        var error = Assert.ThrowsAsync<PostgresException>(() => connection.ExecuteAsync("""
            insert into platform.api_key (prefix, hash, name, role, scope) values ('AAAAAAAA', decode(repeat('00', 32), 'hex'), 'Agence, Lens', 'admin', '{commune:62498}')
            """));
        Assert.That(error!.SqlState, Is.EqualTo(PostgresErrorCodes.CheckViolation));
    }

    [Test]
    public async Task An_agency_key_scoped_before_the_rule_is_revoked_with_a_reason_and_edits_nothing()
    {
        // The key of the report: an agency editor "scoped to Lens", stored before the rule existed.
        var (record, key) = await ApiKeys.CreateAsync("Agence, antenne de Lens", "partner_editor", [Lens], null);
        await using (var connection = Factory.OpenConnection())
        {
            await connection.ExecuteAsync("alter table platform.api_key drop constraint if exists api_key_agency_roles_have_no_scope");
            await connection.ExecuteAsync("update platform.api_key set role = 'agency_editor' where id = @Id", new { record.Id });
            await connection.ExecuteAsync("delete from platform.schema_migrations where name like '%agency_keys_have_no_scope%'");
        }
        await Factory.Services.GetRequiredService<Migrator>().MigrateAsync();

        var establishment = await EstablishmentInAsync(Bethune);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/test/points/{establishment}/notes")
        {
            Content = JsonContent.Create(new { text = "vu sur place" }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await Client.SendAsync(request);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "an object in Béthune: " + await response.Content.ReadAsStringAsync());
        Assert.That(response.Headers.WwwAuthenticate.ToString(), Does.Contain("revoked"));

        await using var check = Factory.OpenConnection();
        var reason = await check.QuerySingleOrDefaultAsync<string>(
            "select after->>'reason' from platform.audit_log where action = 'key_revoke' and entity_id = @id",
            new { id = record.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.That(reason, Does.Contain("scope"), "the audit log says why the key was revoked");
        Assert.That(await check.ExecuteScalarAsync<int>("select count(*) from test.note"), Is.Zero, "it wrote nothing");
        var (_, list) = await CliRunner.RunAsync(Factory.Services, "keys", "list");
        Assert.That(list.Split('\n').Single(l => l.Contains("antenne de Lens", StringComparison.Ordinal)), Does.Contain("revoked"));
    }

    [Test]
    public async Task Me_shows_an_agency_key_unscoped_as_it_is_applied()
    {
        var (_, key) = await ApiKeys.CreateAsync("Agence", "agency_editor", [], null);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/me");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await Client.SendAsync(request);
        var me = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.That(me.GetProperty("scope").GetArrayLength(), Is.Zero);
        Assert.That(me.GetProperty("scopeCommunes").GetArrayLength(), Is.Zero);
        Assert.That(me.GetProperty("editor").GetBoolean(), Is.True);
    }

    private async Task<int> EstablishmentInAsync(string commune)
    {
        await using var connection = Factory.OpenConnection();
        return await connection.QueryFirstAsync<int>("select id from test.etablissement where commune_id = @commune order by id", new { commune });
    }
}
