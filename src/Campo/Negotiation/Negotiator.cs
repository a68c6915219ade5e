using System.Globalization;
using Campo.Composition;
using Campo.Domain;
using Campo.Errors;
using Campo.Negotiation.Record;
using Campo.Scenarios;

namespace Campo.Negotiation;

/// <summary>Options of one negotiation.</summary>
public sealed record NegotiationOptions
{
    /// <summary>Monte Carlo draws for the robustness of the verdict; 0 for none. Default 200.</summary>
    public int Draws { get; init; } = Defaults.Draws;

    /// <summary>The seed of the draws. Default 2005 (as <c>campo run</c>).</summary>
    public ulong Seed { get; init; } = Defaults.Seed;

    /// <summary>Coefficient of variation of the lognormal factor on every elasticity (an assumption, as in <c>campo run</c>). Default 0.25.</summary>
    public double ElasticityCv { get; init; } = Defaults.ElasticityCv;

    /// <summary>Threads; -1 for all cores.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>True to cluster members by interest profile and compare with the real coalitions.</summary>
    public bool Discover { get; init; }

    /// <summary>The draft search to run, or null.</summary>
    public DraftSearchRequest? Search { get; init; }

    /// <summary>The decision model's coefficients; null for those estimated on the shipped record (fitted once per dataset).</summary>
    public DecisionEstimates? Estimates { get; init; }

    /// <summary>Reads the baseline scenario a draft's <c>decision.baseline</c> names (path as written); null when baselines cannot be read.</summary>
    public Func<string, Scenario>? LoadBaseline { get; init; }

    /// <summary>Checks the ranges.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option out of range.</exception>
    public void Validate()
    {
        if (Draws is < 0 or > 100_000)
        {
            throw new ArgumentOutOfRangeException(nameof(Draws), Draws, "Draws are from 0 to 100000.");
        }

        if (!(ElasticityCv > 0 && ElasticityCv <= 2))
        {
            throw new ArgumentOutOfRangeException(nameof(ElasticityCv), ElasticityCv, "The coefficient of variation is above 0 and at most 2.");
        }

        if (MaxDegreeOfParallelism is 0 or < -1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism), MaxDegreeOfParallelism, "Use -1 for all cores or a positive thread count.");
        }
    }
}

