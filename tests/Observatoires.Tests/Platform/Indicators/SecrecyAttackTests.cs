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
        var (epci, secret) = await SmallestCommuneOfAnEpciWithoutSecretAsync(Jobs, period);
        var asOfInitial = await NowAsync();
        await ImportAsync($"indicator,territory,period,value\ntest.employeurs,{secret},{period},1\n");
        var before = await CommunesByEpciAsync(Jobs, period, null);
        var masked = before[epci].Where(c => c.Value.Status == "secret").Select(c => c.Key).ToList();
        Assert.That(masked, Has.Count.EqualTo(2).And.Contain(secret), "the secret and its complement");
        var complement = masked.Single(c => c != secret);
        var asOfBefore = await NowAsync();
        await ImportAsync($"indicator,territory,period,value\n{Jobs},{complement},{period},0\n");

        // Before the second revision (the complement moved), and before the first (no secret at all then).
        AssertNothingRecoverable(await AnswersAsync(Jobs, epci, period, asOfBefore, asOfInitial));
        Assert.That((await CommunesByEpciAsync(Jobs, period, null))[epci][secret].Published, Is.Null);
    }

    [Test]
    public async Task A_value_imported_as_secret_is_not_given_back_by_an_answer_as_of_before_it()
    {
        // An indicator without a secrecy threshold: its secrets are only the values imported as such.
        const string code = "test.population", period = "2020";
        var (epci, secret) = await SmallestCommuneOfAnEpciWithoutSecretAsync(code, period);
        var asOfBefore = DateTimeOffset.UtcNow;
        await Task.Delay(20);
        var previous = (await CommunesByEpciAsync(code, period, null))[epci][secret].Truth!.Value;
        await ImportAsync($"indicator,territory,period,value,status\n{code},{secret},{period},{previous + 7},secret\n");

        Assert.That((await CommunesByEpciAsync(code, period, null))[epci][secret].Published, Is.Null);
        AssertNothingRecoverable(await AnswersAsync(code, epci, period, asOfBefore));
    }

    // Every version of a period's data made its own masks; answered separately, today's and an earlier one combine
    // unless every answer masks what any version masked. Each scenario fetches what an attacker can (today's JSON and
    // CSV, and as of before and after each import) and solves what it can.

    [Test]
    public async Task A_secret_made_public_by_a_revision_is_not_given_back_by_the_answers_of_either_version()
    {
        const string code = "test.population", period = "2019";
        var (epci, secret) = await SmallestCommuneOfAnEpciWithoutSecretAsync(code, period);
        var previous = (await CommunesByEpciAsync(code, period, null))[epci][secret].Truth!.Value;
        // Imported as secret, then revised and published by the producer: its earlier secret value, and the complement
        // that covered it, are still unknown to today's answer.
        var dates = await ImportVersionsAsync(
            $"indicator,territory,period,value,status\n{code},{secret},{period},{previous + 5},secret\n",
            $"indicator,territory,period,value\n{code},{secret},{period},{previous + 9}\n");

        AssertNothingRecoverable(await AnswersAsync(code, epci, period, dates));
    }

    [Test]
    public async Task A_commune_imported_later_does_not_publish_the_complement_it_replaces()
    {
        // A period with no values yet, imported for an EPCI's communes but one: one commune with a single employer
        // (secret), its complement the smallest of the others. The missing commune, imported later, is smaller: today's
        // data alone would pick it as the complement, and publish the first one's.
        const string period = "2025";
        var communes = (await CommunesByEpciAsync(Jobs, "2024", null)).OrderBy(e => e.Key, StringComparer.Ordinal).First(e => e.Value.Count >= 6);
        var (epci, ids) = (communes.Key, communes.Value.Keys.Order(StringComparer.Ordinal).ToList());
        var (secret, later) = (ids[0], ids[1]);
        var first = new StringBuilder("indicator,territory,period,value\n");
        foreach (var (commune, i) in ids.Skip(2).Select((c, i) => (c, i)))
            first.Append($"{Jobs},{commune},{period},{100 + (10 * i)}\ntest.employeurs,{commune},{period},5\n");
        first.Append($"{Jobs},{secret},{period},10\ntest.employeurs,{secret},{period},1\n");
        var dates = await ImportVersionsAsync(first.ToString(),
            $"indicator,territory,period,value\n{Jobs},{later},{period},50\ntest.employeurs,{later},{period},5\n");

        var answers = await AnswersAsync(Jobs, epci, period, dates);
        Assert.That(answers[0].Communes[ids[2]].Published, Is.Null, "the first version's complement, the smallest then, stays masked today");
        AssertNothingRecoverable(answers);
    }

    [Test]
    public async Task Revised_secrecy_units_do_not_reopen_a_secret_of_an_earlier_version()
    {
        // Headcounts are secret under 3 employers: a commune's employers revised to 1 (its headcount secret), then to 4
        // with its headcount revised too (public again).
        const string period = "2021";
        var (epci, secret) = await SmallestCommuneOfAnEpciWithoutSecretAsync(Jobs, period);
        var previous = (await CommunesByEpciAsync(Jobs, period, null))[epci][secret].Truth!.Value;
        var dates = await ImportVersionsAsync(
            $"indicator,territory,period,value\ntest.employeurs,{secret},{period},1\n",
            $"indicator,territory,period,value\ntest.employeurs,{secret},{period},4\n{Jobs},{secret},{period},{previous + 3}\n");

        var answers = await AnswersAsync(Jobs, epci, period, dates);
        Assert.That(answers.Any(a => a.Communes[secret].Published is null), "the headcount was secret in a version");
        AssertNothingRecoverable(answers);
    }

    [Test]
    public async Task A_revised_weight_does_not_reopen_a_secret_mean_of_an_earlier_version()
    {
        // The mean wage is secret under 10 employees (its weight): a commune's headcount revised to 6 (its wage secret,
        // its headcount not: it has 3 employers or more), then to 25 with its wage revised too (public again). An
        // attacker solves EPCI mean × EPCI headcount − Σ known wage × headcount.
        const string code = "test.salaire_moyen", period = "2022";
        var jobs = await CommunesByEpciAsync(Jobs, period, null);
        var employers = await CommunesByEpciAsync("test.employeurs", period, null);
        var (epci, secret) = jobs.OrderBy(e => e.Key, StringComparer.Ordinal)
            .Where(e => e.Value.All(c => c.Value.Status != "secret") && e.Value.Count(c => c.Value.Truth > 0) >= 4)
            .Select(e => (e.Key, e.Value.Where(c => c.Value.Truth >= 10 && employers[e.Key][c.Key].Truth >= 3).MinBy(c => c.Value.Truth).Key))
            .First(e => e.Item2 is not null);
        var previous = (await CommunesByEpciAsync(code, period, null))[epci][secret].Truth!.Value;
        var dates = await ImportVersionsAsync(
            $"indicator,territory,period,value\n{Jobs},{secret},{period},6\n",
            $"indicator,territory,period,value\n{Jobs},{secret},{period},25\n{code},{secret},{period},{previous + 50}\n");

        var means = await AnswersAsync(code, epci, period, dates);
        var weights = await AnswersAsync(Jobs, epci, period, dates);
        Assert.That(means.Any(a => a.Communes[secret].Published is null), "the wage was secret in a version");
        // The means themselves (published elsewhere?), then the wage bills (mean × headcount) the EPCI's totals give.
        AssertNothingRecoverable([.. means.Select(m => m with { Total = null })]);
        AssertNothingRecoverable([.. means.Zip(weights, (m, w) => new Answer(m.Label + " × headcounts", m.Communes.ToDictionary(c => c.Key, c => new Cell(
            c.Value.Published * w.Communes[c.Key].Published, c.Value.Truth * w.Communes[c.Key].Truth, c.Value.Status)), m.Total * w.Total))]);
    }

    /// <summary>
    /// Fails if an attacker holding all these answers about one EPCI learns a figure one of them masks: published by
    /// another (unchanged, at worst, wherever the truth is the same), or the only unknown of an answer's EPCI total
    /// minus the figures known. A zero hides nothing: it counts as known.
    /// </summary>
    private static void AssertNothingRecoverable(IReadOnlyList<Answer> answers)
    {
        Assert.That(answers.SelectMany(a => a.Communes.Values).Count(c => c.Published is null && c.Truth is not null and not 0), Is.GreaterThan(0),
            "the answers mask something");
        var published = answers.SelectMany(a => a.Communes).Where(c => c.Value.Published is not null)
            .Select(c => (c.Key, c.Value.Published!.Value)).ToHashSet();
        bool Known(string commune, Cell cell) => cell.Truth is not { } truth || truth == 0 || published.Contains((commune, truth));
        var disclosed = new List<string>();
        foreach (var answer in answers)
        {
            disclosed.AddRange(answer.Communes.Where(c => c.Value.Published is null && Known(c.Key, c.Value))
                .Where(c => c.Value.Truth is not null and not 0)
                .Select(c => $"{answer.Label}: {c.Key}'s masked {c.Value.Truth} is published by another answer"));
            var unknown = answer.Communes.Where(c => !Known(c.Key, c.Value)).ToList();
            if (answer.Total is not null && unknown.Count == 1)
                disclosed.Add($"{answer.Label}: {unknown[0].Key}'s masked {unknown[0].Value.Truth} is the EPCI's total minus the figures known");
        }
        Assert.That(disclosed, Is.Empty);
    }

    /// <summary>One answer an attacker holds about an EPCI: its communes' figures, as published beside the truth, and its total.</summary>
    private sealed record Answer(string Label, IReadOnlyDictionary<string, Cell> Communes, double? Total);

    /// <summary>Every answer about the communes of an EPCI an attacker can fetch: today's JSON and CSV, and the JSON as of each date.</summary>
    private async Task<List<Answer>> AnswersAsync(string code, string epci, string period, params DateTimeOffset[] dates)
    {
        var answers = new List<Answer> { await AnswerAsync(code, epci, period, null) };
        foreach (var date in dates)
            answers.Add(await AnswerAsync(code, epci, period, date));
        var today = answers[0];
        var (header, rows) = TableDownload.ReadCsv(await Client.GetStringAsync(EpciValuesUrl(code, epci, period, null) + "&format=csv"));
        int Column(string name) => header.ToList().IndexOf(name);
        static double? Number(string text) => text.Length == 0 ? null : double.Parse(text, CultureInfo.InvariantCulture);
        answers.Add(new($"{code} today, CSV", rows.ToDictionary(r => r[Column("territory_id")],
            r => today.Communes[r[Column("territory_id")]] with { Published = Number(r[Column("value")]) }), Number(rows[0][Column("parent_value")])));
        return answers;
    }

    private async Task<Answer> AnswerAsync(string code, string epci, string period, DateTimeOffset? asOf)
    {
        var url = EpciValuesUrl(code, epci, period, asOf);
        var published = await Client.GetJsonAsync(url);
        var (status, body) = await GetAsync(url, agencyKey);
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), body);
        var truth = Items(JsonDocument.Parse(body).RootElement);
        var total = published.GetProperty("parent").GetProperty("value");
        return new($"{code} {(asOf is { } date ? $"as of {date:O}" : "today")}",
            Items(published).ToDictionary(i => i.Key, i => new Cell(i.Value.Value, truth[i.Key].Value, truth[i.Key].Status)),
            total.ValueKind == JsonValueKind.Number ? total.GetDouble() : null);
    }

    private static string EpciValuesUrl(string code, string epci, string period, DateTimeOffset? asOf) =>
        $"/api/v1/indicators/{code}/values?level=commune&within={epci}&period={period}" + AsOfParameter(asOf);

    private static string AsOfParameter(DateTimeOffset? asOf) =>
        asOf is { } date ? $"&asOf={Uri.EscapeDataString(date.ToString("O", CultureInfo.InvariantCulture))}" : "";

    /// <summary>Imports each file in turn: the moments before the first and after each, the states an attacker asks for.</summary>
    private async Task<DateTimeOffset[]> ImportVersionsAsync(params string[] files)
    {
        var dates = new List<DateTimeOffset> { await NowAsync() };
        foreach (var file in files)
        {
            await ImportAsync(file);
            dates.Add(await NowAsync());
        }
        return [.. dates];
    }

    /// <summary>The moment between two imports: after the last one's commit, before the next one's.</summary>
    private static async Task<DateTimeOffset> NowAsync()
    {
        await Task.Delay(20);
        var now = DateTimeOffset.UtcNow;
        await Task.Delay(20);
        return now;
    }

    /// <summary>An EPCI with no secret figure and at least 4 non-zero communes (the first by id), and its smallest non-zero commune.</summary>
    private async Task<(string Epci, string Commune)> SmallestCommuneOfAnEpciWithoutSecretAsync(string code, string period) =>
        (await CommunesByEpciAsync(code, period, null)).OrderBy(e => e.Key, StringComparer.Ordinal)
            .Where(e => e.Value.All(c => c.Value.Status != "secret") && e.Value.Count(c => c.Value.Truth > 0) >= 4)
            .Select(e => (e.Key, e.Value.Where(c => c.Value.Truth > 0).MinBy(c => c.Value.Truth).Key))
            .First();

    private sealed record Cell(double? Published, double? Truth, string? Status);

    /// <summary>Every commune's figure as anonymous sees it, beside the truth (an agency key), by EPCI.</summary>
    private async Task<Dictionary<string, Dictionary<string, Cell>>> CommunesByEpciAsync(string code, string period, DateTimeOffset? asOf)
    {
        var url = $"/api/v1/indicators/{code}/values?level=commune&period={period}" + AsOfParameter(asOf);
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
