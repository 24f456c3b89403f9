using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Observatoires.Api.Platform.Access.Keys;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Observatories.Zan;

/// <summary>The agency's ZAN settings when a body says nothing, and when two agency editors save at once.</summary>
public sealed class ZanWriteTests : ApiTest
{
    private string agencyKey = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        agencyKey = await CreateKeyAsync("agency_editor");
    }

    private async Task<(HttpStatusCode Status, string Body)> PutAsync(string url, string json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", agencyKey);
        using var response = await Client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [TestCase("null")]
    [TestCase("{}")]
    public async Task A_reduction_without_a_value_is_400_and_keeps_the_stored_one(string body)
    {
        Assert.That((await PutAsync("/api/v1/zan/reductions/epci:200072460", """{"reduction":0.6}""")).Status, Is.EqualTo(HttpStatusCode.NoContent));
        var (status, text) = await PutAsync("/api/v1/zan/reductions/epci:200072460", body);
        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest), text);
        Assert.That(JsonDocument.Parse(text).RootElement.GetProperty("errors").GetArrayLength(), Is.GreaterThan(0));
        await using var connection = Factory.OpenConnection();
        Assert.That(await connection.ExecuteScalarAsync<double>("select reduction from zan.reduction where territory_id = 'epci:200072460'"), Is.EqualTo(0.6),
            "not silently set to 0");
    }

    [TestCase("null")]
    [TestCase("{}")]
    public async Task A_trajectory_without_shares_is_400_and_keeps_the_stored_path(string body)
    {
        var shares = JsonSerializer.Serialize(new { shares = Enumerable.Range(2031, 20).ToDictionary(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture), _ => 0.25) });
        Assert.That((await PutAsync("/api/v1/zan/trajectory", shares)).Status, Is.EqualTo(HttpStatusCode.NoContent));
        var (status, text) = await PutAsync("/api/v1/zan/trajectory", body);
        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest), text);
        await using var connection = Factory.OpenConnection();
        Assert.That(await connection.ExecuteScalarAsync<int>("select count(*) from zan.trajectory"), Is.EqualTo(20), "not reset to the linear default");
        Assert.That((await PutAsync("/api/v1/zan/trajectory", """{"shares":{}}""")).Status, Is.EqualTo(HttpStatusCode.NoContent),
            "an empty set of shares is how the linear default comes back");
    }

    [Test]
    public async Task Simultaneous_trajectories_are_each_saved_whole_and_audited_in_order()
    {
        using var start = new SemaphoreSlim(0);
        var writers = Enumerable.Range(1, 8).Select(async i =>
        {
            await start.WaitAsync();
            return await PutAsync("/api/v1/zan/trajectory",
                JsonSerializer.Serialize(new { shares = Enumerable.Range(2031, 20).ToDictionary(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture), _ => i / 10.0) }));
        }).ToList();
        start.Release(8);
        var answers = await Task.WhenAll(writers);
        Assert.That(answers.Select(a => a.Status), Is.All.EqualTo(HttpStatusCode.NoContent), string.Join("\n", answers.Select(a => a.Body)));

        await using var connection = Factory.OpenConnection();
        Assert.That(await connection.ExecuteScalarAsync<int>("select count(distinct share) from zan.trajectory"), Is.EqualTo(1), "one writer's path, whole");
        // Each audit entry's "before" is the "after" of the one before it: no write was based on a path already replaced.
        var entries = (await connection.QueryAsync<(string? Before, string? After)>(
            "select before::text, after::text from platform.audit_log where action = 'zan_trajectory' order by id")).ToList();
        Assert.That(entries.Count, Is.GreaterThanOrEqualTo(8));
        for (var i = entries.Count - 7; i < entries.Count; i++)
            Assert.That(Shares(entries[i].Before), Is.EqualTo(Shares(entries[i - 1].After)), $"audit entry {i}");
    }

    [Test]
    public async Task Simultaneous_reductions_of_a_new_territory_are_audited_each_against_the_one_before()
    {
        const string territory = "epci:246200364";
        using var start = new SemaphoreSlim(0);
        var writers = Enumerable.Range(1, 8).Select(async i =>
        {
            await start.WaitAsync();
            return await PutAsync($"/api/v1/zan/reductions/{territory}", JsonSerializer.Serialize(new { reduction = i / 10.0 }));
        }).ToList();
        start.Release(8);
        var answers = await Task.WhenAll(writers);
        Assert.That(answers.Select(a => a.Status), Is.All.EqualTo(HttpStatusCode.NoContent), string.Join("\n", answers.Select(a => a.Body)));

        await using var connection = Factory.OpenConnection();
        var entries = (await connection.QueryAsync<(double? Before, double After)>("""
            select (before->>'reduction')::float8, (after->>'reduction')::float8 from platform.audit_log
            where action = 'zan_reduction' and entity_id = @territory order by id
            """, new { territory })).ToList();
        Assert.That(entries, Has.Count.EqualTo(8));
        Assert.That(entries[0].Before, Is.Null, "the first write created the setting");
        for (var i = 1; i < entries.Count; i++)
            Assert.That(entries[i].Before, Is.EqualTo(entries[i - 1].After), $"audit entry {i}");
    }

    private static double[] Shares(string? json) =>
        json is null ? [] : [.. JsonDocument.Parse(json).RootElement.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => p.Value.GetDouble())];
}
