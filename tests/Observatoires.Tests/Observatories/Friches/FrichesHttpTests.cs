using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Observatories.Friches;

/// <summary>
/// The platform's HTTP rules on the brownfield routes (Platform/Http tests them on the test observatory): reads
/// revalidated by data version, control characters, nulls and the body limit on the what-if's weights.
/// </summary>
public sealed class FrichesHttpTests : ReadOnlyApiTest
{
    [Test]
    public async Task Sites_carry_validators_and_answer_304()
    {
        using var first = await Client.GetAsync("/api/v1/friches/sites");
        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK), await first.Content.ReadAsStringAsync());
        Assert.That(first.Headers.ETag, Is.Not.Null, "an ETag");
        Assert.That(first.Headers.CacheControl?.NoCache, Is.True, "revalidated before reuse");

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/friches/sites");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var second = await Client.SendAsync(request);
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
    }

    [Test]
    public async Task A_control_character_in_a_weights_name_is_a_400_naming_it()
    {
        var problem = await (await WhatIfAsync("""{"weights":{"pollution":5,"area\u0007":1}}""")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors")[0].Str("name"), Does.StartWith("weights"));
    }

    [Test]
    public async Task Null_weights_are_a_400_naming_them()
    {
        var problem = await (await WhatIfAsync("""{"weights":null}""")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").EnumerateArray().Select(e => e.Str("name")), Does.Contain("weights"));
    }

    [Test]
    public async Task A_what_if_over_1_MB_is_a_413_saying_the_limit()
    {
        var body = $$"""{"weights":{"pollution":5},"padding":"{{new string('x', 1024 * 1024)}}"}""";
        var problem = await (await WhatIfAsync(body)).ProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.That(problem.Str("detail"), Does.Contain("1 MB"));

        var chunked = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(body)));
        chunked.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/friches/scores/what-if") { Content = chunked };
        request.Headers.TransferEncodingChunked = true;
        await (await Client.SendAsync(request)).ProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    private Task<HttpResponseMessage> WhatIfAsync(string body) =>
        Client.PostAsync("/api/v1/friches/scores/what-if", new StringContent(body, Encoding.UTF8, "application/json"));
}
