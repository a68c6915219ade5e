namespace Campo.Negotiation;

/// <summary>
/// Runs many independent items on a fixed number of workers, each with its own work arrays: one worker per thread
/// takes the next item from a shared counter until none is left. Unlike <c>Parallel.For</c> with thread-local state,
/// which may start many more task replicas than cores (each with its own arrays of several megabytes), this creates
/// exactly one worker per thread. Each item's result must not depend on which worker ran it.
/// </summary>
internal static class WorkQueue
{
    /// <summary>Runs <paramref name="body"/> for items 0 to <paramref name="count"/> − 1.</summary>
    /// <param name="count">The number of items.</param>
    /// <param name="maxDegreeOfParallelism">Threads; −1 for all cores.</param>
    /// <param name="create">Makes one worker (called once per thread).</param>
    /// <param name="body">Handles one item with a worker.</param>
    /// <param name="finish">Merges a worker's results when it is done (called under a lock).</param>
    /// <param name="cancellationToken">Stops between items.</param>
    public static void Run<TWorker>(int count, int maxDegreeOfParallelism, Func<TWorker> create, Action<int, TWorker> body, Action<TWorker> finish, CancellationToken cancellationToken)
    {
        var threads = Math.Max(1, Math.Min(count, maxDegreeOfParallelism == -1 ? Environment.ProcessorCount : maxDegreeOfParallelism));
        var next = -1;
        var gate = new object();
        Parallel.For(
            0,
            threads,
            new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken },
            _ =>
            {
                var worker = create();
                int item;
                while ((item = Interlocked.Increment(ref next)) < count)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    body(item, worker);
                }

                lock (gate)
                {
                    finish(worker);
                }
            });
    }
}
