using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace Campo.Cluster;

/// <summary>
/// A silo's sweep worker (<see cref="ISweepWorkerGrain"/>): refuses a request naming another cluster id, opens a search
/// in the silo's <see cref="SweepContexts"/> and judges batches on the silo's cores, off Orleans's scheduler.
/// </summary>
/// <param name="contexts">The silo's cache of searches.</param>
/// <param name="cluster">The silo's cluster options.</param>
[TargetSiloPlacement]
public sealed class SweepWorkerGrain(SweepContexts contexts, IOptions<ClusterOptions> cluster) : Grain, ISweepWorkerGrain
{
    /// <inheritdoc />
    public Task<bool> Holds(string clusterId, string hash) =>
        Task.FromResult(Refusal(clusterId) is null && contexts.Holds(hash));

    /// <inheritdoc />
    public async Task<PrepareReply> Prepare(string clusterId, SearchInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (Refusal(clusterId) is { } refusal)
        {
            return new PrepareReply { Error = refusal };
        }

        if (!string.Equals(inputs.Build, SearchInputs.ThisBuild, StringComparison.Ordinal))
        {
            return new PrepareReply { Error = new WorkError { Kind = "build", Problem = "silo build " + SearchInputs.ThisBuild + ", client build " + inputs.Build } };
        }

        try
        {
            var session = await Task.Run(() => contexts.Open(inputs));
            return new PrepareReply { Drafts = session.Drafts, Members = session.Members };
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            return new PrepareReply { Error = WorkError.Of(error) };
        }
    }

    /// <inheritdoc />
    public async Task<PrepareReply> PrepareDraws(string clusterId, DrawInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (Refusal(clusterId) is { } refusal)
        {
            return new PrepareReply { Error = refusal };
        }

        if (!string.Equals(inputs.Build, SearchInputs.ThisBuild, StringComparison.Ordinal))
        {
            return new PrepareReply { Error = new WorkError { Kind = "build", Problem = "silo build " + SearchInputs.ThisBuild + ", client build " + inputs.Build } };
        }

        try
        {
            _ = await Task.Run(() => contexts.OpenDraws(inputs));
            return new PrepareReply();
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            return new PrepareReply { Error = WorkError.Of(error) };
        }
    }

    /// <inheritdoc />
    public async Task<DrawBatchReply> EvaluateDraws(string clusterId, string hash, string batchId, int from, int count)
    {
        if (Refusal(clusterId) is { } refusal)
        {
            return new DrawBatchReply { BatchId = batchId, Error = refusal };
        }

        try
        {
            await contexts.BeforeBatch(batchId);
            var reply = await Task.Run(() => contexts.EvaluateDraws(hash, batchId, from, count, CancellationToken.None));
            return reply ?? new DrawBatchReply { BatchId = batchId, Unprepared = true };
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            return new DrawBatchReply { BatchId = batchId, Error = WorkError.Of(error) };
        }
    }

    /// <inheritdoc />
    public async Task<BatchReply> Judge(string clusterId, string hash, string batchId, int from, int count)
    {
        if (Refusal(clusterId) is { } refusal)
        {
            return new BatchReply { BatchId = batchId, Error = refusal };
        }

        try
        {
            await contexts.BeforeBatch(batchId);
            var reply = await Task.Run(() => contexts.Judge(hash, batchId, from, count, CancellationToken.None));
            return reply ?? new BatchReply { BatchId = batchId, Unprepared = true };
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            return new BatchReply { BatchId = batchId, Error = WorkError.Of(error) };
        }
    }

    private WorkError? Refusal(string clusterId) => string.Equals(clusterId, cluster.Value.ClusterId, StringComparison.Ordinal)
        ? null
        : new WorkError { Kind = "cluster", Problem = "this silo belongs to another cluster id" };
}
