using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Dapper;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Observatories.Mobilite;

/// <summary>
/// The agency loads the stations' yearly figures (the master plan's surveys, SNCF's footfall): all or nothing, each
/// station-year replaced, the indicators recomputed, for the agency only, audited.
/// </summary>
public sealed class StationImportTests : ApiTest
{
    private string agency = null!, partner = null!;

    [OneTimeSetUp]
    public async Task Keys()
    {
        agency = await CreateKeyAsync("agency_editor");
        partner = await CreateKeyAsync("partner_editor", "epci:200072460");
    }

    private async Task<(HttpStatusCode Status, string Body)> ImportAsync(string csv, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/mobilite/imports/stations")
        {
            Content = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", "gares.csv" } },
        };
        if (key is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await Client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task A_file_adds_and_replaces_station_years_and_the_figures_and_indicators_follow()
    {
        await using var connection = Factory.OpenConnection();
        await connection.ExecuteAsync("update mobilite.station set uic = '87286005' where id = 'lens'");
        const string csv = """
            gare;annee;voyageurs;trains_jour_ouvre;places_parking;vehicules_stationnes;places_velo;velos_stationnes
            bethune;2025;2 500 000;165;800;720;150;
            87286005;2024;2700000;190;600;600;;
            """;
        Assert.That((await ImportAsync(csv, null)).Status, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await ImportAsync(csv, partner)).Status, Is.EqualTo(HttpStatusCode.Forbidden), "a partner editor, even in its scope");
        var (status, body) = await ImportAsync(csv, agency);
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), body);
        var answer = JsonDocument.Parse(body).RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(answer.GetProperty("lines").GetInt32(), Is.EqualTo(2));
            Assert.That(answer.GetProperty("new").GetInt32(), Is.EqualTo(1), "Béthune had no 2025");
            Assert.That(answer.GetProperty("replaced").GetInt32(), Is.EqualTo(1), "Lens's 2024, by its UIC code");
        });

        var bethune = (await Client.GetJsonAsync("/api/v1/mobilite/stations?territory=commune:62119"))
            .GetProperty("stations").EnumerateArray().Single(s => s.Str("id") == "bethune");
        var latest = bethune.GetProperty("latest");
        Assert.Multiple(() =>
        {
            Assert.That(latest.Str("period"), Is.EqualTo("2025"));
            Assert.That(latest.GetProperty("passengers").GetInt64(), Is.EqualTo(2_500_000));
            Assert.That(latest.GetProperty("parkingOccupancy").GetDouble(), Is.EqualTo(90), "720 ÷ 800");
            Assert.That(latest.GetProperty("bikeOccupied").ValueKind, Is.EqualTo(JsonValueKind.Null), "not surveyed");
            Assert.That(bethune.GetProperty("change").Str("previousPeriod"), Is.EqualTo("2024"));
        });
        var indicator = await Client.GetJsonAsync("/api/v1/indicators/mobilite.gares_voyageurs/values?territories=commune:62119&period=2025");
        Assert.That(indicator.GetProperty("items")[0].GetProperty("value").GetDouble(), Is.EqualTo(2_500_000), "the indicators are recomputed");
        var lens = await connection.QuerySingleAsync<(long Passengers, int? BikePlaces)>(
            "select passengers, bike_places from mobilite.station_figure where station_id = 'lens' and period = '2024'");
        Assert.That(lens, Is.EqualTo((2_700_000L, (int?)null)), "the line replaces the station-year whole");
        Assert.That(await connection.ExecuteScalarAsync<int>("select count(*) from platform.audit_log where action = 'mobilite_station_import'"), Is.EqualTo(1));
    }

    [Test]
    public async Task A_file_with_problems_is_refused_with_each_line_and_nothing_is_written()
    {
        await using var connection = Factory.OpenConnection();
        var before = await connection.ExecuteScalarAsync<string>("select string_agg(station_id || period || coalesce(passengers, -1), ',' order by 1) from mobilite.station_figure");
        const string csv = """
            gare;annee;voyageurs;trains_jour_ouvre;places_parking;vehicules_stationnes;places_velo;velos_stationnes
            bethune;2023;100;;;;;
            gare-inconnue;2023;100;;;;;
            lens;23;100;;;;;
            lens;2023;-5;;;;;
            lens;2022;;;;50;;
            bethune;2023;200;;;;;
            lillers;2023;;;;;;
            """;
        var (status, body) = await ImportAsync(csv, agency);
        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest), body);
        var reasons = JsonDocument.Parse(body).RootElement.GetProperty("errors").EnumerateArray().Select(e => e.Str("reason")).ToList();
        Assert.That(reasons, Has.Count.EqualTo(6));
        Assert.Multiple(() =>
        {
            Assert.That(reasons[0], Does.StartWith("line 3: gare 'gare-inconnue' is not a station"));
            Assert.That(reasons[1], Does.StartWith("line 4: annee '23'"));
            Assert.That(reasons[2], Does.StartWith("line 5: voyageurs '-5'"));
            Assert.That(reasons[3], Is.EqualTo("line 6: vehicules_stationnes is given without places_parking"));
            Assert.That(reasons[4], Is.EqualTo("line 7: bethune / 2023 is already given on line 2"));
            Assert.That(reasons[5], Is.EqualTo("line 8: the line has no figure"));
        });
        Assert.That(await connection.ExecuteScalarAsync<string>("select string_agg(station_id || period || coalesce(passengers, -1), ',' order by 1) from mobilite.station_figure"),
            Is.EqualTo(before), "nothing written");
    }
}
