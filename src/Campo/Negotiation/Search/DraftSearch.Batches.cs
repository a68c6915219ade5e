using Campo.Composition;
using Campo.Scenarios;

namespace Campo.Negotiation;

/// <summary>
/// The judgements of a run of a search's drafts, indices <see cref="From"/> to <see cref="From"/> + <see cref="Count"/> − 1
/// of its sample: what <see cref="DraftSearch"/> aggregates into its report. A part judged elsewhere (a batch on a
/// cluster) and the whole judged here are the same kind of value; <see cref="Merge"/> joins parts by their indices, so the
/// order in which they arrive does not matter.
/// </summary>
public sealed class DraftJudgements
{
    /// <summary>Empty judgements of <paramref name="count"/> drafts from <paramref name="from"/>, for <paramref name="members"/> members.</summary>
    /// <param name="from">The first draft's index in the sample (0 or more).</param>
    /// <param name="count">The number of drafts (0 or more).</param>
    /// <param name="members">The number of negotiating members.</param>
    /// <exception cref="ArgumentOutOfRangeException">A negative index or count.</exception>
    public DraftJudgements(int from, int count, int members)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(from);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfNegative(members);
        From = from;
        Converged = new bool[count];
        Passes = new bool[count];
        Objecting = new int[count];
        Objective = new double[count];
        Objections = new int[members];
    }

    /// <summary>The first draft's index in the sample.</summary>
    public int From { get; }

    /// <summary>The number of drafts judged.</summary>
    public int Count => Converged.Length;

    /// <summary>Per draft: whether every market cleared (a draft that did not is left out of the report).</summary>
    public bool[] Converged { get; }

    /// <summary>Per draft: whether no member objects.</summary>
    public bool[] Passes { get; }

    /// <summary>Per draft: the members whose final position is to object.</summary>
    public int[] Objecting { get; }

    /// <summary>Per draft: the objective's value, million USD a year (NaN when the draft did not converge).</summary>
    public double[] Objective { get; }

    /// <summary>Per member (in the session's order): in how many of these drafts that converged it objects.</summary>
    public int[] Objections { get; }

    /// <summary>
    /// Joins parts into the judgements of drafts 0 to <paramref name="drafts"/> − 1: each draft is taken from the part
    /// that covers it and the members' objections are added up (integer sums: the order of the parts does not matter).
    /// </summary>
    /// <param name="drafts">The sample's size.</param>
    /// <param name="members">The number of members.</param>
    /// <param name="parts">Parts covering every draft exactly once.</param>
    /// <exception cref="InvalidOperationException">A draft covered twice or not at all, or a part of another member count.</exception>
    public static DraftJudgements Merge(int drafts, int members, IEnumerable<DraftJudgements> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var all = new DraftJudgements(0, drafts, members);
        var covered = new bool[drafts];
        foreach (var part in parts)
        {
            if (part.Objections.Length != members || part.From + part.Count > drafts)
            {
                throw new InvalidOperationException("A part of a draft search does not fit the search (drafts " + part.From + " to " + (part.From + part.Count - 1) + ").");
            }

            for (var j = 0; j < part.Count; j++)
            {
                var i = part.From + j;
                if (covered[i])
                {
                    throw new InvalidOperationException("Draft " + i + " of the search was judged twice.");
                }

                covered[i] = true;
                all.Converged[i] = part.Converged[j];
                all.Passes[i] = part.Passes[j];
                all.Objecting[i] = part.Objecting[j];
                all.Objective[i] = part.Objective[j];
            }

            for (var m = 0; m < members; m++)
            {
                all.Objections[m] += part.Objections[m];
            }
        }

        var missing = Array.IndexOf(covered, false);
        if (missing >= 0)
        {
            throw new InvalidOperationException("Draft " + missing + " of the search was not judged.");
        }

        return all;
    }
}

/// <summary>Judges every draft of a search somewhere other than this process (the drafts of a cluster: <c>campo cluster</c>).</summary>
public interface IDraftSearchExecutor
{
    /// <summary>Judges drafts 0 to <paramref name="drafts"/> − 1 of the search's sample.</summary>
    /// <param name="drafts">The sample's size, as this process drew it.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>The judgements of every draft, from index 0.</returns>
    DraftJudgements Judge(int drafts, CancellationToken cancellationToken);
}

/// <summary>
/// A draft search opened for judging parts of its sample: the negotiation set up once (members, coalitions, the lean
/// payoff model, the central solve every draft starts from) and the sample drawn, so that any run of draft indices can be
/// judged on its own and the parts joined (<see cref="DraftJudgements.Merge"/>) give exactly what the whole search
/// judges in one process. A silo of <c>campo cluster</c> holds one per search and judges the batches it is sent.
/// </summary>
public sealed class DraftSearchSession
{
    private readonly NegotiationSession _session;
    private readonly Record.DecisionCoefficients _coefficients;
    private readonly DraftSearchRequest _request;
    private readonly double[][] _points;
    private readonly int[] _regions;
    private readonly PackageKnobs? _package;

    private DraftSearchSession(NegotiationSession session, Record.DecisionCoefficients coefficients, DraftSearchRequest request)
    {
        _session = session;
        _coefficients = coefficients;
        _request = request;
        _package = PackageKnobs.For(session, request.Dimensions);
        _regions = DraftSearch.ObjectiveRegionsOf(session, request.Objective);
        _points = DraftSearch.Sample(request);
    }

    /// <summary>The sample's size.</summary>
    public int Drafts => _points.Length;

