using System.Collections.Concurrent;
using Campo.Negotiation;

namespace Campo.Cluster;

/// <summary>
/// A silo's cache of opened searches, keyed by their inputs' hash: the dataset, the calibrated market and the draft
/// reach a silo once, whatever the number of batches. It keeps the few most recent searches (<see cref="Capacity"/>)
/// and, for each, the batches it has judged, so that a batch sent again (a client that lost the answer) is answered
/// from the record rather than judged twice.
/// </summary>
public sealed class SweepContexts : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<Entry>> _entries = new(StringComparer.Ordinal);
    private readonly string _scratch = Path.Combine(Path.GetTempPath(), "campo-silo-" + Guid.NewGuid().ToString("N"));
    private long _clock;

    /// <summary>Creates the cache.</summary>
    /// <param name="threads">Threads for a batch; −1 for all cores.</param>
    public SweepContexts(int threads = -1) => Threads = threads;

    /// <summary>The number of searches kept.</summary>
    public static int Capacity => 4;

    /// <summary>Threads for a batch; −1 for all cores.</summary>
    public int Threads { get; }

    /// <summary>How many searches this silo has opened (each costs a dataset load, a calibration and the central solves).</summary>
    public int Opened => _opened;

    private int _opened;

    /// <summary>Whether the search of <paramref name="hash"/> is open here.</summary>
    /// <param name="hash">The inputs' hash.</param>
    public bool Holds(string hash) => _entries.TryGetValue(hash, out var entry) && entry.IsValueCreated;

    /// <summary>Opens the search of <paramref name="inputs"/> (once; later calls return the same).</summary>
    /// <param name="inputs">The inputs.</param>
    /// <exception cref="Errors.CampoException">The inputs cannot be used.</exception>
    public DraftSearchSession Open(SearchInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var hash = inputs.Hash;
        var lazy = _entries.GetOrAdd(hash, h => new Lazy<Entry>(() =>
        {
            Interlocked.Increment(ref _opened);
            return new Entry(inputs.Open(Path.Combine(_scratch, h)));
        }));
        try
        {
            var entry = lazy.Value;
            entry.Touched = Interlocked.Increment(ref _clock);
            Evict();
            return entry.Session;
        }
        catch
        {
            _entries.TryRemove(hash, out _);
            throw;
        }
    }

    /// <summary>Judges a batch of an open search, or answers it from the record when it was judged before.</summary>
    /// <param name="hash">The search's hash.</param>
    /// <param name="batchId">The batch's id.</param>
    /// <param name="from">The first draft.</param>
    /// <param name="count">How many.</param>
    /// <param name="cancellationToken">Stops between drafts.</param>
    /// <returns>The reply, or null when the search is not open here.</returns>
    public BatchReply? Judge(string hash, string batchId, int from, int count, CancellationToken cancellationToken)
    {
        if (!_entries.TryGetValue(hash, out var lazy) || !lazy.IsValueCreated)
        {
            return null;
        }

        var entry = lazy.Value;
        entry.Touched = Interlocked.Increment(ref _clock);
        if (entry.Batches.TryGetValue(batchId, out var done))
        {
            return done;
        }

        var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        var judged = entry.Session.Judge(from, count, Threads, cancellationToken);
        var reply = BatchReply.Of(batchId, judged, (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);
        entry.Batches[batchId] = reply;
        return reply;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            if (Directory.Exists(_scratch))
            {
                Directory.Delete(_scratch, recursive: true);
            }
        }
        catch (IOException)
        {
            // A scratch folder left behind in the temporary folder is harmless.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }

    private void Evict()
    {
        while (_entries.Count > Capacity)
        {
            var oldest = _entries.Where(e => e.Value.IsValueCreated).OrderBy(e => e.Value.Value.Touched).FirstOrDefault();
            if (oldest.Key is null || !_entries.TryRemove(oldest.Key, out _))
            {
                return;
            }
        }
    }

    private sealed class Entry(DraftSearchSession session)
    {
        public DraftSearchSession Session { get; } = session;

        public ConcurrentDictionary<string, BatchReply> Batches { get; } = new(StringComparer.Ordinal);

        public long Touched { get; set; }
    }
}
