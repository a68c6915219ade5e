using Campo.Negotiation;

namespace Campo.Cluster;

/// <summary>Progress of a sweep on a cluster, reported as batches complete.</summary>
/// <param name="BatchesDone">Batches judged.</param>
/// <param name="Batches">Batches in all.</param>
/// <param name="DraftsDone">Drafts judged.</param>
/// <param name="Drafts">Drafts in all.</param>
/// <param name="Silos">Silos working now.</param>
public sealed record SweepProgress(int BatchesDone, int Batches, int DraftsDone, int Drafts, int Silos);

/// <summary>What a sweep on a cluster did.</summary>
/// <param name="Drafts">Drafts judged.</param>
/// <param name="Batches">Batches (each judged once in the result).</param>
/// <param name="Silos">Silos that worked on it.</param>
/// <param name="Prepared">Times the search's inputs were sent to a silo (once per silo, again only after a silo lost them).</param>
/// <param name="Redispatched">Batches sent again because their silo left the cluster before answering.</param>
/// <param name="Duplicates">Answers for a batch already counted, ignored.</param>
/// <param name="SiloCpuSeconds">Processor seconds the silos reported for the batches counted.</param>
/// <param name="Seconds">Wall-clock seconds of the sweep.</param>
public sealed record SweepStatistics(int Drafts, int Batches, int Silos, int Prepared, int Redispatched, int Duplicates, double SiloCpuSeconds, double Seconds);

/// <summary>
/// Runs a draft search's judgements on a Campo cluster (<see cref="IDraftSearchExecutor"/>). The sample is cut into
/// batches of consecutive drafts with fixed ids (the inputs' hash, the first draft and the count: the same batch always
/// has the same id). Every silo working in the cluster gets the search's inputs once (its worker keeps them, keyed by
/// their hash) and then batches, two at a time, from a shared queue. The membership is watched: when a silo leaves, the
/// batches it had not answered go back to the queue for the others, and silos that join get work. An answer is counted
/// once per batch id: a late answer of a batch already counted is ignored. The parts are joined by draft index
/// (<see cref="DraftJudgements.Merge"/>), so the report is the one a run on one machine gives for the same inputs.
/// </summary>
public sealed class ClusterSearch : IDraftSearchExecutor
{
    private readonly ClusterConnection _connection;
    private readonly SearchInputs _inputs;
    private readonly Action<SweepProgress>? _progress;
    private readonly int? _batchSize;

    /// <summary>Creates the executor.</summary>
    /// <param name="connection">The cluster.</param>
    /// <param name="inputs">The search's inputs (sent once per silo).</param>
    /// <param name="progress">Called as batches complete (from any thread), or null.</param>
    /// <param name="batchSize">Drafts per batch, or null for about 64 batches (1 to 500 drafts each).</param>
    public ClusterSearch(ClusterConnection connection, SearchInputs inputs, Action<SweepProgress>? progress = null, int? batchSize = null)
    {
        _connection = connection ?? throw new ArgumentNullException(nameof(connection));
        _inputs = inputs ?? throw new ArgumentNullException(nameof(inputs));
        _progress = progress;
        _batchSize = batchSize is null or > 0 ? batchSize : throw new ArgumentOutOfRangeException(nameof(batchSize), batchSize, "At least one draft per batch.");
    }

    /// <summary>Slots per silo: batches sent to a silo before its first answer (one judged, one waiting).</summary>
    public static int SlotsPerSilo => 2;

    /// <summary>What the last sweep did, or null.</summary>
    public SweepStatistics? Statistics { get; private set; }

    /// <summary>The batch size for a sample of <paramref name="drafts"/>: about 64 batches, 1 to 500 drafts each.</summary>
    /// <param name="drafts">The sample's size.</param>
    public static int DefaultBatchSize(int drafts) => Math.Clamp((drafts + 63) / 64, 1, 500);

    /// <inheritdoc />
    public DraftJudgements Judge(int drafts, CancellationToken cancellationToken) => JudgeAsync(drafts, cancellationToken).GetAwaiter().GetResult();

    /// <summary>Judges drafts 0 to <paramref name="drafts"/> − 1 on the cluster.</summary>
    /// <param name="drafts">The sample's size as the client drew it (each silo checks its own).</param>
    /// <param name="cancellationToken">Stops the sweep.</param>
    /// <exception cref="ClusterUnavailableException">No silo left, or silos of another build or cluster.</exception>
    /// <exception cref="Errors.CampoException">A silo refused the inputs.</exception>
    public async Task<DraftJudgements> JudgeAsync(int drafts, CancellationToken cancellationToken)
    {
        var run = new Sweep(_connection, _inputs, drafts, _batchSize ?? DefaultBatchSize(drafts), _progress);
        try
        {
            return await run.RunAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Statistics = run.Statistics();
        }
    }

    private sealed record Batch(string Id, int From, int Count);

