using System.Globalization;
using Campo.Domain;
using Campo.Errors;

namespace Campo.Data.Csv;

/// <summary>
/// A CSV file with a header, read for the dataset loader: typed getters whose errors name the file, line,
/// column and field, the value found and what is expected.
/// </summary>
public sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns;
    private readonly SnapshotColumns? _snapshot;

    private CsvTable(string file, IReadOnlyList<string> header, IReadOnlyList<CsvRecord> records, SnapshotColumns? snapshot = null)
    {
        _snapshot = snapshot;
        File = file;
        Header = header;
        Records = records;
        _columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            _columns[header[i]] = i;
        }
    }

    /// <summary>The file name used in messages.</summary>
    public string File { get; }

    /// <summary>The column names.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>The data records (header excluded).</summary>
    public IReadOnlyList<CsvRecord> Records { get; }

    /// <summary>Reads a table and checks that the named columns are present.</summary>
    /// <exception cref="CampoException">The file is empty, a column is missing, or a row has the wrong number of fields.</exception>
    public static CsvTable Read(TextReader reader, string file, params string[] requiredColumns) =>
        Parse(reader, file, requiredColumns).Require(requiredColumns);

    /// <summary>Checks that the named columns are present.</summary>
    /// <exception cref="CampoException">A column is missing; the message names the file and the column.</exception>
    internal CsvTable Require(params string[] requiredColumns)
    {
        ArgumentNullException.ThrowIfNull(requiredColumns);
        foreach (var column in requiredColumns)
        {
            if (!_columns.ContainsKey(column))
            {
                throw new CampoException(Messages.Fill(Messages.Csv_ColumnMissing, column), Messages.Fill(Messages.Csv_HeaderWithColumns, string.Join(",", requiredColumns)), new SourceLocation(File, 1, null, column));
            }
        }

        return this;
    }

    /// <summary>A table of a <see cref="CsvSnapshot"/>: its fields and parsed numbers read from the image.</summary>
    internal static CsvTable FromSnapshot(string file, IReadOnlyList<string> header, SnapshotColumns columns)
    {
        var records = new CsvRecord[columns.Rows];
        for (var r = 0; r < records.Length; r++)
        {
            records[r] = new CsvRecord(columns.Line(r), columns.Fields(r)) { Row = r };
        }

        return new CsvTable(file, header, records, columns);
    }

    /// <summary>Reads a table whose columns are checked later (<see cref="Require"/>).</summary>
    /// <param name="reader">The text.</param>
    /// <param name="file">The file name used in messages.</param>
    /// <param name="expectedColumns">The columns named in the message when the file is empty.</param>
    /// <exception cref="CampoException">The file is empty, or a row has the wrong number of fields.</exception>
    internal static CsvTable Parse(TextReader reader, string file, params string[] expectedColumns)
    {
        var records = CsvReader.ReadAll(reader, file);
        if (records.Count == 0)
        {
            throw new CampoException(Messages.Text(Messages.Csv_FileEmpty), Messages.Fill(Messages.Csv_HeaderLineNaming, string.Join(",", expectedColumns)), new SourceLocation(file, 1));
        }

        var header = records[0].Fields;
        var data = records.Skip(1).ToList();
        foreach (var record in data)
        {
            if (record.Fields.Count != header.Count)
            {
                throw new CampoException(
                    Messages.Fill(Messages.Csv_RowFieldCount, record.Fields.Count),
                    Messages.Fill(Messages.Csv_RowFieldCountFix, header.Count),
                    new SourceLocation(file, record.Line));
            }
        }

        return new CsvTable(file, header, data);
    }

    /// <summary>The location of a field, for error messages.</summary>
    public SourceLocation Where(CsvRecord record, string column)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new SourceLocation(File, record.Line, _columns.TryGetValue(column, out var i) ? i + 1 : null, column);
    }

    /// <summary>The text of a field, or empty when the table has no such column.</summary>
    public string Text(CsvRecord record, string column)
    {
        ArgumentNullException.ThrowIfNull(record);
        return _columns.TryGetValue(column, out var i) ? record.Fields[i] : string.Empty;
    }

    /// <summary>A required, non-empty text field.</summary>
    public string Required(CsvRecord record, string column)
    {
        var text = Text(record, column);
        return text.Length > 0 ? text : throw new CampoException(Messages.Text(Messages.Csv_FieldEmpty), Messages.Text(Messages.Csv_AValue), Where(record, column));
    }

    /// <summary>An optional number (empty is null), in the invariant culture.</summary>
    public double? OptionalNumber(CsvRecord record, string column, string context)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (_snapshot is not null && record.Row >= 0 && _columns.TryGetValue(column, out var index) && _snapshot.TryNumber(record.Row, index, out var parsed))
        {
            return parsed;
        }

        var text = Text(record, column);
        if (text.Length == 0)
        {
            return null;
        }

        if (TryParseNumber(text, out var value))
        {
            return value;
        }

        throw new CampoException(Messages.Fill(Messages.Csv_NotANumber, context, text), Messages.Text(Messages.Csv_NumberFix), Where(record, column));
    }

    /// <summary>The one rule by which a field is a number: <see cref="NumberStyles.Float"/>, invariant culture, finite.</summary>
    internal static bool TryParseNumber(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    /// <summary>A required number.</summary>
    public double Number(CsvRecord record, string column, string context) =>
        OptionalNumber(record, column, context) ?? throw new CampoException(Messages.Fill(Messages.Csv_FieldEmptyIn, context), Messages.Text(Messages.Csv_ANumber), Where(record, column));

    /// <summary>An optional ISO date (yyyy-MM-dd).</summary>
    public DateOnly? OptionalDate(CsvRecord record, string column)
    {
        var text = Text(record, column);
        if (text.Length == 0)
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new CampoException(Messages.Fill(Messages.Csv_NotADate, text), Messages.Text(Messages.Csv_DateFix), Where(record, column));
    }

    /// <summary>A required boolean written true or false.</summary>
    public bool Boolean(CsvRecord record, string column) => Text(record, column) switch
    {
        "true" => true,
        "false" => false,
        var other => throw new CampoException(Messages.Fill(Messages.Csv_NotTrueFalse, other), Messages.Text(Messages.Csv_TrueFalse), Where(record, column)),
    };

    /// <summary>A required three-letter member or region code.</summary>
    public MemberId Member(CsvRecord record, string column)
    {
        var text = Text(record, column);
        return MemberId.TryParse(text, out var id)
            ? id
            : throw new CampoException(Messages.Fill(Messages.Csv_NotMemberCode, text), Messages.Text(Messages.Csv_MemberCodeFix), Where(record, column));
    }

    /// <summary>A required commodity code.</summary>
    public CommodityId Commodity(CsvRecord record, string column)
    {
        var text = Text(record, column);
        return CommodityId.TryParse(text, out var id)
            ? id
            : throw new CampoException(Messages.Fill(Messages.Csv_NotCommodityCode, text), Messages.Text(Messages.Csv_CommodityCodeFix), Where(record, column));
    }
}
