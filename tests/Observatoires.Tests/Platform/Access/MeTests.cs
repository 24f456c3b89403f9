using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Observatoires.Api.Platform.Access.Keys;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Platform.Access;

/// <summary>GET /api/v1/me: who a key is (the web client's sign-in checks a key with it and shows it).</summary>
public sealed class MeTests : ApiTest
{
    private async Task<(HttpStatusCode Status, JsonElement Body, HttpResponseMessage Response)> MeAsync(string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/me");
        if (key is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        var response = await Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone(), response);
    }

    [Test]
    public async Task A_partner_editor_sees_its_name_role_scope_and_communes()
    {
        var (record, key) = await ApiKeys.CreateAsync("CA Hénin-Carvin, service économique", "partner_editor", ["epci:246200299"], null);
        var (status, body, response) = await MeAsync(key);
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), body.ToString());
        Assert.That(body.GetProperty("keyId").GetInt32(), Is.EqualTo(record.Id));
        Assert.That(body.Str("name"), Is.EqualTo("CA Hénin-Carvin, service économique"));
        Assert.That(body.Str("role"), Is.EqualTo("partner_editor"));
        Assert.That(body.GetProperty("editor").GetBoolean(), Is.True);
        Assert.That(body.GetProperty("scope").EnumerateArray().Select(e => e.GetString()), Is.EqualTo(new[] { "epci:246200299" }));
        var communes = body.GetProperty("scopeCommunes").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.That(communes, Has.Count.EqualTo(14), "the 14 communes of the CAHC");
        Assert.That(communes, Is.All.StartWith("commune:62"));
        Assert.That(response.Headers.CacheControl?.NoStore, Is.True, "never cached");
        Assert.That(body.ToString(), Does.Not.Contain(key[..12]), "the key itself never comes back");
    }

    [Test]
    public async Task Readers_and_the_agency_are_not_editors_or_have_no_scope_limit()
    {
        var (_, reader) = await ApiKeys.CreateAsync("Lecteur", "partner_reader", ["epci:200072460"], null);
        var (_, agency) = await ApiKeys.CreateAsync("Agence", "agency_editor", [], null);
        var (_, readerBody, _) = await MeAsync(reader);
        Assert.That(readerBody.Str("role"), Is.EqualTo("partner_reader"));
        Assert.That(readerBody.GetProperty("editor").GetBoolean(), Is.False);
        var (_, agencyBody, _) = await MeAsync(agency);
        Assert.That(agencyBody.Str("role"), Is.EqualTo("agency_editor"));
        Assert.That(agencyBody.GetProperty("editor").GetBoolean(), Is.True);
        Assert.That(agencyBody.GetProperty("scope").GetArrayLength(), Is.Zero);
        Assert.That(agencyBody.GetProperty("scopeCommunes").GetArrayLength(), Is.Zero);
    }

    [Test]
    public async Task Anonymous_callers_and_refused_keys_get_401()
    {
        var (anonymous, problem, response) = await MeAsync(null);
        Assert.That(anonymous, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(problem.Str("detail"), Does.Contain("API key"));
        var (revoked, key) = await ApiKeys.CreateAsync("Révoquée", "partner_editor", [], null);
        await ApiKeys.RevokeAsync(revoked.Id);
        Assert.That((await MeAsync(key)).Status, Is.EqualTo(HttpStatusCode.Unauthorized));
    }
}
