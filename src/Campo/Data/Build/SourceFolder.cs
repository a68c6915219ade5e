using System.Globalization;
using System.IO.Compression;
using System.Text;
using Campo.Data.Csv;
using Campo.Errors;

namespace Campo.Data.Build;

/// <summary>Reads the source files of the builder, naming any missing or malformed file in a <see cref="CampoException"/>.</summary>
internal sealed class SourceFolder(string root, string label)
{
    public string Root { get; } = root;

    public string Path(string relative) => System.IO.Path.Combine(Root, relative);

    public string Label(string relative) => label + "/" + relative;

    public string Text(string relative)
    {
        var path = Path(relative);
        if (!File.Exists(path))
        {
            throw new CampoException(Messages.Fill(Messages.Build_SourceMissing, Label(relative)), Messages.Text(Messages.Build_SourceMissingFix), new SourceLocation(Label(relative)));
        }

        if (relative.EndsWith(".gz", StringComparison.Ordinal))
        {
            using var gz = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
            using var reader = new StreamReader(gz, Encoding.UTF8);
            return reader.ReadToEnd();
        }

        return File.ReadAllText(path, Encoding.UTF8);
    }

    /// <summary>Reads a headerless or headed CSV file into records.</summary>
    public List<CsvRecord> Records(string relative, bool skipComments = false)
    {
        using var reader = new StringReader(Text(relative));
        return CsvReader.ReadAll(reader, Label(relative), skipComments);
    }

    /// <summary>Reads a CSV file with a header into dictionaries keyed by column name.</summary>
    public List<(int Line, Dictionary<string, string> Row)> Rows(string relative, bool skipComments = false)
    {
        var records = Records(relative, skipComments);
        if (records.Count == 0)
        {
            throw new CampoException(Messages.Fill(Messages.Build_SourceEmpty, Label(relative)), Messages.Text(Messages.Build_SourceEmptyFix), new SourceLocation(Label(relative)));
        }

        var header = records[0].Fields;
        var rows = new List<(int, Dictionary<string, string>)>();
        foreach (var record in records.Skip(1))
        {
            if (record.Fields.Count != header.Count)
            {
                throw new CampoException(Messages.Fill(Messages.Csv_RowFieldCount, record.Fields.Count), Messages.Fill(Messages.Csv_RowFieldCountFix, header.Count), new SourceLocation(Label(relative), record.Line));
            }

            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Count; i++)
            {
                row[header[i]] = i < record.Fields.Count ? record.Fields[i] : string.Empty;
            }

            rows.Add((record.Line, row));
        }

        return rows;
    }

    public double Number(string relative, CsvRecord record, int index)
    {
        var text = index < record.Fields.Count ? record.Fields[index] : string.Empty;
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw new CampoException(Messages.Fill(Messages.Build_NotANumber, text), Messages.Text(Messages.Build_NumberFix), new SourceLocation(Label(relative), record.Line, index + 1));
    }
}
