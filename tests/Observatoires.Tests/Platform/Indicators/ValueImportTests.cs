using System.Globalization;
using System.Net;
using System.Text;
using Dapper;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Platform.Indicators;

/// <summary>./observatoires import values, as the agency's data manager uses it: all or nothing, revisions kept.</summary>
public sealed class ValueImportTests
{
    private readonly PerTestDatabases databases = new("values");
    private ApiFactory factory = null!;
    private HttpClient client = null!;
    private string folder = null!;

    [SetUp]
    public async Task FreshDatabase()
    {
        factory = await databases.StartAsync();
        client = factory.CreateClient();
        folder = Directory.CreateTempSubdirectory("observatoires-values-").FullName;
    }

    [TearDown]
    public async Task Cleanup()
    {
        client.Dispose();
        await databases.StopAsync(factory);
        Directory.Delete(folder, true);
    }

    [OneTimeTearDown]
    public async Task StopSharedDatabase() => await databases.DisposeAsync();

    [Test]
    public async Task A_good_file_lands_and_a_changed_value_keeps_its_previous_version()
    {
        var before = await ValueAsync("test.salaries", "commune:62119", "2023");
        var etag = (await client.GetAsync("/api/v1/indicators/test.salaries/values?territories=commune:62119&period=2023")).Headers.ETag;
        var file = await WriteAsync("""
            indicator,territory,period,value,status,vintage
            test.salaries,commune:62119,2023,12345,definitive,URSSAF 2025
            test.salaries,commune:62119,2030,100,provisional,
            test.demandeurs,commune:62119,2030-Q1,1500,,
            """);
        var beforeImport = await DatabaseNowAsync();

        var (exitCode, output) = await RunCliAsync("--file", file);

        Assert.That(exitCode, Is.Zero, output);
        Assert.That(output, Does.Contain("3 rows").And.Contain("1 revised"));
        Assert.That(await ValueAsync("test.salaries", "commune:62119", "2023"), Is.EqualTo(12345));
        Assert.That(await ValueAsync("test.salaries", "commune:62119", "2023", $"&asOf={Uri.EscapeDataString(beforeImport)}"),
            Is.EqualTo(before), "asOf answers as the data stood before the import");

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/indicators/test.salaries/values?territories=commune:62119&period=2023");
        request.Headers.IfNoneMatch.Add(etag!);
        using var revalidated = await client.SendAsync(request);
        Assert.That(revalidated.StatusCode, Is.EqualTo(HttpStatusCode.OK), "an import changes the ETag at once");

        var periods = (await client.GetJsonAsync("/api/v1/indicators/test.demandeurs")).GetProperty("periods")
            .EnumerateArray().Select(p => p.GetString()).ToList();
        Assert.That(periods[^1], Is.EqualTo("2030-Q1"), "a new period is listed at once");
        var versions = (await client.GetJsonAsync("/api/v1/indicators/test.salaries/values?territories=commune:62119&period=2030"))
            .GetProperty("items")[0];
        Assert.That(versions.GetProperty("value").GetDouble(), Is.EqualTo(100));
        Assert.That(versions.Str("status"), Is.EqualTo("provisional"));
    }

    [Test]
    public async Task Importing_the_same_file_twice_revises_nothing()
    {
        var file = await WriteAsync("indicator,territory,period,value\ntest.salaries,commune:62119,2023,999\n");
        Assert.That((await RunCliAsync("--file", file)).ExitCode, Is.Zero);
        var (exitCode, output) = await RunCliAsync("--file", file);
        Assert.That(exitCode, Is.Zero);
        Assert.That(output, Does.Contain("0 new values, 0 revised").And.Contain("1 unchanged"));
    }

