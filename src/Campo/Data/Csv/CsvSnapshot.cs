using System.Buffers.Binary;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace Campo.Data.Csv;

/// <summary>
/// A compact binary image of parsed CSV tables, so that the embedded dataset is read once per machine instead of
/// tokenised and parsed on every run: each table's header, line numbers and fields (as indices into one pool of
/// distinct strings, decoded only when a field's text is asked for), and, for every column whose non-empty fields
/// are all numbers, those numbers already parsed by the very call <see cref="CsvTable.OptionalNumber"/> makes
/// (<c>double.TryParse</c>, <see cref="NumberStyles.Float"/>, invariant culture), so a number read from the image is
/// the number read from the text, bit for bit.
/// </summary>
/// <remarks>
/// The image is generic: it holds whatever tables it is given (the loader gives every embedded CSV file, whatever
/// its columns), so a new table needs no code here. Format (little-endian): magic, version, the 32-byte key of the
/// tables it was built from, the string pool (UTF-8 bytes and offsets), then per table its name, row and column
/// counts, header, line numbers and per column a kind byte (0 text, 1 numeric), the string index of every field and,
/// for a numeric column, its values.
/// </remarks>
internal static class CsvSnapshot
{
    private const int Version = 1;
    private static readonly byte[] Magic = "CAMPOSNP"u8.ToArray();