/// <summary>
/// Negotiates a draft among the WTO members present on its date: each government judges the draft against its
/// alternative by the decision model estimated on the record of WTO decisions (<see cref="DecisionJudge"/>,
/// <see cref="DecisionEstimates"/>), coalitions take their positions, and the draft passes only if no member objects. Pure: no files, no console. Model and
/// sources: docs/models/negotiation.md.
/// </summary>
public static class Negotiator
{
    /// <summary>Negotiates a draft.</summary>
    /// <param name="scenario">The draft (multilateral).</param>
    /// <param name="context">The dataset and its calibrated world market.</param>
    /// <param name="options">Draws, discovery and search; null for the defaults.</param>
    /// <param name="cancellationToken">Stops the draws and the search.</param>
    /// <exception cref="CampoException">A regional draft, a bad decision section, or an unreadable baseline.</exception>
    /// <exception cref="SolverException">The world market did not clear for the draft or its baseline.</exception>
    public static NegotiationOutcome Negotiate(Scenario scenario, EvaluationContext context, NegotiationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(context);
        options ??= new NegotiationOptions();
        options.Validate();
        using var timing = Diagnostics.PhaseTimer.Measure(Diagnostics.Phase.Verdict);
        var estimates = options.Estimates ?? DecisionEstimates.Shipped(context);
        var session = Open(scenario, context, options, estimates.Record);
        var judge = session.Judge;
        var setup = session.Setup;
        var coefficients = estimates.Coefficients;
        var b = judge.NewBuffers();
        judge.Features(session.Central, session.Alternative, b.Features);
        var passes = judge.Predict(b.Features, coefficients, b);
        using var drawTiming = Diagnostics.PhaseTimer.Measure(Diagnostics.Phase.Draws);
        var draws = options.Draws > 0 ? VerdictDraws.Run(session, coefficients, options.Draws, options.Seed, options.ElasticityCv, options.MaxDegreeOfParallelism, cancellationToken) : null;
        drawTiming?.Dispose();
        var redLines = setup.Members.Select((_, i) => judge.RedLines(i, session.Central, session.Alternative)).ToArray();
        var members = setup.Members.Select((m, i) => Verdict(session, estimates, b, redLines, m, i, draws)).ToArray();
        var coalitions = judge.Blocs.Select((c, k) => new CoalitionVerdict(
            c.Code,
            c.Name,
            b.BlocObjects[k] ? Position.Object : Position.Accept,
            judge.BlocMembers[k].Length,
            judge.BlocMembers[k].Count(i => b.Features[i].HasPayoff),
            judge.BlocMembers[k].Count(i => b.Dissatisfied[i]),
            b.BlocIndex[k],
            RuleText(coefficients, b.BlocIndex[k]),
            c.Source,
            Share(draws?.BlocObjects[k], draws?.Converged))).ToArray();
        var objecting = b.Final.Count(f => f);
        var blocking = setup.Members.Where((m, i) => b.Final[i] && judge.Represented[i] < 0).Select(m => m.Id).ToArray();
        var blockingCoalitions = coalitions.Where(c => c.Position == Position.Object).Select(c => c.Code).ToArray();
        double? passShare = draws is null ? null : Share(draws.Passes, draws.Converged);
        var verdict = new Verdict(
            passes,
            Summary(passes, objecting, blocking.Length, setup.Members.Length, blockingCoalitions),
            objecting,
            setup.Members.Length - objecting,
            blocking,
            blockingCoalitions,
            passShare);
        HistoricalComparison? historical = null;
        if (setup.Date == HistoricalRecord.Cancun)
        {
            var alone = setup.Members.Select((m, i) => b.Dissatisfied[judge.Represented[i] >= 0 ? judge.Represented[i] : i] ? Position.Object : Position.Accept).ToArray();
            var recorded = HistoricalRecord.CancunRejecters.Where(setup.Known.ContainsKey)
                .ToDictionary(c => c, c => (IReadOnlyCollection<Domain.MemberId>)setup.Known[c].Members, StringComparer.OrdinalIgnoreCase);
            historical = HistoricalRecord.CompareWithCancun(setup.Members, b.Final.Select(f => f ? Position.Object : Position.Accept).ToArray(), alone, recorded);
        }

        return new NegotiationOutcome
        {
            Draft = new NegotiatedDraft(
                scenario.Title,
                scenario.File,
                scenario.Source,
                setup.Date,
                setup.Members.Length,
                setup.Settings.Baseline is { } baseline ? "the baseline scenario " + baseline : "the status quo (2005 base)",
                context.Dataset.Origin),
            Model = ModelOf(estimates, session),
            Verdict = verdict,
            Members = members,
            Coalitions = coalitions,
            Robustness = draws is null ? null : new Robustness(draws.Draws, draws.Converged, options.Seed, passShare!.Value, draws.Distributions, RobustText(passShare.Value, draws.Converged)),
            Historical = historical,
            Replay = judge.Blocs.Select((c, k) => (c, k)).Where(x => b.BlocObjects[x.k]).Select(x => Replays.Of(
                x.c.Code,
                x.c.Name,
                true,
                judge.BlocMembers[x.k],
                i => redLines[i],
                i => b.Features[i],
                b.Dissatisfied,
                Replays.Losses(session, judge.BlocMembers[x.k]),
                judge.BlocUnmet[x.k])).ToArray(),
            Discovery = options.Discover ? CoalitionDiscovery.Run(session) : null,
            Search = options.Search is { } request ? DraftSearch.Run(session, coefficients, request, options.MaxDegreeOfParallelism, cancellationToken) : null,
            Assumptions = setup.Assumptions,
            Flagged = scenario.FlaggedParameters.Select(p => new FlaggedParameter(p.Path, p.Value, Domain.ParameterStatuses.Of(p.Provenance.Reliability), p.Provenance.Source)).ToArray(),
        };
    }

