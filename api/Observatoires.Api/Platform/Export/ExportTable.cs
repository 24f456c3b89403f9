using System.Globalization;
using System.Net.Http.Headers;
using FastEndpoints;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.WebUtilities;
using Observatoires.Api.Platform.Catalog;
using Observatoires.Api.Platform.Geo.Layers;
using Observatoires.Api.Platform.Http;

namespace Observatoires.Api.Platform.Export;

/// <summary>How a column's values are typed in every format: the CSVW datatype, the XLSX cell and its number format.</summary>
internal enum ColumnType
{
    Text,
    Integer,
    Number,
    Date,
}

/// <summary>A column of a table, declared once by its route: CSV header, CSVW column description, XLSX header.</summary>
/// <param name="Name">The CSV header and the CSVW name (snake_case, unchanged from the CSVs already published).</param>
/// <param name="Title">Its French title (the XLSX header, the CSVW titles).</param>
/// <param name="Description">What it holds, in French (CSVW dc:description).</param>
/// <param name="Unit">The unit of its numbers (CSVW schema:unitText, the XLSX metadata sheet).</param>
/// <param name="Decimals">Decimals shown in the spreadsheet; null: as the number is.</param>
internal sealed record ExportColumn(string Name, string Title, ColumnType Type, string? Description = null, string? Unit = null,
    int? Decimals = null)
{
    /// <summary>A layer's property as a column: its name as header and title, its type and description as the layer declares them.</summary>
    public static ExportColumn Of(LayerProperty property) => new(property.Name, property.Name, property.Type switch
    {
        PropertyType.Integer => ColumnType.Integer,
        PropertyType.Number => ColumnType.Number,
        PropertyType.Date => ColumnType.Date,
        _ => ColumnType.Text,
    }, property.Description);
}

/// <summary>What a table's figures are and where they come from: one per indicator of the table.</summary>
/// <param name="Vintage">The period (millésime) of the figures.</param>
/// <param name="SecrecyNote">How statistical secrecy and confidentiality shape the table, in French.</param>
internal sealed record ExportSource(string Code, string Title, string Definition, string Unit, string Source, string? SourceUrl,
    string? Vintage, string Licence, string SecrecyNote)
{
    /// <summary>
    /// A table of a layer's objects (accidents, segments, sites) as the catalogue describes the layer: its id, title,
    /// description, origin and licence, read from its definition, never typed again.
    /// </summary>
    public static ExportSource OfLayer(LayerDefinition layer, string unit, string? vintage, string secrecyNote) =>
        new(layer.Id, layer.Title, layer.Description, unit, layer.Origin ?? Publisher, layer.OriginUrl, vintage,
            DatasetCatalogue.LicenceOf(layer), secrecyNote);

    private const string Publisher = ExportTable.Publisher;
}

/// <summary>
/// A table a route serves as CSV, with its CSVW metadata and as XLSX: its columns and sources are declared once, and
/// every format is written from the same rows, which the route computed once for its caller (access and secrecy
/// applied): no format has a second path to the data.
/// </summary>
/// <param name="Title">The table's French title (CSVW dc:title, the metadata sheet).</param>
/// <param name="FileName">The downloads' name without extension, ASCII (e.g. the indicator's code and period).</param>
/// <param name="FrenchFileName">The spreadsheet's name as a French reader expects it (Content-Disposition filename*).</param>
/// <param name="Request">What the request asked, in French (territory, period...): the metadata sheet's "Demande".</param>
/// <param name="FormatParameter">The query parameter that chooses the format (format, or f for OGC-style routes).</param>
internal sealed record ExportTable(
    string Title,
    string FileName,
    string FrenchFileName,
    IReadOnlyList<ExportColumn> Columns,
    IReadOnlyList<ExportSource> Sources,
    IReadOnlyList<KeyValuePair<string, string>> Request,
    string FormatParameter = "format")
{
    public const string Publisher = "Agence d'urbanisme de l'Artois (AULA)";

    /// <summary>The table's licence when it has no indicator to take it from (the catalogue, the territories).</summary>
    public string? Licence { get; init; }

    /// <summary>The table's source when it has no indicator to take it from.</summary>
    public string? Source { get; init; }

    /// <summary>
    /// Writes the table in <paramref name="format"/> (csv, csvw or xlsx). The rows are read only for csv and xlsx.
    /// A CSV carries a Link header to its CSVW document, at the same URL with the format csvw.
    /// </summary>
    public async Task SendAsync(HttpContext context, string format, Func<IEnumerable<object?[]>> rows, CancellationToken ct)
    {
        var response = context.Response;
        switch (format)
        {
            case OutputFormat.Csvw:
                await SendCsvwAsync(context, ct);
                return;
            case OutputFormat.Xlsx:
                // The package is a zip written to a seekable stream: built in memory, then sent with its length.
                using (var buffer = new MemoryStream())
                {
                    var generatedAt = DateTimeOffset.Now;
                    XlsxWriter.Write(buffer, this, rows(), UrlOf(context.Request, OutputFormat.Xlsx), generatedAt);
                    context.StartRaw(OutputFormat.XlsxContentType);
                    response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment")
                    {
                        FileName = $"\"{FileName}.xlsx\"",
                        FileNameStar = $"{FrenchFileName}.xlsx",
                    }.ToString();
                    response.ContentLength = buffer.Length;
                    buffer.Position = 0;
                    await buffer.CopyToAsync(response.Body, ct);
                }
                return;
            default:
                context.StartRaw(CsvWriter.ContentType);
                response.Headers.ContentDisposition = $"inline; filename=\"{FileName}.csv\"";
                response.Headers.Link = DescribedBy(context.Request);
                await using (var csv = new CsvWriter(response.Body))
                {
                    await csv.WriteRowAsync([.. Columns.Select(c => c.Name)]);
                    foreach (var row in rows())
                        await csv.WriteRowAsync(row);
                }
                return;
        }
    }

    /// <summary>The CSV's Link to its CSVW metadata, for a route that writes the CSV itself (streamed from PostGIS).</summary>
    public string DescribedBy(HttpRequest request) =>
        $"<{UrlOf(request, OutputFormat.Csvw)}>; rel=\"describedby\"; type=\"{OutputFormat.CsvwContentType}\"";

    /// <summary>Answers the CSVW metadata document of the table, for a route that writes the CSV itself.</summary>
    public async Task SendCsvwAsync(HttpContext context, CancellationToken ct)
    {
        context.StartRaw(OutputFormat.CsvwContentType);
        context.Response.Headers.ContentDisposition = $"inline; filename=\"{FileName}.csv-metadata.json\"";
        await Csvw.WriteAsync(context.Response.Body, this, UrlOf(context.Request, OutputFormat.Csv), ct);
    }

    /// <summary>This request's public URL in another format: the other parameters kept as they were, in their order.</summary>
    public string UrlOf(HttpRequest request, string format)
    {
        var query = new QueryBuilder();
        var replaced = false;
        foreach (var (name, values) in QueryHelpers.ParseQuery(request.QueryString.Value))
        {
            if (string.Equals(name, FormatParameter, StringComparison.OrdinalIgnoreCase))
            {
                query.Add(FormatParameter, format);
                replaced = true;
            }
            else
                query.Add(name, values.Select(v => v ?? "").ToArray());
        }
        if (!replaced)
            query.Add(FormatParameter, format);
        return request.PublicUrl(request.Path, query.ToQueryString());
    }

    /// <summary>An invariant text for a metadata cell or property.</summary>
    public static string Text(object? value) => value switch
    {
        null => "",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
