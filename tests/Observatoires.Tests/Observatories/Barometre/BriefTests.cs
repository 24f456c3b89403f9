using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Observatories.Barometre;

/// <summary>
/// The agency's brief of a quarter: only agency keys write it (401 anonymous, 403 partner), created with If-None-Match: *,
/// replaced with If-Match (412 on a stale version, with the current one), every version kept in the history and audited,
/// and the barometer shows the current one.
/// </summary>
public sealed class BriefTests : ApiTest
{
    private const string Pma = "groupement:pma", Url = "/api/v1/barometre/groupement:pma/2024-Q3/brief";
    private string agency = "", partner = "", admin = "";

    [OneTimeSetUp]
    public async Task CreateKeys()
    {
        agency = await CreateKeyAsync("agency_editor");
        partner = await CreateKeyAsync("partner_editor", "epci:200072460");
        admin = await CreateKeyAsync("admin");
    }

    private async Task<HttpResponseMessage> PutAsync(string url, object body, string? key, string? ifMatch = null, string? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body) };
        if (key is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        if (ifMatch is not null)
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        if (ifNoneMatch is not null)
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        return await Client.SendAsync(request);
    }

    [Test]
    public async Task Only_the_agency_writes_a_brief()
    {
        var url = "/api/v1/barometre/epci:200072460/2024-Q1/brief";
        using var anonymous = await PutAsync(url, new { text = "Texte" }, null, ifNoneMatch: "*");
        using var partnerAnswer = await PutAsync(url, new { text = "Texte" }, partner, ifNoneMatch: "*");
        Assert.Multiple(() =>
        {
            Assert.That(anonymous.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(partnerAnswer.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), "even on its own territory");
        });
        var history = await Client.GetJsonAsync($"{url}/history");
        Assert.That(history.GetProperty("items").GetArrayLength(), Is.Zero);
    }

    [Test]
    public async Task A_brief_is_created_replaced_with_its_version_kept_and_shown_in_the_barometer()
    {
        using (var withoutPrecondition = await PutAsync(Url, new { text = "Premier jet." }, agency))
            await withoutPrecondition.ProblemAsync(HttpStatusCode.PreconditionRequired);

        using var created = await PutAsync(Url, new { text = "L'emploi privé progresse.\n\nLes défaillances restent élevées." }, agency, ifNoneMatch: "*");
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.OK), await created.Content.ReadAsStringAsync());
        var firstETag = created.Headers.ETag!.ToString();

        using (var secondCreation = await PutAsync(Url, new { text = "Un autre premier jet." }, admin, ifNoneMatch: "*"))
            await secondCreation.ProblemAsync(HttpStatusCode.PreconditionFailed);

        using var replaced = await PutAsync(Url, new { text = "L'emploi privé progresse encore.\n\nLes défaillances restent élevées." }, admin, ifMatch: firstETag);
        Assert.That(replaced.StatusCode, Is.EqualTo(HttpStatusCode.OK), await replaced.Content.ReadAsStringAsync());

        using var stale = await PutAsync(Url, new { text = "Écrit sur la première version." }, agency, ifMatch: firstETag);
        var problem = await stale.ProblemAsync(HttpStatusCode.PreconditionFailed);

        var history = await Client.GetJsonAsync($"{Url}/history");
        var barometer = await Client.GetJsonAsync($"/api/v1/barometre/{Pma}/2024-Q3");
        var (auditStatus, audit) = await GetAsync("/api/v1/admin/audit?limit=20", admin);
        using var current = await Client.GetAsync(Url);

        Assert.Multiple(() =>
        {
            Assert.That(problem.GetProperty("current").GetProperty("version").GetInt32(), Is.EqualTo(2), "the 412 gives the current version");
            var items = history.GetProperty("items").EnumerateArray().ToList();
            Assert.That(items.Select(i => i.GetProperty("version").GetInt32()), Is.EqualTo(new[] { 2, 1 }), "newest first");
            Assert.That(items[1].Str("text"), Is.EqualTo("L'emploi privé progresse.\n\nLes défaillances restent élevées."));
            var brief = barometer.GetProperty("brief");
            Assert.That(brief.GetProperty("version").GetInt32(), Is.EqualTo(2));
            Assert.That(brief.Str("text"), Does.StartWith("L'emploi privé progresse encore."));
            Assert.That(brief.Str("updatedBy"), Does.StartWith("Agence (clé "));
            Assert.That(auditStatus, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(System.Text.RegularExpressions.Regex.Matches(audit, "barometre_brief").Count, Is.EqualTo(2), "both saves are audited");
            Assert.That(current.Headers.ETag!.ToString(), Is.EqualTo(replaced.Headers.ETag!.ToString()));
        });
    }

    [TestCase("")]
    [TestCase("   ")]
    public async Task An_empty_text_is_a_400_on_the_text(string text)
    {
        using var response = await PutAsync("/api/v1/barometre/epci:246200364/2024-Q2/brief", new { text }, agency, ifNoneMatch: "*");
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").EnumerateArray().Select(e => e.Str("name")), Does.Contain("text"));
    }

    [Test]
    public async Task A_text_over_4000_characters_and_a_bad_quarter_are_400s()
    {
        using var tooLong = await PutAsync("/api/v1/barometre/epci:246200364/2024-Q2/brief", new { text = new string('a', 4001) }, agency, ifNoneMatch: "*");
        await tooLong.ProblemAsync(HttpStatusCode.BadRequest);
        using var badQuarter = await PutAsync("/api/v1/barometre/epci:246200364/2024-Q9/brief", new { text = "Texte" }, agency, ifNoneMatch: "*");
        var problem = await badQuarter.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").EnumerateArray().Select(e => e.Str("name")), Does.Contain("quarter"));
        using var unknown = await PutAsync("/api/v1/barometre/epci:999999999/2024-Q2/brief", new { text = "Texte" }, agency, ifNoneMatch: "*");
        await unknown.ProblemAsync(HttpStatusCode.NotFound);
    }
}
