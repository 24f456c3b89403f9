using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Observatoires.Api.Platform.Export;

namespace Observatoires.Tests.Infrastructure;

/// <summary>
/// A table route's downloads as a technician takes them, for one caller: the CSV, the CSVW its Link header names, and
/// the same URL as XLSX; checked against each other (columns, licence, source, both sheets, numbers as numeric cells,
/// the same rows), so that each route's test only adds what is its own.
/// </summary>
internal static class TableDownload
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <param name="Header">The CSV's header row.</param>
    /// <param name="Rows">Its records, unquoted.</param>
    /// <param name="Csvw">The CSVW metadata document the CSV links to.</param>
    /// <param name="Workbook">The same URL as XLSX.</param>
    /// <param name="CsvText">The CSV as served.</param>
    internal sealed record Downloads(IReadOnlyList<string> Header, List<string[]> Rows, JsonElement Csvw, Workbook Workbook, string CsvText)
    {
        public int Column(string name) => Header.ToList().IndexOf(name);
    }

    /// <summary>Gets the CSV at <paramref name="csvUrl"/> (its format parameter set to csv), its CSVW and its XLSX, and checks them.</summary>
    public static async Task<Downloads> CheckAsync(HttpClient client, string csvUrl, string? key = null, string parameter = "format")
    {
        using var response = await SendAsync(client, csvUrl, key);
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), text);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
        var (header, rows) = ReadCsv(text);

        var link = response.Headers.GetValues("Link").Single();
        Assert.That(link, Does.Contain("rel=\"describedby\"").And.Contain("type=\"application/csvm+json\""));
        var target = link[1..link.IndexOf('>', StringComparison.Ordinal)];
        Assert.That(target, Does.Contain($"{parameter}=csvw"));
        using var csvwResponse = await SendAsync(client, target, key);
        var csvwText = await csvwResponse.Content.ReadAsStringAsync();
        Assert.That(csvwResponse.StatusCode, Is.EqualTo(HttpStatusCode.OK), csvwText);
        Assert.That(csvwResponse.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/csvm+json"));
        var csvw = JsonDocument.Parse(csvwText).RootElement.Clone();
        var columns = csvw.GetProperty("tableSchema").GetProperty("columns").EnumerateArray().ToList();

        using var xlsxResponse = await SendAsync(client, csvUrl.Replace($"{parameter}=csv", $"{parameter}=xlsx", StringComparison.Ordinal), key);
        Assert.That(xlsxResponse.StatusCode, Is.EqualTo(HttpStatusCode.OK), await xlsxResponse.Content.ReadAsStringAsync());
        Assert.That(xlsxResponse.Content.Headers.ContentType?.MediaType, Is.EqualTo(XlsxType));
        var workbook = Workbook.Read(await xlsxResponse.Content.ReadAsByteArrayAsync());
        var metadata = workbook.Metadata();

        Assert.Multiple(() =>
        {
            Assert.That(columns.Select(c => c.Str("name")), Is.EqualTo(header), "the CSVW describes every CSV column, in order");
            Assert.That(columns.Select(c => c.GetProperty("titles").Str("und")), Is.EqualTo(header));
            Assert.That(new Uri(csvw.Str("url")).PathAndQuery, Is.EqualTo(new Uri(target.Replace($"{parameter}=csvw", $"{parameter}=csv", StringComparison.Ordinal)).PathAndQuery),
                "it names its CSV");
            Assert.That(csvw.Str("dc:license"), Is.Not.Empty, "a licence");
            Assert.That(csvw.Str("dc:source"), Is.Not.Empty, "a source");
            Assert.That(csvw.GetProperty("prov:wasDerivedFrom").GetArrayLength(), Is.GreaterThan(0), "what its figures are");
            Assert.That(workbook.SheetNames, Is.EqualTo(new[] { "Données", "Métadonnées" }));
            Assert.That(metadata.GetValueOrDefault("Licence"), Is.Not.Empty);
            Assert.That(metadata.GetValueOrDefault("Source"), Is.Not.Empty);
            Assert.That(metadata.GetValueOrDefault("Secret statistique"), Is.Not.Empty);
        });

        var data = workbook.Sheet("Données");
        Assert.That(data[0].Select(c => c.Text), Is.EqualTo(columns.Select(c => c.GetProperty("titles").Str("fr"))), "the workbook's header: the French titles");
        Assert.That(data, Has.Count.EqualTo(rows.Count + 1), "a header row, then the CSV's rows");
        Assert.Multiple(() =>
        {
            for (var i = 0; i < rows.Count; i++)
            {
                for (var c = 0; c < header.Count; c++)
                    AssertSameCell(rows[i][c], data[i + 1][c], columns[c].Str("datatype"), $"row {i + 1}, {header[c]}");
            }
        });
        return new(header, rows, csvw, workbook, text);
    }

    /// <summary>A cell of the workbook says what the CSV's field says: a number as a numeric cell, a date as a date, nothing as nothing.</summary>
    private static void AssertSameCell(string field, XlsxCell cell, string datatype, string where)
    {
        if (field.Length == 0)
        {
            Assert.That(cell.IsEmpty || cell.Text == "", Is.True, $"{where}: empty, as in the CSV");
            return;
        }
        switch (datatype)
        {
            case "integer" or "number":
                Assert.That(cell.Number, Is.EqualTo(double.Parse(field, CultureInfo.InvariantCulture)), $"{where}: a numeric cell");
                break;
            case "date":
                Assert.That(cell.Number, Is.Not.Null, $"{where}: a date cell");
                Assert.That(DateTime.FromOADate(cell.Number!.Value).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Is.EqualTo(field), where);
                Assert.That(cell.FormatId, Is.EqualTo(14u), $"{where}: shown as a date");
                break;
            default:
                // The CSV writes text a spreadsheet would run as a formula after an apostrophe; the workbook as it is.
                Assert.That(cell.Text, Is.EqualTo(field).Or.EqualTo(field.StartsWith('\'') ? field[1..] : field), where);
                break;
        }
    }

    public static async Task<HttpResponseMessage> SendAsync(HttpClient client, string url, string? key, string? accept = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (key is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        if (accept is not null)
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        return await client.SendAsync(request);
    }

    /// <summary>The CSV's header and records, quoted fields unquoted.</summary>
    public static (IReadOnlyList<string> Header, List<string[]> Rows) ReadCsv(string text)
    {
        using var reader = new CsvReader(new StringReader(text));
        var records = new List<string[]>();
        while (reader.TryRead(out var record))
            records.Add([.. record.Fields]);
        return ([.. reader.Header], records);
    }

    /// <summary>Every number of the workbook and every text, metadata included: where a hidden figure must not be.</summary>
    public static IEnumerable<string> Everything(Workbook workbook) =>
        workbook.AllCells.Select(c => c.Number?.ToString(CultureInfo.InvariantCulture) ?? c.Text ?? "");
}
