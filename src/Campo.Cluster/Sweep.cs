namespace Campo.Cluster;

/// <summary>A batch: consecutive items with a fixed id.</summary>
/// <param name="Id">The id: the inputs' hash (16 digits), the first item and the count.</param>
/// <param name="From">The first item.</param>
/// <param name="Count">How many.</param>
internal sealed record Batch(string Id, int From, int Count);

/// <summary>A batch's answer, whatever is swept.</summary>
/// <typeparam name="TPart">The batch's result.</typeparam>
/// <param name="BatchId">The batch's id.</param>
/// <param name="Unprepared">True when the silo does not hold the inputs (prepare again).</param>
/// <param name="From">The first item.</param>
/// <param name="Count">How many items the part covers.</param>
/// <param name="Members">The member count of the part (draft searches), or 0.</param>
/// <param name="CpuSeconds">Processor seconds the silo spent.</param>
/// <param name="Error">The refusal or failure, or null.</param>
/// <param name="Part">The result, or null.</param>
internal sealed record PartReply<TPart>(string BatchId, bool Unprepared, int From, int Count, int Members, double CpuSeconds, WorkError? Error, TPart? Part)
    where TPart : class;

/// <summary>What a kind of sweep sends to a silo's worker: its inputs (once per silo) and its batches.</summary>
/// <typeparam name="TPart">A batch's result.</typeparam>
internal abstract class SweepWork<TPart>
    where TPart : class
{
    /// <summary>The inputs' hash (keys the silos' cache and the batch ids).</summary>
    public abstract string Hash { get; }

    /// <summary>Whether the silo's count of items must equal the client's (a search's sample); draws have no count of their own.</summary>
    public abstract bool CheckCount { get; }

    /// <summary>Sends the inputs.</summary>
    /// <param name="worker">The silo's worker.</param>
    /// <param name="clusterId">The cluster id presented.</param>
    public abstract Task<PrepareReply> Prepare(ISweepWorkerGrain worker, string clusterId);

    /// <summary>Sends a batch.</summary>
    /// <param name="worker">The silo's worker.</param>
    /// <param name="clusterId">The cluster id presented.</param>
    /// <param name="hash">The inputs' hash.</param>
    /// <param name="batchId">The batch's id.</param>
    /// <param name="from">The first item.</param>
    /// <param name="count">How many.</param>
    public abstract Task<PartReply<TPart>> Judge(ISweepWorkerGrain worker, string clusterId, string hash, string batchId, int from, int count);
}

/// <summary>
/// One sweep on a cluster, whatever is swept (<see cref="SweepWork{TPart}"/>): batches of consecutive items with fixed
/// ids (the inputs' hash, the first item and the count), a shared queue, two batches in flight per silo, the inputs sent
/// once per silo, the membership watched (a silo that leaves has its unanswered batches queued again; one that joins
/// gets work), and one answer counted per batch id.
/// </summary>
/// <typeparam name="TPart">A batch's result.</typeparam>
internal sealed class Sweep<TPart>
    where TPart : class
{
    private static readonly TimeSpan WatchInterval = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan NoSiloGrace = TimeSpan.FromSeconds(30);
    private readonly ClusterConnection _connection;
    private readonly SweepWork<TPart> _work;
    private readonly string _hash;
    private readonly int _items;
    private readonly Action<SweepProgress>? _progress;
    private readonly Batch[] _batches;
    private readonly Queue<Batch> _pending;
    private readonly Dictionary<string, (Batch Batch, SiloAddress Silo)> _inFlight = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TPart> _done = new(StringComparer.Ordinal);
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
    private int _itemsDone;
    private double _cpu;

    public Sweep(ClusterConnection connection, SweepWork<TPart> work, int items, int batchSize, Action<SweepProgress>? progress)
    {
        _connection = connection;
        _work = work;
        _hash = work.Hash;
        _items = items;
        _progress = progress;
        var batches = new List<Batch>();
        for (var from = 0; from < items; from += batchSize)
        {
            var count = Math.Min(batchSize, items - from);
            batches.Add(new Batch(FormattableString.Invariant($"{_hash[..16]}/{from}+{count}"), from, count));
        }

        _batches = [.. batches];
        _pending = new Queue<Batch>(_batches);
    }

    public SweepStatistics Statistics()
    {
        lock (_gate)
        {
            return new SweepStatistics(_itemsDone, _batches.Length, _worked.Count, _prepared, _redispatched, _duplicates, _cpu, _clock.Elapsed.TotalSeconds);
        }
    }

    /// <summary>Runs the sweep: every batch's part, and the member count the silos reported (or −1).</summary>
    public async Task<(IReadOnlyCollection<TPart> Parts, int Members)> RunAsync(CancellationToken cancellationToken)
    {
        if (_batches.Length == 0)
        {
            return ([], _members);
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
            return ([.. _done.Values], _members);
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

            for (var slot = 0; slot < ClusterSearch.SlotsPerSilo; slot++)
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

                var reply = await _work.Judge(worker, clusterId, _hash, batch.Id, batch.From, batch.Count).WaitAsync(token).ConfigureAwait(false);
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
        var reply = await _work.Prepare(worker, clusterId).WaitAsync(token).ConfigureAwait(false);
        if (reply.Error is { } error)
        {
            throw error.ToException(_connection.Gateway);
        }

        if (_work.CheckCount && reply.Drafts != _items)
        {
            throw new InvalidOperationException("A silo drew " + reply.Drafts + " items where this process drew " + _items + ".");
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

    private void Complete(Batch batch, SiloAddress silo, PartReply<TPart> reply)
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

            if (reply.Part is null || reply.From != batch.From || reply.Count != batch.Count || !string.Equals(reply.BatchId, batch.Id, StringComparison.Ordinal))
            {
                _finished.TrySetException(new InvalidOperationException("A silo answered batch " + batch.Id + " with another batch (" + reply.BatchId + ")."));
                return;
            }

            if (_members < 0)
            {
                _members = reply.Members;
            }

            _done[batch.Id] = reply.Part;
            _itemsDone += batch.Count;
            _cpu += reply.CpuSeconds;
            progress = new SweepProgress(_done.Count, _batches.Length, _itemsDone, _items, _live.Count);
            if (_done.Count == _batches.Length)
            {
                _finished.TrySetResult();
            }
        }

        _progress?.Invoke(progress);
    }
}
