using Campo.Negotiation;

namespace Campo.Cluster;

/// <summary>A silo's answer to <see cref="ISweepWorkerGrain.Prepare"/>: the search opened, or why not.</summary>
[GenerateSerializer]
public sealed class PrepareReply
{
    /// <summary>The sample's size on the silo (must equal the client's), or 0 on refusal.</summary>
    [Id(0)]
    public int Drafts { get; init; }

    /// <summary>The number of members (the length of the objection counts).</summary>
    [Id(1)]
    public int Members { get; init; }

    /// <summary>The refusal, or null.</summary>
    [Id(2)]
    public WorkError? Error { get; init; }
}

/// <summary>A user-facing error raised on a silo, carried back in parts so that the client raises the same error.</summary>
[GenerateSerializer]
public sealed class WorkError
{
    /// <summary>The kind: "input", "solver", "cluster" (another cluster id), "build" (another build) or "internal".</summary>
    [Id(0)]
    public string Kind { get; init; } = "internal";

    /// <summary>What is wrong.</summary>
    [Id(1)]
    public string Problem { get; init; } = string.Empty;

    /// <summary>What is expected, or null.</summary>
    [Id(2)]
    public string? Expected { get; init; }

    /// <summary>The file, or null.</summary>
    [Id(3)]
    public string? File { get; init; }

    /// <summary>The line, or null.</summary>
    [Id(4)]
    public int? Line { get; init; }

    /// <summary>The column, or null.</summary>
    [Id(5)]
    public int? Column { get; init; }

    /// <summary>The field, or null.</summary>
    [Id(6)]
    public string? Field { get; init; }

    /// <summary>The error of an exception raised on a silo.</summary>
    /// <param name="exception">The exception.</param>
    public static WorkError Of(Exception exception) => exception switch
    {
        Errors.SolverException s => new WorkError { Kind = "solver", Problem = s.Problem, Expected = s.Expected },
        Errors.CampoException c => new WorkError { Kind = "input", Problem = c.Problem, Expected = c.Expected, File = c.Location?.File, Line = c.Location?.Line, Column = c.Location?.Column, Field = c.Location?.Field },
        _ => new WorkError { Kind = "internal", Problem = exception.GetType().Name + ": " + exception.Message },
    };

    /// <summary>The exception to raise on the client.</summary>
    /// <param name="gateway">The gateway as typed, for cluster errors.</param>
    public Exception ToException(string gateway) => Kind switch
    {
        "solver" => new Errors.SolverException(Problem, Expected),
        "input" => new Errors.CampoException(Problem, Expected, File is null && Field is null ? null : new Errors.SourceLocation(File, Line, Column, Field)),
        "cluster" => new ClusterUnavailableException(gateway, ClusterFailure.OtherCluster, Problem),
        "build" => new ClusterUnavailableException(gateway, ClusterFailure.OtherBuild, Problem),
        _ => new InvalidOperationException("A silo failed: " + Problem),
    };
}

/// <summary>A silo's answer to <see cref="ISweepWorkerGrain.Judge"/>: a batch's judgements, or that the silo lacks the search.</summary>
[GenerateSerializer]
public sealed class BatchReply
{
    /// <summary>The batch's id.</summary>
    [Id(0)]
    public string BatchId { get; init; } = string.Empty;

    /// <summary>True when the silo does not hold the search (restarted or evicted): prepare it again.</summary>
    [Id(1)]
    public bool Unprepared { get; init; }

    /// <summary>The first draft's index.</summary>
    [Id(2)]
    public int From { get; init; }

    /// <summary>Per draft: converged.</summary>
    [Id(3)]
    public bool[] Converged { get; init; } = [];

    /// <summary>Per draft: passes.</summary>
    [Id(4)]
    public bool[] Passes { get; init; } = [];

    /// <summary>Per draft: objecting members.</summary>
    [Id(5)]
    public int[] Objecting { get; init; } = [];

    /// <summary>Per draft: the objective.</summary>
    [Id(6)]
    public double[] Objective { get; init; } = [];

    /// <summary>Per member: objections over the batch's converged drafts.</summary>
    [Id(7)]
    public int[] Objections { get; init; } = [];

    /// <summary>Processor seconds the silo's process spent while judging the batch (all its threads).</summary>
    [Id(8)]
    public double CpuSeconds { get; init; }

    /// <summary>The refusal or failure, or null.</summary>
    [Id(9)]
    public WorkError? Error { get; init; }

