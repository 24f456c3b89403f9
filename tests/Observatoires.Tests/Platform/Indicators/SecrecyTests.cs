using System.Globalization;
using System.Text.Json;
using Dapper;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Platform.Indicators;

/// <summary>
/// Statistical secrecy as an anonymous visitor meets it: a value under its threshold (fewer than 3 employers)
/// never appears as a number anywhere, nor can it be recovered by subtraction from a published total.
/// </summary>
public sealed class SecrecyTests : ReadOnlyApiTest
{
    private const string Code = "test.salaries";
    private List<(string Commune, double Value)> secret = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        await using var connection = Factory.OpenConnection();
        // The truth, straight from the database: the communes with 1 or 2 employers in 2023.
        secret = [.. await connection.QueryAsync<(string, double)>("""
            select v.territory_id, v.value from platform.indicator_value v
            join platform.indicator_value u on u.indicator_code = 'test.employeurs'
                 and u.territory_id = v.territory_id and u.period = v.period
            where v.indicator_code = @Code and v.period = '2023' and u.value > 0 and u.value < 3
            """, new { Code })];
        Assert.That(secret, Is.Not.Empty, "the demo data should have small employers");
    }

    [Test]
    public async Task Values_JSON_and_CSV_show_the_status_and_no_number()
    {
        var values = await Client.GetJsonAsync($"/api/v1/indicators/{Code}/values?level=commune&period=2023");
        var byId = values.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("territory").Str("id"));
        foreach (var (commune, _) in secret)
        {
            Assert.That(byId[commune].Str("status"), Is.EqualTo("secret"));
            Assert.That(byId[commune].GetProperty("value").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(byId[commune].GetProperty("rank").ValueKind, Is.EqualTo(JsonValueKind.Null));
        }

        var csv = await Client.GetStringAsync($"/api/v1/indicators/{Code}/values?level=commune&period=2023&format=csv");
        foreach (var (commune, _) in secret)
        {
            var line = csv.Split('\n').Single(l => l.StartsWith(commune + ",", StringComparison.Ordinal));
            Assert.That(line, Does.Contain(",secret,"));
            Assert.That(line.Split(',').Skip(5).Take(3), Is.All.Empty, line);
        }
    }

    [Test]
    public async Task No_EPCI_has_a_single_secret_commune_so_totals_cannot_be_subtracted()
    {
        var values = await Client.GetJsonAsync($"/api/v1/indicators/{Code}/values?level=commune&period=2023");
        foreach (var epci in values.GetProperty("items").EnumerateArray().GroupBy(i => i.Str("parentId")))
        {
            var secrets = epci.Count(i => i.Str("status") == "secret");
            Assert.That(secrets, Is.Not.EqualTo(1), $"{epci.Key}: one secret commune could be recovered from the EPCI total");
        }
    }

    [Test]
    public async Task The_map_series_and_profile_do_not_reveal_them_either()
    {
        foreach (var (commune, value) in secret.Take(5))
        {
            var map = await Client.GetJsonAsync($"/api/v1/indicators/{Code}/map?level=commune&period=2023");
            var feature = map.GetProperty("features").EnumerateArray().Single(f => f.Str("id") == commune).GetProperty("properties");
            Assert.That(feature.GetProperty("value").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(feature.Str("colour"), Is.EqualTo("#7b7b7b"));

            var series = await Client.GetJsonAsync($"/api/v1/indicators/{Code}/series?territories={commune}&from=2023&to=2023");
            Assert.That(series.GetProperty("series")[0].GetProperty("points")[0].GetProperty("value").ValueKind, Is.EqualTo(JsonValueKind.Null));

            var profile = await Client.GetJsonAsync($"/api/v1/territories/{commune}/profile");
            var figure = profile.GetProperty("observatories").EnumerateArray().SelectMany(o => o.GetProperty("figures").EnumerateArray())
                .Single(f => f.GetProperty("indicator").Str("code") == Code);
            if (figure.Str("period") == "2023")
                Assert.That(figure.GetProperty("value").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(profile.ToString(), Does.Not.Contain($"\"value\":{value.ToString(CultureInfo.InvariantCulture)},\"status\":\"secret\""));
        }
    }

    [Test]
    public async Task A_custom_zone_around_a_secret_commune_is_secret_too()
    {
        var (commune, _) = secret[0];
        var values = await Client.GetJsonAsync($"/api/v1/indicators/{Code}/values?territories=custom:{commune[8..]}+62119&period=2023");
        var item = values.GetProperty("items")[0];
        Assert.That(item.Str("status"), Is.EqualTo("secret"));
        Assert.That(item.GetProperty("value").ValueKind, Is.EqualTo(JsonValueKind.Null));
    }

    [Test]
    public async Task EPCI_totals_are_published_and_include_the_secret_communes()
    {
        await using var connection = Factory.OpenConnection();
        var truth = await connection.ExecuteScalarAsync<double>("""
            select sum(v.value) from platform.indicator_value v
            join platform.territory_membership m on m.member_id = v.territory_id and m.parent_id = 'epci:200069672'
            where v.indicator_code = @Code and v.period = '2023'
            """, new { Code });
        var epci = await Client.GetJsonAsync($"/api/v1/indicators/{Code}/values?territories=epci:200069672&period=2023");
        Assert.That(epci.GetProperty("items")[0].GetProperty("value").GetDouble(), Is.EqualTo(truth));
    }
}