    [Test, ChangesNothing]
    public async Task A_file_with_bad_lines_lands_nothing_and_names_each_line()
    {
        var before = await ValueAsync("test.salaries", "commune:62119", "2023");
        var file = await WriteAsync("""
            indicator,territory,period,value,numerator,denominator
            test.salaries,commune:62119,2023,1,,
            test.nothing,commune:62119,2023,1,,
            test.salaries,commune:99999,2023,1,,
            test.salaries,commune:62119,2023-Q4,1,,
            test.salaries,commune:62178,2023,douze,,
            test.salaries,commune:62119,2023,2,,
            test.part_seniors,commune:62119,2023,20,5,
            """);

        var (exitCode, output) = await RunCliAsync("--file", file);

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.Multiple(() =>
        {
            Assert.That(output, Does.Contain("nothing was changed").And.Contain("6 problems"));
            Assert.That(output, Does.Contain("line 3: unknown indicator 'test.nothing'"));
            Assert.That(output, Does.Contain("line 4: unknown territory 'commune:99999'"));
            Assert.That(output, Does.Contain("line 5: '2023-Q4' is a quarter"));
            Assert.That(output, Does.Contain("line 6: value 'douze' is not a number"));
            Assert.That(output, Does.Contain("line 7: test.salaries / commune:62119 / 2023 is already given on line 2"));
            Assert.That(output, Does.Contain("line 8: numerator without denominator"));
        });
        Assert.That(await ValueAsync("test.salaries", "commune:62119", "2023"), Is.EqualTo(before));
    }

    [Test, ChangesNothing]
    public async Task A_key_given_many_times_is_reported_on_each_repeat_against_its_first_line()
    {
        var file = await WriteAsync("indicator,territory,period,value\n" + string.Concat(Enumerable.Range(1, 20)
            .Select(i => $"test.salaries,commune:62119,2023,{i}\ntest.salaries,commune:62178,2023,{i}\n")));

        var (exitCode, output) = await RunCliAsync("--file", file);

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(output, Does.Contain("38 problems"));
        Assert.Multiple(() =>
        {
            for (var i = 2; i <= 20; i++)
            {
                Assert.That(output, Does.Contain($"line {2 * i}: test.salaries / commune:62119 / 2023 is already given on line 2"));
                Assert.That(output, Does.Contain($"line {2 * i + 1}: test.salaries / commune:62178 / 2023 is already given on line 3"));
            }
        });
    }

    [Test, ChangesNothing]
    public async Task A_wrong_header_is_refused_with_the_expected_columns()
    {
        var file = await WriteAsync("indicateur,territoire,periode,valeur\ntest.salaries,commune:62119,2023,1\n");
        var (exitCode, output) = await RunCliAsync("--file", file);
        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(output, Does.Contain("line 1: missing column(s) indicator, territory, period, value"));
    }

    [Test]
    public async Task A_large_file_lands_in_one_transaction()
    {
        var builder = new StringBuilder("indicator,territory,period,value\n");
        var communes = (await client.GetJsonAsync("/api/v1/territories?level=commune&limit=1000")).GetProperty("items")
            .EnumerateArray().Select(i => i.Str("id")).ToList();
        for (var year = 1990; year < 2010; year++)
        {
            foreach (var commune in communes)
                builder.Append(CultureInfo.InvariantCulture, $"test.salaries,{commune},{year},{year - 1900}\n");
        }
        var file = await WriteAsync(builder.ToString());

        var (exitCode, output) = await RunCliAsync("--file", file);

        Assert.That(exitCode, Is.Zero, output);
        Assert.That(output, Does.Contain($"{20 * 319} new values"));
        var aula = await client.GetJsonAsync("/api/v1/indicators/test.salaries/values?territories=groupement:aula&period=1999");
        Assert.That(aula.GetProperty("items")[0].GetProperty("value").GetDouble(), Is.EqualTo(99 * 305));
    }

    [Test, ChangesNothing]
    public async Task A_bad_last_line_after_thousands_of_good_ones_lands_nothing()
    {
        // Thousands of good lines are read, sorted and ready to write when the last one turns out bad.
        var communes = (await client.GetJsonAsync("/api/v1/territories?level=commune&limit=1000")).GetProperty("items")
            .EnumerateArray().Select(i => i.Str("id")).ToList();
        var builder = new StringBuilder("indicator,territory,period,value\n");
        for (var year = 1990; year < 2010; year++)
        {
            foreach (var commune in communes)
                builder.Append(CultureInfo.InvariantCulture, $"test.salaries,{commune},{year},{year - 1900}\n");
        }
        builder.Append("test.salaries,commune:62119,2010,beaucoup\n");
        var file = await WriteAsync(builder.ToString());

        var (exitCode, output) = await RunCliAsync("--file", file);

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(output, Does.Contain($"line {20 * 319 + 2}: value 'beaucoup' is not a number").And.Contain("nothing was changed"));
        var indicator = await client.GetJsonAsync("/api/v1/indicators/test.salaries");
        Assert.That(indicator.GetProperty("periods").EnumerateArray().Select(p => p.GetString()), Has.None.EqualTo("1999"));
        Assert.That(await ValueAsync("test.salaries", "commune:62119", "1999"), Is.Null);
    }

