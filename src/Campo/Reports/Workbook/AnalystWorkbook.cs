using System.Globalization;
using System.Text.Json;
using Campo.Errors;
using Campo.Reports.Localization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Campo.Reports.Workbook;

/// <summary>
/// The analyst's workbook (<c>--out results.xlsx</c>): a summary sheet, one sheet per table of the command's JSON
/// output (groups, members, markets, the verdict, coalitions, commitments, tariffs, the assumptions with their
/// sources), the notes, and a units sheet naming every column's unit. Numbers are numbers with a format for their
/// unit (money #,##0.0, shares 0.0%), headers are frozen and filtered. Headers are the JSON field names, so a
/// workbook column and a <c>--json</c> field are the same thing; sheet names and the units sheet are in the
/// report's language. Written with the Open XML SDK, streaming (a market table of 6,000 rows writes in well under
/// a second), through a temporary file: whole or not at all.
/// </summary>
public static class AnalystWorkbook
{
    // Style indexes in the stylesheet written below.
    private const uint HeaderStyle = 1;
    private const uint MillionUsdStyle = 2;
    private const uint FractionStyle = 3;
    private const uint PerUnitStyle = 4;
    private const uint CountStyle = 5;
    private const uint WrapStyle = 6;
    private const int MaxCellText = 32_767;

