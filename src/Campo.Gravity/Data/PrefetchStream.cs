using System.Collections.Concurrent;

namespace Campo.Gravity.Data;

/// <summary>
/// Reads a source stream (here: gzip decompression) on a background thread, a few blocks ahead of the consumer,
/// so that decompressing and parsing a large file overlap on two cores.
/// </summary>
internal sealed class PrefetchStream : Stream
{
    private const int BlockSize = 1 << 20;
    private readonly BlockingCollection<(byte[] Buffer, int Length)> _blocks = new(boundedCapacity: 4);
    private readonly Task _producer;
    private byte[] _current = [];
    private int _length;
    private int _position;
    private bool _done;
    private bool _disposed;

    public PrefetchStream(Stream source)
    {
        _producer = Task.Run(() =>
        {
            try
            {
                while (true)
                {
                    var buffer = new byte[BlockSize];
                    var filled = 0;
                    int read;
                    while (filled < BlockSize && (read = source.Read(buffer, filled, BlockSize - filled)) > 0)
                    {
                        filled += read;
                    }

                    if (filled == 0)
                    {
                        break;
                    }

                    _blocks.Add((buffer, filled));
                }
            }
            finally
            {
                _blocks.CompleteAdding();
            }
        });
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        while (_position >= _length)
        {
            if (_done || !_blocks.TryTake(out var block, Timeout.Infinite))
            {
                _done = true;

                // Surface a failure of the background reader (such as a corrupt gzip stream) here.
                _producer.GetAwaiter().GetResult();
                return 0;
            }

            (_current, _length) = block;
            _position = 0;
        }

        var n = Math.Min(buffer.Length, _length - _position);
        _current.AsSpan(_position, n).CopyTo(buffer);
        _position += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_disposed)
        {
            _disposed = true;
            // Drain so the producer can finish, then release the queue.
            while (!_blocks.IsCompleted && _blocks.TryTake(out _, 100))
            {
            }

            _blocks.Dispose();
        }

        base.Dispose(disposing);
    }
}
