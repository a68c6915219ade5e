using System.Collections.Concurrent;
using Campo.Markets.Uncertainty;
using Campo.Negotiation;

namespace Campo.Cluster;

/// <summary>
/// A silo's cache of opened sweeps (draft searches and runs' Monte Carlo draws), keyed by their inputs' hash: the
/// dataset, the calibrated market and the draft reach a silo once, whatever the number of batches. It keeps the few most
/// recent sweeps (<see cref="Capacity"/>) and, for each, the batches it has done, so that a batch sent again (a client
/// that lost the answer) is answered from the record rather than done twice.
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

    /// <summary>
    /// Awaited before each batch is done. A host may hold batches here; the tests hold a silo's batches to stop it with
    /// batches unanswered. Null (the default) for none.
    /// </summary>
    public Func<string, Task>? BatchGate { get; set; }

    /// <summary>Opens the search of <paramref name="inputs"/> (once; later calls return the same).</summary>
    /// <param name="inputs">The inputs.</param>
    /// <exception cref="Errors.CampoException">The inputs cannot be used.</exception>
    public DraftSearchSession Open(SearchInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return (DraftSearchSession)Open(inputs.Hash, scratch => inputs.Open(scratch));
    }

    /// <summary>Opens the Monte Carlo draws of <paramref name="inputs"/> (once; later calls return the same).</summary>
    /// <param name="inputs">The inputs.</param>
    /// <exception cref="Errors.CampoException">The inputs cannot be used.</exception>
    public WorldMarketDraws OpenDraws(DrawInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return (WorldMarketDraws)Open(inputs.Hash, scratch => inputs.Open(scratch));
    }

    /// <summary>Judges a batch of an open search, or answers it from the record when it was judged before.</summary>
    /// <param name="hash">The search's hash.</param>
    /// <param name="batchId">The batch's id.</param>
    /// <param name="from">The first draft.</param>
    /// <param name="count">How many.</param>
    /// <param name="cancellationToken">Stops between drafts.</param>
    /// <returns>The reply, or null when the search is not open here.</returns>
    public BatchReply? Judge(string hash, string batchId, int from, int count, CancellationToken cancellationToken) =>
        Do<DraftSearchSession, BatchReply>(hash, batchId, (session, started) =>
            BatchReply.Of(batchId, session.Judge(from, count, Threads, cancellationToken), Seconds(started)));

    /// <summary>Evaluates a batch of an open run's draws, or answers it from the record when it was done before.</summary>
    /// <param name="hash">The run's hash.</param>
    /// <param name="batchId">The batch's id.</param>
    /// <param name="from">The first draw.</param>
    /// <param name="count">How many.</param>
    /// <param name="cancellationToken">Stops the draws.</param>
    /// <returns>The reply, or null when the run is not open here.</returns>
    public DrawBatchReply? EvaluateDraws(string hash, string batchId, int from, int count, CancellationToken cancellationToken) =>
        Do<WorldMarketDraws, DrawBatchReply>(hash, batchId, (draws, started) =>
            DrawBatchReply.Of(batchId, draws.Evaluate(from, count, Threads, cancellationToken), Seconds(started)));

    /// <summary>Waits at <see cref="BatchGate"/>, if any.</summary>
    /// <param name="batchId">The batch about to be done.</param>
    public Task BeforeBatch(string batchId) => BatchGate?.Invoke(batchId) ?? Task.CompletedTask;

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

    private static TimeSpan ProcessorTime() => System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;

    private static double Seconds(TimeSpan started) => (ProcessorTime() - started).TotalSeconds;

    private object Open(string hash, Func<string, object> open)
    {
        var lazy = _entries.GetOrAdd(hash, h => new Lazy<Entry>(() =>
        {
            Interlocked.Increment(ref _opened);
            return new Entry(open(Path.Combine(_scratch, h)));
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

    private TReply? Do<TSession, TReply>(string hash, string batchId, Func<TSession, TimeSpan, TReply> work)
        where TReply : class
    {
        if (!_entries.TryGetValue(hash, out var lazy) || !lazy.IsValueCreated || lazy.Value.Session is not TSession session)
        {
            return null;
        }

        var entry = lazy.Value;
        entry.Touched = Interlocked.Increment(ref _clock);
        if (entry.Batches.TryGetValue(batchId, out var done))
        {
            return (TReply)done;
        }

        var reply = work(session, ProcessorTime());
        entry.Batches[batchId] = reply;
        return reply;
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

    private sealed class Entry(object session)
    {
        public object Session { get; } = session;

        public ConcurrentDictionary<string, object> Batches { get; } = new(StringComparer.Ordinal);

        public long Touched { get; set; }
    }
}
