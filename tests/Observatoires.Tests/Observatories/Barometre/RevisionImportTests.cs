using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Observatories.Barometre;

/// <summary>
/// What the agency does each quarter: it imports URSSAF's new file through the platform's value import (HTTP). A revised
/// quarter then shows "révisé" with the figure it replaced; the new quarter is the provisional one, and the previous one,
/// re-sent as definitive, no longer is.
/// </summary>
public sealed class RevisionImportTests : ApiTest
{
    private const string Call = "epci:246200364", Jobs = "barometre.emploi_prive";
    private string agency = "";

    [OneTimeSetUp]
    public async Task CreateKey() => agency = await CreateKeyAsync("agency_editor");

    private async Task<JsonElement> JobsCardAsync(string quarter)
    {
        var (status, body) = await GetAsync($"/api/v1/barometre/{Call}/{quarter}");
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), body);
        return JsonDocument.Parse(body).RootElement.GetProperty("indicators").EnumerateArray().Single(i => i.Str("key") == "emploi_prive").Clone();
    }

    /// <summary>The CALL's communes and their figure for the quarter, as the agency reads them (secret ones included).</summary>
    private async Task<Dictionary<string, double>> CommunesAsync(string quarter)
    {
        var (status, body) = await GetAsync($"/api/v1/indicators/{Jobs}/values?level=commune&within={Call}&period={quarter}", agency);
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), body);
        return JsonDocument.Parse(body).RootElement.GetProperty("items").EnumerateArray()
            .Where(i => i.GetProperty("value").ValueKind == JsonValueKind.Number)
            .ToDictionary(i => i.GetProperty("territory").Str("id"), i => i.GetProperty("value").GetDouble());
    }

    private async Task ImportAsync(string rows)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/imports/values")
        {
            Content = new MultipartFormDataContent
            {
                { new ByteArrayContent(Encoding.UTF8.GetBytes("indicator,territory,period,value,status\n" + rows)), "file", "urssaf.csv" },
            },
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", agency);
        using var response = await Client.SendAsync(request);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }

    [Test, Order(1)]
    public async Task A_quarter_revised_by_an_import_shows_its_previous_figure()
    {
        var before = await JobsCardAsync("2024-Q2");
        Assert.That(before.GetProperty("revision").ValueKind, Is.EqualTo(JsonValueKind.Null), "the CALL's 2024-Q2 was never revised");
        var communes = await CommunesAsync("2024-Q2");
        var revised = communes.OrderByDescending(c => c.Value).Take(3).ToList();
        await ImportAsync(string.Concat(revised.Select(c => string.Create(CultureInfo.InvariantCulture, $"{Jobs},{c.Key},2024-Q2,{c.Value + 40},definitive\n"))));

        var after = await JobsCardAsync("2024-Q2");
        var later = await JobsCardAsync("2024-Q3");
        Assert.Multiple(() =>
        {
            Assert.That(after.GetProperty("value").GetDouble(), Is.EqualTo(before.GetProperty("value").GetDouble() + 120));
            Assert.That(after.GetProperty("revision").GetProperty("previousValue").GetDouble(), Is.EqualTo(before.GetProperty("value").GetDouble()));
            Assert.That(after.GetProperty("revision").GetProperty("revisedAt").GetDateTimeOffset(),
                Is.EqualTo(DateTimeOffset.UtcNow).Within(TimeSpan.FromMinutes(5)));
            Assert.That(after.GetProperty("series").EnumerateArray().Last().GetProperty("revised").GetBoolean(), Is.True);
            Assert.That(later.GetProperty("quarterOnQuarter").GetProperty("value").GetDouble(), Is.EqualTo(after.GetProperty("value").GetDouble()),
                "the next quarter's change is from the revised figure");
        });
    }

    [Test, Order(2)]
    public async Task A_new_quarter_becomes_the_provisional_one()
    {
        Assert.That((await JobsCardAsync("2024-Q4")).GetProperty("provisional").GetBoolean(), Is.True);
        var communes = await CommunesAsync("2024-Q4");
        var rows = new StringBuilder();
        foreach (var (commune, value) in communes)
        {
            rows.Append(CultureInfo.InvariantCulture, $"{Jobs},{commune},2024-Q4,{value},definitive\n");
            rows.Append(CultureInfo.InvariantCulture, $"{Jobs},{commune},2025-Q1,{value + 1},provisional\n");
        }
        await ImportAsync(rows.ToString());

        var q4 = await JobsCardAsync("2024-Q4");
        var q1 = await JobsCardAsync("2025-Q1");
        Assert.Multiple(() =>
        {
            Assert.That(q4.GetProperty("provisional").GetBoolean(), Is.False);
            Assert.That(q4.GetProperty("revision").ValueKind, Is.EqualTo(JsonValueKind.Null), "the same figure, only its status changed");
            Assert.That(q1.GetProperty("provisional").GetBoolean(), Is.True);
            Assert.That(q1.GetProperty("quarterOnQuarter").GetProperty("change").GetDouble(), Is.EqualTo(communes.Count));
        });
    }
}