    /// <summary>The number of negotiating members (the length of <see cref="DraftJudgements.Objections"/>).</summary>
    public int Members => _session.Setup.Members.Length;

    /// <summary>Opens the search of <paramref name="options"/> on a draft, as <see cref="Negotiator.Negotiate"/> would run it.</summary>
    /// <param name="scenario">The tabled draft (multilateral).</param>
    /// <param name="context">The dataset and its calibrated world market.</param>
    /// <param name="options">The negotiation's options; <see cref="NegotiationOptions.Search"/> must be set.</param>
    /// <exception cref="ArgumentException">No search in the options.</exception>
    /// <exception cref="Errors.CampoException">A regional draft, a bad decision section or search, or an unreadable baseline.</exception>
    /// <exception cref="Errors.SolverException">The world market did not clear for the draft or its baseline.</exception>
    public static DraftSearchSession Open(Scenario scenario, EvaluationContext context, NegotiationOptions options)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var request = options.Search ?? throw new ArgumentException("The options name no search.", nameof(options));
        request.Validate();
        var estimates = options.Estimates ?? Record.DecisionEstimates.Shipped(context);
        var session = Negotiator.Open(scenario, context, options, estimates.Record);
        return new DraftSearchSession(session, estimates.Coefficients, request);
    }

    /// <summary>Judges drafts <paramref name="from"/> to <paramref name="from"/> + <paramref name="count"/> − 1 of the sample.</summary>
    /// <param name="from">The first index.</param>
    /// <param name="count">How many.</param>
    /// <param name="maxDegreeOfParallelism">Threads; −1 for all cores.</param>
    /// <param name="cancellationToken">Stops between drafts.</param>
    /// <exception cref="ArgumentOutOfRangeException">A range outside the sample.</exception>
    public DraftJudgements Judge(int from, int count, int maxDegreeOfParallelism, CancellationToken cancellationToken)
    {
        if (from < 0 || count < 0 || from + count > _points.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(from), from, "The drafts " + from + " to " + (from + count - 1) + " are outside the sample of " + _points.Length + ".");
        }

        return DraftSearch.JudgeRange(_session, _coefficients, _package, _session.Draft, _request.Dimensions, _points, _regions, _request.Objective.Part, from, count, maxDegreeOfParallelism, cancellationToken);
    }
}

/// <content>Judging a run of the sample's drafts (all of them in one process, or a batch on a cluster).</content>
internal static partial class DraftSearch
{
    /// <summary>True when every knob is a package issue: every draft then has the tabled draft's markets.</summary>
    internal static bool MarketsFixed(IReadOnlyList<SearchDimension> dims) => dims.All(d => d.Knob == DraftKnob.Issue);

    /// <summary>The objective's market regions (an unknown group is refused naming <c>--best</c>).</summary>
    internal static int[] ObjectiveRegionsOf(NegotiationSession session, SearchObjective objective) => ObjectiveRegions(session, objective);

    /// <summary>
    /// Judges drafts <paramref name="from"/> to <paramref name="from"/> + <paramref name="count"/> − 1 of the sample on the lean
    /// path, in parallel; every draft starts from the central solve, so a draft's judgement does not depend on the thread,
    /// the batch or the process that judged it.
    /// </summary>
    internal static DraftJudgements JudgeRange(NegotiationSession session, Record.DecisionCoefficients coefficients, PackageKnobs? package, Scenario draft, IReadOnlyList<SearchDimension> dims, double[][] points, int[] regions, ObjectivePart part, int from, int count, int maxDegreeOfParallelism, CancellationToken cancellationToken, IProgress<int>? progress = null)
    {
        var marketFixed = MarketsFixed(dims);
        var done = 0;
        var judged = new DraftJudgements(from, count, session.Setup.Members.Length);
        WorkQueue.Run(
            count,
            maxDegreeOfParallelism,
            () => new Worker(session, coefficients, package, marketFixed),
            (j, worker) =>
            {
                // With package issues only, every draft has the tabled draft's markets (solved once per worker).
                var point = points[from + j];
                var r = worker.Judge(marketFixed ? draft : DraftSpace.Apply(draft, dims, point), point, regions, part);
                judged.Converged[j] = r.Converged;
                judged.Passes[j] = r.Passes;
                judged.Objecting[j] = r.Objecting;
                judged.Objective[j] = r.Objective;
                if (r.Converged)
                {
                    for (var m = 0; m < worker.Final.Length; m++)
                    {
                        worker.Counts[m] += worker.Final[m] ? 1 : 0;
                    }
                }

                progress?.Report(Interlocked.Increment(ref done));
            },
            worker =>
            {
                for (var m = 0; m < judged.Objections.Length; m++)
                {
                    judged.Objections[m] += worker.Counts[m];
                }
            },
            cancellationToken);
        return judged;
    }

    private static (Result[] Results, int[] Counts) Unpack(DraftJudgements judged, int drafts, int members)
    {
        if (judged.From != 0 || judged.Count != drafts || judged.Objections.Length != members)
        {
            throw new InvalidOperationException("The judgements of " + judged.Count + " drafts from " + judged.From + " do not fit a search of " + drafts + " drafts.");
        }

        var results = new Result[drafts];
        for (var i = 0; i < drafts; i++)
        {
            results[i] = new Result(judged.Converged[i], judged.Passes[i], judged.Objecting[i], judged.Objective[i]);
        }

        return (results, judged.Objections);
    }
}
