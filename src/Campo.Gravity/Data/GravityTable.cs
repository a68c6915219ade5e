using System.Globalization;

namespace Campo.Gravity.Data;

/// <summary>
/// One column of a <see cref="GravityTable"/>: numbers (NaN where missing) or text (null where missing).
/// A column is numeric when its first non-missing value is a number.
/// </summary>
public sealed class GravityColumn
{
    internal GravityColumn(string name, double[]? numbers, string?[]? text, int badRow = -1, string? badValue = null)
    {
        Name = name;
        Numbers = numbers;
        Text = text;
        BadRow = badRow;
        BadValue = badValue;
    }

    /// <summary>The column name as in the file.</summary>
    public string Name { get; }

    /// <summary>Values when numeric; NaN marks a missing value.</summary>
    public double[]? Numbers { get; }

    /// <summary>Values when text; null marks a missing value.</summary>
    public string?[]? Text { get; }

    /// <summary>True when the column holds numbers.</summary>
    public bool IsNumeric => Numbers is not null;

    /// <summary>The first row (0-based) of a numeric column whose value is not a number, or −1.</summary>
    public int BadRow { get; }

    /// <summary>The offending text at <see cref="BadRow"/>.</summary>
    public string? BadValue { get; }
}

/// <summary>
/// A bilateral data set as read from a file or built in memory: named columns of equal length. Rows are
/// numbered from 0; <see cref="LineOf"/> gives the line a person finds them on in the file.
/// </summary>
public sealed class GravityTable
{
    private readonly Dictionary<string, GravityColumn> _columns;
    private readonly List<string> _order;

    internal GravityTable(string source, int rowCount, IEnumerable<GravityColumn> columns, int firstDataLine, string rowWord = "line")
    {
        Source = source;
        RowCount = rowCount;
        FirstDataLine = firstDataLine;
        RowWord = rowWord;
        _columns = new Dictionary<string, GravityColumn>(StringComparer.Ordinal);
        _order = [];
        foreach (var column in columns)
        {
            _columns[column.Name] = column;
            _order.Add(column.Name);
        }
    }

    /// <summary>The file as the user named it, or a description of an in-memory table.</summary>
    public string Source { get; }

    /// <summary>Number of rows.</summary>
    public int RowCount { get; }

    /// <summary>Column names in file order.</summary>
    public IReadOnlyList<string> ColumnNames => _order;

    /// <summary>The line of the first data row in the file (2 for a CSV with a header).</summary>
    public int FirstDataLine { get; }

    /// <summary>"line" for text files, "row" for Parquet.</summary>
    internal string RowWord { get; }

    /// <summary>The line (or 1-based row) of a 0-based row index, as a person finds it in the file.</summary>
    public int LineOf(int row) => row + FirstDataLine;

    /// <summary>True when the table has the column.</summary>
    public bool HasColumn(string name) => _columns.ContainsKey(name);

    /// <summary>The named column.</summary>
    /// <exception cref="GravityException">No such column; the message lists the columns there are.</exception>
    public GravityColumn Column(string name)
    {
        if (_columns.TryGetValue(name, out var column))
        {
            return column;
        }

        var suggestion = _order.FirstOrDefault(c => string.Equals(c, name, StringComparison.OrdinalIgnoreCase));
        var hint = suggestion is not null ? $"did you mean '{suggestion}'? " : string.Empty;
        throw new GravityException(
            $"no column named '{name}'",
            hint + "the columns are: " + string.Join(", ", _order),
            new GravityLocation(Source, 1, null, name));
    }

    /// <summary>Builds a table from columns in memory (numbers or text).</summary>
    /// <param name="source">A name for the table in messages.</param>
    /// <param name="numeric">Numeric columns (NaN = missing).</param>
    /// <param name="text">Text columns (null = missing); may be null.</param>
    /// <exception cref="ArgumentException">Columns differ in length or a name repeats.</exception>
    public static GravityTable FromColumns(string source, IReadOnlyDictionary<string, double[]> numeric, IReadOnlyDictionary<string, string?[]>? text = null)
    {
        ArgumentNullException.ThrowIfNull(numeric);
        var columns = new List<GravityColumn>();
        var length = -1;
        foreach (var (name, values) in numeric)
        {
            length = Check(length, values.Length, name);
            columns.Add(new GravityColumn(name, values, null));
        }

        if (text is not null)
        {
            foreach (var (name, values) in text)
            {
                if (numeric.ContainsKey(name))
                {
                    throw new ArgumentException($"Column {name} is given twice.", nameof(text));
                }

                length = Check(length, values.Length, name);
                columns.Add(new GravityColumn(name, null, values));
            }
        }

        return new GravityTable(source, Math.Max(length, 0), columns, 1, "row");
    }

    /// <summary>A copy of the table with one more numeric column (or a column replaced).</summary>
    public GravityTable WithColumn(string name, double[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length != RowCount)
        {
            throw new ArgumentException($"Column {name} has {values.Length} values for {RowCount} rows.", nameof(values));
        }

        var columns = _order.Where(c => c != name).Select(c => _columns[c]).Append(new GravityColumn(name, values, null));
        return new GravityTable(Source, RowCount, columns, FirstDataLine, RowWord);
    }

    /// <summary>The rows for which <paramref name="keep"/> is true (line numbers are not kept: messages then name rows).</summary>
    public GravityTable Where(Func<int, bool> keep)
    {
        ArgumentNullException.ThrowIfNull(keep);
        var rows = Enumerable.Range(0, RowCount).Where(keep).ToArray();
        var columns = _order.Select(name =>
        {
            var c = _columns[name];
            return c.IsNumeric
                ? new GravityColumn(name, rows.Select(r => c.Numbers![r]).ToArray(), null)
                : new GravityColumn(name, null, rows.Select(r => c.Text![r]).ToArray());
        });
        return new GravityTable(Source + " (filtered)", rows.Length, columns, 1, "row");
    }

    /// <summary>The value of a cell as text (for messages and keys).</summary>
    public string Cell(string column, int row)
    {
        var c = Column(column);
        return c.IsNumeric ? c.Numbers![row].ToString("R", CultureInfo.InvariantCulture) : c.Text![row] ?? string.Empty;
    }

    /// <summary>A location for a cell, for error messages.</summary>
    internal GravityLocation Where(int row, string column) =>
        RowWord == "line" ? new GravityLocation(Source, LineOf(row), ColumnIndex(column), column) : new GravityLocation(Source + $" row {row + 1}", null, null, column);

    private int? ColumnIndex(string column)
    {
        var index = _order.IndexOf(column);
        return index < 0 ? null : index + 1;
    }

    private static int Check(int length, int actual, string name)
    {
        if (length >= 0 && length != actual)
        {
            throw new ArgumentException($"Column {name} has {actual} values; the others have {length}.", nameof(name));
        }

        return actual;
    }
}
