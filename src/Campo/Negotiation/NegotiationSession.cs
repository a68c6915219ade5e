using Campo.Errors;
using Campo.Markets.World;
using Campo.Scenarios;

namespace Campo.Negotiation;

/// <summary>
/// One negotiation's fixed parts and central results: the setup (members, coalitions, preferences), the lean payoff
/// model, the alternative each member compares the draft with, and the solved states that later evaluations start
/// from. Its <see cref="Judge"/> judges any draft outcome.
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

    /// <summary>The decision rule applied to this negotiation (set by <see cref="Negotiator.Open"/>).</summary>
    public Record.DecisionJudge Judge { get; set; } = null!;

    /// <summary>The event of the record this draft is, or null.</summary>
    public Record.RecordedEvent? Event { get; set; }

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
