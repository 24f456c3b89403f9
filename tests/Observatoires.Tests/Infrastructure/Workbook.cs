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
                    return new XlsxCell(cell.InlineString!.InnerText, null, format);
                if (cell.DataType is not null)
                    return new XlsxCell(cell.CellValue?.Text, null, format); // neither number nor inline text: kept as written
                return cell.CellValue is null
                    ? new XlsxCell(null, null, format)
                    : new XlsxCell(null, double.Parse(cell.CellValue.Text, CultureInfo.InvariantCulture), format);
            }).ToList())];
        }
        return workbook;
    }
}

/// <param name="Number">Set only for a numeric cell (no data type): what a spreadsheet computes with.</param>
internal sealed record XlsxCell(string? Text, double? Number, string? Format)
{
    public bool IsEmpty => Text is null && Number is null;
}
