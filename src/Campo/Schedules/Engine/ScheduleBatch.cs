using Campo.Schedules.Drafts;

namespace Campo.Schedules.Engine;

/// <summary>
/// Many members' lines as columns, for the bulk path: rates as AVE fractions (NaN for unknown), designation flags
/// (<see cref="LineFlags"/> as bytes), and member offsets (member m owns lines [offsets[m], offsets[m + 1])). Each
/// member points at one of a few modality plans (for example developed, developing, LDC). The per-line records
/// (<see cref="TariffLine"/>) are for input, output and display; this type is for sweeps over every member.
/// </summary>
public sealed class ScheduleBatch
{
    /// <summary>Creates a batch. The arrays are kept, not copied.</summary>
    /// <param name="bound">Bound AVEs (fractions; NaN unknown), one per line.</param>
    /// <param name="applied">Applied AVEs (fractions; NaN unknown), one per line.</param>
    /// <param name="flags">Designations (<see cref="LineFlags"/>), one per line.</param>
    /// <param name="memberOffsets">Offsets of each member's first line, with the total number of lines last.</param>
    /// <param name="memberPlan">For each member, the index of its plan in <paramref name="plans"/>.</param>
    /// <param name="plans">The modality plans.</param>
    /// <param name="primaryBound">For processed lines, the bound AVE of their primary product (NaN otherwise); or null when no line uses the escalation rule.</param>
    /// <exception cref="ArgumentException">Arrays of inconsistent lengths, offsets that decrease, or a plan index out of range.</exception>
    public ScheduleBatch(double[] bound, double[] applied, byte[] flags, int[] memberOffsets, int[] memberPlan, IReadOnlyList<GroupModalities> plans, double[]? primaryBound = null)
    {
        ArgumentNullException.ThrowIfNull(bound);
        ArgumentNullException.ThrowIfNull(applied);
        ArgumentNullException.ThrowIfNull(flags);
        ArgumentNullException.ThrowIfNull(memberOffsets);
        ArgumentNullException.ThrowIfNull(memberPlan);
        ArgumentNullException.ThrowIfNull(plans);
        if (applied.Length != bound.Length || flags.Length != bound.Length || (primaryBound is not null && primaryBound.Length != bound.Length))
        {
            throw new ArgumentException("Every line column must have one value per line.", nameof(applied));
        }

        if (memberOffsets.Length != memberPlan.Length + 1 || memberOffsets[0] != 0 || memberOffsets[^1] != bound.Length)
        {
            throw new ArgumentException("Member offsets must start at 0, end at the number of lines and have one entry per member plus one.", nameof(memberOffsets));
        }

        for (var m = 0; m < memberPlan.Length; m++)
        {
            if (memberOffsets[m + 1] < memberOffsets[m])
            {
                throw new ArgumentException("Member offsets must not decrease.", nameof(memberOffsets));
            }

            if (memberPlan[m] < 0 || memberPlan[m] >= plans.Count)
            {
                throw new ArgumentException("A member's plan index is out of range.", nameof(memberPlan));
            }
        }

        Bound = bound;
        Applied = applied;
        Flags = flags;
        MemberOffsets = memberOffsets;
        MemberPlan = memberPlan;
        Plans = plans.Select(p => new CompiledPlan(p)).ToArray();
        PrimaryBound = primaryBound;
    }

    /// <summary>The number of members.</summary>
    public int Members => MemberPlan.Length;

    /// <summary>The number of lines.</summary>
    public int Lines => Bound.Length;

    internal double[] Bound { get; }

    internal double[] Applied { get; }

    internal byte[] Flags { get; }

    internal int[] MemberOffsets { get; }

    internal int[] MemberPlan { get; }

    internal CompiledPlan[] Plans { get; }

    internal double[]? PrimaryBound { get; }

    internal int LargestMember()
    {
        var largest = 0;
        for (var m = 0; m < Members; m++)
        {
            largest = Math.Max(largest, MemberOffsets[m + 1] - MemberOffsets[m]);
        }

        return largest;
    }
}

/// <summary>The results of a batch run, as columns parallel to the batch's lines. Allocate once and reuse.</summary>
public sealed class BatchOutput
{
    /// <summary>Allocates the output for a batch.</summary>
    /// <param name="batch">The batch.</param>
    public BatchOutput(ScheduleBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        Cut = new double[batch.Lines];
        NewBound = new double[batch.Lines];
        NewApplied = new double[batch.Lines];
        Outcome = new LineOutcome[batch.Lines];
        Members = new MemberSummary[batch.Members];
    }

    /// <summary>The cut of every line (fraction; NaN unknown).</summary>
    public IReadOnlyList<double> Cuts => Cut;

    /// <summary>The new bound of every line (fraction; NaN unknown).</summary>
    public IReadOnlyList<double> NewBounds => NewBound;

    /// <summary>The new applied rate of every line (fraction; NaN unknown).</summary>
    public IReadOnlyList<double> NewApplieds => NewApplied;

    /// <summary>What happened to every line.</summary>
    public IReadOnlyList<LineOutcome> Outcomes => Outcome;

    /// <summary>What happened to every member.</summary>
    public IReadOnlyList<MemberSummary> MemberSummaries => Members;

    internal double[] Cut { get; }

    internal double[] NewBound { get; }

    internal double[] NewApplied { get; }

    internal LineOutcome[] Outcome { get; }

    internal MemberSummary[] Members { get; }
}

/// <summary>
/// Runs the modalities over a batch, in parallel over members (each member's lines are independent). No allocation
/// per line: each worker thread owns one scratch buffer sized for the largest member.
/// </summary>
public static class BatchEngine
{
    /// <summary>Applies every member's plan to its lines.</summary>
    /// <param name="batch">The lines and plans.</param>
    /// <param name="output">Where results go (from <see cref="BatchOutput(ScheduleBatch)"/> on the same batch).</param>
    /// <param name="maxDegreeOfParallelism">Worker threads; -1 for the runtime's default.</param>
    public static void Run(ScheduleBatch batch, BatchOutput output, int maxDegreeOfParallelism = -1)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(output);
        if (output.Cut.Length != batch.Lines || output.Members.Length != batch.Members)
        {
            throw new ArgumentException("The output was allocated for another batch.", nameof(output));
        }

        var capacity = batch.LargestMember();
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism };
        Parallel.For(
            0,
            batch.Members,
            options,
            () => new KernelScratch(capacity),
            (m, _, scratch) =>
            {
                RunMember(batch, output, m, scratch);
                return scratch;
            },
            _ => { });
    }

    internal static void RunMember(ScheduleBatch batch, BatchOutput output, int m, KernelScratch scratch)
    {
        var start = batch.MemberOffsets[m];
        var length = batch.MemberOffsets[m + 1] - start;
        var primary = batch.PrimaryBound is { } p ? p.AsSpan(start, length) : ReadOnlySpan<double>.Empty;
        output.Members[m] = MemberKernel.Apply(
            batch.Plans[batch.MemberPlan[m]],
            batch.Bound.AsSpan(start, length),
            batch.Applied.AsSpan(start, length),
            primary,
            batch.Flags.AsSpan(start, length),
            output.Cut.AsSpan(start, length),
            output.NewBound.AsSpan(start, length),
            output.NewApplied.AsSpan(start, length),
            output.Outcome.AsSpan(start, length),
            scratch);
    }
}
