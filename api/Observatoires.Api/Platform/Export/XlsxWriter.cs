using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Observatoires.Api.Platform.Export;

/// <summary>
/// A table as an XLSX workbook, with Microsoft's Open XML SDK: a "Données" sheet (a bold header row, numbers as
/// numbers, dates as dates, empty cells where the table has no number, as the CSV) and a "Métadonnées" sheet (per
/// indicator its definition, unit, source, vintage, licence and secrecy note; the request; the columns). Number
/// formats are stored in the file's invariant syntax (#,##0.0) that a spreadsheet shows in its reader's locale:
/// "1 234,5" in French. Text is written as inline strings and never run as a formula.
/// </summary>
internal static class XlsxWriter
{
    public const string DataSheet = "Données", MetadataSheet = "Métadonnées";

    // Style indexes in the stylesheet below.
    private const uint Bold = 1, Date = 2, Wrapped = 3, FirstDecimalStyle = 4;
    private const int MaxDecimals = 6;

    public static void Write(Stream output, ExportTable table, IEnumerable<object?[]> rows, string url, DateTimeOffset generatedAt)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = Stylesheet();
        var sheets = workbook.Workbook.AppendChild(new Sheets());

        var data = AddSheet(workbook, sheets, DataSheet, 1);
        Widths(data, table.Columns.Select(c => Math.Clamp(c.Title.Length + 2, 10, 40)));
        var sheetData = data.Worksheet.GetFirstChild<SheetData>()!;
        uint line = 1;
        sheetData.Append(Row(line++, table.Columns.Select(c => Text(c.Title, Bold))));
        foreach (var values in rows)
            sheetData.Append(Row(line++, table.Columns.Select((c, i) => Cell(c, i < values.Length ? values[i] : null))));
        data.Worksheet.InsertBefore(new SheetViews(new SheetView(new Pane
        {
            VerticalSplit = 1,
            TopLeftCell = "A2",
            ActivePane = PaneValues.BottomLeft,
            State = PaneStateValues.Frozen,
        })
        { WorkbookViewId = 0 }), data.Worksheet.GetFirstChild<Columns>()!);

        var metadata = AddSheet(workbook, sheets, MetadataSheet, 2);
        Widths(metadata, [28, 100]);
        var metadataData = metadata.Worksheet.GetFirstChild<SheetData>()!;
        line = 1;
        void Pair(string label, string value, uint labelStyle = Bold) =>
            metadataData.Append(Row(line++, [Text(label, labelStyle), Text(value, Wrapped)]));
        void Blank() => line++;

