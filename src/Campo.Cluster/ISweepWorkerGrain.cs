namespace Campo.Cluster;

/// <summary>
/// The sweep worker of one silo: its key is the silo's address (<see cref="TargetSiloPlacementAttribute"/> places it on
/// that silo and nowhere else), so the client addresses every silo of the cluster on its own, sends it a search's inputs
/// once and then its batches.
/// </summary>
public interface ISweepWorkerGrain : IGrainWithStringKey
{
    /// <summary>Whether the silo holds the search of this hash (then its inputs need not travel).</summary>
    /// <param name="clusterId">The cluster id the client presents.</param>
    /// <param name="hash">The inputs' hash.</param>
    Task<bool> Holds(string clusterId, string hash);

    /// <summary>Opens a search on the silo (once per silo; a second call with the same hash does nothing).</summary>
    /// <param name="clusterId">The cluster id the client presents.</param>
    /// <param name="inputs">The search's inputs.</param>
    Task<PrepareReply> Prepare(string clusterId, SearchInputs inputs);

    /// <summary>Judges a batch: drafts <paramref name="from"/> to <paramref name="from"/> + <paramref name="count"/> − 1 of the search's sample.</summary>
    /// <param name="clusterId">The cluster id the client presents.</param>
    /// <param name="hash">The search's hash.</param>
    /// <param name="batchId">The batch's id (the same batch always has the same id; a repeated batch is answered from the silo's record).</param>
    /// <param name="from">The first draft.</param>
    /// <param name="count">How many drafts.</param>
    Task<BatchReply> Judge(string clusterId, string hash, string batchId, int from, int count);

    /// <summary>Opens a <c>campo run</c>'s Monte Carlo draws on the silo (once per silo; a second call with the same hash does nothing).</summary>
    /// <param name="clusterId">The cluster id the client presents.</param>
    /// <param name="inputs">The run's inputs.</param>
    Task<PrepareReply> PrepareDraws(string clusterId, DrawInputs inputs);

    /// <summary>Evaluates a batch of draws: <paramref name="from"/> to <paramref name="from"/> + <paramref name="count"/> − 1 of the run.</summary>
    /// <param name="clusterId">The cluster id the client presents.</param>
    /// <param name="hash">The run's hash.</param>
    /// <param name="batchId">The batch's id (the same batch always has the same id; a repeated batch is answered from the silo's record).</param>
    /// <param name="from">The first draw.</param>
    /// <param name="count">How many draws.</param>
    Task<DrawBatchReply> EvaluateDraws(string clusterId, string hash, string batchId, int from, int count);
}
