using System.Net;
using Dapper;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Platform.Http;

/// <summary>
/// A write made by another process (an import run from the command line, another API instance) reaches this
/// instance by notification: its ETags change and its cached responses are no longer served.
/// </summary>
public sealed class DataVersionTests
{
    [Test]
    public async Task A_write_from_another_connection_changes_the_ETag_and_the_cached_answer()
    {
        await using var factory = await ApiFactory.OnFreshCopyAsync("data_version");
        using var client = factory.CreateClient();
        const string url = "/api/v1/indicators/test.population/values?territories=commune:62119&period=2023";
        using var first = await client.GetAsync(url);
        var etag = first.Headers.ETag!;

        await using (var other = factory.OpenConnection())
        {
            await other.ExecuteAsync("""
                update platform.indicator_value set value = 1 where indicator_code = 'test.population'
                  and territory_id = 'commune:62119' and period = '2023';
                select platform.bump_data_version('indicators');
                """);
        }

        HttpResponseMessage? revalidated = null;
        for (var attempt = 0; attempt < 50; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.IfNoneMatch.Add(etag);
            revalidated = await client.SendAsync(request);
            if (revalidated.StatusCode == HttpStatusCode.OK)
                break;
            await Task.Delay(20);
        }
        Assert.That(revalidated!.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the notification should arrive within a second");
        var body = await revalidated.Content.ReadAsStringAsync();
        Assert.That(body, Does.Contain("\"value\":1,"));
    }

    [Test]
    public async Task The_same_request_twice_gives_the_same_bytes_and_ETag()
    {
        await using var factory = await ApiFactory.OnFreshCopyAsync("data_version_cache");
        using var client = factory.CreateClient();
        const string url = "/api/v1/indicators/test.salaries/map?level=commune&within=epci:246200299";
        using var first = await client.GetAsync(url);
        using var second = await client.GetAsync(url);
        Assert.That(second.Headers.ETag, Is.EqualTo(first.Headers.ETag));
        Assert.That(await second.Content.ReadAsByteArrayAsync(), Is.EqualTo(await first.Content.ReadAsByteArrayAsync()));
        Assert.That(second.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/geo+json"));
    }
}
