using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Observatoires.Tests.Infrastructure;

/// <summary>A workbook read back with the Open XML SDK: each sheet's rows of cells, as typed in the file.</summary>
internal sealed class Workbook
{
    private readonly Dictionary<string, List<List<XlsxCell>>> sheets = [];

    public List<string> SheetNames { get; } = [];

    public List<List<XlsxCell>> Sheet(string name) => sheets[name];

    public IEnumerable<XlsxCell> AllCells => sheets.Values.SelectMany(rows => rows.SelectMany(r => r));

    /// <summary>The metadata sheet's label and value pairs, up to its table of the columns (a label met twice keeps its first value).</summary>
    public Dictionary<string, string> Metadata()
    {
        var pairs = new Dictionary<string, string>();
        foreach (var row in Sheet("Métadonnées").TakeWhile(r => r[0].Text != "Colonne"))
            pairs.TryAdd(row[0].Text ?? "", row.Count > 1 ? row[1].Text ?? "" : "");
        return pairs;
    }

    public static Workbook Read(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        using var document = SpreadsheetDocument.Open(stream, false);
        var part = document.WorkbookPart!;
        var formats = part.WorkbookStylesPart!.Stylesheet.NumberingFormats!.Elements<NumberingFormat>()
            .ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode!.Value!);
        var cellFormats = part.WorkbookStylesPart.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        var workbook = new Workbook();
        foreach (var sheet in part.Workbook.Sheets!.Elements<Sheet>())
        {
            workbook.SheetNames.Add(sheet.Name!);
            var worksheet = (WorksheetPart)part.GetPartById(sheet.Id!);
            workbook.sheets[sheet.Name!] = [.. worksheet.Worksheet.Descendants<Row>().Select(row => row.Elements<Cell>().Select(cell =>
            {
                var formatId = cellFormats[(int)(cell.StyleIndex?.Value ?? 0)].NumberFormatId?.Value ?? 0;
                var format = formats.GetValueOrDefault(formatId);
                if (cell.DataType?.Value == CellValues.InlineString)
                    return new XlsxCell(cell.InlineString!.InnerText, null, format, formatId);
                if (cell.DataType is not null)
                    return new XlsxCell(cell.CellValue?.Text, null, format, formatId); // neither number nor inline text: kept as written
                return cell.CellValue is null
                    ? new XlsxCell(null, null, format, formatId)
                    : new XlsxCell(null, double.Parse(cell.CellValue.Text, CultureInfo.InvariantCulture), format, formatId);
            }).ToList())];
        }
        return workbook;
    }
}

/// <param name="Number">Set only for a numeric cell (no data type): what a spreadsheet computes with.</param>
/// <param name="FormatId">The cell's number format id (14: a date).</param>
internal sealed record XlsxCell(string? Text, double? Number, string? Format, uint FormatId = 0)
{
    public bool IsEmpty => Text is null && Number is null;
}
