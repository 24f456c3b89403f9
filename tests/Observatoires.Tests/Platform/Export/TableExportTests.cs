using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Dapper;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Platform.Export;

/// <summary>
/// What an analyst downloads from the values route: a CSV that links to its CSVW metadata, the same table as XLSX
/// with a sheet of metadata, read back as pandas and a spreadsheet library do; and, as an attacker tries it, every
/// format agrees with the JSON and gives away neither a secret value nor a partner's figure.
/// </summary>
public sealed class TableExportTests : ReadOnlyApiTest
{
    private const string Code = "test.salaries", Partner = "test.fragiles", PartnerPeriod = "2024-Q4";
    private const string Cabbalr = "epci:200072460", Call = "epci:246200364";
    private const string Values = $"/api/v1/indicators/{Code}/values?level=commune&period=2023";
    private List<(string Commune, double Value)> secret = null!;

    [OneTimeSetUp]
    public async Task FindTheSecretValues()
    {
        await using var connection = Factory.OpenConnection();
        // The truth, straight from the database: the communes with 1 or 2 employers in 2023, whose figures are secret.
        secret = [.. await connection.QueryAsync<(string, double)>("""
            select v.territory_id, v.value from platform.indicator_value v
            join platform.indicator_value u on u.indicator_code = 'test.employeurs'
                 and u.territory_id = v.territory_id and u.period = v.period
            where v.indicator_code = @Code and v.period = '2023' and u.value > 0 and u.value < 3
            """, new { Code })];
        Assert.That(secret, Is.Not.Empty, "the demo data should have small employers");
    }