    /// <summary>Builds the negotiation's fixed parts and central solves.</summary>
    /// <param name="scenario">The draft.</param>
    /// <param name="context">The dataset and its world market.</param>
    /// <param name="options">The options (the baseline reader).</param>
    /// <param name="record">The record whose settings, stances and packages the decision rule reads.</param>
    internal static NegotiationSession Open(Scenario scenario, EvaluationContext context, NegotiationOptions options, NegotiationRecord record)
    {
        if (scenario.Kind != ScenarioKind.Multilateral)
        {
            throw new CampoException(
                "this is a regional agreement (kind = \"regional\"); the negotiation model judges multilateral drafts on the world market",
                "negotiate a multilateral draft; a regional agreement can be a member's alternative through decision.threshold",
                new SourceLocation(scenario.File, Field: "kind"));
        }

        var setup = NegotiationSetup.Build(context.Dataset, scenario);
        Scenario? baseline = null;
        if (scenario.Decision.Baseline is { } file)
        {
            var location = scenario.Decision.Locations.GetValueOrDefault("baseline") ?? new SourceLocation(scenario.File, Field: "decision.baseline");
            if (options.LoadBaseline is not { } load)
            {
                throw new CampoException("the baseline scenario \"" + file + "\" cannot be read here", "give baseline = \"status-quo\", or negotiate from the command line", location);
            }

            baseline = load(file);
            if (baseline.Kind != ScenarioKind.Multilateral)
            {
                throw new CampoException(
                    "the baseline \"" + file + "\" is a regional agreement, which the world market model does not evaluate",
                    "give a multilateral baseline, or state a member's gain from a regional agreement as its decision.member.<code>.threshold",
                    location);
            }
        }

        var model = new DraftPayoffModel(context, setup.Date, setup.Staples);
        var session = new NegotiationSession(setup, model, scenario, baseline);
        // A draft of the record (matched by its file name) carries its event's package; any other draft none.
        var name = Path.GetFileNameWithoutExtension(scenario.File);
        session.Event = record.Events.FirstOrDefault(e => string.Equals(e.Scenario, name, StringComparison.OrdinalIgnoreCase));
        var package = session.Event is { } e ? EventData.PackageOf(record, e.Code) : new Dictionary<string, double>(StringComparer.Ordinal);
        session.Judge = new DecisionJudge(session, record, package);
        if (session.Judge.NotFormed.Count > 0)
        {
            setup.Assumptions.Add("Not yet formed on " + setup.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + ", so not a bloc here (data/negotiation/formation.csv, first recorded joint position): "
                + string.Join("; ", session.Judge.NotFormed.Select(f => f.Coalition + " " + f.Formed.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))) + ".");
        }

