using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Dapper;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Observatories.Emploi;

/// <summary>The agency loads a BMO table: all or nothing, each EPCI-year replaced whole, for the agency only, audited.</summary>
public sealed class TensionImportTests : ApiTest
{
    private const string Cabbalr = "epci:200072460";
    private string agency = null!, partner = null!;

    [OneTimeSetUp]
    public async Task Keys()
    {
        agency = await CreateKeyAsync("agency_editor");
        partner = await CreateKeyAsync("partner_editor", Cabbalr);
    }

    private async Task<(HttpStatusCode Status, string Body)> ImportAsync(string csv, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/emploi/tension/import")
        {
            Content = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", "bmo.csv" } },
        };
        if (key is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await Client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task A_file_replaces_its_EPCI_years_table_and_the_page_reads_it_back()
    {
        const string csv = """
            epci;annee;metier;libelle;secteur;projets;difficiles;saisonniers
            200072460;2024;macons;Maçons;construction;40;30;2
            epci:200072460;2024;aides_domicile;Aides à domicile;sante_social;60;45;0
            """;
        Assert.That((await ImportAsync(csv, null)).Status, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await ImportAsync(csv, partner)).Status, Is.EqualTo(HttpStatusCode.Forbidden), "a partner editor, even in its scope");
        var (status, body) = await ImportAsync(csv, agency);
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), body);
        var answer = JsonDocument.Parse(body).RootElement;
        Assert.That(answer.GetProperty("lines").GetInt32(), Is.EqualTo(2));
        Assert.That(answer.GetProperty("replaced").GetInt32(), Is.EqualTo(21), "the demo table's 21 occupations");

        var table = await Client.GetJsonAsync($"/api/v1/emploi/tension/{Cabbalr}?year=2024");
        Assert.Multiple(() =>
        {
            Assert.That(table.GetProperty("demo").GetBoolean(), Is.False);
            Assert.That(table.GetProperty("projects").GetInt64(), Is.EqualTo(100));
            Assert.That(table.GetProperty("tensionIndex").GetDouble(), Is.EqualTo(75), "(30 + 45) ÷ (40 + 60) × 100");
            Assert.That(table.GetProperty("occupations").EnumerateArray().Select(o => o.Str("occupation")), Is.EqualTo(new[] { "aides_domicile", "macons" }),
                "both at 75 %: more projects first");
        });
        // The other years keep their demo tables.
        Assert.That((await Client.GetJsonAsync($"/api/v1/emploi/tension/{Cabbalr}?year=2023")).GetProperty("demo").GetBoolean(), Is.True);
        await using var connection = Factory.OpenConnection();
        Assert.That(await connection.ExecuteScalarAsync<int>("select count(*) from platform.audit_log where action = 'emploi_tension_import'"), Is.EqualTo(1));
    }

    [Test]
    public async Task A_file_with_problems_is_refused_with_their_lines_and_changes_nothing()
    {
        const string csv = """
            epci;annee;metier;libelle;secteur;projets;difficiles;saisonniers
            246200364;2023;macons;Maçons;construction;40;50;2
            999999999;2023;couvreurs;Couvreurs;construction;10;5;0
            246200364;2023;cuisiniers;Cuisiniers;restauration;10;5;0
            """;
        var before = await Client.GetJsonAsync("/api/v1/emploi/tension/epci:246200364?year=2023");
        var (status, body) = await ImportAsync(csv, agency);
        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest), body);
        var reasons = JsonDocument.Parse(body).RootElement.GetProperty("errors").EnumerateArray().Select(e => e.Str("reason")).ToList();
        Assert.That(reasons, Has.Count.EqualTo(3));
        Assert.That(reasons[0], Does.StartWith("line 2: difficiles '50'"));
        Assert.That(reasons[1], Does.StartWith("line 3: epci '999999999'"));
        Assert.That(reasons[2], Does.StartWith("line 4: secteur 'restauration'"));
        var after = await Client.GetJsonAsync("/api/v1/emploi/tension/epci:246200364?year=2023");
        Assert.That(after.GetProperty("projects").GetInt64(), Is.EqualTo(before.GetProperty("projects").GetInt64()));
    }
}
