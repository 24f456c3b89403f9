using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Observatoires.Api.Platform.Access.Keys;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Observatories.Zan;

/// <summary>The agency's trajectory saved by several people at once (found by the fuzz of the write routes).</summary>
public sealed class TrajectoryWriteTests
{
    [Test]
    public async Task Paths_saved_at_the_same_moment_all_succeed_and_the_last_one_stands()
    {
        await using var factory = await ApiFactory.OnFreshCopyAsync("zan_trajectory_writes");
        using var client = factory.CreateClient();
        var (_, key) = await factory.Services.GetRequiredService<ApiKeys>().CreateAsync("Agence", "agency_editor", [], null);

        var statuses = await Task.WhenAll(Enumerable.Range(0, 16).Select(async i =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Put, "/api/v1/zan/trajectory")
            {
                Content = JsonContent.Create(new { shares = Enumerable.Range(2031, 20).ToDictionary(y => y, _ => i / 20.0) }),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
            using var response = await client.SendAsync(request);
            return response.StatusCode;
        }));

        Assert.That(statuses, Is.All.EqualTo(HttpStatusCode.NoContent));
        await using var connection = factory.OpenConnection();
        Assert.That(await connection.ExecuteScalarAsync<int>("select count(distinct share) from zan.trajectory"), Is.EqualTo(1), "one path, whole");
        Assert.That(await connection.ExecuteScalarAsync<int>("select count(*) from zan.trajectory"), Is.EqualTo(20));
    }
}
