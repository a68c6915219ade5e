using System.Globalization;
using Campo.Composition;
using Campo.Domain;
using Campo.Errors;
using Campo.Scenarios;

namespace Campo.Negotiation;

/// <summary>Options of one negotiation.</summary>
public sealed record NegotiationOptions
{
    /// <summary>Monte Carlo draws for the robustness of the verdict; 0 for none. Default 200.</summary>
    public int Draws { get; init; } = 200;

    /// <summary>The seed of the draws. Default 2005 (as <c>campo run</c>).</summary>
    public ulong Seed { get; init; } = 2005;

    /// <summary>Coefficient of variation of the lognormal factor on every elasticity (an assumption, as in <c>campo run</c>). Default 0.25.</summary>
    public double ElasticityCv { get; init; } = 0.25;

    /// <summary>Threads; -1 for all cores.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>True to cluster members by interest profile and compare with the real coalitions.</summary>
    public bool Discover { get; init; }

    /// <summary>The draft search to run, or null.</summary>
    public DraftSearchRequest? Search { get; init; }

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
/// alternative by its weighted payoff and red lines (<see cref="Acceptance"/>), coalitions take their positions
/// (<see cref="Consensus"/>), and the draft passes only if no member objects. Pure: no files, no console. Model and
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
        var session = Open(scenario, context, options);
        var decisions = session.Decisions(session.Central, session.Alternative);
        var setup = session.Setup;
        var stances = setup.Members.Select((m, i) => new MemberStance(m.Id, decisions[i]?.Position, m.RepresentedBy)).ToArray();
        var consensus = Consensus.Decide(stances, setup.Blocs, setup.Settings.CoalitionRule, setup.Settings.NoData);
        var draws = options.Draws > 0 ? VerdictDraws.Run(session, options.Draws, options.Seed, options.ElasticityCv, options.MaxDegreeOfParallelism, cancellationToken) : null;
        var members = setup.Members.Select((m, i) => Verdict(session, m, i, decisions[i], consensus.Members[i], draws)).ToArray();
        var coalitions = consensus.Coalitions.Select((c, b) => new CoalitionVerdict(
            c.Code, c.Name, c.Position, c.Members, c.Voting, c.Objecting, c.Rule, setup.Blocs[b].Leaders, setup.Blocs[b].Source, Share(draws?.BlocObjects[b], draws?.Converged))).ToArray();
        var objecting = consensus.Members.Count(s => s.Position == Position.Object);
        double? passShare = draws is null ? null : Share(draws.Passes, draws.Converged);
        var verdict = new Verdict(
            consensus.Passes,
            Summary(consensus, objecting, setup.Members.Length),
            objecting,
            setup.Members.Length - objecting,
            consensus.Blocking,
            consensus.BlockingCoalitions,
            passShare);
        HistoricalComparison? historical = null;
        if (setup.Date == HistoricalRecord.Cancun)
        {
            var alone = setup.Members.Select((m, i) => AlonePosition(setup, decisions, consensus, i)).ToArray();
            var recorded = HistoricalRecord.CancunRejecters.Where(setup.Known.ContainsKey)
                .ToDictionary(c => c, c => (IReadOnlyCollection<Domain.MemberId>)setup.Known[c].Members, StringComparer.OrdinalIgnoreCase);
            historical = HistoricalRecord.CompareWithCancun(setup.Members, consensus.Members.Select(s => s.Position).ToArray(), alone, recorded);
        }

        return new NegotiationOutcome
        {
            Draft = new NegotiatedDraft(
                scenario.Title,
                scenario.File,
                scenario.Source,
                setup.Date,
                setup.Members.Length,
                setup.Settings.Baseline is { } b ? "the baseline scenario " + b : "the status quo (2005 base)",
                setup.Settings.CoalitionRule.ToString().ToLowerInvariant(),
                setup.Settings.Weights.ToString().ToLowerInvariant(),
                context.Dataset.Origin),
            Verdict = verdict,
            Members = members,
            Coalitions = coalitions,
            Robustness = draws is null ? null : new Robustness(draws.Draws, draws.Converged, options.Seed, passShare!.Value, draws.Distributions, RobustText(passShare.Value, draws.Converged)),
            Historical = historical,
            Discovery = options.Discover ? CoalitionDiscovery.Run(session) : null,
            Search = options.Search is { } request ? DraftSearch.Run(session, request, options.MaxDegreeOfParallelism, cancellationToken) : null,
            Assumptions = setup.Assumptions,
            Flagged = scenario.FlaggedParameters.Select(p => new FlaggedParameter(p.Path, p.Value, StatusName(p.Provenance.Reliability), p.Provenance.Source)).ToArray(),
        };
    }

    /// <summary>Builds the negotiation's fixed parts and central solves.</summary>
    internal static NegotiationSession Open(Scenario scenario, EvaluationContext context, NegotiationOptions options)
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
        return new NegotiationSession(setup, model, scenario, baseline);
    }

    private static MemberVerdict Verdict(NegotiationSession session, NegotiatingMember m, int i, MemberDecision? decision, FinalStance stance, DrawCounts? draws)
    {
        var region = session.MemberRegion[i];
        var reasons = new List<Reason>();
        if (decision is not null)
        {
            reasons.AddRange(decision.Reasons);
        }

        reasons.AddRange(stance.Reasons);
        WelfareParts? payoff = region >= 0 ? session.Central.RegionTotal[region] - session.Alternative.RegionTotal[region] : null;
        var p = m.Preferences;
        var preferences = "weights: " + p.Weights + "; threshold " + Acceptance.Money(p.Threshold) + " million USD; red lines "
            + (p.RedLines.Enabled ? string.Create(CultureInfo.InvariantCulture, $"price fall {p.RedLines.PriceFall:0.#%}, import surge {p.RedLines.ImportSurge:0.#%} above {p.RedLines.SurgeFloor:0.#%} of consumption") : "off")
            + " (" + p.Source + ")";
        return new MemberVerdict(
            m.Id,
            m.Name,
            m.Status,
            m.Source,
            m.Region,
            m.Coalitions,
            decision?.Position,
            stance.Position,
            decision?.WeightedGain,
            payoff,
            reasons,
            Share(draws?.MemberObjects[i], draws?.Converged),
            preferences,
            m.Note)
        {
            Settings = p,
        };
    }

    private static Position AlonePosition(NegotiationSetup setup, MemberDecision?[] decisions, ConsensusResult consensus, int i)
    {
        var member = setup.Members[i];
        if (member.RepresentedBy is { } r)
        {
            var j = Array.FindIndex(setup.Members, x => x.Id == r);
            return decisions[j]?.Position ?? consensus.Members[j].Position;
        }

        return decisions[i]?.Position ?? consensus.Members[i].Position;
    }

    private static string Summary(ConsensusResult consensus, int objecting, int members)
    {
        string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
        if (consensus.Passes)
        {
            return "The draft passes: none of the " + Count(members) + " members objects.";
        }

        var blocking = consensus.Blocking.Count;
        var text = "The draft fails: " + Count(objecting) + " of " + Count(members) + " members object (" + Count(blocking) + " speaking for themselves)";
        return text + (consensus.BlockingCoalitions.Count > 0 ? ", with " + string.Join(", ", consensus.BlockingCoalitions) + "." : ".");
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

    private static string StatusName(Domain.Reliability reliability) => reliability switch
    {
        Domain.Reliability.Verified => "verified",
        Domain.Reliability.ToVerify => "to-verify",
        Domain.Reliability.Computed => "computed",
        _ => "assumption",
    };
}
