using Campo.Domain;

namespace Campo.Negotiation;

/// <summary>
/// Everything <c>campo negotiate</c> reports about a draft: the verdict under consensus, every member's position
/// and reasons, the coalitions' positions, how robust the verdict is over the elasticity draws, the comparison with
/// what happened (for the Cancún date), and, when asked, coalition discovery and the draft search. Money is in
/// million US dollars a year at 2005 prices; shares and changes are fractions (0.05 is 5%). Serialises with
/// <see cref="Reports.CampoJson.Options"/>.
/// </summary>
public sealed record NegotiationOutcome
{
    /// <summary>The draft, the date and the alternative it is judged against.</summary>
    public required NegotiatedDraft Draft { get; init; }

    /// <summary>The decision model that gave the verdict: its coefficients, where they come from, the package.</summary>
    public required DecisionModelSummary Model { get; init; }

    /// <summary>The verdict.</summary>
    public required Verdict Verdict { get; init; }

    /// <summary>Every member present on the date, by code.</summary>
    public required IReadOnlyList<MemberVerdict> Members { get; init; }

    /// <summary>Every coalition with a common position, with its position under the rule.</summary>
    public required IReadOnlyList<CoalitionVerdict> Coalitions { get; init; }

    /// <summary>The verdict over the Monte Carlo draws, or null without draws.</summary>
    public Robustness? Robustness { get; init; }

    /// <summary>The comparison with the recorded outcome, or null when none is recorded for the date.</summary>
    public HistoricalComparison? Historical { get; init; }

    /// <summary>Why each objecting coalition objects: the commodities its farmers lose on, the red lines crossed, the package issues short of what it asked (the Cancún replay for the Cancún draft).</summary>
    public IReadOnlyList<Record.CoalitionReplay> Replay { get; init; } = [];

    /// <summary>Coalitions found by clustering members' interests, or null when not asked.</summary>
    public CoalitionDiscoveryReport? Discovery { get; init; }

    /// <summary>The draft search, or null when not asked.</summary>
    public DraftSearchReport? Search { get; init; }

    /// <summary>Every assumption the verdict rests on, in plain words.</summary>
    public required IReadOnlyList<string> Assumptions { get; init; }

    /// <summary>The draft's (and decision section's) numbers marked "to verify" or assumed.</summary>
    public required IReadOnlyList<FlaggedParameter> Flagged { get; init; }

    /// <summary>The units of every figure.</summary>
    public string Units => "money: million US dollars a year at 2005 prices; shares, changes and red lines: fractions (0.05 = 5%)";
}

/// <summary>The draft negotiated.</summary>
/// <param name="Title">Its title.</param>
/// <param name="File">Its file.</param>
/// <param name="Source">The document it transcribes, or null.</param>
/// <param name="MembersAt">The date whose members decide.</param>
/// <param name="Members">WTO members on that date.</param>
/// <param name="Alternative">What each member compares the draft with.</param>
/// <param name="Dataset">The dataset's origin.</param>
public sealed record NegotiatedDraft(string Title, string File, string? Source, DateOnly MembersAt, int Members, string Alternative, string Dataset);

/// <summary>One coefficient of the decision model.</summary>
/// <param name="Name">intercept, farmers, exports, red_line or linkage.</param>
/// <param name="Value">Its value.</param>
/// <param name="StandardError">Its standard error, or null (at a bound, or stated).</param>
public sealed record DecisionCoefficient(string Name, double Value, double? StandardError);

/// <summary>What the package delivers on one issue the record names (0 nothing, 1 all asked).</summary>
/// <param name="Issue">The issue's code.</param>
/// <param name="Label">Its English label.</param>
/// <param name="Delivered">Share delivered.</param>
public sealed record PackageDelivery(string Issue, string Label, double Delivered);

/// <summary>The decision model behind the verdict (docs/models/negotiation.md §2-3).</summary>
/// <param name="Coefficients">β: a member is dissatisfied when β0 + βF·(−100·ΔPS/S) + βX·(−100·ΔX/S) + βR·redline + βL·(−link) &gt; 0.</param>
/// <param name="Discipline">κ: a coalition objects when its pivotal member (the share κ most hurt) is dissatisfied.</param>
/// <param name="BlockAloneTradeShare">A member outside an objecting coalition blocks alone with at least this share of world farm trade when its farm terms alone (farmers, exports, red line) dissatisfy it.</param>
/// <param name="Fitted">Where the coefficients come from, in words.</param>
/// <param name="Event">The event of the record this draft is (matched by file name), or null: then no package issue is on the table.</param>
/// <param name="Package">What the package delivers on the record's issues (empty for a draft outside the record).</param>
/// <param name="Settings">The stated settings with their sources.</param>
public sealed record DecisionModelSummary(IReadOnlyList<DecisionCoefficient> Coefficients, double Discipline, double BlockAloneTradeShare, string Fitted, string? Event, IReadOnlyList<PackageDelivery> Package, IReadOnlyList<Record.ModelSetting> Settings);

/// <summary>The verdict under consensus.</summary>
/// <param name="Passes">True when no member objects.</param>
/// <param name="Summary">The verdict in one sentence.</param>
/// <param name="Objecting">Members whose final position is to object (EU member states included through the EU).</param>
/// <param name="Accepting">Members whose final position is to accept.</param>
/// <param name="Blocking">Members that object and speak for themselves.</param>
/// <param name="BlockingCoalitions">Coalitions whose common position is to object.</param>
/// <param name="PassShare">Share of the Monte Carlo draws in which the draft passes, or null without draws.</param>
public sealed record Verdict(bool Passes, string Summary, int Objecting, int Accepting, IReadOnlyList<MemberId> Blocking, IReadOnlyList<string> BlockingCoalitions, double? PassShare);

