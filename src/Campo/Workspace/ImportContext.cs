using System.Globalization;
using System.IO.Compression;
using System.Text;
using Campo.Errors;
using Sylvan.Data.Csv;

namespace Campo.Workspace;

/// <summary>What a reader of one kind of file needs while it imports: the workspace, the new import's number, the file, and where to put refused rows.</summary>
internal sealed class ImportContext(WorkspaceDb workspace, int importId, string path, string displayName, Domain.MemberId? member)
{
    private readonly List<Rejection> _rejections = [];
    private readonly List<string> _notes = [];

    public WorkspaceDb Workspace => workspace;

    public int ImportId => importId;

    public string Path => path;

    public string DisplayName => displayName;

    /// <summary>The member named with <c>--member</c>, for files that do not name their reporter by ISO code.</summary>
    public Domain.MemberId? Member => member;

    /// <summary>The layout recognised.</summary>
    public string Layout { get; set; } = string.Empty;

    /// <summary>Records read from the file.</summary>
    public long RowsRead { get; set; }

    public IReadOnlyList<Rejection> Rejections => _rejections;

    public IReadOnlyList<string> Notes => _notes;

    public void Reject(long? line, RejectReason reason, string? field, string detail) => _rejections.Add(new Rejection(line, reason, field, detail));

    public void Note(string note) => _notes.Add(note);

    /// <summary>A whole-file error at a line.</summary>
    public ImportException Fail(RejectReason reason, string problem, string? expected, int? line = null, string? field = null) =>
        new(reason, problem, expected, new SourceLocation(displayName, line, null, field));
}

/// <summary>
/// A delimited text file as the importers read it: gzip when the name ends in <c>.gz</c>; comment lines starting with
/// <c>#</c> before the header skipped (gcamfaostat writes eight); a tab delimiter for <c>.tsv</c>/<c>.txt</c> files or
/// when the header holds tabs and no commas; column names normalised (lower case, runs of other characters than
/// letters and digits turned into one <c>_</c>: "Area Code (M49)" is <c>area_code_m49</c>). Lines count from 1,
/// the header's line included, so a message points at the line an editor shows.
/// </summary>
internal sealed class TextTable : IDisposable
{
    private readonly Stream _stream;
    private readonly StreamReader _text;
    private readonly Dictionary<string, int> _columns = new(StringComparer.Ordinal);

    private TextTable(Stream stream, StreamReader text, CsvDataReader csv, int headerLine)
    {
        _stream = stream;
        _text = text;
        Csv = csv;
        HeaderLine = headerLine;
        for (var i = 0; i < csv.FieldCount; i++)
        {
            Names.Add(Normalize(csv.GetName(i)));
            _columns.TryAdd(Names[i], i);
        }
    }

    public CsvDataReader Csv { get; }

    /// <summary>The normalised column names, in file order.</summary>
    public List<string> Names { get; } = [];

    /// <summary>The header's line number.</summary>
    public int HeaderLine { get; }

    /// <summary>The line of the current record (one record per line: quoted line breaks are not expected in these files).</summary>
    public long Line { get; private set; }

    public static TextTable Open(string path, ImportContext context)
    {
        Stream stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            stream = new GZipStream(stream, CompressionMode.Decompress);
        }

        var text = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, 1 << 16);
        try
        {
            var skipped = 0;
            while (text.Peek() == '#')
            {
                text.ReadLine();
                skipped++;
            }

            var bare = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
            var tab = bare.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase) || bare.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);
            var options = new CsvDataReaderOptions { HasHeaders = true, BufferSize = 1 << 16, MaxBufferSize = 1 << 22 };
            if (tab)
            {
                options.Delimiter = '\t';
            }

            var csv = CsvDataReader.Create(text, options);
            var table = new TextTable(stream, text, csv, skipped + 1);
            if (table.Names.Count == 0 || table.Names.All(n => n.Length == 0))
            {
                table.Dispose();
                throw context.Fail(RejectReason.UnknownLayout, "the file has no header line", "the first line (after # comments) names the columns", skipped + 1);
            }

            return table;
        }
        catch (Exception exception) when (exception is InvalidDataException or FormatException || (exception.GetType().Namespace?.StartsWith("Sylvan", StringComparison.Ordinal) ?? false))
        {
            text.Dispose();
            throw context.Fail(RejectReason.UnknownLayout, "the file is not readable as CSV: " + exception.Message, "give the file as downloaded (CSV, optionally gzipped)");
        }
    }

    /// <summary>Normalises a column name.</summary>
    public static string Normalize(string name)
    {
        var builder = new StringBuilder(name.Length);
        var underscore = false;
        foreach (var ch in name.Trim().ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(ch))
            {
                builder.Append(ch);
                underscore = false;
            }
            else if (!underscore && builder.Length > 0)
            {
                builder.Append('_');
                underscore = true;
            }
        }

        return builder.ToString().TrimEnd('_');
    }

    /// <summary>The index of the first of <paramref name="names"/> the header has, or −1.</summary>
    public int Find(params string[] names)
    {
        foreach (var name in names)
        {
            if (_columns.TryGetValue(name, out var i))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The index of a column the layout needs.</summary>
    /// <exception cref="ImportException">Missing column.</exception>
    public int Require(ImportContext context, string layout, params string[] names)
    {
        var i = Find(names);
        return i >= 0 ? i : throw context.Fail(RejectReason.MissingColumn, "no column " + names[0] + (names.Length > 1 ? " (or " + string.Join(", ", names.Skip(1)) + ")" : string.Empty) + " for the " + layout + " layout", "give the file as downloaded, with its header line", HeaderLine);
    }

    /// <summary>Moves to the next record.</summary>
    public bool Read()
    {
        if (!Csv.Read())
        {
            return false;
        }

        Line = Line == 0 ? HeaderLine + 1 : Line + 1;
        return true;
    }

    /// <summary>The trimmed text of a field, or null when empty, absent or NA.</summary>
    public string? Text(int column)
    {
        if (column < 0 || column >= Csv.RowFieldCount)
        {
            return null;
        }

        var text = Csv.GetString(column).Trim();
        return text.Length == 0 || text is "NA" or "N/A" or "NaN" or ".." ? null : text;
    }

    /// <summary>A number in the invariant culture, or null when empty; text that is not a number is <paramref name="bad"/>.</summary>
    public double? Number(int column, out string? bad)
    {
        bad = null;
        var text = Text(column);
        if (text is null)
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        bad = text;
        return null;
    }

    public void Dispose()
    {
        Csv.Dispose();
        _text.Dispose();
        _stream.Dispose();
    }
}