    [Test]
    public async Task A_CSV_links_to_its_CSVW_metadata_which_describes_every_column()
    {
        using var response = await Client.GetAsync(Values + "&format=csv");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var header = (await response.Content.ReadAsStringAsync()).Split('\n')[0].Split(',');
        var link = response.Headers.GetValues("Link").Single();
        var target = link[1..link.IndexOf('>', StringComparison.Ordinal)];
        Assert.That(link, Does.Contain("rel=\"describedby\"").And.Contain("type=\"application/csvm+json\""));
        Assert.That(target, Does.Contain("format=csvw").And.Contain("level=commune").And.Contain("period=2023"));

        using var metadataResponse = await Client.GetAsync(target);
        Assert.That(metadataResponse.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(metadataResponse.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/csvm+json"));
        Assert.That(metadataResponse.Content.Headers.ContentDisposition?.FileName?.Trim('"'), Is.EqualTo($"{Code}_2023.csv-metadata.json"));
        var csvw = JsonDocument.Parse(await metadataResponse.Content.ReadAsStringAsync()).RootElement;
        var columns = csvw.GetProperty("tableSchema").GetProperty("columns").EnumerateArray().ToList();
        var value = columns.Single(c => c.Str("name") == "value");
        Assert.Multiple(() =>
        {
            Assert.That(csvw.GetProperty("@context")[0].GetString(), Is.EqualTo("http://www.w3.org/ns/csvw"));
            Assert.That(new Uri(csvw.Str("url")).PathAndQuery, Is.EqualTo(new Uri(target.Replace("format=csvw", "format=csv")).PathAndQuery),
                "the metadata names the CSV it describes");
            Assert.That(columns.Select(c => c.Str("name")), Is.EqualTo(header), "every CSV column described, in order");
            Assert.That(columns.Select(c => c.Str("datatype")), Is.All.AnyOf("string", "integer", "number", "date"));
            Assert.That(columns.Select(c => c.GetProperty("titles").Str("und")), Is.EqualTo(header), "titles match the header row");
            Assert.That(value.GetProperty("titles").Str("fr"), Is.EqualTo("Salariés"));
            Assert.That(value.Str("datatype"), Is.EqualTo("number"));
            Assert.That(value.Str("schema:unitText"), Is.EqualTo("salariés"));
            Assert.That(columns.Single(c => c.Str("name") == "rank").Str("datatype"), Is.EqualTo("integer"));
            Assert.That(csvw.Str("dc:license"), Does.Contain("Licence Ouverte"));
            Assert.That(csvw.Str("dc:source"), Is.Not.Empty);
            Assert.That(csvw.Str("dc:temporal"), Does.StartWith("2023"));
            Assert.That(csvw.GetProperty("dialect").Str("delimiter"), Is.EqualTo(","));
            Assert.That(csvw.GetProperty("dialect").GetProperty("header").GetBoolean(), Is.True);
            var source = csvw.GetProperty("prov:wasDerivedFrom")[0];
            Assert.That(source.Str("dc:identifier"), Is.EqualTo(Code));
            Assert.That(source.Str("rdfs:comment"), Does.Contain("Secret statistique").And.Contain("test.employeurs"));
        });
    }

    [TestCase("/api/v1/indicators/test.part_seniors/values?territories=epci:200072460,custom:62119%2B62178&format=csv", "value", 1)]
    [TestCase("/api/v1/indicators/test.salaries/series?territories=epci:200072460&from=2020&to=2023&index=2020&format=csv", "value", 0)]
    [TestCase("/api/v1/indicators?observatory=test&format=csv", "decimals", 0)]
    [TestCase("/api/v1/territories?level=epci&format=csv", "population", 0)]
    public async Task Every_table_route_links_its_CSV_to_metadata_of_its_columns_and_serves_the_same_rows_as_XLSX(string url,
        string numberColumn, int decimals)
    {
        using var response = await Client.GetAsync(url);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var csv = ReadCsv(await response.Content.ReadAsStringAsync());
        using var headerReader = new Observatoires.Api.Platform.Export.CsvReader(new StringReader(await Client.GetStringAsync(url)));
        var header = headerReader.Header;
        var link = response.Headers.GetValues("Link").Single();
        var csvw = await Client.GetJsonAsync(link[1..link.IndexOf('>', StringComparison.Ordinal)]);
        using var xlsxResponse = await Client.GetAsync(url.Replace("format=csv", "format=xlsx", StringComparison.Ordinal));
        var data = Workbook.Read(await xlsxResponse.Content.ReadAsByteArrayAsync()).Sheet("Données");
        var column = header.ToList().IndexOf(numberColumn);

        Assert.Multiple(() =>
        {
            Assert.That(csvw.GetProperty("tableSchema").GetProperty("columns").EnumerateArray().Select(c => c.Str("name")), Is.EqualTo(header));
            Assert.That(csvw.Str("dc:license"), Is.Not.Empty);
            Assert.That(data, Has.Count.EqualTo(csv.Count + 1), "a header row, then the CSV's rows");
            for (var i = 0; i < csv.Count; i++)
            {
                var cell = data[i + 1][column];
                if (csv[i][column].Length == 0)
                    Assert.That(cell.IsEmpty, Is.True);
                else
                {
                    Assert.That(cell.Number, Is.EqualTo(double.Parse(csv[i][column], CultureInfo.InvariantCulture)), $"row {i + 1}");
                    Assert.That(cell.Format, Is.EqualTo(decimals == 0 ? "#,##0" : "#,##0." + new string('0', decimals)));
                }
            }
        });
    }

    [Test]
    public async Task A_layers_CSV_has_metadata_from_its_typed_properties_and_a_partner_layers_stays_hidden()
    {
        using var response = await Client.GetAsync("/ogc/collections/test-zones/items?f=csv&limit=5");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var header = new Observatoires.Api.Platform.Export.CsvReader(new StringReader(await response.Content.ReadAsStringAsync())).Header;
        // The layer's CSV links to its metadata (f=csvw) in its one Link header, beside the next page.
        var target = "/ogc/collections/test-zones/items?f=csvw&limit=5";
        Assert.That(response.Headers.GetValues("Link").Single(), Does.Contain(target + ">; rel=\"describedby\""));
        var csvw = await Client.GetJsonAsync(target);
        var columns = csvw.GetProperty("tableSchema").GetProperty("columns").EnumerateArray().ToDictionary(c => c.Str("name"));
        var (anonymous, body) = await GetAsync("/ogc/collections/test-effectifs/items?f=csvw");

        Assert.Multiple(() =>
        {
            Assert.That(columns.Keys, Is.EqualTo(header));
            Assert.That(csvw.Str("dc:source"), Does.Not.Contain("select").IgnoreCase, "where the features come from, never the layer's SQL");
            Assert.That(columns["area_ha"].Str("datatype"), Is.EqualTo("number"));
            Assert.That(columns["identified_on"].Str("datatype"), Is.EqualTo("date"));
            Assert.That(columns["area_ha"].Str("dc:description"), Does.Contain("hectares"));
            Assert.That(new Uri(csvw.Str("url")).Query, Does.Contain("f=csv&").Or.EndWith("f=csv"));
            Assert.That(anonymous, Is.EqualTo(HttpStatusCode.NotFound), "a partner layer's metadata is as hidden as its items");
            Assert.That(body, Does.Not.Contain("headcount"));
        });
    }

    [Test]
    public async Task Pandas_reads_the_CSV_with_numbers_as_numbers_and_no_number_for_a_secret()
    {
        if (!Python.HasPandas())
            Assert.Ignore("pandas is missing for /usr/bin/python3: ./observatoires test installs it (python3-pandas)");
        var file = Path.Combine(Path.GetTempPath(), $"observatoires-values-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, await Client.GetStringAsync(Values + "&format=csv"));
        try
        {
            var (exit, output) = Python.Run($$"""
                import json, sys, pandas
                df = pandas.read_csv(sys.argv[1], dtype={'territory_id': str})
                secret = json.loads(sys.argv[2])
                rows = df[df.territory_id.isin(secret)]
                print(json.dumps({'rows': len(df), 'value': str(df['value'].dtype), 'rank': str(df['rank'].dtype),
                    'secret_status': sorted(set(rows.status)), 'secret_values': int(rows[['value','numerator','denominator']].notna().sum().sum()),
                    'total': float(df['value'].sum())}))
                """, file, JsonSerializer.Serialize(secret.Select(s => s.Commune)));
            Assert.That(exit, Is.Zero, output);
            var read = JsonDocument.Parse(output).RootElement;
            var json = await Client.GetJsonAsync(Values);
            var items = json.GetProperty("items").EnumerateArray().ToList();
            Assert.Multiple(() =>
            {
                Assert.That(read.GetProperty("rows").GetInt32(), Is.EqualTo(items.Count));
                Assert.That(read.Str("value"), Is.EqualTo("float64"));
                Assert.That(read.GetProperty("secret_status").EnumerateArray().Select(s => s.GetString()), Is.EqualTo(new[] { "secret" }));
                Assert.That(read.GetProperty("secret_values").GetInt32(), Is.Zero, "no number for a secret figure");
                Assert.That(read.GetProperty("total").GetDouble(), Is.EqualTo(items.Sum(i =>
                    i.GetProperty("value").ValueKind == JsonValueKind.Number ? i.GetProperty("value").GetDouble() : 0)).Within(1e-6));
            });
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Test]
    public async Task The_workbook_holds_the_JSON_figures_as_numbers_and_its_metadata()
    {
        using var response = await Client.GetAsync(Values + "&format=xlsx");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        Assert.That(response.Content.Headers.ContentDisposition?.DispositionType, Is.EqualTo("attachment"));
        Assert.That(response.Content.Headers.ContentDisposition?.FileNameStar, Is.EqualTo("Salariés 2023.xlsx"));
        var workbook = Workbook.Read(await response.Content.ReadAsByteArrayAsync());
        var json = await Client.GetJsonAsync(Values);
        var items = json.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("territory").Str("id"));

        Assert.That(workbook.SheetNames, Is.EqualTo(new[] { "Données", "Métadonnées" }));
        var data = workbook.Sheet("Données");
        var header = data[0].Select(c => c.Text).ToList();
        int Column(string title) => header.IndexOf(title);
        Assert.That(header.Take(6), Is.EqualTo(new[] { "Code du territoire", "Territoire", "Niveau", "Code de l'indicateur", "Période", "Salariés" }));
        Assert.That(data, Has.Count.EqualTo(items.Count + 1));
        Assert.Multiple(() =>
        {
            foreach (var row in data.Skip(1))
            {
                var item = items[row[0].Text!];
                var value = row[Column("Salariés")];
                if (item.GetProperty("value").ValueKind == JsonValueKind.Number)
                {
                    Assert.That(value.Number, Is.EqualTo(item.GetProperty("value").GetDouble()), row[0].Text);
                    Assert.That(value.Format, Is.EqualTo("#,##0"), "the indicator's decimals (0), grouped thousands");
                }
                else
                    Assert.That(value.IsEmpty, Is.True, row[0].Text);
                Assert.That(row[Column("Statut")].Text ?? "", Is.EqualTo(item.GetProperty("status").GetString() ?? ""));
            }
            foreach (var (commune, _) in secret)
            {
                var row = data.Single(r => r[0].Text == commune);
                Assert.That(row[Column("Statut")].Text, Is.EqualTo("secret"));
                Assert.That(new[] { row[Column("Salariés")], row[Column("Numérateur")], row[Column("Dénominateur")], row[Column("Rang")] }
                    .Select(c => c.IsEmpty), Is.All.True, $"{commune}: an empty cell, never the hidden number");
            }
        });

        // Label and value pairs, up to the table of the columns.
        var metadata = workbook.Sheet("Métadonnées").TakeWhile(r => r[0].Text != "Colonne")
            .ToDictionary(r => r[0].Text ?? "", r => r.Count > 1 ? r[1].Text ?? "" : "");
        Assert.Multiple(() =>
        {
            Assert.That(metadata["Indicateur"], Is.EqualTo($"Salariés ({Code})"));
            Assert.That(metadata["Unité"], Is.EqualTo("salariés"));
            Assert.That(metadata["Définition"], Is.Not.Empty);
            Assert.That(metadata["Source"], Is.Not.Empty);
            Assert.That(metadata["Millésime"], Does.StartWith("2023"));
            Assert.That(metadata["Licence"], Does.Contain("Licence Ouverte"));
            Assert.That(metadata["Secret statistique"], Does.Contain("inférieure à 3"));
            Assert.That(metadata["Niveau"], Is.EqualTo("commune"));
            Assert.That(metadata["Période"], Is.EqualTo("2023"));
            Assert.That(metadata["Adresse"], Does.Contain("format=xlsx"));
            Assert.That(metadata, Does.ContainKey("Généré le"));
        });
    }

    [Test]
    public async Task Accept_headers_choose_the_workbook_and_the_metadata_and_a_bad_format_is_a_field_error()
    {
        using var xlsx = new HttpRequestMessage(HttpMethod.Get, Values);
        xlsx.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        using var xlsxResponse = await Client.SendAsync(xlsx);
        using var csvw = new HttpRequestMessage(HttpMethod.Get, Values);
        csvw.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/csvm+json"));
        using var csvwResponse = await Client.SendAsync(csvw);
        using var bad = await Client.GetAsync(Values + "&format=xls");
        var problem = await bad.ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Multiple(() =>
        {
            Assert.That(xlsxResponse.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
            Assert.That(csvwResponse.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/csvm+json"));
            Assert.That(problem.GetProperty("errors").ToString(), Does.Contain("format must be json, csv, csvw or xlsx"));
        });
    }

    [Test]
    public async Task A_partner_indicator_is_refused_to_anonymous_in_every_format()
    {
        foreach (var format in new[] { "json", "csv", "csvw", "xlsx" })
        {
            var (status, body) = await GetAsync($"/api/v1/indicators/{Partner}/values?territories={Cabbalr},{Call}&period={PartnerPeriod}&format={format}");
            Assert.That(status, Is.EqualTo(HttpStatusCode.NotFound), format);
            Assert.That(body, Does.Not.Contain("Établissements fragiles"), $"{format}: not even its name");
        }
    }

    [Test]
    public async Task A_partner_gets_its_own_figure_and_never_another_territorys_in_any_format()
    {
        var partner = await CreateKeyAsync("partner_reader", Cabbalr);
        var agency = await CreateKeyAsync("agency_editor");
        var url = $"/api/v1/indicators/{Partner}/values?territories={Cabbalr},{Call}&period={PartnerPeriod}";
        var truth = JsonDocument.Parse((await GetAsync(url, agency)).Body).RootElement.GetProperty("items").EnumerateArray()
            .ToDictionary(i => i.GetProperty("territory").Str("id"), i => i.GetProperty("value").GetDouble());
        var callFigure = truth[Call].ToString(CultureInfo.InvariantCulture);

        var json = JsonDocument.Parse((await GetAsync(url, partner)).Body).RootElement.GetProperty("items").EnumerateArray()
            .ToDictionary(i => i.GetProperty("territory").Str("id"));
        var csv = ReadCsv((await GetAsync(url + "&format=csv", partner)).Body).ToDictionary(r => r[0]);
        var (csvwStatus, csvw) = await GetAsync(url + "&format=csvw", partner);
        using var request = new HttpRequestMessage(HttpMethod.Get, url + "&format=xlsx");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", partner);
        using var response = await Client.SendAsync(request);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var workbook = Workbook.Read(await response.Content.ReadAsByteArrayAsync());
        var data = workbook.Sheet("Données").Skip(1).ToDictionary(r => r[0].Text!);

        Assert.Multiple(() =>
        {
            Assert.That(json[Cabbalr].GetProperty("value").GetDouble(), Is.EqualTo(truth[Cabbalr]));
            Assert.That(csv[Cabbalr][5], Is.EqualTo(truth[Cabbalr].ToString(CultureInfo.InvariantCulture)));
            Assert.That(data[Cabbalr][5].Number, Is.EqualTo(truth[Cabbalr]), "its own figure, a number");

            Assert.That(json[Call].Str("status"), Is.EqualTo("restricted"));
            Assert.That(csv[Call][5..8], Is.All.Empty);
            Assert.That(csv[Call][8], Is.EqualTo("restricted"));
            Assert.That(data[Call][5].IsEmpty && data[Call][6].IsEmpty && data[Call][7].IsEmpty, Is.True);
            Assert.That(data[Call][8].Text, Is.EqualTo("restricted"));
            Assert.That(workbook.AllCells.Where(c => c.Number is not null).Select(c => c.Number), Does.Not.Contain(truth[Call]),
                "the CALL's figure nowhere in the workbook");
            Assert.That(workbook.AllCells.Select(c => c.Text ?? ""), Has.None.Contain(callFigure), "nor as text, metadata included");
            Assert.That(csvwStatus, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(csvw, Does.Not.Contain(callFigure));
            Assert.That(csvw, Does.Contain("Diffusion restreinte"));
        });
    }

    /// <summary>The CSV's records after its header, quoted fields unquoted (a territory's name may hold a comma).</summary>
    private static List<string[]> ReadCsv(string text)
    {
        using var reader = new Observatoires.Api.Platform.Export.CsvReader(new StringReader(text));
        var records = new List<string[]>();
        while (reader.TryRead(out var record))
            records.Add([.. record.Fields]);
        return records;
    }
}