    private sealed class Sweep
    {
        private static readonly TimeSpan WatchInterval = TimeSpan.FromMilliseconds(500);
        private static readonly TimeSpan NoSiloGrace = TimeSpan.FromSeconds(30);
        private readonly ClusterConnection _connection;
        private readonly SearchInputs _inputs;
        private readonly string _hash;
        private readonly int _drafts;
        private readonly Action<SweepProgress>? _progress;
        private readonly Batch[] _batches;
        private readonly Queue<Batch> _pending;
        private readonly Dictionary<string, (Batch Batch, SiloAddress Silo)> _inFlight = new(StringComparer.Ordinal);
        private readonly Dictionary<string, DraftJudgements> _done = new(StringComparer.Ordinal);
        private readonly Dictionary<SiloAddress, CancellationTokenSource> _live = [];
        private readonly HashSet<SiloAddress> _gone = [];
        private readonly HashSet<SiloAddress> _worked = [];
        private readonly Dictionary<SiloAddress, Task> _preparing = [];
        private readonly TaskCompletionSource _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();
        private readonly Lock _gate = new();
        private int _members = -1;
        private int _prepared;
        private int _redispatched;
        private int _duplicates;
        private int _draftsDone;
        private double _cpu;

        public Sweep(ClusterConnection connection, SearchInputs inputs, int drafts, int batchSize, Action<SweepProgress>? progress)
        {
            _connection = connection;
            _inputs = inputs;
            _hash = inputs.Hash;
            _drafts = drafts;
            _progress = progress;
            var batches = new List<Batch>();
            for (var from = 0; from < drafts; from += batchSize)
            {
                var count = Math.Min(batchSize, drafts - from);
                batches.Add(new Batch(FormattableString.Invariant($"{_hash[..16]}/{from}+{count}"), from, count));
            }

            _batches = [.. batches];
            _pending = new Queue<Batch>(_batches);
        }

        public SweepStatistics Statistics()
        {
            lock (_gate)
            {
                return new SweepStatistics(_draftsDone, _batches.Length, _worked.Count, _prepared, _redispatched, _duplicates, _cpu, _clock.Elapsed.TotalSeconds);
            }
        }

        public async Task<DraftJudgements> RunAsync(CancellationToken cancellationToken)
        {
            if (_batches.Length == 0)
            {
                return new DraftJudgements(0, 0, 0);
            }

            var management = _connection.Client.GetGrain<IManagementGrain>(0);
            var lastSilo = DateTime.UtcNow;
            using var stop = cancellationToken.Register(() => _finished.TrySetCanceled(cancellationToken));
            while (!_finished.Task.IsCompleted)
            {
                try
                {
                    var hosts = await management.GetHosts(onlyActive: true).WaitAsync(NoSiloGrace, cancellationToken).ConfigureAwait(false);
                    Watch(hosts.Keys.ToHashSet());
                }
                catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    // The gateway could not say who is in the cluster this time; ask again.
                }

                lock (_gate)
                {
                    if (_live.Count > 0)
                    {
                        lastSilo = DateTime.UtcNow;
                    }
                    else if (DateTime.UtcNow - lastSilo > NoSiloGrace)
                    {
                        _finished.TrySetException(new ClusterUnavailableException(_connection.Gateway, ClusterFailure.NoSilo, null));
                    }
                }

                await Task.WhenAny(_finished.Task, Task.Delay(WatchInterval, CancellationToken.None)).ConfigureAwait(false);
            }

            try
            {
                await _finished.Task.ConfigureAwait(false);
            }
            finally
            {
                lock (_gate)
                {
                    foreach (var source in _live.Values)
                    {
                        source.Cancel();
                        source.Dispose();
                    }

                    _live.Clear();
                }
            }

            lock (_gate)
            {
                return DraftJudgements.Merge(_drafts, _members, _done.Values);
            }
        }

        /// <summary>Silos that left: their unanswered batches back to the queue. Silos that joined: put to work.</summary>
        private void Watch(HashSet<SiloAddress> active)
        {
            List<SiloAddress> joined;
            lock (_gate)
            {
                foreach (var silo in _live.Keys.Where(s => !active.Contains(s)).ToArray())
                {
                    Drop(silo);
                }

                joined = [.. active.Where(s => !_live.ContainsKey(s) && !_gone.Contains(s))];
                foreach (var silo in joined)
                {
                    _live[silo] = new CancellationTokenSource();
                }
            }

            foreach (var silo in joined)
            {
                CancellationToken token;
                lock (_gate)
                {
                    token = _live[silo].Token;
                }

                for (var slot = 0; slot < SlotsPerSilo; slot++)
                {
                    _ = Task.Run(() => WorkAsync(silo, token), CancellationToken.None);
                }
            }
        }

        /// <summary>Called under the lock: the silo is gone; what it had not answered goes back to the queue.</summary>
        private void Drop(SiloAddress silo)
        {
            if (!_live.Remove(silo, out var source))
            {
                return;
            }

            _gone.Add(silo);
            source.Cancel();
            source.Dispose();
            foreach (var (id, (batch, at)) in _inFlight.Where(x => x.Value.Silo.Equals(silo)).ToArray())
            {
                _inFlight.Remove(id);
                if (!_done.ContainsKey(id))
                {
                    _pending.Enqueue(batch);
                    _redispatched++;
                }
            }
        }

