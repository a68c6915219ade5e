using System.Globalization;
using System.Text.Json;
using Campo.Composition;
using Campo.Data;
using Campo.Errors;
using Campo.Evaluation;
using Campo.Negotiation;
using Campo.Reports;
using Campo.Reports.Localization;
using Campo.Reports.Workbook;
using Campo.Scenarios;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace Campo.Tests.Reports;

/// <summary>The analyst's workbook: the same numbers as <c>--json</c>, cell by cell, in a valid, filtered, formatted file.</summary>
public sealed class AnalystWorkbookTests : IClassFixture<AnalystWorkbookTests.Cancun>
{
    private readonly Cancun _cancun;

    public AnalystWorkbookTests(Cancun cancun) => _cancun = cancun;

    [Fact]
    public void Every_cell_of_the_run_workbook_equals_the_json_field_it_names()
    {
        using var root = JsonDocument.Parse(_cancun.RunJson);
        var book = ReadBack(_cancun.RunWorkbook);
        var english = ReportText.For(ReportLanguage.English);

        // Each table sheet comes from one array of the output; the test finds the field by its header, independently.
        var arrays = new Dictionary<string, string>
        {
            [english[Strings.Workbook_Sheet_groups]] = "groups",
            [english[Strings.Workbook_Sheet_regions]] = "regions",
            [english[Strings.Workbook_Sheet_markets]] = "markets",
            [english[Strings.Workbook_Sheet_worldPrices]] = "worldPrices",
            [english[Strings.Workbook_Sheet_tariffs]] = "tariffs",
            [english[Strings.Workbook_Sheet_commitments]] = "commitments",
            [english[Strings.Workbook_Sheet_flagged]] = "flagged",
            [english[Strings.Workbook_Sheet_members]] = "negotiation.members",
            [english[Strings.Workbook_Sheet_coalitions]] = "negotiation.coalitions",
        };
        var checkedNumbers = 0;
        foreach (var (sheet, arrayPath) in arrays)
        {
            Assert.True(book.ContainsKey(sheet), "no sheet " + sheet + " in " + string.Join(", ", book.Keys));
            var rows = book[sheet];
            var items = Navigate(root.RootElement, arrayPath)!.Value.EnumerateArray().ToArray();
            Assert.Equal(items.Length, rows.Count - 1);
            var headers = rows[0];
            for (var r = 0; r < items.Length; r++)
            {
                for (var c = 0; c < headers.Count; c++)
                {
                    var expected = Navigate(items[r], (string)headers[c]!);
                    checkedNumbers += Same(expected, rows[r + 1].ElementAtOrDefault(c), sheet + " row " + (r + 2) + " " + headers[c]);
                }
            }
        }

        // The summary names each scalar field by its path from the root.
        foreach (var line in book[english[Strings.Workbook_Sheet_Summary]].Skip(1))
        {
            checkedNumbers += Same(Navigate(root.RootElement, (string)line[0]!), line[1], "summary " + line[0]);
        }

        Assert.True(checkedNumbers > 100_000, "only " + checkedNumbers + " numbers compared");
    }

    [Fact]
    public void The_workbook_is_valid_open_xml_with_frozen_filtered_headers_and_unit_formats()
    {
        using var stream = new MemoryStream(_cancun.RunWorkbook);
        using var document = SpreadsheetDocument.Open(stream, false);
        var errors = new OpenXmlValidator().Validate(document).Take(5).Select(e => e.Description + " at " + e.Path?.XPath).ToArray();
        Assert.True(errors.Length == 0, string.Join("\n", errors));

        var workbookPart = document.WorkbookPart!;
        var formats = workbookPart.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToArray();
        var custom = workbookPart.WorkbookStylesPart.Stylesheet.NumberingFormats!.Elements<NumberingFormat>().ToDictionary(n => n.NumberFormatId!.Value, n => n.FormatCode!.Value);
        foreach (var sheet in workbookPart.Workbook.Sheets!.Elements<Sheet>())
        {
            var worksheet = ((WorksheetPart)workbookPart.GetPartById(sheet.Id!)).Worksheet;
            var pane = worksheet.Descendants<Pane>().Single();
            Assert.Equal(1d, pane.VerticalSplit!.Value);
            Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
            Assert.NotNull(worksheet.Descendants<AutoFilter>().SingleOrDefault());
        }

        // A money column carries the money format, a share column the percentage format.
        var markets = Sheet(document, ReportText.For(ReportLanguage.English)[Strings.Workbook_Sheet_markets]);
        var header = markets.Descendants<Row>().First().Elements<Cell>().Select(c => c.InnerText).ToList();
        var firstRow = markets.Descendants<Row>().Skip(1).First().Elements<Cell>().ToDictionary(c => c.CellReference!.Value!);
        string FormatOf(string column)
        {
            var reference = AnalystWorkbook.ColumnName(header.IndexOf(column)) + "2";
            var id = formats[(int)firstRow[reference].StyleIndex!.Value].NumberFormatId!.Value;
            return custom.TryGetValue(id, out var code) && code is not null ? code : id.ToString(CultureInfo.InvariantCulture);
        }

        Assert.Equal("#,##0.0", FormatOf("welfare.producerSurplus"));
        Assert.Equal("0.0%", FormatOf("producerPriceChange"));
        Assert.Equal("4", FormatOf("producerPriceBase")); // built-in #,##0.00
    }

