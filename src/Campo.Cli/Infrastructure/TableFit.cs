using System.Runtime.CompilerServices;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Campo.Cli.Infrastructure;

/// <summary>
/// Fits a table to a terminal width without cutting a word or a number: a column is never narrower than its
/// longest word (numbers and their units are one word: the formats join them with a no-break space), and when the
/// columns cannot all be that wide, the columns of lowest priority are left out, named under the table.
/// </summary>
/// <remarks>
/// Why not let Spectre shrink the table: below the width of its longest word a column breaks words letter by
/// letter ("Tropic / al and / subtro / pical") and crops headers ("commo…"), which reads as a different word or a
/// different number. The priority of a column is stated where the table is built (<see cref="Priority"/>); a column
/// without one keeps the order of the table (the first column, the row's label, is never left out; the others
/// leave from the right).
/// </remarks>
internal static class TableFit
{
    private const int Unbounded = 100_000;

    private static readonly ConditionalWeakTable<TableColumn, StrongBox<int>> Priorities = [];

    /// <summary>
    /// States how much a column matters when the terminal is narrow: columns with the lowest priority are left out
    /// first. The first column of a table is never left out.
    /// </summary>
    /// <param name="column">The column.</param>
    /// <param name="priority">Higher keeps the column longer.</param>
    /// <returns>The same column.</returns>
    public static TableColumn Priority(this TableColumn column, int priority)
    {
        ArgumentNullException.ThrowIfNull(column);
        Priorities.AddOrUpdate(column, new StrongBox<int>(priority));
        return column;
    }

    /// <summary>
    /// The table laid out for the width: every column at least as wide as its longest word, the room left shared in
    /// proportion to what each column would need to show its cells on one line, and, when even the narrowest layout
    /// is too wide, without the columns of lowest priority (their headers returned).
    /// </summary>
    /// <param name="table">The table as built.</param>
    /// <param name="options">The console's render options (for measuring).</param>
    /// <param name="width">The terminal width in columns.</param>
    public static (Table Table, IReadOnlyList<string> Omitted) Fit(Table table, RenderOptions options, int width)
    {
        ArgumentNullException.ThrowIfNull(table);
        var all = Enumerable.Range(0, table.Columns.Count).ToList();
        var natural = Measure(table, all, options);
        if (natural.Overhead + natural.Maximum.Sum() <= width || table.Columns.Count == 0 || table.Width is not null)
        {
            return (table, []);
        }

        // Leave-out order: lowest priority first; among equals, the rightmost first; never the first column.
        var order = Enumerable.Range(1, table.Columns.Count - 1)
            .OrderBy(i => PriorityOf(table.Columns[i], i, table.Columns.Count))
            .ThenByDescending(i => i)
            .ToList();
        var kept = all;
        var layout = natural;
        foreach (var leave in order)
        {
            if (layout.Overhead + layout.Minimum.Sum() <= width)
            {
                break;
            }

            kept = kept.Where(i => i != leave).ToList();
            layout = Measure(table, kept, options);
        }

        var widths = Share(layout, width - layout.Overhead);
        var omitted = all.Except(kept).Select(i => HeaderText(table.Columns[i], options)).ToList();
        return (Copy(table, kept, widths), omitted);
    }

    /// <summary>
    /// Widths that fit the room: each column's minimum first; then, if there is room, each column as wide as its
    /// widest cell (so that rows, the numbers, keep to one line, and only headers wrap); the rest of the room shared
    /// in proportion to what each column still lacks, whole columns, the remainder to the largest shortfalls.
    /// </summary>
    private static int[] Share(Layout layout, int room)
    {
        var widths = layout.Minimum.ToArray();
        var cells = layout.Cells.Select((c, i) => Math.Max(c, widths[i])).ToArray();
        if (cells.Sum() <= room)
        {
            widths = cells;
        }

        Grow(widths, layout.Maximum, room);
        return widths;
    }

