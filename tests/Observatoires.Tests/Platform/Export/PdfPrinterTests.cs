using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Observatoires.Api.Platform.Export.Pdf;
using UglyToad.PdfPig;

namespace Observatoires.Tests.Platform.Export;

/// <summary>
/// The platform's PDF printer with Debian's Chromium (installed by ./observatoires test): a self-contained HTML file in,
/// the pages and the text a reader extracts out; the data stays data; a print that hangs is killed; nothing is left
/// behind; without Chromium, a clear refusal.
/// </summary>
public sealed class PdfPrinterTests
{
    private const string TwoPages = """
        @page { size: A4; margin: 10mm; }
        section { height: 100mm; }
        section + section { break-before: page; }
        """;

    /// <summary>Renders the JSON's "pages" as one section each, as a print bundle would.</summary>
    private const string Renderer = """
        const data = JSON.parse(document.getElementById('publication-data').textContent);
        for (const text of data.pages) { const s = document.createElement('section'); s.textContent = text; document.body.append(s); }
        """;

    private static PdfPrinter Printer(string? chromium = null, int timeoutSeconds = 30) =>
        new(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Observatoires:Pdf:Chromium"] = chromium ?? "/usr/bin/chromium",
            ["Observatoires:Pdf:TimeoutSeconds"] = timeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }).Build(), NullLogger<PdfPrinter>.Instance);

    private static PdfPrinter Chromium()
    {
        var printer = Printer();
        if (!printer.IsAvailable)
            Assert.Ignore("Chromium is not installed at /usr/bin/chromium (./observatoires test installs it)");
        return printer;
    }

    private static string[] TempFolders() =>
        Directory.GetDirectories(Path.GetTempPath(), "observatoires-pdf-*");

    private static List<string> PagesOf(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages().Select(p => p.Text)];
    }

    [Test]
    public async Task Prints_the_pages_the_document_renders_from_its_data_on_A4()
    {
        var html = PrintDocument.Compose("Essai", """{"pages":["Premiere page du document","Seconde page du document"]}""", TwoPages, Renderer);
        var pdf = await Chromium().PrintAsync(html, CancellationToken.None);

        using var document = PdfDocument.Open(pdf);
        Assert.That(document.NumberOfPages, Is.EqualTo(2));
        var first = document.GetPage(1);
        Assert.Multiple(() =>
        {
            Assert.That(first.Text, Does.Contain("Premiere page du document"));
            Assert.That(document.GetPage(2).Text, Does.Contain("Seconde page du document"));
            // A4 in points (210 × 297 mm), without Chromium's header and footer (no URL, no date printed).
            Assert.That(first.Width, Is.EqualTo(595).Within(1));
            Assert.That(first.Height, Is.EqualTo(842).Within(1));
            Assert.That(first.Text, Does.Not.Contain("file:"));
        });
    }

    [Test]
    public async Task Data_that_looks_like_markup_is_printed_as_text_and_never_run()
    {
        const string attack = "</script><script>document.body.textContent='PWNED'</script><!--";
        var json = System.Text.Json.JsonSerializer.Serialize(new { pages = new[] { attack } });
        var pdf = await Chromium().PrintAsync(PrintDocument.Compose("<b>titre</b>", json, TwoPages, Renderer), CancellationToken.None);

        var text = string.Join("\n", PagesOf(pdf));
        Assert.That(text, Does.Contain("</script><script>document.body.textContent='PWNED'</script><!--"));
        Assert.That(text.Replace(attack, "", StringComparison.Ordinal), Does.Not.Contain("PWNED"));
    }

    [Test]
    public async Task A_document_that_reaches_for_the_network_gets_nothing()
    {
        // A listener where the document tries to call: the file's Content-Security-Policy forbids every request, so
        // Chromium never even connects (without the policy it does, and the page would say FETCHED).
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
            var fetcher = $$"""
                const s = document.createElement('section'); document.body.append(s);
                try { const x = new XMLHttpRequest(); x.open('GET', 'http://127.0.0.1:{{port}}/secret', false); x.send(); s.textContent = 'FETCHED'; }
                catch (e) { s.textContent = 'REFUSED'; }
                const i = document.createElement('img'); i.src = 'http://127.0.0.1:{{port}}/pixel.png'; document.body.append(i);
                """;
            var pdf = await Chromium().PrintAsync(PrintDocument.Compose("x", "{}", TwoPages, fetcher), CancellationToken.None);
            Assert.Multiple(() =>
            {
                Assert.That(PagesOf(pdf)[0], Does.Contain("REFUSED"));
                Assert.That(listener.Pending(), Is.False, "Chromium connected to the network");
            });
        }
        finally
        {
            listener.Stop();
        }
    }

    [Test]
    public async Task A_print_that_hangs_is_killed_at_the_timeout_and_leaves_nothing_behind()
    {
        _ = Chromium();
        var before = TempFolders();
        var html = PrintDocument.Compose("x", "{}", TwoPages, "for (;;) {}");
        var clock = Stopwatch.StartNew();

        var refused = Assert.ThrowsAsync<PdfUnavailableException>(() => Printer(timeoutSeconds: 3).PrintAsync(html, CancellationToken.None));

        Assert.Multiple(() =>
        {
            Assert.That(refused!.Message, Does.Contain("longer than 3 s"));
            Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(15)));
            Assert.That(TempFolders().Except(before), Is.Empty, "the temporary folder is removed");
        });
        // The killed Chromium's process tree is gone: no process still prints from that folder.
        var stillPrinting = Process.GetProcessesByName("chromium").Where(p => !p.HasExited).ToList();
        Assert.That(stillPrinting.Select(CommandLineOf).Where(c => c.Contains("observatoires-pdf-", StringComparison.Ordinal) && before.All(b => !c.Contains(b, StringComparison.Ordinal))), Is.Empty);
    }

    [Test]
    public async Task Several_prints_at_once_all_succeed_two_at_a_time_and_leave_no_folder()
    {
        var printer = Chromium();
        var before = TempFolders();
        var html = PrintDocument.Compose("x", """{"pages":["Une","Deux"]}""", TwoPages, Renderer);

        var pdfs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => printer.PrintAsync(html, CancellationToken.None)));

        Assert.That(pdfs.Select(p => PagesOf(p).Count), Is.All.EqualTo(2));
        Assert.That(TempFolders().Except(before), Is.Empty);
    }

    [Test]
    public void Without_Chromium_printing_is_refused_with_the_reason()
    {
        var printer = Printer(chromium: "/nonexistent/chromium");
        Assert.That(printer.IsAvailable, Is.False);
        var refused = Assert.ThrowsAsync<PdfUnavailableException>(() => printer.PrintAsync("<p>x</p>", CancellationToken.None));
        Assert.That(refused!.Message, Does.Contain("Chromium is missing (/nonexistent/chromium)"));
    }

    [Test]
    public void The_data_and_the_code_cannot_close_their_element()
    {
        var html = PrintDocument.Compose("a&b", """{"t":"</script>"}""", "p::after { content: '</style>' }", "const s = '</script>';");
        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("""{"t":"\u003c/script>"}"""));
            Assert.That(html, Does.Contain("const s = '<\\/script>';"));
            Assert.That(html, Does.Contain("content: '<\\/style>'"));
            Assert.That(html, Does.Contain("<title>a&amp;b</title>"));
            // Exactly the two script elements and the one style element the file is made of.
            Assert.That(System.Text.RegularExpressions.Regex.Matches(html, "</script>").Count, Is.EqualTo(2));
            Assert.That(System.Text.RegularExpressions.Regex.Matches(html, "</style>").Count, Is.EqualTo(1));
        });
    }

    private static string CommandLineOf(Process process)
    {
        try
        {
            return File.ReadAllText($"/proc/{process.Id}/cmdline").Replace('\0', ' ');
        }
        catch (IOException)
        {
            return "";
        }
    }
}
