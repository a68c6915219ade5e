using System.IO.Compression;
using System.Runtime.CompilerServices;
using Parquet;
using Parquet.Schema;
using Sylvan.Data.Csv;

namespace Campo.Gravity.Data;

/// <summary>
/// Reads a bilateral data set: CSV (comma, or tab for <c>.tsv</c>/<c>.dlm</c>; gzipped when the name ends in
/// <c>.gz</c>) through Sylvan.Data.Csv, or Parquet through Parquet.Net. The first line of a text file holds the
/// column names. A column is numeric when its first non-missing value is a number; empty cells, <c>NA</c> and
/// <c>.</c> are missing. Numbers are read in the invariant culture (a dot for decimals).
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
        var options = new CsvDataReaderOptions { HasHeaders = true, BufferSize = 1 << 16 };
        if (bare.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase) || bare.EndsWith(".dlm", StringComparison.OrdinalIgnoreCase) || bare.EndsWith(".tab", StringComparison.OrdinalIgnoreCase))
        {
            options.Delimiter = '\t';
        }

        using var reader = CsvDataReader.Create(text, options);
        var fields = reader.FieldCount;
        if (fields == 0)
        {
            throw new GravityException("the file is empty", "the first line names the columns, such as exporter,importer,year,trade", new GravityLocation(name, 1));
        }

        var names = new string[fields];
        for (var f = 0; f < fields; f++)
        {
            names[f] = reader.GetName(f).Trim();
        }

        var builders = names.Select(n => new ColumnBuilder(n)).ToArray();
        var row = 0;
        while (reader.Read())
        {
            for (var f = 0; f < fields; f++)
            {
                builders[f].Add(reader.GetFieldSpan(f), row);
            }

            row++;
        }

        return new GravityTable(name, row, builders.Select(b => b.Build(row)), 2);
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
                _numeric = FastNumber.TryParse(span, out _);
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
            else if (FastNumber.TryParse(span, out var number))
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

        private static void Grow<T>(ref T[] array, int row)
        {
            if (row >= array.Length)
            {
                Array.Resize(ref array, Math.Max(row + 1, array.Length * 2));
            }
        }
    }
}
