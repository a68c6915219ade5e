using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using Campo.Reports.Localization;

namespace Campo.Tests.Reports;

/// <summary>Reads a report's tables back: rows by their <c>data-key</c>, cells by their exact <c>data-value</c>.</summary>
internal static class ReportTables
{
    public static readonly XNamespace X = "http://www.w3.org/1999/xhtml";

    /// <summary>The rows of the table with this class: the row's key and its data cells (the label cell left out).</summary>
    public static List<(string Key, XElement[] Cells)> Rows(XDocument document, string table) =>
        [.. document.Descendants(X + "table").Single(t => (string?)t.Attribute("class") == table)
            .Element(X + "tbody")!.Elements(X + "tr")
            .Select(r => ((string)r.Elements().First().Attribute("data-key")!, r.Elements(X + "td").ToArray()))];

    /// <summary>True when the document has a table with this class.</summary>
    public static bool Has(XDocument document, string table) => document.Descendants(X + "table").Any(t => (string?)t.Attribute("class") == table);

    /// <summary>The ids of the document's sections, in order.</summary>
    public static string[] Sections(XDocument document) =>
        [.. document.Descendants(X + "section").Select(s => (string)s.Attribute("id")!)];

    /// <summary>The exact number behind a cell.</summary>
    public static double Value(XElement cell) => double.Parse((string)cell.Attribute("data-value")!, CultureInfo.InvariantCulture);

    /// <summary>True when the cell has no number.</summary>
    public static bool Empty(XElement cell) => cell.Attribute("data-value") is null;

    /// <summary>A JSON number, or null for a JSON null.</summary>
    public static double? Number(JsonElement element) => element.ValueKind == JsonValueKind.Null ? null : element.GetDouble();

    /// <summary>Asserts that a cell shows a JSON number (or nothing for a JSON null).</summary>
    public static void Equal(JsonElement expected, XElement cell)
    {
        if (Number(expected) is { } value)
        {
            Assert.Equal(value, Value(cell));
        }
        else
        {
            Assert.True(Empty(cell), "expected an empty cell, found " + cell);
        }
    }

    /// <summary>Asserts that a cell shows money as the JSON has it, in the reader's format.</summary>
    public static void Money(ReportFormat format, JsonElement expected, XElement cell)
    {
        Assert.Equal(expected.GetDouble(), Value(cell));
        Assert.Equal(format.Money(expected.GetDouble()), cell.Value);
    }
}
