using System.Text.Json;

namespace Campo.Reports.Workbook;

/// <summary>A column of a workbook sheet: the JSON path of its field (as <c>--json</c> names it) and its unit.</summary>
/// <param name="Path">The field's path inside one row object, segments separated by dots.</param>
/// <param name="Unit">The unit, which decides the number format.</param>
public sealed record WorkbookColumn(string Path, ColumnUnit Unit);

/// <summary>
/// One sheet's table, taken from an array of objects in Campo's JSON output: a column per leaf field (nested objects
/// flattened to dotted paths, in the order the fields first appear; a field null in every row has no column), a row
/// per object. Cells hold the JSON values
/// themselves, so the workbook shows exactly the numbers <c>--json</c> prints. A list inside a row becomes one text
/// cell: its values, or its objects' <c>text</c> (else <c>name</c>, else <c>code</c>), joined by "; ".
/// </summary>
public sealed class WorkbookTable
{
    private WorkbookTable(string key, IReadOnlyList<WorkbookColumn> columns, IReadOnlyList<IReadOnlyDictionary<string, JsonElement>> rows)
    {
        Key = key;
        Columns = columns;
        Rows = rows;
    }

    /// <summary>The JSON path of the array the table comes from (e.g. <c>groups</c>, <c>first.regions</c>).</summary>
    public string Key { get; }

    /// <summary>The columns.</summary>
    public IReadOnlyList<WorkbookColumn> Columns { get; }

    /// <summary>The rows: each column's JSON value by path (a column missing from a row is an empty cell).</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, JsonElement>> Rows { get; }

    /// <summary>The table of an array of JSON objects.</summary>
    /// <param name="key">The array's path in the document.</param>
    /// <param name="array">The array.</param>
    public static WorkbookTable FromArray(string key, JsonElement array)
    {
        var order = new List<string>();
        var kinds = new Dictionary<string, bool>(StringComparer.Ordinal);
        var rows = new List<IReadOnlyDictionary<string, JsonElement>>();
        foreach (var item in array.EnumerateArray())
        {
            var cells = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            Flatten(item, string.Empty, cells);
            foreach (var (path, value) in cells)
            {
                if (!kinds.TryGetValue(path, out var numeric))
                {
                    order.Add(path);
                    kinds[path] = value.ValueKind == JsonValueKind.Number;
                }
                else if (!numeric && value.ValueKind == JsonValueKind.Number)
                {
                    kinds[path] = true;
                }
            }

            rows.Add(cells);
        }

        var columns = order.Select(path => new WorkbookColumn(path, UnitOf(path, kinds[path], rows))).ToArray();
        return new WorkbookTable(key, columns, rows);
    }

    /// <summary>The text a list inside a row shows as.</summary>
    public static string ListText(JsonElement list) =>
        string.Join("; ", list.EnumerateArray().Select(ItemText));

    /// <summary>True when the element is an array whose items are all objects (a table of its own).</summary>
    public static bool IsTable(JsonElement element) =>
        element.ValueKind == JsonValueKind.Array && element.GetArrayLength() > 0 && element.EnumerateArray().All(e => e.ValueKind == JsonValueKind.Object);

    private static ColumnUnit UnitOf(string path, bool numeric, List<IReadOnlyDictionary<string, JsonElement>> rows)
    {
        if (!numeric)
        {
            var flags = rows.Select(r => r.TryGetValue(path, out var v) ? v.ValueKind : JsonValueKind.Null).Where(k => k != JsonValueKind.Null).ToArray();
            return flags.Length > 0 && flags.All(k => k is JsonValueKind.True or JsonValueKind.False) ? ColumnUnit.Flag : ColumnUnit.Text;
        }

        return ColumnUnits.Of(path) ?? ColumnUnit.Number;
    }

    private static void Flatten(JsonElement element, string prefix, Dictionary<string, JsonElement> cells)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            cells[prefix] = element;
            return;
        }

        foreach (var property in element.EnumerateObject())
        {
            var path = prefix.Length == 0 ? property.Name : prefix + "." + property.Name;
            if (property.Value.ValueKind == JsonValueKind.Object)
            {
                Flatten(property.Value, path, cells);
            }
            else if (property.Value.ValueKind != JsonValueKind.Null)
            {
                // A null is an empty cell, not a column: a field that is an object in one row and null in another
                // gets only its leaves' columns.
                cells[path] = property.Value;
            }
        }
    }

    private static string ItemText(JsonElement item) => item.ValueKind switch
    {
        JsonValueKind.String => item.GetString() ?? string.Empty,
        JsonValueKind.Object => Named(item, "text") ?? Named(item, "name") ?? Named(item, "code") ?? item.GetRawText(),
        _ => item.GetRawText(),
    };

    private static string? Named(JsonElement item, string property) =>
        item.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
