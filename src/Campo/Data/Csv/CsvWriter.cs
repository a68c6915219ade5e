using System.Globalization;
using System.Text;

namespace Campo.Data.Csv;

/// <summary>
/// Writes CSV deterministically: <c>\n</c> line ends, UTF-8 without a byte-order mark, invariant culture,
/// fields quoted only when they hold a comma, quote or line break. Numbers are written with a fixed number
/// of decimals so that a rebuild reproduces a file byte for byte.
/// </summary>
public sealed class CsvWriter
{
    private readonly StringBuilder _text = new();

    /// <summary>Appends one record.</summary>
    public void Row(params string[] fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                _text.Append(',');
            }

            _text.Append(Quote(fields[i]));
        }

        _text.Append('\n');
    }

    /// <summary>The CSV text.</summary>
    public override string ToString() => _text.ToString();

    /// <summary>Writes the text to a file as UTF-8 without a byte-order mark.</summary>
    public void Save(string path) => File.WriteAllText(path, _text.ToString(), new UTF8Encoding(false));

    /// <summary>Formats a number with a fixed number of decimals; negative zero is written as zero.</summary>
    public static string Fixed(double value, int decimals)
    {
        var text = value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return text.StartsWith('-') && text.Trim('-', '0', '.').Length == 0 ? text[1..] : text;
    }

    /// <summary>Formats an optional number; null is an empty field.</summary>
    public static string Fixed(double? value, int decimals) => value is { } v ? Fixed(v, decimals) : string.Empty;

    /// <summary>Formats a date as ISO 8601 (yyyy-MM-dd).</summary>
    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