/// <summary>One member's verdict.</summary>
/// <param name="Member">The member.</param>
/// <param name="Name">Its name.</param>
/// <param name="Status">Its development status on the date.</param>
/// <param name="PayoffSource">Where its payoff comes from.</param>
/// <param name="Region">The market region whose payoff it takes, or null.</param>
/// <param name="Coalitions">Coalitions it belongs to.</param>
/// <param name="Own">Its own position: object when it is dissatisfied (index above 0), before coalitions and the block-alone rule.</param>
/// <param name="Position">Its final position after coalitions, the block-alone rule and representation.</param>
/// <param name="Index">Its decision index z (dissatisfied above 0).</param>
/// <param name="ObjectProbability">σ(z), the model's probability that it is dissatisfied.</param>
/// <param name="FarmOutput">Its region's farm output at 2005 world prices (its stake), million USD a year, or null without data.</param>
/// <param name="Payoff">Its region's welfare change against the alternative by part, million USD a year, or null.</param>
/// <param name="Reasons">Why it takes its position.</param>
/// <param name="ObjectShare">Share of the Monte Carlo draws in which its final position is to object, or null.</param>
/// <param name="Note">The assumption behind its payoff, or null.</param>
public sealed record MemberVerdict(
    MemberId Member,
    string Name,
    DevelopmentStatus Status,
    PayoffSource PayoffSource,
    MemberId? Region,
    IReadOnlyList<string> Coalitions,
    Position Own,
    Position Position,
    double Index,
    double ObjectProbability,
    double? FarmOutput,
    WelfareParts? Payoff,
    IReadOnlyList<Reason> Reasons,
    double? ObjectShare,
    string? Note);

/// <summary>A coalition's position.</summary>
/// <param name="Code">Its code.</param>
/// <param name="Name">Its name.</param>
/// <param name="Position">Its position under the rule.</param>
/// <param name="Members">Members present.</param>
/// <param name="Voting">Members with market data (a payoff of their own).</param>
/// <param name="Objecting">Members dissatisfied on their own.</param>
/// <param name="Index">Its pivotal member's decision index (it objects above 0).</param>
/// <param name="Rule">How the position was reached.</param>
/// <param name="Source">Where its list comes from.</param>
/// <param name="ObjectShare">Share of the draws in which its position is to object, or null.</param>
public sealed record CoalitionVerdict(string Code, string Name, Position Position, int Members, int Voting, int Objecting, double Index, string Rule, string Source, double? ObjectShare);

/// <summary>The verdict over the Monte Carlo draws of the elasticities.</summary>
/// <param name="Draws">Draws made.</param>
/// <param name="Converged">Draws in which every market cleared (the others are left out).</param>
/// <param name="Seed">The seed; the same seed gives the same shares on any number of threads.</param>
/// <param name="PassShare">Share of the converged draws in which the draft passes.</param>
/// <param name="Distributions">What was drawn.</param>
/// <param name="Robust">The verdict in words ("fails in every draw").</param>
public sealed record Robustness(int Draws, int Converged, ulong Seed, double PassShare, string Distributions, string Robust);

/// <summary>How one recorded coalition's members were predicted.</summary>
/// <param name="Code">The coalition.</param>
/// <param name="Members">Its members present on the date.</param>
/// <param name="PredictedToObject">Members predicted to object (final positions).</param>
/// <param name="Share">Their share.</param>
/// <param name="PredictedToObjectAlone">Members whose own position is to object (before coalition rules).</param>
/// <param name="ShareAlone">Their share.</param>
public sealed record CoalitionMatch(string Code, int Members, int PredictedToObject, double Share, int PredictedToObjectAlone, double ShareAlone);

/// <summary>The model's prediction set against what happened.</summary>
/// <param name="Event">What happened, in one sentence.</param>
/// <param name="Sources">Where it is recorded.</param>
/// <param name="RejectingCoalitions">The coalitions recorded as rejecting the draft.</param>
/// <param name="Rejecters">Members of those coalitions present.</param>
/// <param name="RejectersPredictedToObject">Of those, members predicted to object (final positions).</param>
/// <param name="ShareRejectersPredicted">Their share.</param>
/// <param name="Others">Members present in none of them.</param>
/// <param name="OthersPredictedToAccept">Of those, members predicted to accept.</param>
/// <param name="ShareOthersPredicted">Their share.</param>
/// <param name="ShareRejectersPredictedAlone">Share of rejecters whose own position (before coalition rules) is to object.</param>
/// <param name="ShareOthersPredictedAlone">Share of others whose own position is to accept.</param>
/// <param name="ByCoalition">Each recorded coalition.</param>
/// <param name="Finding">The comparison in words.</param>
public sealed record HistoricalComparison(
    string Event,
    IReadOnlyList<string> Sources,
    IReadOnlyList<string> RejectingCoalitions,
    int Rejecters,
    int RejectersPredictedToObject,
    double ShareRejectersPredicted,
    int Others,
    int OthersPredictedToAccept,
    double ShareOthersPredicted,
    double ShareRejectersPredictedAlone,
    double ShareOthersPredictedAlone,
    IReadOnlyList<CoalitionMatch> ByCoalition,
    string Finding);