        return session;
    }

    private static MemberVerdict Verdict(NegotiationSession session, DecisionEstimates estimates, DecisionBuffers b, IReadOnlyList<RedLineHit>[] redLines, NegotiatingMember m, int i, DrawCounts? draws)
    {
        var judge = session.Judge;
        var region = session.MemberRegion[i];
        var f = b.Features[i];
        var c = estimates.Coefficients;
        var reasons = new List<Reason>();
        var represented = judge.Represented[i];
        if (represented >= 0)
        {
            reasons.Add(new Reason(ReasonKind.Represented, "represented by " + session.Setup.Members[represented].Id + ": takes its position (" + (b.Final[i] ? "object" : "accept") + ")"));
        }
        else
        {
            if (!f.HasPayoff)
            {
                reasons.Add(new Reason(ReasonKind.NoData, "no market data: judged on the package's issues alone (assumption)"));
            }

            if (b.Dissatisfied[i])
            {
                Span<double> x = stackalloc double[DecisionCoefficients.Names.Count];
                f.Predictors(x);
                if ((c.Beta[1] * x[1]) + (c.Beta[2] * x[2]) > 0)
                {
                    reasons.Add(new Reason(ReasonKind.Payoff, string.Create(CultureInfo.InvariantCulture, $"its farmers' surplus changes by {f.Farmers:+0.00%;-0.00%;0.00%} of its farm output and its exports by {f.Exports:+0.00%;-0.00%;0.00%} (decision index {b.Index[i]:0.00})"), null, f.Farmers));
                }

                foreach (var hit in redLines[i])
                {
                    reasons.Add(hit.Surge
                        ? new Reason(ReasonKind.SurgeRedLine, string.Create(CultureInfo.InvariantCulture, $"imports of {hit.Name} ({hit.Share:0.#%} of its farm output) rise {(double.IsPositiveInfinity(hit.ImportRise) ? "from none" : hit.ImportRise.ToString("0.0%", CultureInfo.InvariantCulture))}"), hit.Commodity, double.IsPositiveInfinity(hit.ImportRise) ? null : hit.ImportRise)
                        : new Reason(ReasonKind.PriceRedLine, string.Create(CultureInfo.InvariantCulture, $"producer price of {hit.Name} ({hit.Share:0.#%} of its farm output) falls {-hit.PriceChange:0.0%}"), hit.Commodity, hit.PriceChange));
                }

                if (judge.Unmet[i].Count > 0)
                {
                    reasons.Add(new Reason(ReasonKind.Linkage, "the package falls short of what it asked: " + string.Join(", ", judge.Unmet[i].Select(u => IssueLabel(judge.Record, u))), null, f.Link));
                }
            }

            var objecting = judge.Blocs.Select((bloc, k) => (bloc, k)).Where(x => b.BlocObjects[x.k] && judge.BlocMembers[x.k].Contains(i)).Select(x => x.bloc.Name).ToArray();
            if (objecting.Length > 0)
            {
                reasons.Add(new Reason(ReasonKind.Coalition, "objects with the " + string.Join(", ", objecting)));
            }
            else if (b.Alone[i])
            {
                reasons.Add(new Reason(
                    ReasonKind.BlocksAlone,
                    string.Create(CultureInfo.InvariantCulture, $"blocks alone: {judge.TradeShare[i]:0.0%} of world farm trade (at least {judge.BlockShare:0.#%}), and what the draft does to its own farmers and exporters dissatisfies it"),
                    null,
                    judge.TradeShare[i]));
            }
            else if (b.Dissatisfied[i])
            {
                reasons.Add(new Reason(ReasonKind.Overruled, judge.TradeShare[i] >= judge.BlockShare
                    ? "dissatisfied, but does not block: no coalition of its objects, and what the draft does to its own farmers and exporters does not by itself dissatisfy it (the package's other issues count only with a coalition)"
                    : string.Create(CultureInfo.InvariantCulture, $"dissatisfied, but does not block: no coalition of its objects, and it holds {judge.TradeShare[i]:0.0%} of world farm trade (under {judge.BlockShare:0.#%})")));
            }
        }

        WelfareParts? payoff = region >= 0 ? session.Central.RegionTotal[region] - session.Alternative.RegionTotal[region] : null;
        return new MemberVerdict(
            m.Id,
            m.Name,
            m.Status,
            m.Source,
            m.Region,
            m.Coalitions,
            b.Dissatisfied[i] ? Position.Object : Position.Accept,
            b.Final[i] ? Position.Object : Position.Accept,
            b.Index[i],
            Logit.Sigmoid(b.Index[i]),
            f.HasPayoff ? judge.Stake(i) : null,
            payoff,
            reasons,
            Share(draws?.MemberObjects[i], draws?.Converged),
            m.Note);
    }

    private static string IssueLabel(NegotiationRecord record, string issue) =>
        record.Issues.TryGetValue(issue, out var i) && i.Labels.TryGetValue("en", out var label) ? label : issue;

    private static string RuleText(DecisionCoefficients c, double index) => string.Create(
        CultureInfo.InvariantCulture,
        $"objects when its pivotal member (each term at the level of the {c.Discipline:0.##} share of its members most hurt) is dissatisfied: index {index:0.00}");

    private static DecisionModelSummary ModelOf(DecisionEstimates estimates, NegotiationSession session)
    {
        var c = estimates.Coefficients;
        var judge = session.Judge;
        var fitted = estimates.Events > 0
            ? string.Create(CultureInfo.InvariantCulture, $"estimated by penalised maximum likelihood on {estimates.Observations} recorded positions at {estimates.Events} WTO decisions (data/negotiation; campo negotiate --validate shows the fit, its uncertainty and the leave-one-event-out test)")
            : "stated coefficients (not estimated)";
        return new DecisionModelSummary(
            DecisionCoefficients.Names.Select((n, k) => new DecisionCoefficient(n, c.Beta[k], estimates.StandardErrors[k])).ToArray(),
            c.Discipline,
            judge.BlockShare,
            fitted,
            session.Event?.Code,
            judge.Package.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new PackageDelivery(p.Key, IssueLabel(judge.Record, p.Key), p.Value)).ToArray(),
            [.. estimates.Record.Settings.Values]);
    }

    private static string Summary(bool passes, int objecting, int blocking, int members, IReadOnlyList<string> coalitions)
    {
        string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
        if (passes)
        {
            return "The draft passes: none of the " + Count(members) + " members objects.";
        }

        var text = "The draft fails: " + Count(objecting) + " of " + Count(members) + " members object (" + Count(blocking) + " speaking for themselves)";
        return text + (coalitions.Count > 0 ? ", with " + string.Join(", ", coalitions) + "." : ".");
    }

    private static string RobustText(double passShare, int converged)
    {
        if (converged == 0)
        {
            return "no draw converged: the robustness of the verdict is unknown";
        }

        return passShare switch
        {
            0 => "the draft fails in every draw",
            1 => "the draft passes in every draw",
            _ => string.Create(CultureInfo.InvariantCulture, $"the draft passes in {passShare:0.#%} of the draws: the verdict depends on the elasticities"),
        };
    }

    private static double? Share(int? count, int? total) => count is { } c && total is > 0 ? c / (double)total.Value : null;

}
