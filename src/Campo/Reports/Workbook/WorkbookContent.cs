using System.Text.Json;

namespace Campo.Reports.Workbook;

/// <summary>A line of the summary sheet: one scalar field of the output, its value and unit.</summary>
/// <param name="Path">The field's path in the JSON output.</param>
/// <param name="Value">Its JSON value.</param>
/// <param name="Unit">Its unit.</param>
public sealed record SummaryLine(string Path, JsonElement Value, ColumnUnit Unit);

/// <summary>A line of the notes sheet: one entry of a list of texts in the output.</summary>
/// <param name="List">The list's path in the JSON output.</param>
/// <param name="Text">The entry.</param>
public sealed record NoteLine(string List, string Text);

/// <summary>
/// What an analyst's workbook holds, read from a command's JSON output so that the workbook and <c>--json</c> can
/// never disagree: the scalar fields as a summary, every array of objects as a table sheet (groups, members,
/// markets, the verdict, coalitions, assumptions...), every list of texts as notes. The same reading serves
/// <c>run</c>, <c>compare</c> and <c>negotiate</c>, and picks up any field the output gains later.
/// </summary>
public sealed class WorkbookContent
{
    private static readonly string[] PreferredOrder =
        ["groups", "regions", "members", "coalitions", "byCoalition", "worldPrices", "markets", "commitments", "tariffs", "flagged"];

    private WorkbookContent(IReadOnlyList<SummaryLine> summary, IReadOnlyList<WorkbookTable> tables, IReadOnlyList<NoteLine> notes)
    {
        Summary = summary;
        Tables = tables;
        Notes = notes;
    }

    /// <summary>The scalar fields, in the order of the output.</summary>
    public IReadOnlyList<SummaryLine> Summary { get; }

    /// <summary>The table sheets, groups and members first.</summary>
    public IReadOnlyList<WorkbookTable> Tables { get; }

    /// <summary>The lists of texts (notes, assumptions, caveats), entry by entry.</summary>
    public IReadOnlyList<NoteLine> Notes { get; }

    /// <summary>Reads a command's JSON output.</summary>
    /// <param name="output">The root of the output (an object).</param>
    public static WorkbookContent Read(JsonElement output)
    {
        var summary = new List<SummaryLine>();
        var tables = new List<WorkbookTable>();
        var notes = new List<NoteLine>();
        Walk(output, string.Empty, summary, tables, notes);
        var ordered = tables
            .OrderBy(t => Rank(t.Key))
            .ThenBy(t => t.Key.Split('.')[0], StringComparer.Ordinal)
            .ToArray();
        return new WorkbookContent(summary, ordered, notes);
    }

    private static int Rank(string key)
    {
        var index = Array.IndexOf(PreferredOrder, key.Split('.')[^1]);
        return index < 0 ? PreferredOrder.Length : index;
    }

    private static void Walk(JsonElement element, string prefix, List<SummaryLine> summary, List<WorkbookTable> tables, List<NoteLine> notes)
    {
        foreach (var property in element.EnumerateObject())
        {
            var path = prefix.Length == 0 ? property.Name : prefix + "." + property.Name;
            var value = property.Value;
            switch (value.ValueKind)
            {
                case JsonValueKind.Object:
                    Walk(value, path, summary, tables, notes);
                    break;
                case JsonValueKind.Array when WorkbookTable.IsTable(value):
                    tables.Add(WorkbookTable.FromArray(path, value));
                    break;
                case JsonValueKind.Array:
                    notes.AddRange(value.EnumerateArray().Select(item => new NoteLine(path, item.ValueKind == JsonValueKind.String ? item.GetString() ?? string.Empty : item.GetRawText())));
                    break;
                case JsonValueKind.Null:
                    break;
                default:
                    summary.Add(new SummaryLine(path, value, UnitOf(path, value)));
                    break;
            }
        }
    }

    private static ColumnUnit UnitOf(string path, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => ColumnUnits.Of(path) ?? ColumnUnit.Number,
        JsonValueKind.True or JsonValueKind.False => ColumnUnit.Flag,
        _ => ColumnUnit.Text,
    };
}
