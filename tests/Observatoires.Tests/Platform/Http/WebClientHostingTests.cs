using System.Net;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Platform.Http;

/// <summary>The API serves the built web client at / (./observatoires test builds it before these tests).</summary>
public sealed class WebClientHostingTests : ReadOnlyApiTest
{
    [OneTimeSetUp]
    public void Start() =>
        Assume.That(Directory.Exists(Repository.File("web/dist")), Is.True, "web/dist is not built (npm run build in web/)");

    [TestCase("/")]
    [TestCase("/territoires/epci:200072460")]
    [TestCase("/donnees/test.generateur-des-tests")] // a dataset's id holds a dot, which is no file type
    public async Task Pages_of_the_client_are_its_index_html(string path)
    {
        using var response = await Client.GetAsync(path);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("text/html"));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("<html lang=\"fr\""));
    }

    [TestCase("/assets/missing-file.js")]
    [TestCase("/favicon.ico")]
    public async Task A_missing_asset_is_a_404_not_the_page(string path)
    {
        using var response = await Client.GetAsync(path);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }
}