    /// <summary>The reply carrying <paramref name="judged"/>.</summary>
    /// <param name="batchId">The batch's id.</param>
    /// <param name="judged">The judgements.</param>
    /// <param name="cpuSeconds">Processor seconds spent.</param>
    public static BatchReply Of(string batchId, DraftJudgements judged, double cpuSeconds)
    {
        ArgumentNullException.ThrowIfNull(judged);
        return new BatchReply
        {
            BatchId = batchId,
            From = judged.From,
            Converged = judged.Converged,
            Passes = judged.Passes,
            Objecting = judged.Objecting,
            Objective = judged.Objective,
            Objections = judged.Objections,
            CpuSeconds = cpuSeconds,
        };
    }

    /// <summary>The judgements this reply carries.</summary>
    public DraftJudgements ToJudgements()
    {
        var judged = new DraftJudgements(From, Converged.Length, Objections.Length);
        Converged.CopyTo(judged.Converged, 0);
        Passes.CopyTo(judged.Passes, 0);
        Objecting.CopyTo(judged.Objecting, 0);
        Objective.CopyTo(judged.Objective, 0);
        Objections.CopyTo(judged.Objections, 0);
        return judged;
    }
}

/// <summary>A silo's answer to <see cref="ISweepWorkerGrain.EvaluateDraws"/>: a range of Monte Carlo draws' values, or that the silo lacks the run.</summary>
[GenerateSerializer]
public sealed class DrawBatchReply
{
    /// <summary>The batch's id.</summary>
    [Id(0)]
    public string BatchId { get; init; } = string.Empty;

    /// <summary>True when the silo does not hold the run (restarted or evicted): prepare it again.</summary>
    [Id(1)]
    public bool Unprepared { get; init; }

    /// <summary>The first draw's index.</summary>
    [Id(2)]
    public int From { get; init; }

    /// <summary>Commodities of the model.</summary>
    [Id(3)]
    public int Commodities { get; init; }

    /// <summary>Regions of the model.</summary>
    [Id(4)]
    public int Regions { get; init; }

    /// <summary>Markets summarised one by one.</summary>
    [Id(5)]
    public int Markets { get; init; }

    /// <summary>Per draw: whether every market cleared.</summary>
    [Id(6)]
    public bool[] Converged { get; init; } = [];

    /// <summary>Per draw and commodity: the world price change.</summary>
    [Id(7)]
    public double[] Prices { get; init; } = [];

    /// <summary>Per draw, region and component: welfare.</summary>
    [Id(8)]
    public double[] Welfare { get; init; } = [];

    /// <summary>Per draw, market and component.</summary>
    [Id(9)]
    public double[] MarketValues { get; init; } = [];

    /// <summary>Processor seconds the silo's process spent while evaluating the batch (all its threads).</summary>
    [Id(10)]
    public double CpuSeconds { get; init; }

    /// <summary>The refusal or failure, or null.</summary>
    [Id(11)]
    public WorkError? Error { get; init; }

    /// <summary>The reply carrying <paramref name="block"/>.</summary>
    /// <param name="batchId">The batch's id.</param>
    /// <param name="block">The draws' values.</param>
    /// <param name="cpuSeconds">Processor seconds spent.</param>
    public static DrawBatchReply Of(string batchId, Markets.Uncertainty.DrawBlock block, double cpuSeconds)
    {
        ArgumentNullException.ThrowIfNull(block);
        return new DrawBatchReply
        {
            BatchId = batchId,
            From = block.From,
            Commodities = block.Commodities,
            Regions = block.Regions,
            Markets = block.Markets,
            Converged = block.Converged,
            Prices = block.Prices,
            Welfare = block.Welfare,
            MarketValues = block.MarketValues,
            CpuSeconds = cpuSeconds,
        };
    }

    /// <summary>The draws' values this reply carries.</summary>
    /// <exception cref="InvalidOperationException">The arrays do not fit the sizes stated.</exception>
    public Markets.Uncertainty.DrawBlock ToBlock()
    {
        var block = new Markets.Uncertainty.DrawBlock(From, Converged.Length, Commodities, Regions, Markets);
        if (Prices.Length != block.Prices.Length || Welfare.Length != block.Welfare.Length || MarketValues.Length != block.MarketValues.Length)
        {
            throw new InvalidOperationException("A silo answered batch " + BatchId + " with values of another shape.");
        }

        Converged.CopyTo(block.Converged, 0);
        Prices.CopyTo(block.Prices, 0);
        Welfare.CopyTo(block.Welfare, 0);
        MarketValues.CopyTo(block.MarketValues, 0);
        return block;
    }
}