        Pair("Titre", table.Title);
        Pair("Producteur", ExportTable.Publisher);
        if (table.Source is not null)
            Pair("Source", table.Source);
        if (table.Licence is not null)
            Pair("Licence", table.Licence);
        foreach (var source in table.Sources)
        {
            Blank();
            Pair("Indicateur", $"{source.Title} ({source.Code})");
            Pair("Définition", source.Definition);
            Pair("Unité", source.Unit);
            Pair("Source", source.SourceUrl is null ? source.Source : $"{source.Source} ({source.SourceUrl})");
            Pair("Millésime", source.Vintage ?? "");
            Pair("Licence", source.Licence);
            Pair("Secret statistique", source.SecrecyNote);
        }
        Blank();
        foreach (var (label, value) in table.Request)
            Pair(label, value);
        Pair("Généré le", generatedAt.ToString("dd/MM/yyyy HH:mm:ss zzz", CultureInfo.InvariantCulture));
        Pair("Adresse", url);
        Blank();
        metadataData.Append(Row(line++, [Text("Colonne", Bold), Text("Description", Bold)]));
        foreach (var column in table.Columns)
        {
            var description = string.Join(" ", new[] { column.Description, column.Unit is null ? null : $"Unité : {column.Unit}." }
                .Where(d => d is not null));
            Pair(column.Title, description.Length > 0 ? description : column.Name, 0);
        }
        workbook.Workbook.Save();
    }

    private static WorksheetPart AddSheet(WorkbookPart workbook, Sheets sheets, string name, uint id)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        part.Worksheet = new Worksheet(new SheetData());
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id, Name = name });
        return part;
    }

    private static void Widths(WorksheetPart sheet, IEnumerable<int> widths)
    {
        var columns = new Columns();
        uint index = 1;
        foreach (var width in widths)
        {
            columns.Append(new Column { Min = index, Max = index, Width = width, CustomWidth = true });
            index++;
        }
        sheet.Worksheet.InsertBefore(columns, sheet.Worksheet.GetFirstChild<SheetData>());
    }

    private static Row Row(uint index, IEnumerable<Cell> cells)
    {
        var row = new Row { RowIndex = index };
        var column = 0;
        foreach (var cell in cells)
        {
            cell.CellReference = $"{ColumnName(column++)}{index}";
            row.Append(cell);
        }
        return row;
    }

    /// <summary>A, B, … Z, AA, AB…</summary>
    private static string ColumnName(int index) => index < 26 ? ((char)('A' + index)).ToString() : ColumnName(index / 26 - 1) + (char)('A' + index % 26);

    private static Cell Cell(ExportColumn column, object? value)
    {
        if (value is null)
            return new Cell();
        switch (column.Type)
        {
            case ColumnType.Integer or ColumnType.Number when Number(value) is { } number:
                var decimals = column.Type == ColumnType.Integer ? 0 : column.Decimals;
                return new Cell
                {
                    CellValue = new CellValue(number),
                    StyleIndex = decimals is { } d ? FirstDecimalStyle + (uint)Math.Clamp(d, 0, MaxDecimals) : 0,
                };
            case ColumnType.Date when value is DateOnly or DateTime:
                var date = value is DateOnly day ? day.ToDateTime(TimeOnly.MinValue) : (DateTime)value;
                return new Cell { CellValue = new CellValue(date.ToOADate()), StyleIndex = Date };
            default:
                return Text(ExportTable.Text(value), 0);
        }
    }

    private static double? Number(object value) => value switch
    {
        double d when double.IsFinite(d) => d,
        float f when float.IsFinite(f) => f,
        int i => i,
        long l => l,
        short s => s,
        decimal m => (double)m,
        _ => null,
    };

    private static Cell Text(string text, uint style) => new()
    {
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(XmlText(text)) { Space = SpaceProcessingModeValues.Preserve }),
        StyleIndex = style,
    };

    /// <summary>
    /// The text with each character XML cannot hold (U+FFFE, U+FFFF, most controls, a lone surrogate) replaced by U+FFFD:
    /// stored text is anyone's who may write it, and one such character would make the workbook unwritable for every reader.
    /// </summary>
    internal static string XmlText(string text)
    {
        StringBuilder? clean = null;
        for (var i = 0; i < text.Length; i++)
        {
            var pair = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            if (pair || XmlConvert.IsXmlChar(text[i]))
            {
                clean?.Append(text, i, pair ? 2 : 1);
                i += pair ? 1 : 0;
                continue;
            }
            clean ??= new StringBuilder(text.Length).Append(text, 0, i);
            clean.Append('\uFFFD');
        }
        return clean?.ToString() ?? text;
    }

    /// <summary>Fonts, fills and borders as Excel requires them, then: 0 default, 1 bold, 2 date, 3 wrapped, 4+d: d decimals.</summary>
    private static Stylesheet Stylesheet()
    {
        var numberFormats = new NumberingFormats();
        var formats = new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { ApplyAlignment = true });
        for (var d = 0; d <= MaxDecimals; d++)
        {
            var id = 164u + (uint)d;
            numberFormats.Append(new NumberingFormat { NumberFormatId = id, FormatCode = d == 0 ? "#,##0" : "#,##0." + new string('0', d) });
            formats.Append(new CellFormat { NumberFormatId = id, ApplyNumberFormat = true });
        }
        numberFormats.Count = (uint)numberFormats.ChildElements.Count;
        formats.Count = (uint)formats.ChildElements.Count;
        return new Stylesheet(
            numberFormats,
            new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }))
            { Count = 2 },
            new Borders(new Border()) { Count = 1 },
            formats);
    }
}
