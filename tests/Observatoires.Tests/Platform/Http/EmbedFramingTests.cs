using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Observatoires.Api.Platform.Http;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Platform.Http;

/// <summary>
/// The embed pages (/embed/…) may be framed by this site and by the origins the agency lists in
/// Observatoires:Embed:AllowedOrigins, and by nobody else; every other path (the API, Scalar, the OGC API, the
/// portal's pages) keeps refusing to be framed at all. A listed value that is not an origin stops start-up.
/// </summary>
public sealed class EmbedFramingTests() : ReadOnlyApiTest(new Dictionary<string, string?>
{
    // One origin as written by hand (upper case, default port, trailing slash), one on a port of its own.
    ["Observatoires:Embed:AllowedOrigins:0"] = "HTTPS://www.Partenaire-Transports.example:443/",
    ["Observatoires:Embed:AllowedOrigins:1"] = "http://127.0.0.1:8194",
})
{
    private const string EmbedPage = "/embed/test/points?territory=epci:200072460";

    private static string Csp(HttpResponseMessage response) => response.Headers.GetValues("Content-Security-Policy").Single();

    private static string FrameAncestors(HttpResponseMessage response) =>
        Csp(response).Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("frame-ancestors ", StringComparison.Ordinal));

    [Test]
    public async Task An_embed_page_may_be_framed_by_this_site_and_the_listed_origins_only()
    {
        using var response = await Client.GetAsync(EmbedPage);
        Assert.That(FrameAncestors(response), Is.EqualTo("frame-ancestors 'self' https://www.partenaire-transports.example http://127.0.0.1:8194"));
        Assert.That(response.Headers.Contains("X-Frame-Options"), Is.False, "X-Frame-Options cannot name origins: it would refuse them");
        // The rest of the policy is the client's usual one: scripts from this site only.
        Assert.That(Csp(response), Does.Contain("script-src 'self';").And.Contain("default-src 'self'").And.Not.Contain("unsafe-eval"));
        Assert.That(response.Headers.GetValues("X-Content-Type-Options").Single(), Is.EqualTo("nosniff"));
    }

    [TestCase("/")]
    [TestCase("/essai?n=5")]
    [TestCase("/territories/epci:200072460")]
    [TestCase("/api/v1/observatories")]
    [TestCase("/api/v1/territories?level=epci")]
    [TestCase("/ogc/collections")]
    [TestCase("/openapi/v1.json")]
    [TestCase("/scalar/")]
    [TestCase("/health")]
    [TestCase("/embed")]
    [TestCase("/embed/")]
    [TestCase("/embed.html")]
    [TestCase("/embedded/test/points")]
    [TestCase("/EMBED/test/points")]
    [TestCase("/api/v1/embed/test")]
    [TestCase("/assets/missing-file.js")]
    public async Task Every_other_path_refuses_to_be_framed(string path)
    {
        using var response = await Client.GetAsync(path);
        Assert.That(FrameAncestors(response), Is.EqualTo("frame-ancestors 'none'"), path);
        Assert.That(response.Headers.GetValues("X-Frame-Options").Single(), Is.EqualTo("DENY"), path);
        Assert.That(Csp(response), Does.Not.Contain("partenaire").And.Not.Contain("8194"), path);
    }

    // Kestrel decodes the path but keeps the request line: an encoded /%65mbed/… would be framed as an embed page while
    // the web client, reading its address as written, runs as the full site (with the editor's session).
    [TestCase("/embed/test/points", "/embed/test/points", true)]
    [TestCase("/embed/test/points", "/%65mbed/test/points", false)]
    [TestCase("/embed/test/points", "/emb%65d/test/points", false)]
    [TestCase("/embed/test/points", "/embed%2Ftest/points", false)]
    public void An_embed_page_is_one_asked_for_as_embed_in_the_request_line(string path, string requestLine, bool embed)
    {
        var context = new DefaultHttpContext();
        context.Request.Path = path;
        context.Features.Get<IHttpRequestFeature>()!.RawTarget = requestLine;
        Assert.That(EmbedFraming.IsEmbedPage(context), Is.EqualTo(embed));
    }

    [Test]
    public async Task An_embed_page_is_the_client_without_the_portals_header_and_footer()
    {
        Assume.That(File.Exists(Repository.File("web/dist/embed.html")), Is.True, "web/dist is not built (npm run build in web/)");
        using var response = await Client.GetAsync(EmbedPage);
        var html = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("text/html"));
        Assert.That(html, Does.Contain("<html lang=\"fr\"").And.Contain("id=\"app\""));
        Assert.That(html, Does.Not.Contain("site-header").And.Not.Contain("site-footer").And.Not.Contain("Menu principal"));

        using var portalPage = await Client.GetAsync("/territories/epci:200072460");
        Assert.That(await portalPage.Content.ReadAsStringAsync(), Does.Contain("site-header"), "the full page keeps its chrome");
    }

    [Test]
    public async Task Without_listed_origins_an_embed_page_is_framed_by_this_site_only()
    {
        await using var factory = await ReadOnlyHosts.StartAsync();
        using var client = factory.CreateClient();
        using var embed = await client.GetAsync(EmbedPage);
        Assert.That(FrameAncestors(embed), Is.EqualTo("frame-ancestors 'self'"));
        Assert.That(embed.Headers.Contains("X-Frame-Options"), Is.False);
        using var api = await client.GetAsync("/api/v1/observatories");
        Assert.That(FrameAncestors(api), Is.EqualTo("frame-ancestors 'none'"));
        Assert.That(api.Headers.GetValues("X-Frame-Options").Single(), Is.EqualTo("DENY"));
    }

    [Test]
    public async Task Origins_may_be_one_comma_separated_value_and_a_wrong_one_stops_start_up()
    {
        await using (var factory = await ReadOnlyHosts.StartAsync(new Dictionary<string, string?>
        {
            [EmbedFraming.Setting] = "https://a.example, http://b.example:8080,https://a.example",
        }))
        {
            using var client = factory.CreateClient();
            using var embed = await client.GetAsync(EmbedPage);
            Assert.That(FrameAncestors(embed), Is.EqualTo("frame-ancestors 'self' https://a.example http://b.example:8080"));
        }

        var error = Assert.ThrowsAsync<InvalidOperationException>(async () => await (await ReadOnlyHosts.StartAsync(
            new Dictionary<string, string?> { [$"{EmbedFraming.Setting}:0"] = "https://www.reseau-partenaire.fr/carte" })).DisposeAsync());
        Assert.That(error!.Message, Does.Contain(EmbedFraming.Setting).And.Contain("'https://www.reseau-partenaire.fr/carte' is not an origin"));
    }

    [TestCase("*")]
    [TestCase("https://*.reseau-partenaire.fr")]
    [TestCase("'self'")]
    [TestCase("'none'")]
    [TestCase("https:")]
    [TestCase("www.reseau-partenaire.fr")]
    [TestCase("ftp://www.reseau-partenaire.fr")]
    [TestCase("javascript:alert(1)")]
    [TestCase("https://www.reseau-partenaire.fr/")] // accepted: below
    [TestCase("https://www.reseau-partenaire.fr/carte")]
    [TestCase("https://www.reseau-partenaire.fr?x=1")]
    [TestCase("https://www.reseau-partenaire.fr#x")]
    [TestCase("https://user:secret@www.reseau-partenaire.fr")]
    [TestCase("https://www.reseau-partenaire.fr; script-src *")]
    [TestCase("https://www.reseau-partenaire.fr 'unsafe-inline'")]
    [TestCase("https://www.reseau-partenaire.fr:0")]
    [TestCase("https://www.reseau-partenaire.fr:99999")]
    [TestCase("http://[::1]:8080")]
    [TestCase("https://-bad-.example")]
    [TestCase("https://www.\u212Aelvin.example")] // the Kelvin sign, which a case-insensitive match takes for a "k"
    public void Only_an_origin_is_accepted(string value)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [$"{EmbedFraming.Setting}:0"] = value }).Build();
        if (value == "https://www.reseau-partenaire.fr/")
        {
            Assert.That(EmbedFraming.FromConfiguration(configuration).AllowedOrigins, Is.EqualTo(new[] { "https://www.reseau-partenaire.fr" }));
            return;
        }
        var error = Assert.Throws<InvalidOperationException>(() => EmbedFraming.FromConfiguration(configuration), value);
        Assert.That(error!.Message, Does.Contain(EmbedFraming.Setting).And.Contain($"'{value}' is not an origin"));
    }
}