    [Test]
    public async Task Revising_values_of_two_years_at_once_changes_exactly_those_values()
    {
        // Each year is its own partition, where row addresses start over: a revision must find its row by table too.
        var first = await WriteAsync("""
            indicator,territory,period,value
            test.salaries,commune:62119,1990,11
            test.salaries,commune:62178,1990,12
            test.salaries,commune:62119,1991,21
            test.salaries,commune:62178,1991,22
            """);
        var loaded = await RunCliAsync("--file", first);
        Assert.That(loaded.ExitCode, Is.Zero, loaded.Output);
        var second = await WriteAsync("""
            indicator,territory,period,value
            test.salaries,commune:62119,1990,110
            test.salaries,commune:62178,1990,12
            test.salaries,commune:62119,1991,21
            test.salaries,commune:62178,1991,220
            """);

        var (exitCode, output) = await RunCliAsync("--file", second);

        Assert.That(exitCode, Is.Zero, output);
        Assert.That(output, Does.Contain("0 new values, 2 revised").And.Contain("2 unchanged"));
        Assert.That(await ValueAsync("test.salaries", "commune:62119", "1990"), Is.EqualTo(110));
        Assert.That(await ValueAsync("test.salaries", "commune:62178", "1990"), Is.EqualTo(12));
        Assert.That(await ValueAsync("test.salaries", "commune:62119", "1991"), Is.EqualTo(21));
        Assert.That(await ValueAsync("test.salaries", "commune:62178", "1991"), Is.EqualTo(220));
    }

    [Test]
    public async Task A_year_restated_whole_keeps_every_previous_version_and_answers_as_of_each_import()
    {
        // More than 10,000 values of one year, every one revised twice: the year's values are rebuilt in a new table each time.
        var (indicators, communes) = await YearlyIndicatorsAndCommunesAsync();
        var loaded = await RunCliAsync("--file", await WriteYearAsync(1980, indicators, communes, 0));
        Assert.That(loaded.ExitCode, Is.Zero, loaded.Output);
        var afterFirst = await DatabaseNowAsync();
        var rows = indicators.Count * communes.Count;

        var second = await RunCliAsync("--file", await WriteYearAsync(1980, indicators, communes, 1));
        var afterSecond = await DatabaseNowAsync();
        var third = await RunCliAsync("--file", await WriteYearAsync(1980, indicators, communes, 2));

        Assert.That(second.ExitCode, Is.Zero, second.Output);
        Assert.That(second.Output, Does.Contain($"0 new values, {rows} revised").And.Contain("rebuild 1980"));
        Assert.That(third.ExitCode, Is.Zero, third.Output);
        Assert.That(third.Output, Does.Contain($"0 new values, {rows} revised").And.Contain("rebuild 1980"));
        var (indicator, commune) = (indicators[7], communes[100]);
        var first = FirstValue(indicators.IndexOf(indicator), communes.IndexOf(commune));
        Assert.That(await ValueAsync(indicator, commune, "1980"), Is.EqualTo(first + 2));
        Assert.That(await ValueAsync(indicator, commune, "1980", $"&asOf={Uri.EscapeDataString(afterSecond)}"), Is.EqualTo(first + 1));
        Assert.That(await ValueAsync(indicator, commune, "1980", $"&asOf={Uri.EscapeDataString(afterFirst)}"), Is.EqualTo(first));

        await using var connection = factory.OpenConnection();
        var stored = await connection.QuerySingleAsync<(long Current, long History, long Versions)>("""
            select (select count(*) from platform.indicator_value where period = '1980'),
                   (select count(*) from platform.indicator_value_history where period = '1980'),
                   (select count(distinct valid_from) from platform.indicator_value_history where period = '1980')
            """);
        Assert.That(stored, Is.EqualTo(((long)rows, 2L * rows, 2L)), "one current value each, and both previous versions");
        var refused = Assert.ThrowsAsync<Npgsql.PostgresException>(() => connection.ExecuteAsync(
            $"update platform.indicator_value set period = '1981' where indicator_code = '{indicator}' and territory_id = '{commune}' and period = '1980'"));
        Assert.That(refused!.MessageText, Does.Contain("cannot change"), "the rebuilt year keeps the rules of every partition");
    }

