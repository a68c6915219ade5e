using Campo.Negotiation;

namespace Campo.Cluster;

/// <summary>Progress of a sweep on a cluster, reported as batches complete.</summary>
/// <param name="BatchesDone">Batches judged.</param>
/// <param name="Batches">Batches in all.</param>
/// <param name="ItemsDone">Items (drafts or draws) done.</param>
/// <param name="Items">Items in all.</param>
/// <param name="Silos">Silos working now.</param>
public sealed record SweepProgress(int BatchesDone, int Batches, int ItemsDone, int Items, int Silos);

/// <summary>What a sweep on a cluster did.</summary>
/// <param name="Items">Items (drafts or draws) done.</param>
/// <param name="Batches">Batches (each judged once in the result).</param>
/// <param name="Silos">Silos that worked on it.</param>
/// <param name="Prepared">Times the search's inputs were sent to a silo (once per silo, again only after a silo lost them).</param>
/// <param name="Redispatched">Batches sent again because their silo left the cluster before answering.</param>
/// <param name="Duplicates">Answers for a batch already counted, ignored.</param>
/// <param name="SiloCpuSeconds">Processor seconds the silos reported for the batches counted.</param>
/// <param name="Seconds">Wall-clock seconds of the sweep.</param>
public sealed record SweepStatistics(int Items, int Batches, int Silos, int Prepared, int Redispatched, int Duplicates, double SiloCpuSeconds, double Seconds);

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
        var run = new Sweep<DraftJudgements>(_connection, new SearchWork(_inputs), drafts, _batchSize ?? DefaultBatchSize(drafts), _progress);
        try
        {
            var (parts, members) = await run.RunAsync(cancellationToken).ConfigureAwait(false);
            return DraftJudgements.Merge(drafts, Math.Max(members, 0), parts);
        }
        finally
        {
            Statistics = run.Statistics();
        }
    }

    /// <summary>A draft search's inputs and batches.</summary>
    private sealed class SearchWork(SearchInputs inputs) : SweepWork<DraftJudgements>
    {
        public override string Hash { get; } = inputs.Hash;

        public override bool CheckCount => true;

        public override Task<PrepareReply> Prepare(ISweepWorkerGrain worker, string clusterId) => worker.Prepare(clusterId, inputs);

        public override async Task<PartReply<DraftJudgements>> Judge(ISweepWorkerGrain worker, string clusterId, string hash, string batchId, int from, int count)
        {
            var reply = await worker.Judge(clusterId, hash, batchId, from, count).ConfigureAwait(false);
            return new PartReply<DraftJudgements>(
                reply.BatchId,
                reply.Unprepared,
                reply.From,
                reply.Converged.Length,
                reply.Objections.Length,
                reply.CpuSeconds,
                reply.Error,
                reply.Error is null && !reply.Unprepared ? reply.ToJudgements() : null);
        }
    }
}
