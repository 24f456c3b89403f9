using System.Text.Json;
using System.Text.Json.Nodes;

namespace Observatoires.Api.Platform.Export;

/// <summary>
/// The CSVW metadata document of a table (W3C "Metadata Vocabulary for Tabular Data"): what a CSV's columns are,
/// their types and units, its licence, source and period, and the CSV dialect. Units go in schema:unitText and
/// definitions in dc:description (common properties: CSVW has no unit of its own); each column's titles hold its
/// French title and its CSV header, so that a validator matches the header row.
/// </summary>
internal static class Csvw
{
    public static async Task WriteAsync(Stream output, ExportTable table, string csvUrl, CancellationToken ct)
    {
        var document = Document(table, csvUrl);
        await using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        document.WriteTo(writer);
        await writer.FlushAsync(ct);
    }

    public static JsonObject Document(ExportTable table, string csvUrl)
    {
        var single = table.Sources.Count == 1 ? table.Sources[0] : null;
        var document = new JsonObject
        {
            ["@context"] = new JsonArray("http://www.w3.org/ns/csvw", new JsonObject { ["@language"] = "fr" }),
            ["url"] = csvUrl,
            ["dc:title"] = table.Title,
            ["dc:publisher"] = ExportTable.Publisher,
            ["dc:license"] = Join(table.Sources.Select(s => s.Licence).Append(table.Licence)),
            ["dc:source"] = Join(table.Sources.Select(s => s.SourceUrl is null ? s.Source : $"{s.Source} ({s.SourceUrl})").Append(table.Source)),
        };
        if (single is not null)
            document["dc:description"] = single.Definition;
        if (Join(table.Sources.Select(s => s.Vintage)) is { Length: > 0 } vintage)
            document["dc:temporal"] = vintage;
        if (table.Sources.Count > 0)
        {
            // Per indicator: its definition, unit, source, vintage, licence and secrecy note (prov: where it comes from).
            document["prov:wasDerivedFrom"] = new JsonArray([.. table.Sources.Select(s => (JsonNode)new JsonObject
            {
                ["dc:identifier"] = s.Code,
                ["dc:title"] = s.Title,
                ["dc:description"] = s.Definition,
                ["schema:unitText"] = s.Unit,
                ["dc:source"] = s.Source,
                ["dc:temporal"] = s.Vintage,
                ["dc:license"] = s.Licence,
                ["rdfs:comment"] = s.SecrecyNote,
            })]);
            document["notes"] = new JsonArray([.. table.Sources.Select(s => (JsonNode)JsonValue.Create($"{s.Title} : {s.SecrecyNote}"))]);
        }
        document["dialect"] = new JsonObject
        {
            ["delimiter"] = ",",
            ["encoding"] = "utf-8",
            ["header"] = true,
            ["headerRowCount"] = 1,
            ["doubleQuote"] = true,
            ["lineTerminators"] = new JsonArray("\n"),
        };
        document["tableSchema"] = new JsonObject
        {
            ["columns"] = new JsonArray([.. table.Columns.Select(Column)]),
        };
        return document;
    }

    private static JsonNode Column(ExportColumn column)
    {
        var node = new JsonObject
        {
            ["name"] = column.Name,
            ["titles"] = new JsonObject { ["fr"] = column.Title, ["und"] = column.Name },
            ["datatype"] = column.Type switch
            {
                ColumnType.Integer => "integer",
                // Written as .NET's shortest round-trip form, which may use an exponent: xsd:double, not xsd:decimal.
                ColumnType.Number => "number",
                ColumnType.Date => "date",
                _ => "string",
            },
            ["null"] = "",
        };
        if (column.Description is not null)
            node["dc:description"] = column.Description;
        if (column.Unit is not null)
            node["schema:unitText"] = column.Unit;
        return node;
    }

    private static string Join(IEnumerable<string?> values) =>
        string.Join(" ; ", values.Where(v => !string.IsNullOrEmpty(v)).Distinct(StringComparer.Ordinal));
}
