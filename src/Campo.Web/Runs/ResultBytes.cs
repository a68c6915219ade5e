using System.Text.Json;
using Campo.Evaluation;
using Campo.Reports;

namespace Campo.Web.Runs;

/// <summary>
/// The size of a result as JSON (<see cref="CampoJson"/>, UTF-8), counted as the serializer writes it, without building
/// the text: the same count as <c>Encoding.UTF8.GetByteCount(CampoJson.Serialize(result))</c>, without a 10 MB string.
/// </summary>
internal static class ResultBytes
{
    /// <summary>The bytes of the result's JSON.</summary>
    /// <param name="result">The result.</param>
    public static long Of(DraftEvaluation result)
    {
        using var counter = new CountingStream();
        JsonSerializer.Serialize(counter, result, CampoJson.Options);
        return counter.Length;
    }

    /// <summary>A stream that keeps only the number of bytes written to it.</summary>
    private sealed class CountingStream : Stream
    {
        private long _length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position
        {
            get => _length;
            set => throw new NotSupportedException();
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => _length += count;

        public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;
    }
}
