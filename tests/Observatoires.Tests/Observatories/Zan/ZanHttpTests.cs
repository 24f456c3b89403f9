using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Observatories.Zan;

/// <summary>The platform's HTTP rules on the ZAN routes (Platform/Http tests them on the test observatory).</summary>
public sealed class ZanHttpTests : ReadOnlyApiTest
{
    [TestCase("/api/v1/zan/counter?territory=epci:200072460")]
    [TestCase("/api/v1/zan/ranking?within=epci:200072460")]
    public async Task Reads_carry_validators_and_answer_304(string url)
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

    [Test]
    public async Task A_trajectory_of_null_shares_is_a_400_naming_them()
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, "/api/v1/zan/trajectory")
        {
            Content = new StringContent("""{"shares":null}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await CreateKeyAsync("agency_editor"));
        var problem = await (await Client.SendAsync(request)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").EnumerateArray().Select(e => e.Str("name")), Does.Contain("shares"));
    }
}