    /// <summary>Writes tables to an image stamped with a key (a hash of the sources).</summary>
    public static byte[] Write(IReadOnlyList<CsvTable> tables, ReadOnlySpan<byte> key)
    {
        var pool = new Dictionary<string, int>(StringComparer.Ordinal) { [string.Empty] = 0 };
        var order = new List<string> { string.Empty };
        int Id(string s)
        {
            if (!pool.TryGetValue(s, out var id))
            {
                pool[s] = id = order.Count;
                order.Add(s);
            }

            return id;
        }

        using var body = new MemoryStream();
        using (var w = new BinaryWriter(body, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(tables.Count);
            foreach (var table in tables)
            {
                var rows = table.Records.Count;
                var columns = table.Header.Count;
                w.Write(table.File);
                w.Write(rows);
                w.Write(columns);
                foreach (var name in table.Header)
                {
                    w.Write(name);
                }

                WriteInts(w, table.Records.Select(r => r.Line).ToArray());
                for (var c = 0; c < columns; c++)
                {
                    var ids = new int[rows];
                    var values = new double[rows];
                    var numeric = rows > 0;
                    for (var r = 0; r < rows; r++)
                    {
                        var text = table.Records[r].Fields[c];
                        ids[r] = Id(text);
                        if (text.Length > 0)
                        {
                            numeric &= CsvTable.TryParseNumber(text, out values[r]);
                        }
                    }

                    w.Write((byte)(numeric ? 1 : 0));
                    WriteInts(w, ids);
                    if (numeric)
                    {
                        w.Write(MemoryMarshal.AsBytes(values.AsSpan()));
                    }
                }
            }
        }

        using var image = new MemoryStream();
        using (var w = new BinaryWriter(image, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(Magic);
            w.Write(Version);
            w.Write(key.Length);
            w.Write(key);
            var offsets = new int[order.Count + 1];
            using var bytes = new MemoryStream();
            for (var i = 0; i < order.Count; i++)
            {
                offsets[i] = (int)bytes.Length;
                var encoded = Encoding.UTF8.GetBytes(order[i]);
                bytes.Write(encoded);
            }

            offsets[^1] = (int)bytes.Length;
            w.Write(order.Count);
            WriteInts(w, offsets);
            w.Write((int)bytes.Length);
            w.Write(bytes.GetBuffer(), 0, (int)bytes.Length);
            w.Write(body.GetBuffer(), 0, (int)body.Length);
        }

        return image.ToArray();
    }

    /// <summary>The key an image was stamped with, or null when the bytes are not an image of this version.</summary>
    public static byte[]? KeyOf(ReadOnlySpan<byte> image)
    {
        if (!BitConverter.IsLittleEndian || image.Length < Magic.Length + 8 || !image[..Magic.Length].SequenceEqual(Magic)
            || BinaryPrimitives.ReadInt32LittleEndian(image[Magic.Length..]) != Version)
        {
            return null;
        }

        var length = BinaryPrimitives.ReadInt32LittleEndian(image[(Magic.Length + 4)..]);
        var start = Magic.Length + 8;
        return length is >= 0 and <= 64 && image.Length >= start + length ? image.Slice(start, length).ToArray() : null;
    }

    /// <summary>Reads the tables of an image, each labelled for messages by <paramref name="label"/>.</summary>
    /// <exception cref="InvalidDataException">The bytes are not a whole image of this version.</exception>
    public static Dictionary<string, CsvTable> Read(byte[] image, Func<string, string> label)
    {
        var key = KeyOf(image) ?? throw new InvalidDataException("not a dataset snapshot of version " + Version.ToString(CultureInfo.InvariantCulture));
        var reader = new SpanReader(image, Magic.Length + 8 + key.Length);
        try
        {
            var count = reader.Int();
            var offsets = reader.Ints(count + 1);
            var length = reader.Int();
            var strings = new StringPool(image, reader.Position, offsets);
            reader.Skip(length);
            var tables = new Dictionary<string, CsvTable>(StringComparer.Ordinal);
            var n = reader.Int();
            for (var t = 0; t < n; t++)
            {
                var name = reader.String();
                var rows = reader.Int();
                var columns = reader.Int();
                var header = new string[columns];
                for (var c = 0; c < columns; c++)
                {
                    header[c] = reader.String();
                }

                var lines = reader.Ints(rows);
                var ids = new int[columns][];
                var numbers = new double[]?[columns];
                for (var c = 0; c < columns; c++)
                {
                    var numeric = reader.Byte() == 1;
                    ids[c] = reader.Ints(rows);
                    numbers[c] = numeric ? reader.Doubles(rows) : null;
                }

                tables[name] = CsvTable.FromSnapshot(label(name), header, new SnapshotColumns(strings, lines, ids, numbers));
            }

            return tables;
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or IndexOutOfRangeException or EndOfStreamException or DecoderFallbackException)
        {
            throw new InvalidDataException("the dataset snapshot is truncated or damaged", e);
        }
    }

    private static void WriteInts(BinaryWriter w, int[] values) => w.Write(MemoryMarshal.AsBytes(values.AsSpan()));

    private ref struct SpanReader(ReadOnlySpan<byte> data, int position)
    {
        private readonly ReadOnlySpan<byte> _data = data;

        public int Position { get; private set; } = position;

        public void Skip(int bytes)
        {
            if (bytes < 0 || Position + bytes > _data.Length)
            {
                throw new EndOfStreamException();
            }

            Position += bytes;
        }

        public byte Byte()
        {
            var value = _data[Position];
            Position++;
            return value;
        }

        public int Int()
        {
            var value = BinaryPrimitives.ReadInt32LittleEndian(_data[Position..]);
            Position += 4;
            return value;
        }

        public int[] Ints(int count)
        {
            var values = MemoryMarshal.Cast<byte, int>(_data.Slice(Position, checked(count * 4))).ToArray();
            Position += count * 4;
            return values;
        }

        public double[] Doubles(int count)
        {
            var values = MemoryMarshal.Cast<byte, double>(_data.Slice(Position, checked(count * 8))).ToArray();
            Position += count * 8;
            return values;
        }

        /// <summary>A string as <see cref="BinaryWriter.Write(string)"/> writes it: 7-bit encoded length, UTF-8.</summary>
        public string String()
        {
            var length = 0;
            var shift = 0;
            byte b;
            do
            {
                b = Byte();
                length |= (b & 0x7F) << shift;
                shift += 7;
            }
            while ((b & 0x80) != 0 && shift < 35);

            var text = Encoding.UTF8.GetString(_data.Slice(Position, length));
            Position += length;
            return text;
        }
    }
}

/// <summary>The distinct strings of a snapshot, decoded from UTF-8 on first use.</summary>
internal sealed class StringPool(byte[] image, int start, int[] offsets)
{
    private readonly string?[] _decoded = new string?[offsets.Length - 1];

    public string this[int id] => _decoded[id] ??= Encoding.UTF8.GetString(image, start + offsets[id], offsets[id + 1] - offsets[id]);
}

/// <summary>A snapshot table's storage: line numbers, field string indices by column, and parsed numeric columns.</summary>
internal sealed class SnapshotColumns(StringPool strings, int[] lines, int[][] ids, double[]?[] numbers)
{
    public int Rows => lines.Length;

    public int Line(int row) => lines[row];

    public string Text(int row, int column) => strings[ids[column][row]];

    /// <summary>True when the column was parsed into numbers; then <paramref name="value"/> is null for an empty field.</summary>
    public bool TryNumber(int row, int column, out double? value)
    {
        if (numbers[column] is not { } values)
        {
            value = null;
            return false;
        }

        value = ids[column][row] == 0 ? null : values[row];
        return true;
    }

    public IReadOnlyList<string> Fields(int row) => new RowView(this, row, ids.Length);

    private sealed class RowView(SnapshotColumns table, int row, int count) : IReadOnlyList<string>
    {
        public int Count => count;

        public string this[int index] => (uint)index < (uint)count ? table.Text(row, index) : throw new ArgumentOutOfRangeException(nameof(index));

        public IEnumerator<string> GetEnumerator()
        {
            for (var i = 0; i < count; i++)
            {
                yield return table.Text(row, i);
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
