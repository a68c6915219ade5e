using System.Text;
using Campo.Errors;

namespace Campo.Data.Csv;

/// <summary>One record of a CSV file: its fields and the 1-based line on which it starts.</summary>
/// <param name="Line">The 1-based line number of the record's first character.</param>
/// <param name="Fields">The fields, unquoted.</param>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields)
{
    /// <summary>The record's index in a snapshot table (<see cref="CsvSnapshot"/>), or -1 for a record read from text.</summary>
    internal int Row { get; init; } = -1;
}

/// <summary>
/// A small RFC 4180 reader that keeps line numbers, so that every error can name the file, line and column.
/// Quoted fields may hold commas, doubled quotes and line breaks. A byte-order mark is skipped; lines
/// starting with <c>#</c> before the header are skipped when <c>skipComments</c> is set (FAOSTAT extracts).
/// </summary>
public static class CsvReader
{
    /// <summary>Reads every record of a text.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="file">The file name used in error messages.</param>
    /// <param name="skipComments">Skip lines that start with <c>#</c> outside quoted fields.</param>
    /// <exception cref="CampoException">A quoted field is not closed.</exception>
    public static List<CsvRecord> ReadAll(TextReader reader, string file, bool skipComments = false)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var text = reader.ReadToEnd();
        var records = new List<CsvRecord>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var atRecordStart = true;
        while (i < text.Length)
        {
            if (atRecordStart)
            {
                recordLine = line;
                if (skipComments && text[i] == '#')
                {
                    while (i < text.Length && text[i] != '\n')
                    {
                        i++;
                    }

                    i++;
                    line++;
                    continue;
                }

                atRecordStart = false;
            }

            var c = text[i];
            if (c == '"' && field.Length == 0)
            {
                var openLine = line;
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        throw new CampoException(Messages.Text(Messages.Csv_QuoteNotClosed), Messages.Text(Messages.Csv_QuoteNotClosedFix), new SourceLocation(file, openLine));
                    }

                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    if (text[i] == '\n')
                    {
                        line++;
                    }

                    field.Append(text[i]);
                    i++;
                }

                continue;
            }

            if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
                i++;
                continue;
            }

            if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                i++;
                fields.Add(field.ToString());
                field.Clear();
                if (!(fields.Count == 1 && fields[0].Length == 0))
                {
                    records.Add(new CsvRecord(recordLine, fields.ToArray()));
                }

                fields.Clear();
                line++;
                atRecordStart = true;
                continue;
            }

            field.Append(c);
            i++;
        }

        if (!atRecordStart)
        {
            fields.Add(field.ToString());
            if (!(fields.Count == 1 && fields[0].Length == 0))
            {
                records.Add(new CsvRecord(recordLine, fields.ToArray()));
            }
        }

        return records;
    }
}
