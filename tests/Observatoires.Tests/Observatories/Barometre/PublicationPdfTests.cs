using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Observatoires.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace Observatoires.Tests.Observatories.Barometre;

/// <summary>
/// The barometer's PDF through HTTP, read back with a PDF text extractor as a reader would: two A4 pages with the
/// territory, the quarter and every key figure of the JSON; the Nota-PME figures in the PDF of a partner whose scope
/// covers the territory and in no one else's (anonymous, another EPCI's partner), including from the cache; bad input.
/// Needs Chromium and the web client's print bundle (./observatoires test installs and builds both first).
/// </summary>
public sealed class PublicationPdfTests() : ReadOnlyApiTest(new Dictionary<string, string?> { ["Observatoires:Pdf:TimeoutSeconds"] = "60" })
{
    private const string Cabbalr = "epci:200072460";
    private const string Call = "epci:246200364";
    private const string Quarter = "2024-Q3";
    private static readonly string Pdf = $"/api/v1/barometre/{Cabbalr}/{Quarter}.pdf";
    private static readonly string Json = $"/api/v1/barometre/{Cabbalr}/{Quarter}";

    private string partner = "";
    private string otherPartner = "";

    [OneTimeSetUp]
    public async Task Keys()
    {
        Assume.That(File.Exists("/usr/bin/chromium"), Is.True, "Chromium is not installed (./observatoires test installs it)");
        Assume.That(File.Exists(Repository.File("web/dist/print/barometre.js")), Is.True, "the print bundle is not built (npm run build in web/)");
        partner = await CreateKeyAsync("partner_reader", Cabbalr);
        otherPartner = await CreateKeyAsync("partner_reader", Call);
    }

    private async Task<(HttpResponseMessage Response, byte[] Body)> SendAsync(string url, string? key = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (key is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        var response = await Client.SendAsync(request);
        return (response, await response.Content.ReadAsByteArrayAsync());
    }

    /// <summary>A PDF's pages as text without spaces: extractors differ on where a space is, never on the letters.</summary>
    private static List<string> PagesOf(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages().Select(p => Squeeze(p.Text))];
    }

    private static string Squeeze(string text) =>
        new([.. text.Where(c => !char.IsWhiteSpace(c) && c != '\u202f' && c != '\u00a0').Select(c => c == '\u2212' ? '-' : c)]);

