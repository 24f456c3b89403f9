using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Observatoires.Api.Platform.Access.Keys;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Platform.Indicators;

/// <summary>
/// Statistical secrecy tried as an attacker would, with every public answer at hand: subtraction from the
/// EPCI's total, custom zones, counting a layer's features, and answers as of dates before and after a revision.
/// An agency key gives the truth the attack is scored against.
/// </summary>
public sealed class SecrecyAttackTests : ApiTest
{
    private const string Jobs = "test.salaries";
    private string agencyKey = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        agencyKey = await CreateKeyAsync("agency_editor");
    }

    [TestCase(Jobs, "2023")]
    [TestCase(Jobs, "2024")]
    [TestCase("test.salaire_moyen", "2023")]
    public async Task Subtracting_the_published_communes_from_an_EPCI_leaves_at_least_two_unknowns(string code, string period)
    {
        var masked = 0;
        foreach (var (epci, communes) in await CommunesByEpciAsync(code, period, null))
        {
            var hidden = communes.Where(c => c.Value.Published is null && c.Value.Truth is > 0).ToList();
            masked += hidden.Count;
            Assert.That(hidden, Has.Count.Not.EqualTo(1), $"{epci}: one hidden non-zero commune is its total minus the others");
        }
        Assert.That(masked, Is.GreaterThan(0), "the demo data has secret communes");
    }

    [Test]
    public async Task A_weighted_mean_never_gives_back_its_masked_weight()
    {
        // Wages are a mean weighted by headcounts: where the headcount is masked, the wage is too, in communes and
        // in every zone holding them, else mean(A), mean(B) and mean(A+B) give A's headcount back.
        var jobs = await CommunesByEpciAsync(Jobs, "2024", null);
        var wages = await CommunesByEpciAsync("test.salaire_moyen", "2024", null);
        var maskedJobs = jobs.SelectMany(e => e.Value).Where(c => c.Value.Published is null && c.Value.Truth > 0).Select(c => c.Key).ToList();
        var published = jobs.SelectMany(e => e.Value).First(c => c.Value.Published > 0 && wages.SelectMany(w => w.Value).Single(w => w.Key == c.Key).Value.Published is not null).Key;
        Assert.That(maskedJobs, Is.Not.Empty);
        foreach (var commune in maskedJobs)
        {
            Assert.That(wages.SelectMany(w => w.Value).Single(w => w.Key == commune).Value.Published, Is.Null, $"{commune}'s wage");
            var zone = await Client.GetJsonAsync($"/api/v1/indicators/test.salaire_moyen/values?territories=custom:{commune[8..]}+{published[8..]}&period=2024");
            Assert.That(zone.GetProperty("items")[0].GetProperty("value").ValueKind, Is.EqualTo(JsonValueKind.Null), $"custom:{commune}+{published}");
        }
    }

    [Test]
    public async Task A_custom_zone_of_a_secret_commune_and_a_published_one_is_secret()
    {
        var byEpci = await CommunesByEpciAsync(Jobs, "2023", null);
        var (secret, published) = byEpci.Values.Select(c => (
                Secret: c.FirstOrDefault(x => x.Value.Status == "secret").Key,
                Published: c.FirstOrDefault(x => x.Value.Published is not null).Key))
            .First(p => p.Secret is not null && p.Published is not null);

        var zone = await Client.GetJsonAsync($"/api/v1/indicators/{Jobs}/values?territories=custom:{secret[8..]}+{published[8..]}&period=2023");
        Assert.That(zone.GetProperty("items")[0].GetProperty("value").ValueKind, Is.EqualTo(JsonValueKind.Null), "A+B minus B would be A");
    }

    [Test]
    public async Task Counting_the_public_layers_features_reveals_no_secret_figure()
    {
        // The establishments are public (SIRENE): their count per commune is published, not secret; what is secret
        // is what they employ, and the public layer carries no headcount.
        var counts = new Dictionary<string, int>();
        var offset = 0;
        while (true)
        {
            var page = await Client.GetJsonAsync($"/ogc/collections/test-points/items?limit=10000&offset={offset}");
            var features = page.GetProperty("features");
            foreach (var feature in features.EnumerateArray())
            {
                var properties = feature.GetProperty("properties");
                Assert.That(properties.TryGetProperty("headcount", out _), Is.False);
                var commune = properties.Str("commune");
                counts[commune] = counts.GetValueOrDefault(commune) + 1;
            }
            if (features.GetArrayLength() < 10000)
                break;
            offset += 10000;
        }
        var employers = await Client.GetJsonAsync("/api/v1/indicators/test.employeurs/values?level=commune&period=2024");
        Assert.Multiple(() =>
        {
            Assert.That(counts, Is.Not.Empty);
            Assert.That(employers.GetProperty("items").EnumerateArray().Count(i => i.Str("status") == "secret"), Is.Zero,
                "a count anyone can make from the layer is not secret");
        });
    }

    [Test]
    public async Task Answers_before_and_after_a_revision_do_not_combine_into_a_disclosure()
    {
        const string period = "2023";
        // An EPCI with no secret, where a first revision leaves one commune with a single employer (so one secret
        // and its complement), and a second one zeroes the complement, so that the rule must pick another.
        var (epci, secret) = (await CommunesByEpciAsync(Jobs, period, null))
            .Where(e => e.Value.All(c => c.Value.Status != "secret") && e.Value.Count(c => c.Value.Truth > 0) >= 4)
            .Select(e => (e.Key, e.Value.Where(c => c.Value.Truth > 0).MinBy(c => c.Value.Truth).Key))
            .First();
        var asOfInitial = DateTimeOffset.UtcNow;
        await Task.Delay(20);
        await ImportAsync($"indicator,territory,period,value\ntest.employeurs,{secret},{period},1\n");
        var before = await CommunesByEpciAsync(Jobs, period, null);
        var masked = before[epci].Where(c => c.Value.Status == "secret").Select(c => c.Key).ToList();
        Assert.That(masked, Has.Count.EqualTo(2).And.Contain(secret), "the secret and its complement");
        var complement = masked.Single(c => c != secret);
        await Task.Delay(20);
        var asOfBefore = DateTimeOffset.UtcNow;
        await Task.Delay(20);
        var revisedTruth = before[epci][complement].Truth!.Value;
        await ImportAsync($"indicator,territory,period,value\n{Jobs},{complement},{period},0\n");
        await Task.Delay(20);

        var now = (await CommunesByEpciAsync(Jobs, period, null))[epci];
        // Before the second revision (the complement moved), and before the first (no secret at all then).
        foreach (var (date, label) in new[] { (asOfBefore, "before the complement moved"), (asOfInitial, "before there was a secret") })
        {
            var then = (await CommunesByEpciAsync(Jobs, period, date))[epci];
            // What the attacker knows, at worst: a value published at one date, unchanged at the other.
            var known = then.Keys.Where(c => (then[c].Published ?? now[c].Published) is not null && then[c].Truth == now[c].Truth).ToHashSet();
            Assert.That(known, Does.Not.Contain(secret), $"{label}: {secret}'s figure, unchanged since, was published then");
            foreach (var (name, answer) in new[] { ("then", then), ("now", now) })
            {
                var unknown = answer.Where(c => c.Value.Published is null && !known.Contains(c.Key) && c.Value.Truth is > 0).Select(c => c.Key).ToList();
                Assert.That(unknown, Has.Count.Not.EqualTo(1),
                    $"{epci}, {label}, {name} ({complement}: {revisedTruth} → 0): {secret} would be the total minus known values");
            }
        }
        Assert.That(now[secret].Published, Is.Null);
    }

    [Test]
    public async Task A_value_imported_as_secret_is_not_given_back_by_an_answer_as_of_before_it()
    {
        // An indicator without a secrecy threshold: its secrets are only the values imported as such.
        const string code = "test.population", period = "2020";
        var (epci, secret) = (await CommunesByEpciAsync(code, period, null))
            .Where(e => e.Value.All(c => c.Value.Status != "secret") && e.Value.Count(c => c.Value.Truth > 0) >= 4)
            .Select(e => (e.Key, e.Value.Where(c => c.Value.Truth > 0).MinBy(c => c.Value.Truth).Key))
            .First();
        var asOfBefore = DateTimeOffset.UtcNow;
        await Task.Delay(20);
        var previous = (await CommunesByEpciAsync(code, period, null))[epci][secret].Truth!.Value;
        await ImportAsync($"indicator,territory,period,value,status\n{code},{secret},{period},{previous + 7},secret\n");

        var now = (await CommunesByEpciAsync(code, period, null))[epci];
        var then = (await CommunesByEpciAsync(code, period, asOfBefore))[epci];
        Assert.That(now[secret].Published, Is.Null);
        // What the attacker knows, at worst: a value published at one date, unchanged at the other.
        var known = then.Keys.Where(c => (then[c].Published ?? now[c].Published) is not null && then[c].Truth == now[c].Truth).ToHashSet();
        var unknown = now.Where(c => c.Value.Published is null && !known.Contains(c.Key) && c.Value.Truth is > 0).Select(c => c.Key).ToList();
        Assert.That(unknown, Has.Count.Not.EqualTo(1), $"{epci}: {secret} would be today's total minus the figures known");
    }

    private sealed record Cell(double? Published, double? Truth, string? Status);

    /// <summary>Every commune's figure as anonymous sees it, beside the truth (an agency key), by EPCI.</summary>
    private async Task<Dictionary<string, Dictionary<string, Cell>>> CommunesByEpciAsync(string code, string period, DateTimeOffset? asOf)
    {
        var url = $"/api/v1/indicators/{code}/values?level=commune&period={period}" +
                  (asOf is { } date ? $"&asOf={Uri.EscapeDataString(date.ToString("O", CultureInfo.InvariantCulture))}" : "");
        var anonymous = Items(await Client.GetJsonAsync(url));
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", agencyKey);
        using var response = await Client.SendAsync(request);
        var truth = Items(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement);
        return anonymous.GroupBy(i => i.Value.Epci).ToDictionary(g => g.Key, g => g.ToDictionary(
            i => i.Key, i => new Cell(i.Value.Value, truth[i.Key].Value, truth[i.Key].Status)));
    }

    private static Dictionary<string, (string Epci, double? Value, string? Status)> Items(JsonElement values) =>
        values.GetProperty("items").EnumerateArray().ToDictionary(
            i => i.GetProperty("territory").Str("id"),
            i => (i.Str("parentId"), i.GetProperty("value").ValueKind == JsonValueKind.Number ? i.GetProperty("value").GetDouble() : (double?)null,
                i.GetProperty("status").ValueKind == JsonValueKind.String ? i.Str("status") : null));

    private async Task ImportAsync(string csv)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/imports/values")
        {
            Content = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", "revision.csv" } },
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", agencyKey);
        using var response = await Client.SendAsync(request);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }
}
