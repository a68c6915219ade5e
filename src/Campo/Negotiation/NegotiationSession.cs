using Campo.Errors;
using Campo.Markets.World;
using Campo.Scenarios;

namespace Campo.Negotiation;

/// <summary>
/// One negotiation's fixed parts and central results: the setup (members, coalitions, preferences), the lean payoff
/// model, the alternative each member compares the draft with, and the solved states that later evaluations start
/// from. Judges any draft outcome: every member's own position, then the consensus.
/// </summary>
internal sealed class NegotiationSession
{
    private readonly int[] _memberRegion;

    public NegotiationSession(NegotiationSetup setup, DraftPayoffModel model, Scenario draft, Scenario? baseline)
    {
        Setup = setup;
        Model = model;
        Draft = draft;
        Baseline = baseline;
        _memberRegion = setup.Members.Select(m => m.Source is PayoffSource.OwnRegion or PayoffSource.SharedRegion && m.Region is { } r && model.RegionIndex.TryGetValue(r, out var i) ? i : -1).ToArray();
        var ws = model.NewWorkspace();
        if (baseline is null)
        {
            Alternative = DraftOutcome.StatusQuo(model.M);
        }
        else
        {
            Alternative = new DraftOutcome(model.M.CellCount, model.M.Regions.Length);
            model.Evaluate(baseline, ws, Alternative);
            Ensure(Alternative, baseline);
            AlternativeState = model.Snapshot(ws);
        }

        Central = new DraftOutcome(model.M.CellCount, model.M.Regions.Length);
        model.Evaluate(draft, ws, Central);
        Ensure(Central, draft);
        CentralState = model.Snapshot(ws);
    }

    public NegotiationSetup Setup { get; }

    public DraftPayoffModel Model { get; }

    public Scenario Draft { get; }

    public Scenario? Baseline { get; }

    /// <summary>The alternative's outcome at the central elasticities (the status quo: no change).</summary>
    public DraftOutcome Alternative { get; }

    /// <summary>The baseline scenario's solved state, or null for the status quo.</summary>
    public SolveState? AlternativeState { get; }

    /// <summary>The draft's outcome at the central elasticities.</summary>
    public DraftOutcome Central { get; }

    /// <summary>The draft's solved state, the warm start of every later evaluation.</summary>
    public SolveState CentralState { get; }

    /// <summary>The model region index of each member's payoff, or −1.</summary>
    public IReadOnlyList<int> MemberRegion => _memberRegion;

    /// <summary>
    /// Every member's own position (1 object, 0 accept, −1 none) on an outcome against an alternative, without
    /// reasons or allocation; the workspace's cell buffer is overwritten.
    /// </summary>
    public void OwnPositions(DraftOutcome draft, DraftOutcome alternative, PayoffWorkspace ws, Span<sbyte> own)
    {
        var model = Model;
        var filled = ws.Filled;
        Array.Clear(filled);
        for (var i = 0; i < _memberRegion.Length; i++)
        {
            var r = _memberRegion[i];
            if (r < 0)
            {
                own[i] = -1;
                continue;
            }

            int start = model.RegionCellStart[r], end = model.RegionCellStart[r + 1];
            if (!filled[r])
            {
                for (var j = start; j < end; j++)
                {
                    ws.Cells[j] = model.Measure(model.RegionCells[j], draft, alternative);
                }

                filled[r] = true;
            }

            var total = draft.RegionTotal[r] - alternative.RegionTotal[r];
            own[i] = Acceptance.Objects(Setup.Members[i].Preferences, total, ws.Cells.AsSpan(start, end - start), null, null) ? (sbyte)1 : (sbyte)0;
        }
    }

    /// <summary>Every member's own decision with reasons (null for members without a payoff).</summary>
    public MemberDecision?[] Decisions(DraftOutcome draft, DraftOutcome alternative)
    {
        var decisions = new MemberDecision?[_memberRegion.Length];
        var payoffs = new Dictionary<int, RegionPayoff>();
        for (var i = 0; i < decisions.Length; i++)
        {
            var r = _memberRegion[i];
            if (r < 0)
            {
                continue;
            }

            if (!payoffs.TryGetValue(r, out var payoff))
            {
                payoffs[r] = payoff = Model.Payoff(r, draft, alternative);
            }

            decisions[i] = Acceptance.Decide(Setup.Members[i].Preferences, payoff);
        }

        return decisions;
    }

    /// <summary>The region payoff of a model region against the alternative.</summary>
    public RegionPayoff Payoff(int region) => Model.Payoff(region, Central, Alternative);

    private static void Ensure(DraftOutcome outcome, Scenario scenario)
    {
        if (!outcome.Converged)
        {
            throw new SolverException(
                "the world market did not clear for '" + scenario.Title + "' (largest relative residual " + outcome.MaxResidual.ToString("G3", System.Globalization.CultureInfo.InvariantCulture) + ")",
                "check the draft's numbers, or run campo run on it to see which market fails");
        }
    }
}