    private async Task<JsonElement> BarometerAsync(string? key)
    {
        var (status, body) = await GetAsync(Json, key);
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), body);
        return JsonDocument.Parse(body).RootElement;
    }

    private static JsonElement Nota(JsonElement barometer) =>
        barometer.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("key").GetString() == "nota_pme");

    [Test]
    public async Task The_PDF_has_two_A4_pages_with_the_territory_the_quarter_and_every_key_figure()
    {
        var barometer = await BarometerAsync(null);
        var (response, body) = await SendAsync(Pdf);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), System.Text.Encoding.UTF8.GetString(body));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/pdf"));
        Assert.That(response.Content.Headers.ContentDisposition?.ToString(),
            Is.EqualTo($"attachment; filename=\"barometre-epci-200072460-{Quarter}.pdf\""));
        using (var document = PdfDocument.Open(body))
        {
            Assert.That(document.NumberOfPages, Is.EqualTo(2));
            Assert.That(document.GetPages().Select(p => (Math.Round(p.Width), Math.Round(p.Height))), Is.All.EqualTo((595.0, 842.0)));
        }
        var pages = PagesOf(body);
        var territory = barometer.GetProperty("territory").GetProperty("name").GetString()!;
        var keyFigures = barometer.GetProperty("keyFigures").EnumerateArray().ToList();
        Assert.That(keyFigures, Has.Count.InRange(3, 5));
        Assert.Multiple(() =>
        {
            Assert.That(pages[0], Does.Contain(Squeeze(territory)));
            Assert.That(pages[0], Does.Contain(Squeeze("3e trimestre 2024")));
            foreach (var figure in keyFigures)
                Assert.That(pages[0], Does.Contain(Squeeze(figure.GetProperty("value").GetString()! + figure.GetProperty("label").GetString()!)));
            Assert.That(pages[0], Does.Contain("Emploisalariéprivé"));
            Assert.That(pages[1], Does.Contain("Défaillancesd'entreprises").Or.Contain("Défaillancesd’entreprises"));
            Assert.That(pages[1], Does.Contain(Squeeze("Agence d’urbanisme de l’Artois")));
        });
    }

    [Test]
    public async Task The_Nota_PME_figures_are_in_the_PDF_of_a_partner_in_scope_and_in_no_other()
    {
        var nota = Nota(await BarometerAsync(partner));
        Assert.That(nota.GetProperty("status").GetString(), Is.EqualTo("ok"));
        var labels = nota.GetProperty("classes").EnumerateArray().Select(c => Squeeze(c.GetProperty("label").GetString()!)).ToList();
        Assert.That(labels, Is.Not.Empty);
        var companies = nota.GetProperty("classes").EnumerateArray()
            .Select(c => Squeeze(c.GetProperty("companies").GetDouble().ToString("N0", new System.Globalization.CultureInfo("fr-FR")))).ToList();

        var (inScope, inScopeBody) = await SendAsync(Pdf, partner);
        var (anonymous, anonymousBody) = await SendAsync(Pdf);
        var (otherEpci, otherBody) = await SendAsync(Pdf, otherPartner);
        // Asked again: served from the cache, which must not mix them up either.
        var (_, anonymousAgain) = await SendAsync(Pdf);
        var (_, inScopeAgain) = await SendAsync(Pdf, partner);

        Assert.That(new[] { inScope.StatusCode, anonymous.StatusCode, otherEpci.StatusCode }, Is.All.EqualTo(HttpStatusCode.OK));
        var withFigures = string.Concat(PagesOf(inScopeBody));
        Assert.Multiple(() =>
        {
            Assert.That(withFigures, Does.Contain(Squeeze("Entreprises par classe de risque")));
            foreach (var label in labels)
                Assert.That(withFigures, Does.Contain(label));
            Assert.That(withFigures, Does.Not.Contain(Squeeze("Données réservées aux partenaires")));
            Assert.That(string.Concat(PagesOf(inScopeAgain)), Is.EqualTo(withFigures));
        });
        foreach (var (who, pdf) in new[] { ("anonymous", anonymousBody), ("another EPCI's partner", otherBody), ("anonymous, cached", anonymousAgain) })
        {
            var text = string.Concat(PagesOf(pdf));
            Assert.Multiple(() =>
            {
                Assert.That(text, Does.Contain(Squeeze("Données réservées aux partenaires")), who);
                Assert.That(text, Does.Not.Contain(Squeeze("Entreprises par classe de risque")), who);
                foreach (var label in labels)
                    Assert.That(text, Does.Not.Contain(label), who);
            });
        }
        Assert.That(companies, Is.Not.Empty);
    }

    [TestCase("2024-Q5")]
    [TestCase("2024")]
    [TestCase("abc")]
    public async Task A_malformed_quarter_is_a_400_naming_the_quarter(string quarter)
    {
        var (response, body) = await SendAsync($"/api/v1/barometre/{Cabbalr}/{quarter}.pdf");
        var text = System.Text.Encoding.UTF8.GetString(body);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), text);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(JsonDocument.Parse(text).RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("name").GetString()),
            Is.EqualTo(new[] { "quarter" }));
    }

    [Test]
    public async Task An_unknown_territory_or_a_quarter_without_data_is_a_404_problem()
    {
        var (unknown, _) = await SendAsync($"/api/v1/barometre/epci:999999999/{Quarter}.pdf");
        var (noData, body) = await SendAsync($"/api/v1/barometre/{Cabbalr}/2001-Q1.pdf");
        Assert.Multiple(() =>
        {
            Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(noData.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(System.Text.Encoding.UTF8.GetString(body), Does.Contain("quarters run from"));
        });
    }
}

/// <summary>A server without Chromium: the PDF route says so with a 503 problem, never a 500; the JSON still answers.</summary>
public sealed class PublicationPdfWithoutChromiumTests()
    : ReadOnlyApiTest(new Dictionary<string, string?> { ["Observatoires:Pdf:Chromium"] = "/nonexistent/chromium" })
{
    [Test]
    public async Task The_PDF_is_a_503_problem_saying_Chromium_is_missing()
    {
        using var response = await Client.GetAsync("/api/v1/barometre/epci:200072460/2024-Q3.pdf");
        var body = await response.Content.ReadAsStringAsync();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable), body);
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(body, Does.Contain("Chromium is missing"));
            Assert.That(response.Headers.RetryAfter, Is.Not.Null);
        });
        var (status, _) = await GetAsync("/api/v1/barometre/epci:200072460/2024-Q3");
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
    }
}