        private async Task WorkAsync(SiloAddress silo, CancellationToken token)
        {
            var worker = _connection.Client.GetGrain<ISweepWorkerGrain>(silo.ToParsableString());
            var clusterId = _connection.Identity.ClusterId;
            try
            {
                await PreparedAsync(silo, worker, clusterId, token, again: false).ConfigureAwait(false);
                while (!token.IsCancellationRequested && !_finished.Task.IsCompleted)
                {
                    Batch? batch;
                    lock (_gate)
                    {
                        if (_pending.TryDequeue(out batch))
                        {
                            _inFlight[batch.Id] = (batch, silo);
                            _worked.Add(silo);
                        }
                    }

                    if (batch is null)
                    {
                        await Task.Delay(25, token).ConfigureAwait(false);
                        continue;
                    }

                    var reply = await worker.Judge(clusterId, _hash, batch.Id, batch.From, batch.Count).WaitAsync(token).ConfigureAwait(false);
                    if (reply.Error is { } error)
                    {
                        _finished.TrySetException(error.ToException(_connection.Gateway));
                        return;
                    }

                    if (reply.Unprepared)
                    {
                        Requeue(batch, silo);
                        await PreparedAsync(silo, worker, clusterId, token, again: true).ConfigureAwait(false);
                        continue;
                    }

                    Complete(batch, silo, reply);
                }
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
                // The silo left the cluster (or the sweep ended): its batches are back in the queue.
            }
            catch (Exception error) when (error is not ClusterUnavailableException and not Errors.CampoException)
            {
                // The silo failed to answer (it stopped, or its connection broke): it is treated as gone.
                lock (_gate)
                {
                    Drop(silo);
                }
            }
            catch (Exception error)
            {
                _finished.TrySetException(error);
            }
        }

        /// <summary>The silo's preparation, shared by its slots: the inputs travel once per silo (again only when it lost them).</summary>
        private Task PreparedAsync(SiloAddress silo, ISweepWorkerGrain worker, string clusterId, CancellationToken token, bool again)
        {
            lock (_gate)
            {
                if (again || !_preparing.TryGetValue(silo, out var task) || task.IsFaulted || task.IsCanceled)
                {
                    task = PrepareAsync(worker, clusterId, token);
                    _preparing[silo] = task;
                }

                return task;
            }
        }

        private async Task PrepareAsync(ISweepWorkerGrain worker, string clusterId, CancellationToken token)
        {
            if (await worker.Holds(clusterId, _hash).WaitAsync(token).ConfigureAwait(false))
            {
                return;
            }

            Interlocked.Increment(ref _prepared);
            var reply = await worker.Prepare(clusterId, _inputs).WaitAsync(token).ConfigureAwait(false);
            if (reply.Error is { } error)
            {
                throw error.ToException(_connection.Gateway);
            }

            if (reply.Drafts != _drafts)
            {
                throw new InvalidOperationException("A silo drew " + reply.Drafts + " drafts where this process drew " + _drafts + ".");
            }

            lock (_gate)
            {
                _members = reply.Members;
            }
        }

        private void Requeue(Batch batch, SiloAddress silo)
        {
            lock (_gate)
            {
                if (_inFlight.TryGetValue(batch.Id, out var at) && at.Silo.Equals(silo))
                {
                    _inFlight.Remove(batch.Id);
                    if (!_done.ContainsKey(batch.Id))
                    {
                        _pending.Enqueue(batch);
                    }
                }
            }
        }

        private void Complete(Batch batch, SiloAddress silo, BatchReply reply)
        {
            SweepProgress progress;
            lock (_gate)
            {
                if (_inFlight.TryGetValue(batch.Id, out var at) && at.Silo.Equals(silo))
                {
                    _inFlight.Remove(batch.Id);
                }

                if (_done.ContainsKey(batch.Id))
                {
                    _duplicates++;
                    return;
                }

                if (reply.From != batch.From || reply.Converged.Length != batch.Count || !string.Equals(reply.BatchId, batch.Id, StringComparison.Ordinal))
                {
                    _finished.TrySetException(new InvalidOperationException("A silo answered batch " + batch.Id + " with another batch (" + reply.BatchId + ")."));
                    return;
                }

                if (_members < 0)
                {
                    _members = reply.Objections.Length;
                }

                _done[batch.Id] = reply.ToJudgements();
                _draftsDone += batch.Count;
                _cpu += reply.CpuSeconds;
                progress = new SweepProgress(_done.Count, _batches.Length, _draftsDone, _drafts, _live.Count);
                if (_done.Count == _batches.Length)
                {
                    _finished.TrySetResult();
                }
            }

            _progress?.Invoke(progress);
        }
    }
}