    [Test]
    public async Task A_restated_year_that_fails_at_the_last_step_changes_nothing()
    {
        var (indicators, communes) = await YearlyIndicatorsAndCommunesAsync();
        var loaded = await RunCliAsync("--file", await WriteYearAsync(1980, indicators, communes, 0));
        Assert.That(loaded.ExitCode, Is.Zero, loaded.Output);
        await using var connection = factory.OpenConnection();
        // A foreign key on the year's key: the swap that ends the rebuild cannot drop that key, after everything else was written.
        await connection.ExecuteAsync("""
            create table public.year_1980 (indicator_code text, period text, territory_id text,
                foreign key (indicator_code, period, territory_id) references platform.indicator_value_y1980 (indicator_code, period, territory_id))
            """);

        var file = await WriteYearAsync(1980, indicators, communes, 1);
        int? exitCode = null; // none when the failure is thrown
        try
        {
            exitCode = (await RunCliAsync("--file", file)).ExitCode;
        }
        catch (Npgsql.PostgresException e) when (e.MessageText.Contains("depend", StringComparison.Ordinal))
        {
        }
        Assert.That(exitCode, Is.Not.Zero, "the import fails");

        var (indicator, commune) = (indicators[3], communes[10]);
        Assert.That(await ValueAsync(indicator, commune, "1980"), Is.EqualTo(FirstValue(3, 10)));
        var left = await connection.QuerySingleAsync<(long History, long Tables)>("""
            select (select count(*) from platform.indicator_value_history where period = '1980'),
                   (select count(*) from pg_class where relname in ('indicator_value_history_y1980', 'indicator_value_y1980_next'))
            """);
        Assert.That(left, Is.EqualTo((0L, 0L)), "no previous version kept, no table left");
    }