    /// <summary>Grows the widths toward their targets in proportion to each shortfall, without passing the room.</summary>
    private static void Grow(int[] widths, int[] targets, int room)
    {
        var spare = room - widths.Sum();
        var shortfall = targets.Select((target, i) => Math.Max(0, target - widths[i])).ToArray();
        var wanted = shortfall.Sum();
        if (spare <= 0 || wanted <= 0)
        {
            return;
        }

        var given = 0;
        for (var i = 0; i < widths.Length; i++)
        {
            var share = spare >= wanted ? shortfall[i] : (int)Math.Floor((double)spare * shortfall[i] / wanted);
            widths[i] += share;
            given += share;
        }

        foreach (var i in Enumerable.Range(0, widths.Length).OrderByDescending(i => targets[i] - widths[i]).Take(Math.Max(0, Math.Min(spare, wanted) - given)))
        {
            widths[i]++;
        }
    }

    /// <summary>Each kept column's narrowest width without breaking a word and its width on one line, and the width
    /// the table adds around them (borders, padding).</summary>
    private static Layout Measure(Table table, IReadOnlyList<int> kept, RenderOptions options)
    {
        var rows = table.Rows.Select(row => row.ToList()).ToList();
        var minimum = new int[kept.Count];
        var maximum = new int[kept.Count];
        var widestCell = new int[kept.Count];
        for (var k = 0; k < kept.Count; k++)
        {
            var column = table.Columns[kept[k]];
            var header = column.Header.Measure(options, Unbounded);
            minimum[k] = header.Min;
            maximum[k] = header.Max;
            foreach (var cell in rows.Where(cells => kept[k] < cells.Count).Select(cells => cells[kept[k]]))
            {
                var measured = ((IRenderable)new SpaceWrapped(cell)).Measure(options, Unbounded);
                minimum[k] = Math.Max(minimum[k], measured.Min);
                maximum[k] = Math.Max(maximum[k], measured.Max);
                widestCell[k] = Math.Max(widestCell[k], measured.Max);
            }
        }

        // What the table adds around its cells: measured on the copy at its natural width.
        var copy = Copy(table, kept, widths: null);
        var overhead = ((IRenderable)copy).Measure(options, Unbounded).Max - maximum.Sum();
        return new Layout(minimum, maximum, widestCell, overhead);
    }

    private static int PriorityOf(TableColumn column, int index, int count) =>
        Priorities.TryGetValue(column, out var box) ? box.Value : count - index;

    private static Table Copy(Table table, IReadOnlyList<int> kept, int[]? widths)
    {
        var copy = new Table
        {
            Border = table.Border,
            BorderStyle = table.BorderStyle,
            UseSafeBorder = table.UseSafeBorder,
            ShowHeaders = table.ShowHeaders,
            ShowRowSeparators = table.ShowRowSeparators,
            ShowFooters = table.ShowFooters,
            Expand = table.Expand,
            Title = table.Title,
            Caption = table.Caption,
        };
        for (var k = 0; k < kept.Count; k++)
        {
            var column = table.Columns[kept[k]];
            copy.AddColumn(new TableColumn(column.Header)
            {
                Alignment = column.Alignment,
                Padding = column.Padding,
                NoWrap = column.NoWrap,
                Footer = column.Footer,
                Width = widths is null ? column.Width : widths[k],
            });
        }

        foreach (var row in table.Rows)
        {
            var cells = row.ToList();
            // Laid out at fitted widths, a cell breaks only at ordinary spaces: a number joined by a no-break space stays whole.
            copy.AddRow(kept.Select(i => i < cells.Count ? (widths is null ? cells[i] : new SpaceWrapped(cells[i])) : Text.Empty));
        }

        return copy;
    }

    private sealed record Layout(int[] Minimum, int[] Maximum, int[] Cells, int Overhead);

    /// <summary>A column's header as plain text (its segments, without styles), for the note under the table.</summary>
    private static string HeaderText(TableColumn column, RenderOptions options) =>
        string.Concat(column.Header.Render(options, Unbounded).Where(s => !s.IsLineBreak).Select(s => s.Text)).Trim();
}