    [Fact]
    public void Every_numeric_field_of_the_outputs_has_a_stated_unit()
    {
        // A field the output gains later must be given a unit (ColumnUnits) before it reaches a workbook unexplained.
        foreach (var json in new[] { _cancun.RunJson, _cancun.NegotiationJson })
        {
            using var root = JsonDocument.Parse(json);
            var content = WorkbookContent.Read(root.RootElement);
            var unitless = content.Tables.SelectMany(t => t.Columns.Where(c => c.Unit != ColumnUnit.Text && c.Unit != ColumnUnit.Flag && ColumnUnits.Of(c.Path) is null).Select(c => t.Key + ": " + c.Path))
                .Concat(content.Summary.Where(l => l.Value.ValueKind == JsonValueKind.Number && ColumnUnits.Of(l.Path) is null).Select(l => l.Path))
                .ToArray();
            Assert.True(unitless.Length == 0, "no unit for " + string.Join(", ", unitless));
        }
    }

    [Fact]
    public void The_negotiation_workbook_has_the_verdict_the_coalitions_and_the_assumptions()
    {
        var book = ReadBack(_cancun.NegotiationWorkbook);
        var spanish = ReportText.For(ReportLanguage.Parse("es"));
        Assert.Equal(_cancun.Outcome.Members.Count + 1, book[spanish[Strings.Workbook_Sheet_members]].Count);
        Assert.Equal(_cancun.Outcome.Coalitions.Count + 1, book[spanish[Strings.Workbook_Sheet_coalitions]].Count);
        Assert.Contains(book[spanish[Strings.Workbook_Sheet_Notes]].Skip(1), row => (string)row[0]! == "assumptions");
        Assert.Equal(spanish[Strings.Workbook_Sheet_Units], book.Keys.Last());
    }

    [Fact]
    public void The_verdict_csv_spells_statuses_and_positions_as_the_json_does()
    {
        using var root = JsonDocument.Parse(_cancun.NegotiationJson);
        var json = root.RootElement.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("status").GetString() + "," + m.GetProperty("position").GetString()).ToHashSet();
        using var reader = Sylvan.Data.Csv.CsvDataReader.Create(new StringReader(NegotiationFiles.MembersCsv(_cancun.Outcome)));
        var csv = new HashSet<string>();
        while (reader.Read())
        {
            csv.Add(reader.GetString(reader.GetOrdinal("status")) + "," + reader.GetString(reader.GetOrdinal("position")));
        }

