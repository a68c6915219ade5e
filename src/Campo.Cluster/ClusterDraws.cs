using Campo.Markets.Uncertainty;

namespace Campo.Cluster;

/// <summary>
/// Evaluates a <c>campo run --draws N</c> run's Monte Carlo draws on a Campo cluster (<see cref="IDrawExecutor"/>). The
/// draws are cut into batches of consecutive draw indices with fixed ids (the inputs' hash, the first draw and the
/// count), sent like a draft search's batches: the inputs once per silo, two batches in flight per silo, the unanswered
/// batches of a silo that leaves sent again to the others, one answer counted per batch id. Draw d uses the random
/// stream of (seed, d) wherever it is evaluated, and the parts are joined by draw index (<see cref="DrawBlock.Merge"/>,
/// copies only), so the bands summarised from them are the bands of the same run on one machine, bit for bit.
/// </summary>
public sealed class ClusterDraws : IDrawExecutor
{
    private readonly ClusterConnection _connection;
    private readonly DrawInputs _inputs;
    private readonly Action<SweepProgress>? _progress;
    private readonly int? _batchSize;

    /// <summary>Creates the executor.</summary>
    /// <param name="connection">The cluster.</param>
    /// <param name="inputs">The run's inputs (sent once per silo).</param>
    /// <param name="progress">Called as batches complete (from any thread), or null.</param>
    /// <param name="batchSize">Draws per batch, or null for about 64 batches (1 to 500 draws each).</param>
    public ClusterDraws(ClusterConnection connection, DrawInputs inputs, Action<SweepProgress>? progress = null, int? batchSize = null)
    {
        _connection = connection ?? throw new ArgumentNullException(nameof(connection));
        _inputs = inputs ?? throw new ArgumentNullException(nameof(inputs));
        _progress = progress;
        _batchSize = batchSize is null or > 0 ? batchSize : throw new ArgumentOutOfRangeException(nameof(batchSize), batchSize, "At least one draw per batch.");
    }

    /// <summary>What the last run did, or null.</summary>
    public SweepStatistics? Statistics { get; private set; }

    /// <inheritdoc />
    public DrawBlock Evaluate(int draws, CancellationToken cancellationToken) => EvaluateAsync(draws, cancellationToken).GetAwaiter().GetResult();

    /// <summary>Evaluates draws 0 to <paramref name="draws"/> − 1 on the cluster.</summary>
    /// <param name="draws">The run's draws.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <exception cref="ClusterUnavailableException">No silo left, or silos of another build or cluster.</exception>
    /// <exception cref="Errors.CampoException">A silo refused the inputs.</exception>
    public async Task<DrawBlock> EvaluateAsync(int draws, CancellationToken cancellationToken)
    {
        var run = new Sweep<DrawBlock>(_connection, new DrawWork(_inputs), draws, _batchSize ?? ClusterSearch.DefaultBatchSize(draws), _progress);
        try
        {
            var (parts, _) = await run.RunAsync(cancellationToken).ConfigureAwait(false);
            return DrawBlock.Merge(draws, parts);
        }
        finally
        {
            Statistics = run.Statistics();
        }
    }

    /// <summary>A run's draws: inputs and batches.</summary>
    private sealed class DrawWork(DrawInputs inputs) : SweepWork<DrawBlock>
    {
        public override string Hash { get; } = inputs.Hash;

        public override bool CheckCount => false;

        public override Task<PrepareReply> Prepare(ISweepWorkerGrain worker, string clusterId) => worker.PrepareDraws(clusterId, inputs);

        public override async Task<PartReply<DrawBlock>> Judge(ISweepWorkerGrain worker, string clusterId, string hash, string batchId, int from, int count)
        {
            var reply = await worker.EvaluateDraws(clusterId, hash, batchId, from, count).ConfigureAwait(false);
            var part = reply.Error is null && !reply.Unprepared ? reply.ToBlock() : null;
            return new PartReply<DrawBlock>(reply.BatchId, reply.Unprepared, reply.From, reply.Converged.Length, 0, reply.CpuSeconds, reply.Error, part);
        }
    }
}