    [Test]
    public async Task A_year_restated_in_part_keeps_its_unchanged_and_untouched_values_as_they_were()
    {
        // 32 of 40 indicators revised (over 10,000 values, over half the year's: it is rebuilt), 4 given again unchanged, 4 not in the file.
        var (indicators, communes) = await YearlyIndicatorsAndCommunesAsync();
        var loaded = await RunCliAsync("--file", await WriteYearAsync(1981, indicators, communes, 0));
        Assert.That(loaded.ExitCode, Is.Zero, loaded.Output);
        var afterFirst = await DatabaseNowAsync();
        var builder = new StringBuilder("indicator,territory,period,value\n");
        for (var i = 0; i < 36; i++)
        {
            for (var c = 0; c < communes.Count; c++)
                builder.Append(CultureInfo.InvariantCulture, $"{indicators[i]},{communes[c]},1981,{FirstValue(i, c) + (i < 32 ? 1 : 0)}\n");
        }

        var restated = await RunCliAsync("--file", await WriteAsync(builder.ToString()));
        var afterSecond = await DatabaseNowAsync();
        // One value revised again, a few at a time: into the year's history as a row, beside the restated year's versions.
        var again = await RunCliAsync("--file", await WriteAsync($"indicator,territory,period,value\n{indicators[0]},{communes[5]},1981,{FirstValue(0, 5) + 9}\n"));

        Assert.That(restated.ExitCode, Is.Zero, restated.Output);
        Assert.That(restated.Output, Does.Contain($"0 new values, {32 * communes.Count} revised").And.Contain($"{4 * communes.Count} unchanged")
            .And.Contain("rebuild 1981"));
        Assert.That(again.ExitCode, Is.Zero, again.Output);
        Assert.That(await ValueAsync(indicators[0], communes[5], "1981"), Is.EqualTo(FirstValue(0, 5) + 9));
        Assert.That(await ValueAsync(indicators[0], communes[5], "1981", $"&asOf={Uri.EscapeDataString(afterSecond)}"), Is.EqualTo(FirstValue(0, 5) + 1));
        Assert.That(await ValueAsync(indicators[0], communes[5], "1981", $"&asOf={Uri.EscapeDataString(afterFirst)}"), Is.EqualTo(FirstValue(0, 5)));
        foreach (var i in new[] { 33, 38 }) // given again unchanged; not in the file
        {
            Assert.That(await ValueAsync(indicators[i], communes[5], "1981"), Is.EqualTo(FirstValue(i, 5)));
            Assert.That(await ValueAsync(indicators[i], communes[5], "1981", $"&asOf={Uri.EscapeDataString(afterFirst)}"), Is.EqualTo(FirstValue(i, 5)));
        }

        await using var connection = factory.OpenConnection();
        var stored = await connection.QuerySingleAsync<(long Current, long History, long Revised, long Kept)>("""
            select (select count(*) from platform.indicator_value where period = '1981'),
                   (select count(*) from platform.indicator_value_history where period = '1981'),
                   (select count(distinct indicator_code) from platform.indicator_value_history where period = '1981'),
                   (select count(*) from platform.indicator_value v join platform.indicator_value_history h using (indicator_code, period, territory_id)
                    where v.period = '1981' and v.valid_from = h.valid_from)
            """);
        Assert.That(stored, Is.EqualTo(((long)indicators.Count * communes.Count, 32L * communes.Count + 1, 32L, 0L)),
            "every value current once; previous versions of the revised ones only; an unchanged value keeps its version");
        var refused = Assert.ThrowsAsync<Npgsql.PostgresException>(() => connection.ExecuteAsync(
            "update platform.indicator_value_history set value = 0 where period = '1981'"));
        Assert.That(refused!.MessageText, Does.Contain("history cannot change"), "the restated year's previous versions are history like the others");
    }

    /// <summary>The yearly indicators (enough for more than 10,000 values of a year with the communes) and the communes.</summary>
    private async Task<(List<string> Indicators, List<string> Communes)> YearlyIndicatorsAndCommunesAsync()
    {
        await using var connection = factory.OpenConnection();
        var indicators = (await connection.QueryAsync<string>(
            "select code from platform.indicator where periodicity = 'year' order by code limit 40")).ToList();
        var communes = (await client.GetJsonAsync("/api/v1/territories?level=commune&limit=1000")).GetProperty("items")
            .EnumerateArray().Select(i => i.Str("id")).ToList();
        Assert.That(indicators.Count * communes.Count, Is.GreaterThan(10_000));
        return (indicators, communes);
    }

    private static double FirstValue(int indicator, int commune) => indicator * 1000 + commune;

    private Task<string> WriteYearAsync(int year, List<string> indicators, List<string> communes, int added)
    {
        var builder = new StringBuilder("indicator,territory,period,value\n");
        for (var i = 0; i < indicators.Count; i++)
        {
            for (var c = 0; c < communes.Count; c++)
                builder.Append(CultureInfo.InvariantCulture, $"{indicators[i]},{communes[c]},{year},{FirstValue(i, c) + added}\n");
        }
        return WriteAsync(builder.ToString());
    }

    private async Task<double?> ValueAsync(string code, string territory, string period, string extra = "")
    {
        var values = await client.GetJsonAsync($"/api/v1/indicators/{code}/values?territories={territory}&period={period}{extra}");
        var value = values.GetProperty("items")[0].GetProperty("value");
        return value.ValueKind == System.Text.Json.JsonValueKind.Null ? null : value.GetDouble();
    }

    private async Task<string> DatabaseNowAsync()
    {
        await using var connection = factory.OpenConnection();
        return await connection.ExecuteScalarAsync<string>("select to_char(now() at time zone 'utc', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')") ?? "";
    }

    private async Task<string> WriteAsync(string content)
    {
        var file = Path.Combine(folder, "values.csv");
        await File.WriteAllTextAsync(file, content);
        return file;
    }

    private Task<(int ExitCode, string Output)> RunCliAsync(params string[] options) =>
        CliRunner.RunAsync(factory.Services, ["import", "values", .. options]);
}