        Assert.Contains("leastDeveloped,object", json.Concat(csv));
        Assert.Equal(json, csv);
    }

    [Theory]
    [InlineData(0, "A")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")] // 26 = 1·26 + 0
    [InlineData(701, "ZZ")] // 701 = 26·26 + 25
    [InlineData(702, "AAA")]
    public void Columns_are_lettered_as_spreadsheets_letter_them(int index, string letters) =>
        Assert.Equal(letters, AnalystWorkbook.ColumnName(index));

    [Fact]
    public void A_comparison_names_each_drafts_sheets_by_its_number()
    {
        var english = ReportText.For(ReportLanguage.English);
        Assert.Equal("1 " + english[Strings.Workbook_Sheet_groups], AnalystWorkbook.SheetName("first.groups", english));
        Assert.Equal("2 " + english[Strings.Workbook_Sheet_regions], AnalystWorkbook.SheetName("second.regions", english));
        Assert.Equal(english[Strings.Workbook_Sheet_members], AnalystWorkbook.SheetName("negotiation.members", english));
    }

    [Fact]
    public void A_workbook_that_cannot_be_written_is_an_error_naming_the_option_and_leaves_nothing()
    {
        var folder = Path.Combine(Path.GetTempPath(), "campo-missing-" + Guid.NewGuid().ToString("N"));
        var error = Assert.Throws<CampoException>(() => AnalystWorkbook.Write(_cancun.NegotiationJson, ReportLanguage.English, Path.Combine(folder, "r.xlsx"), "r.xlsx"));
        Assert.Equal("--out", error.Location?.Field);
        Assert.False(Directory.Exists(folder));
    }

    private static Worksheet Sheet(SpreadsheetDocument document, string name)
    {
        var workbookPart = document.WorkbookPart!;
        var sheet = workbookPart.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return ((WorksheetPart)workbookPart.GetPartById(sheet.Id!)).Worksheet;
    }

    /// <summary>Every sheet as rows of cell values (string, double or bool; null for an empty cell), header first.</summary>
    private static Dictionary<string, List<List<object?>>> ReadBack(byte[] workbook)
    {
        using var stream = new MemoryStream(workbook);
        using var document = SpreadsheetDocument.Open(stream, false);
        var result = new Dictionary<string, List<List<object?>>>();
        foreach (var sheet in document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>())
        {
            var rows = new List<List<object?>>();
            foreach (var row in Sheet(document, sheet.Name!).Descendants<Row>())
            {
                var values = new List<object?>();
                foreach (var cell in row.Elements<Cell>())
                {
                    var column = ColumnIndex(cell.CellReference!.Value!);
                    while (values.Count < column)
                    {
                        values.Add(null);
                    }

                    values.Add(cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.Text!.Text
                        : cell.DataType?.Value == CellValues.Boolean ? cell.CellValue!.Text == "1"
                        : double.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture));
                }

                rows.Add(values);
            }

            result[sheet.Name!] = rows;
        }

        return result;
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsLetter))
        {
            index = (index * 26) + (c - 'A' + 1);
        }

        return index - 1;
    }

    private static JsonElement? Navigate(JsonElement element, string path)
    {
        foreach (var segment in path.Split('.'))
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(segment, out element))
            {
                return null;
            }
        }

        return element;
    }

    /// <summary>Asserts that a cell shows the JSON value; returns 1 when a number was compared.</summary>
    private static int Same(JsonElement? expected, object? cell, string where)
    {
        switch (expected?.ValueKind)
        {
            case null or JsonValueKind.Null:
                Assert.True(cell is null, where + ": expected an empty cell, found " + cell);
                return 0;
            case JsonValueKind.Number:
                Assert.True(cell is double d && d.Equals(expected.Value.GetDouble()), where + ": " + expected.Value.GetRawText() + " ≠ " + cell);
                return 1;
            case JsonValueKind.True or JsonValueKind.False:
                Assert.Equal(expected.Value.GetBoolean(), cell);
                return 0;
            case JsonValueKind.String:
                Assert.Equal(expected.Value.GetString(), cell);
                return 0;
            default:
                Assert.IsType<string>(cell);
                return 0;
        }
    }

    /// <summary>The Cancún draft with 10 draws and its verdict, on the default data, written as workbooks once.</summary>
    public sealed class Cancun
    {
        public Cancun()
        {
            var scenario = ScenarioReader.Read(ShippedScenarios.Text("cancun-2003")!, ShippedScenarios.FileName("cancun-2003"));
            var context = EvaluationContext.For(DatasetLoader.LoadDefault());
            Outcome = Negotiator.Negotiate(scenario, context, new NegotiationOptions { Draws = 0 });
            var evaluation = DraftEvaluator.Evaluate(scenario, context, new EvaluationOptions { Draws = 10 }) with { Negotiation = Outcome };
            RunJson = CampoJson.Serialize(evaluation);
            NegotiationJson = CampoJson.Serialize(Outcome);
            RunWorkbook = Bytes(RunJson, ReportLanguage.English);
            NegotiationWorkbook = Bytes(NegotiationJson, ReportLanguage.Parse("es"));
        }

        public NegotiationOutcome Outcome { get; }

        public string RunJson { get; }

        public string NegotiationJson { get; }

        public byte[] RunWorkbook { get; }

        public byte[] NegotiationWorkbook { get; }

        private static byte[] Bytes(string json, ReportLanguage language)
        {
            using var stream = new MemoryStream();
            AnalystWorkbook.Write(json, language, stream);
            return stream.ToArray();
        }
    }
}