    /// <summary>Writes the workbook of a command's JSON output.</summary>
    /// <param name="json">The output as <c>--json</c> prints it.</param>
    /// <param name="language">The language of sheet names and the units sheet.</param>
    /// <param name="path">The full path to write.</param>
    /// <param name="shown">The path as the user gave it, for messages.</param>
    /// <param name="field">The option that named the file (for messages): <c>--out</c>.</param>
    /// <exception cref="CampoException">The file cannot be written.</exception>
    public static void Write(string json, ReportLanguage language, string path, string shown, string field = "--out")
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = JsonDocument.Parse(json);
        var content = WorkbookContent.Read(document.RootElement);
        try
        {
            Data.OutputFile.Write(path, stream => Write(content, ReportText.For(language), stream));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new CampoException(Messages.Fill(Messages.Output_WorkbookNotWritten, exception.Message), Messages.Text(Messages.Output_WritableFolderFix), new SourceLocation(shown, Field: field), exception);
        }
    }

    /// <summary>Writes the workbook of a command's JSON output to a stream (the web download).</summary>
    /// <param name="json">The output as <c>--json</c> prints it.</param>
    /// <param name="language">The language of sheet names and the units sheet.</param>
    /// <param name="stream">Where to write.</param>
    public static void Write(string json, ReportLanguage language, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = JsonDocument.Parse(json);
        Write(WorkbookContent.Read(document.RootElement), ReportText.For(language), stream);
    }

    /// <summary>The sheet name of a table in a language: its name, after the draft's number in a comparison.</summary>
    public static string SheetName(string key, ReportText text)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(text);
        var segments = key.Split('.');
        var name = text.Find("Workbook_Sheet_" + segments[^1]) ?? segments[^1];
        var owner = segments.Length > 1 ? segments[0] switch
        {
            "first" => "1 ",
            "second" => "2 ",
            _ => string.Empty,
        } : string.Empty;
        return owner + name;
    }

    private static void Write(WorkbookContent content, ReportText text, Stream stream)
    {
        // The packaging layer reads back what it wrote, so the workbook is built in memory and then copied out:
        // output files and HTTP responses are write-only streams.
        using var buffer = new MemoryStream();
        Build(content, text, buffer);
        buffer.Position = 0;
        buffer.CopyTo(stream);
    }

    private static void Build(WorkbookContent content, ReportText text, Stream stream)
    {
        using var package = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var workbookPart = package.AddWorkbookPart();
        workbookPart.Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook();
        var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = Stylesheet();
        var sheets = workbookPart.Workbook.AppendChild(new Sheets());
        var definedNames = new DefinedNames();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        uint id = 1;

        void AddSheet(string wanted, IReadOnlyList<string> headers, IReadOnlyList<ColumnUnit> units, int rowCount, Action<int, Cells> fill)
        {
            var name = UniqueName(wanted, names);
            var part = workbookPart.AddNewPart<WorksheetPart>();
            WriteSheet(part, headers, units, rowCount, fill);
            sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = id, Name = name });
            if (headers.Count > 0)
            {
                definedNames.Append(new DefinedName("'" + name.Replace("'", "''", StringComparison.Ordinal) + "'!$A$1:$" + ColumnName(headers.Count - 1) + "$" + (rowCount + 1).ToString(CultureInfo.InvariantCulture))
                {
                    Name = "_xlnm._FilterDatabase",
                    LocalSheetId = id - 1,
                    Hidden = true,
                });
            }

            id++;
        }

        var summary = content.Summary;
        AddSheet(
            text[Strings.Workbook_Sheet_Summary],
            [text[Strings.Workbook_Column_Field], text[Strings.Workbook_Column_Value], text[Strings.Workbook_Column_Unit]],
            [ColumnUnit.Text, ColumnUnit.Number, ColumnUnit.Text],
            summary.Count,
            (row, cells) =>
            {
                var line = summary[row];
                cells.Text(line.Path);
                cells.Value(line.Value, line.Unit);
                cells.Text(UnitName(line.Unit, text));
            });

        foreach (var table in content.Tables)
        {
            AddSheet(
                SheetName(table.Key, text),
                table.Columns.Select(c => c.Path).ToArray(),
                table.Columns.Select(c => c.Unit).ToArray(),
                table.Rows.Count,
                (row, cells) =>
                {
                    foreach (var column in table.Columns)
                    {
                        if (table.Rows[row].TryGetValue(column.Path, out var value))
                        {
                            cells.Value(value, column.Unit);
                        }
                        else
                        {
                            cells.Skip();
                        }
                    }
                });
        }

        var notes = content.Notes;
        AddSheet(
            text[Strings.Workbook_Sheet_Notes],
            [text[Strings.Workbook_Column_List], text[Strings.Workbook_Column_Text]],
            [ColumnUnit.Text, ColumnUnit.Text],
            notes.Count,
            (row, cells) =>
            {
                cells.Text(notes[row].List);
                cells.Text(notes[row].Text, wrap: true);
            });

        var units = content.Tables
            .SelectMany(t => t.Columns.Where(c => c.Unit != ColumnUnit.Text).Select(c => (Sheet: SheetName(t.Key, text), c.Path, c.Unit)))
            .ToArray();
        AddSheet(
            text[Strings.Workbook_Sheet_Units],
            [text[Strings.Workbook_Column_Sheet], text[Strings.Workbook_Column_Field], text[Strings.Workbook_Column_Unit]],
            [ColumnUnit.Text, ColumnUnit.Text, ColumnUnit.Text],
            units.Length,
            (row, cells) =>
            {
                cells.Text(units[row].Sheet);
                cells.Text(units[row].Path);
                cells.Text(UnitName(units[row].Unit, text));
            });

        workbookPart.Workbook.Append(definedNames);
        workbookPart.Workbook.Save();
    }

    /// <summary>The name of a unit in the language.</summary>
    public static string UnitName(ColumnUnit unit, ReportText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return unit switch
        {
            ColumnUnit.MillionUsd => text[Strings.Workbook_Unit_MillionUsd],
            ColumnUnit.Fraction => text[Strings.Workbook_Unit_Fraction],
            ColumnUnit.UsdPerTonne => text[Strings.Workbook_Unit_UsdPerTonne],
            ColumnUnit.UsdPerHectare => text[Strings.Workbook_Unit_UsdPerHectare],
            ColumnUnit.ThousandTonnes => text[Strings.Workbook_Unit_ThousandTonnes],
            ColumnUnit.Count => text[Strings.Workbook_Unit_Count],
            ColumnUnit.Flag => text[Strings.Workbook_Unit_Flag],
            ColumnUnit.Number => text[Strings.Workbook_Unit_Number],
            _ => string.Empty,
        };
    }

    private static void WriteSheet(WorksheetPart part, IReadOnlyList<string> headers, IReadOnlyList<ColumnUnit> units, int rowCount, Action<int, Cells> fill)
    {
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteStartElement(new SheetViews());
        writer.WriteStartElement(new SheetView { WorkbookViewId = 0, TabSelected = false });
        writer.WriteElement(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen });
        writer.WriteElement(new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } });
        writer.WriteEndElement();
        writer.WriteEndElement();
        if (headers.Count > 0)
        {
            writer.WriteStartElement(new Columns());
            for (var c = 0; c < headers.Count; c++)
            {
                var width = Math.Clamp(Math.Max(headers[c].Length + 3, units[c] == ColumnUnit.Text ? 18 : 12), 8, 60);
                writer.WriteElement(new Column { Min = (uint)(c + 1), Max = (uint)(c + 1), Width = width, CustomWidth = true });
            }

            writer.WriteEndElement();
        }

        writer.WriteStartElement(new SheetData());
        writer.WriteStartElement(new Row { RowIndex = 1 });
        for (var c = 0; c < headers.Count; c++)
        {
            WriteText(writer, ColumnName(c) + "1", headers[c], HeaderStyle);
        }

        writer.WriteEndElement();
        for (var r = 0; r < rowCount; r++)
        {
            var rowIndex = (uint)(r + 2);
            writer.WriteStartElement(new Row { RowIndex = rowIndex });
            fill(r, new Cells(writer, rowIndex));
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        if (headers.Count > 0)
        {
            writer.WriteElement(new AutoFilter { Reference = "A1:" + ColumnName(headers.Count - 1) + (rowCount + 1).ToString(CultureInfo.InvariantCulture) });
        }

        writer.WriteEndElement();
    }

    private static void WriteText(OpenXmlWriter writer, string reference, string value, uint style)
    {
        var text = value.Length > MaxCellText ? value[..MaxCellText] : value;
        writer.WriteElement(new Cell(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }))
        {
            CellReference = reference,
            DataType = CellValues.InlineString,
            StyleIndex = style == 0 ? null : style,
        });
    }

    private static Stylesheet Stylesheet() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164, FormatCode = ColumnUnits.NumberFormat(ColumnUnit.MillionUsd) },
            new NumberingFormat { NumberFormatId = 165, FormatCode = ColumnUnits.NumberFormat(ColumnUnit.Fraction) })
        { Count = 2 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellStyleFormats(new CellFormat()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 165, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 4, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 1, ApplyNumberFormat = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { ApplyAlignment = true })
        { Count = 7 });

    private static uint StyleOf(ColumnUnit unit) => unit switch
    {
        ColumnUnit.MillionUsd or ColumnUnit.ThousandTonnes => MillionUsdStyle,
        ColumnUnit.Fraction => FractionStyle,
        ColumnUnit.UsdPerTonne or ColumnUnit.UsdPerHectare => PerUnitStyle,
        ColumnUnit.Count => CountStyle,
        _ => 0,
    };

    /// <summary>The letters of a zero-based column index (0 → A, 26 → AA).</summary>
    public static string ColumnName(int index)
    {
        var name = string.Empty;
        for (var i = index + 1; i > 0; i = (i - 1) / 26)
        {
            name = (char)('A' + ((i - 1) % 26)) + name;
        }

        return name;
    }

    private static string UniqueName(string wanted, HashSet<string> taken)
    {
        // Excel: at most 31 characters, none of : \ / ? * [ ], unique ignoring case.
        var clean = new string(wanted.Select(c => c is ':' or '\\' or '/' or '?' or '*' or '[' or ']' ? ' ' : c).ToArray()).Trim();
        var name = clean.Length > 31 ? clean[..31] : clean;
        for (var n = 2; !taken.Add(name); n++)
        {
            var suffix = " " + n.ToString(CultureInfo.InvariantCulture);
            name = (clean.Length + suffix.Length > 31 ? clean[..(31 - suffix.Length)] : clean) + suffix;
        }

        return name;
    }

    /// <summary>Writes the cells of one row, left to right.</summary>
    private sealed class Cells(OpenXmlWriter writer, uint row)
    {
        private int column;

        public void Skip() => column++;

        public void Text(string value, bool wrap = false)
        {
            WriteText(writer, Reference(), value, wrap ? WrapStyle : 0);
            column++;
        }

        public void Value(JsonElement value, ColumnUnit unit)
        {
            switch (value.ValueKind)
            {
                case JsonValueKind.Number:
                    writer.WriteElement(new Cell(new CellValue(value.GetDouble())) { CellReference = Reference(), StyleIndex = StyleOf(unit) is var s && s != 0 ? s : null });
                    break;
                case JsonValueKind.True or JsonValueKind.False:
                    // ECMA-376 writes a boolean cell as 1 or 0 (the SDK would write "true", which some readers refuse).
                    writer.WriteElement(new Cell(new CellValue(value.GetBoolean() ? "1" : "0")) { CellReference = Reference(), DataType = CellValues.Boolean });
                    break;
                case JsonValueKind.String:
                    WriteText(writer, Reference(), value.GetString() ?? string.Empty, 0);
                    break;
                case JsonValueKind.Array:
                    WriteText(writer, Reference(), WorkbookTable.ListText(value), 0);
                    break;
                default:
                    break;
            }

            column++;
        }

        private string Reference() => ColumnName(column) + row.ToString(CultureInfo.InvariantCulture);
    }
}
