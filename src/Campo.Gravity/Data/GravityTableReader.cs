using System.IO.Compression;
using System.Runtime.CompilerServices;
using Parquet;
using Parquet.Schema;
using Sylvan.Data.Csv;

namespace Campo.Gravity.Data;

/// <summary>
/// Reads a bilateral data set: CSV (comma, or tab for <c>.tsv</c>/<c>.dlm</c>; gzipped when the name ends in
/// <c>.gz</c>) through Sylvan.Data.Csv, or Parquet through Parquet.Net. The first line of a text file holds the
/// column names, each once (a duplicated or empty name is refused); every row has as many fields as the header
/// (a short or long row is refused with its line). A column is numeric when its first non-missing value is a
/// number; empty cells, <c>NA</c>, <c>NaN</c> and <c>.</c> are missing; <c>Inf</c>, <c>Infinity</c> and numbers
/// beyond the range of a double are infinite and refused, with their line and column, when a formula uses the
/// column. A record longer than <see cref="MaxRecordChars"/> characters is refused with its line. Numbers are read in the invariant culture (a dot for decimals).
/// </summary>
public static class GravityTableReader
{
    /// <summary>Reads the file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="displayName">The name to use in messages (as the user typed it); defaults to the path.</param>
    /// <exception cref="GravityException">The file is missing, empty or unreadable.</exception>
    public static GravityTable Read(string path, string? displayName = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = displayName ?? path;
        if (!File.Exists(path))
        {
            throw new GravityException("file not found", "give the path of a .csv, .csv.gz, .tsv or .parquet file", new GravityLocation(name));
        }

        try
        {
            return path.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase)
                ? ReadParquet(path, name)
                : ReadText(path, name);
        }
        catch (InvalidDataException e)
        {
            throw new GravityException("the file is not valid gzip or Parquet: " + e.Message, "check the file's format and extension", new GravityLocation(name), e);
        }
        catch (Exception e) when (e.GetType().Namespace?.StartsWith("Sylvan.Data.Csv", StringComparison.Ordinal) ?? false)
        {
            // The CSV reader's own refusals (a quote not closed, no header line); found by fuzzing (tests/Campo.Tests/Fuzz).
            throw new GravityException("the file is not valid CSV: " + e.Message, "check the quotes and delimiters; the first line names the columns", new GravityLocation(name), e);
        }
        catch (IOException e)
        {
            throw new GravityException("the file could not be read: " + e.Message, null, new GravityLocation(name), e);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static GravityTable ReadText(string path, string name)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)
            ? new PrefetchStream(new GZipStream(file, CompressionMode.Decompress))
            : file;
        using var text = new StreamReader(stream, bufferSize: 1 << 16);
        var bare = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
        var options = new CsvDataReaderOptions { HasHeaders = true, BufferSize = 1 << 16, MaxBufferSize = MaxRecordChars };
        if (bare.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase) || bare.EndsWith(".dlm", StringComparison.OrdinalIgnoreCase) || bare.EndsWith(".tab", StringComparison.OrdinalIgnoreCase))
        {
            options.Delimiter = '\t';
        }

        var row = 0;
        try
        {
            using var reader = CsvDataReader.Create(text, options);
            var fields = reader.FieldCount;
            var names = new string[fields];
            for (var f = 0; f < fields; f++)
            {
                names[f] = reader.GetName(f).Trim();
            }

            CheckHeader(names, name);
            var builders = names.Select(n => new ColumnBuilder(n)).ToArray();
            while (reader.Read())
            {
                if (reader.RowFieldCount != fields)
                {
                    // A short or long row would silently shift or lose values: refuse it with its line.
                    throw new GravityException(
                        $"this row has {reader.RowFieldCount} fields but the header names {fields} columns",
                        "every row has one value per column (leave a cell empty when missing; quote text that holds the delimiter)",
                        new GravityLocation(name, row + 2, Math.Min(reader.RowFieldCount, fields) + 1));
                }

                for (var f = 0; f < fields; f++)
                {
                    builders[f].Add(reader.GetFieldSpan(f), row);
                }

                row++;
            }

            return new GravityTable(name, row, builders.Select(b => b.Build(row)), 2);
        }
        catch (CsvMissingHeadersException e)
        {
            throw new GravityException("the file is empty", "the first line names the columns, such as exporter,importer,year,trade", new GravityLocation(name, 1), e);
        }
        catch (CsvRecordTooLargeException e)
        {
            throw new GravityException(
                $"a row longer than {MaxRecordChars:N0} characters (the limit of a record)",
                "a gravity data row holds codes and numbers: check the quotes and the delimiter of this line",
                new GravityLocation(name, row + 2),
                e);
        }
        catch (CsvFormatException e)
        {
            throw new GravityException(
                "malformed CSV: " + e.Message,
                "check the quotes on this line",
                new GravityLocation(name, row + 2, e.FieldOrdinal >= 0 ? e.FieldOrdinal + 1 : null),
                e);
        }
    }

    /// <summary>The longest record read, in characters (1 MiB); longer ones are refused with their line.</summary>
    internal const int MaxRecordChars = 1 << 20;

    /// <summary>Refuses an empty or duplicated column name: a formula could not say which column it means.</summary>
    private static void CheckHeader(string[] names, string file)
    {
        if (names.Length == 0 || (names.Length == 1 && names[0].Length == 0))
        {
            throw new GravityException("the file is empty", "the first line names the columns, such as exporter,importer,year,trade", new GravityLocation(file, 1));
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var f = 0; f < names.Length; f++)
        {
            if (names[f].Length == 0)
            {
                throw new GravityException($"column {f + 1} has no name", "name every column on the first line", new GravityLocation(file, 1, f + 1));
            }

            if (seen.TryGetValue(names[f], out var first))
            {
                throw new GravityException(
                    $"the column name '{names[f]}' appears twice (columns {first + 1} and {f + 1})",
                    "give every column its own name",
                    new GravityLocation(file, 1, f + 1, names[f]));
            }

            seen[names[f]] = f;
        }
    }

    private static GravityTable ReadParquet(string path, string name)
    {
        return ReadParquetAsync(path, name).GetAwaiter().GetResult();
    }

    private static async Task<GravityTable> ReadParquetAsync(string path, string name)
    {
        using var stream = File.OpenRead(path);
        var reader = await ParquetReader.CreateAsync(stream).ConfigureAwait(false);
        await using var disposeReader = reader.ConfigureAwait(false);
        var fields = reader.Schema.GetDataFields();
        CheckHeader(fields.Select(f => f.Name).ToArray(), name);
        var total = 0;
        var numbers = fields.Select(_ => new List<double>()).ToArray();
        var texts = fields.Select(_ => new List<string?>()).ToArray();
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var count = checked((int)group.RowCount);
            for (var f = 0; f < fields.Length; f++)
            {
                var field = fields[f];
                var type = field.ClrType;
                if (IsText(type))
                {
                    var buffer = new string?[count];
                    await group.ReadAsync(field, buffer.AsMemory(), null).ConfigureAwait(false);
                    texts[f].AddRange(buffer);
                }
                else
                {
                    numbers[f].AddRange(await ReadNumbers(group, field, count).ConfigureAwait(false));
                }
            }

            total += count;
        }

        var columns = new List<GravityColumn>();
        for (var f = 0; f < fields.Length; f++)
        {
            columns.Add(IsText(fields[f].ClrType)
                ? new GravityColumn(fields[f].Name, null, [.. texts[f]])
                : new GravityColumn(fields[f].Name, [.. numbers[f]], null));
        }

        return new GravityTable(name, total, columns, 1, "row");
    }

    private static bool IsText(Type type) => type == typeof(string) || type == typeof(ReadOnlyMemory<char>);

    private static async Task<double[]> ReadNumbers(ParquetRowGroupReader group, DataField field, int count)
    {
        var type = field.ClrType;
        if (type == typeof(double))
        {
            return await Read<double>(group, field, count, v => v).ConfigureAwait(false);
        }

        if (type == typeof(float))
        {
            return await Read<float>(group, field, count, v => v).ConfigureAwait(false);
        }

        if (type == typeof(int))
        {
            return await Read<int>(group, field, count, v => v).ConfigureAwait(false);
        }

        if (type == typeof(long))
        {
            return await Read<long>(group, field, count, v => v).ConfigureAwait(false);
        }

        if (type == typeof(short))
        {
            return await Read<short>(group, field, count, v => v).ConfigureAwait(false);
        }

        if (type == typeof(bool))
        {
            return await Read<bool>(group, field, count, v => v ? 1 : 0).ConfigureAwait(false);
        }

        if (type == typeof(decimal))
        {
            return await Read<decimal>(group, field, count, v => (double)v).ConfigureAwait(false);
        }

        throw new GravityException(
            $"column type {type.Name} is not supported",
            "use numbers (double, float, int, long) or text columns",
            GravityLocation.OfField(field.Name));
    }

    private static async Task<double[]> Read<T>(ParquetRowGroupReader group, DataField field, int count, Func<T, double> convert)
        where T : struct
    {
        var result = new double[count];
        if (field.IsNullable)
        {
            var buffer = new T?[count];
            await group.ReadAsync(field, buffer.AsMemory(), null).ConfigureAwait(false);
            for (var i = 0; i < count; i++)
            {
                result[i] = buffer[i] is { } v ? convert(v) : double.NaN;
            }
        }
        else
        {
            var buffer = new T[count];
            await group.ReadAsync(field, buffer.AsMemory(), null).ConfigureAwait(false);
            for (var i = 0; i < count; i++)
            {
                result[i] = convert(buffer[i]);
            }
        }

        return result;
    }

    /// <summary>Collects one column, deciding numeric or text on its first non-missing value.</summary>
    private sealed class ColumnBuilder(string name)
    {
        private double[] _numbers = new double[1024];
        private string?[]? _text;
        private bool? _numeric;
        private int _badRow = -1;
        private string? _badValue;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Add(ReadOnlySpan<char> value, int row)
        {
            var span = value.Trim();
            var missing = span.IsEmpty || span.SequenceEqual("NA") || span.SequenceEqual(".") || span.SequenceEqual("NaN");
            if (_numeric is null && !missing)
            {
                _numeric = FastNumber.TryParse(span, out _) || IsInfinite(span);
                if (_numeric == false)
                {
                    _text = new string?[_numbers.Length];
                }
            }

            if (_numeric == false)
            {
                Grow(ref _text!, row);
                _text[row] = missing ? null : span.ToString();
                return;
            }

            Grow(ref _numbers, row);
            if (missing)
            {
                _numbers[row] = double.NaN;
            }
            else if (FastNumber.TryParse(span, out var number) && double.IsFinite(number))
            {
                _numbers[row] = number;
            }
            else
            {
                _numbers[row] = double.NaN;
                if (_badRow < 0)
                {
                    _badRow = row;
                    _badValue = span.ToString();
                }
            }
        }

        public GravityColumn Build(int rows)
        {
            if (_numeric == false)
            {
                // Rows before the first value were missing.
                Array.Resize(ref _text, rows);
                return new GravityColumn(name, null, _text);
            }

            Array.Resize(ref _numbers, rows);
            return new GravityColumn(name, _numbers, null, _badRow, _badValue);
        }

        /// <summary>Inf, -Inf, Infinity (any case): infinite values, which no gravity model can use.</summary>
        private static bool IsInfinite(ReadOnlySpan<char> span)
        {
            var bare = span.TrimStart('+').TrimStart('-');
            return bare.Equals("inf", StringComparison.OrdinalIgnoreCase) || bare.Equals("infinity", StringComparison.OrdinalIgnoreCase);
        }

        private static void Grow<T>(ref T[] array, int row)
        {
            if (row >= array.Length)
            {
                Array.Resize(ref array, Math.Max(row + 1, array.Length * 2));
            }
        }
    }
}
