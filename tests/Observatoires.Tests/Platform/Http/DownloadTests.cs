using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Dapper;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Platform.Http;

/// <summary>
/// What an analyst's tools expect of a download: the whole result (pandas.read_csv(url) reads what it gets),
/// compressed when asked, with validators to revalidate it; and the same bytes, decompressed, as uncompressed.
/// </summary>
public sealed partial class DownloadTests : ReadOnlyApiTest
{
    [Test]
    public async Task A_CSV_of_territories_is_the_whole_list_unless_a_limit_is_asked()
    {
        await using var connection = Factory.OpenConnection();
        var communes = await connection.ExecuteScalarAsync<int>("select count(*) from platform.territory where level = 'commune'");

        var all = await Client.GetStringAsync("/api/v1/territories?level=commune&format=csv");
        var limited = await Client.GetStringAsync("/api/v1/territories?level=commune&format=csv&limit=10");
        var page = await Client.GetJsonAsync("/api/v1/territories?level=commune");

        Assert.Multiple(() =>
        {
            Assert.That(Lines(all), Is.EqualTo(communes + 1), "a header and every commune");
            Assert.That(Lines(limited), Is.EqualTo(11));
            Assert.That(page.GetProperty("items").GetArrayLength(), Is.EqualTo(100), "JSON stays paged");
        });
    }

    [Test]
    public async Task An_OGC_CSV_is_the_whole_layer_unless_a_limit_is_asked()
    {
        await using var connection = Factory.OpenConnection();
        var establishments = await connection.ExecuteScalarAsync<int>("select count(*) from test.etablissement");

        var all = await Client.GetStringAsync("/ogc/collections/test-points/items?f=csv");
        using var page = await Client.GetAsync("/ogc/collections/test-points/items?f=csv&limit=10");

        Assert.Multiple(async () =>
        {
            Assert.That(Lines(all), Is.EqualTo(establishments + 1), "a header and every establishment, as the catalogue's CSV link promises");
            Assert.That(Lines(await page.Content.ReadAsStringAsync()), Is.EqualTo(11));
            Assert.That(page.Headers.GetValues("Link").Single(), Does.Contain("rel=\"next\"")
                .And.Contain("f=csvw").And.Contain("rel=\"describedby\""), "the next page and the CSV's CSVW metadata, in one Link header");
        });
    }

    [TestCase("/api/v1/indicators/test.salaries/values?level=commune&within=groupement:aula&period=2023", "application/json")]
    [TestCase("/api/v1/indicators/test.salaries/values?level=commune&within=groupement:aula&period=2023&format=csv", "text/csv")]
    [TestCase("/api/v1/indicators/test.salaries/map?level=commune&within=groupement:aula", "application/geo+json")]
    [TestCase("/api/v1/territories?level=commune&format=csv", "text/csv")]
    [TestCase("/ogc/collections/communes/items?limit=50", "application/geo+json")]
    public async Task Answers_are_compressed_when_asked_and_decompress_to_the_same_bytes(string url, string mediaType)
    {
        var identity = await GetUncodedAsync(url, null);
        foreach (var coding in new[] { "br", "gzip" })
        {
            // Twice: the first answer is computed and streamed, the second comes from the cache.
            for (var attempt = 0; attempt < 2; attempt++)
            {
                using var response = await SendAsync(url, $"{coding}, identity;q=0.5");
                var encoded = await response.Content.ReadAsByteArrayAsync();
                Assert.Multiple(() =>
                {
                    Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
                    Assert.That(response.Content.Headers.ContentEncoding, Is.EqualTo(new[] { coding }), $"{url} attempt {attempt}");
                    Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo(mediaType));
                    Assert.That(response.Headers.Vary, Does.Contain("Accept-Encoding"));
                    Assert.That(encoded.Length, Is.LessThan(identity.Length), "smaller than the plain body");
                    Assert.That(Decode(encoded, coding), Is.EqualTo(identity), $"{coding} decodes to the plain body");
                });
            }
        }
    }

    // RFC 9110 §12.5.3: a coding named with q=0 is refused; * stands for the codings not named. Streamed (territories),
    // computed then cached (values, asked twice) and the web client's page: each path chooses the same way.
    [TestCase("br;q=0, *", "gzip")]
    [TestCase("br;q=0, gzip;q=0, *", null)]
    [TestCase("gzip;q=0, *", "br")]
    [TestCase("*;q=0, gzip", "gzip")]
    [TestCase("*;q=0", null)]
    public async Task A_coding_refused_with_q_0_is_not_used_even_where_a_wildcard_accepts_the_others(string acceptEncoding, string? expected)
    {
        string[] urls =
        [
            "/api/v1/territories?level=commune&format=csv",
            "/api/v1/indicators/test.salaries/values?level=commune&within=groupement:aula&period=2023",
            "/api/v1/indicators/test.salaries/values?level=commune&within=groupement:aula&period=2023",
            "/",
        ];
        foreach (var url in urls)
        {
            using var response = await SendAsync(url, acceptEncoding);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), url);
            Assert.That(response.Content.Headers.ContentEncoding, Is.EqualTo(expected is null ? Array.Empty<string>() : new[] { expected }),
                $"{url} with Accept-Encoding: {acceptEncoding}");
        }
    }

    [Test]
    public async Task The_web_clients_assets_are_served_precompressed()
    {
        var index = await Client.GetStringAsync("/");
        Assume.That(index, Does.Contain("/assets/"), "web/dist is built");
        var script = ScriptPath().Match(index).Groups[1].Value;
        var plain = await GetUncodedAsync(script, null);

        using var response = await SendAsync(script, "gzip, br");
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.Multiple(() =>
        {
            Assert.That(response.Content.Headers.ContentEncoding, Is.EqualTo(new[] { "br" }));
            Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("text/javascript"));
            Assert.That(response.Headers.CacheControl!.ToString(), Does.Contain("immutable"));
            Assert.That(Decode(body, "br"), Is.EqualTo(plain));
        });
    }

    // A module's own reads (ReadsData): the test observatory's here, each observatory's in its own tests.
    [TestCase("/api/v1/test/counts")]
    [TestCase("/api/v1/test/counts?within=epci:200072460")]
    public async Task Module_reads_carry_validators_and_answer_304(string url)
    {
        using var first = await Client.GetAsync(url);
        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK), await first.Content.ReadAsStringAsync());
        Assert.That(first.Headers.ETag, Is.Not.Null, "an ETag");
        Assert.That(first.Headers.CacheControl?.NoCache, Is.True, "revalidated before reuse");

        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var second = await Client.SendAsync(request);
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
    }

    private async Task<HttpResponseMessage> SendAsync(string url, string? acceptEncoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (acceptEncoding is not null)
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        return await Client.SendAsync(request);
    }

    private async Task<byte[]> GetUncodedAsync(string url, string? acceptEncoding)
    {
        using var response = await SendAsync(url, acceptEncoding);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), url);
        Assert.That(response.Content.Headers.ContentEncoding, Is.Empty, "no coding unless asked");
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static byte[] Decode(byte[] body, string coding)
    {
        using var input = new MemoryStream(body);
        using Stream decoder = coding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }

    private static int Lines(string csv) => csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;

    [GeneratedRegex("src=\"(/assets/index-[^\"]+\\.js)\"")]
    private static partial Regex ScriptPath();
}
